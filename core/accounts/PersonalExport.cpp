#include "accounts/PersonalExport.h"

#include "accounts/Permissions.h"
#include "events/EventLog.h"
#include "storage/WriteRetry.h"
#include "validation/Validators.h"

#include <QJsonObject>

namespace PersonalExport {

bool mayExportInFull(const User &actor)
{
    return Permissions::userMay(actor, Action::RevealPersonalData);
}

QString value(const User &actor, const QString &value)
{
    return mayExportInFull(actor) ? value : Validators::mask(value);
}

Status record(QSqlDatabase &db, const User &actor, const QString &what, int rows)
{
    return inWriteTransaction(db, [&]() -> Status {
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("personal_data_exported");
        e.data = QJsonObject{{QStringLiteral("export"), what}, {QStringLiteral("rows"), rows}};
        return Status::from(EventLog(db).append(e));
    });
}

} // namespace PersonalExport
