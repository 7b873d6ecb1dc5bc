#include "calendar/CalendarStore.h"

#include "accounts/Permissions.h"
#include "events/EventLog.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "validation/Validators.h"

namespace {
const QString kKey = QStringLiteral("calendar");
}

Result<WorkingCalendar> CalendarStore::load()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), kKey);
    if (const Status s = q.exec(); !s)
        return Result<WorkingCalendar>::failure(s.error());
    if (!q.next())
        return WorkingCalendar::defaults();
    return WorkingCalendar::fromJson(q.value(0).toString().toUtf8());
}

Status CalendarStore::check(const User &actor, const WorkingCalendar &calendar, const QString &what)
{
    if (!Permissions::userMay(actor, Action::EditCalendar))
        return Status::failure(tr("Hanya administrator yang boleh mengubah kalender kerja."));
    for (const Holiday &h : calendar.holidays()) {
        const Validation name = Validators::text(h.name, 200, true);
        if (!name.ok)
            return Status::failure(tr("Nama hari libur %1: %2").arg(h.date.toString(Qt::ISODate), name.error));
    }
    if (const Validation note = Validators::text(what, 500, false); !note.ok)
        return Status::failure(tr("Keterangan perubahan: %1").arg(note.error));
    return Status::success();
}

Status CalendarStore::write(const User &actor, const WorkingCalendar &calendar, const QString &what)
{
    SqlQuery q(m_db.connection(), SqlDialect::upsert(QStringLiteral("settings"), {QStringLiteral("key")}, {QStringLiteral("value")}));
    q.bind(QStringLiteral(":key"), kKey).bind(QStringLiteral(":value"), QString::fromUtf8(calendar.toJson()));
    if (const Status s = q.exec(); !s)
        return s;
    Event e;
    e.userId = actor.id;
    e.kind = QStringLiteral("calendar_changed");
    e.reason = what;
    if (const auto logged = EventLog(m_db.connection()).append(e); !logged)
        return Status::failure(logged.error());
    return Status::success();
}
