#include "settings/RecordedSetting.h"

#include "events/EventLog.h"
#include "settings/OfficeSettings.h"
#include "storage/Database.h"
#include "storage/WriteRetry.h"

#include <QJsonObject>

Status recordSetting(Database &db, const User &actor, const QString &key, const QString &stored, const QJsonValue &shown)
{
    return runWriteTransaction(db.connection(), [&]() -> Status {
        if (const Status s = OfficeSettings(db).setValue(key, stored); !s)
            return s;
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("setting_changed");
        e.data = QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), shown}};
        return Status::from(EventLog(db.connection()).append(e));
    });
}
