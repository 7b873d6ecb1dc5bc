#pragma once

#include "calendar/WorkingCalendar.h"
#include "common/Result.h"
#include "storage/ConfigVersions.h"

#include <QCoreApplication>

class Database;
struct User;

// The office's working calendar as stored in the database (settings key "calendar").
// The shipped defaults are used until an administrator edits it. A change goes through
// applications/CalendarChange, which also moves every open file's promise with it.
class CalendarStore final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)

public:
    explicit CalendarStore(Database &db) : m_db(db) {}

    Result<WorkingCalendar> load();
    // The office's date now, in its calendar's time zone (the shipped calendar's while the
    // stored one cannot be read: for what only picks what is shown, e.g. the catalogue
    // version in force).
    QDate today();
    // Whether `actor` may store `calendar` with the note `what` (administrator only, holiday
    // names and the note validated).
    static Status check(const User &actor, const WorkingCalendar &calendar, const QString &what);
    // Stores the calendar and its "calendar_changed" event, inside the caller's write
    // transaction; check() first.
    Status write(const User &actor, const WorkingCalendar &calendar, const QString &what);

private:
    Database &m_db;
};

// The office's calendar as every reader takes it: kept parsed while its version stays,
// read again once an administrator (at this desk or another) changed it.
class OfficeCalendar final
{
public:
    explicit OfficeCalendar(Database &db) : m_db(db) {}

    // The calendar in force; a stored calendar that does not parse is this error, never
    // the shipped defaults in disguise.
    Result<const WorkingCalendar *> current();
    // For what is only shown (the office's date, its time zone): the calendar in force,
    // or while it cannot be read the last one read (else the shipped one). Anything that
    // counts time uses current() and refuses with its error.
    const WorkingCalendar &shown();
    // Changes whenever the calendar in force changed (for caches derived from it).
    qint64 version() const { return m_cache.version(); }
    // The calendar in force as last read by current(), not asked again (nullptr: none
    // read yet): for a caller that checked it a moment ago, or a guess for a ReadAhead.
    const WorkingCalendar *kept() const { return m_cache.kept(); }

private:
    Database &m_db;
    VersionedCache<WorkingCalendar> m_cache{ConfigTopic::Calendar};
    std::optional<WorkingCalendar> m_lastShown;
    qint64 m_shownVersion = -1;
};
