#include "calendar/CalendarStore.h"

#include "accounts/Permissions.h"
#include "events/EventLog.h"
#include "storage/ConfigVersions.h"
#include "settings/OfficeSettings.h"
#include "storage/Database.h"
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
        return WorkingCalendar::defaults(); // never set: the shipped calendar is the office's
    const Result<WorkingCalendar> parsed = WorkingCalendar::fromJson(q.value(0).toString().toUtf8());
    if (!parsed)
        return Result<WorkingCalendar>::failure(
            tr("Kalender kerja yang tersimpan tidak dapat dibaca (%1). Administrator perlu menyimpan ulang kalender di Administrasi; "
               "sampai itu, waktu layanan tidak dapat dihitung.")
                .arg(parsed.error()));
    return parsed;
}

QDate CalendarStore::today()
{
    const Result<WorkingCalendar> calendar = load();
    return calendar ? calendar->today() : WorkingCalendar::defaults().today();
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
    // Stored as a setting (its owner writes it); the calendar's version moves with it.
    if (const Status s = OfficeSettings(m_db).setValue(kKey, QString::fromUtf8(calendar.toJson())); !s)
        return s;
    if (const Status s = ConfigVersions(m_db).bump(ConfigTopic::Calendar); !s)
        return s;
    Event e;
    e.userId = actor.id;
    e.kind = QStringLiteral("calendar_changed");
    e.reason = what;
    if (const auto logged = EventLog(m_db.connection()).append(e); !logged)
        return Status::failure(logged.error());
    return Status::success();
}

Result<const WorkingCalendar *> OfficeCalendar::current()
{
    return m_cache.get(m_db, [this] { return CalendarStore(m_db).load(); });
}

const WorkingCalendar &OfficeCalendar::shown()
{
    if (const Result<const WorkingCalendar *> now = current()) {
        if (m_shownVersion != version()) {
            m_lastShown = *now.value();
            m_shownVersion = version();
        }
        return *now.value();
    }
    if (!m_lastShown)
        m_lastShown = WorkingCalendar::defaults();
    return *m_lastShown;
}
