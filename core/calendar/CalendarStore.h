#pragma once

#include "calendar/WorkingCalendar.h"
#include "common/Result.h"

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
    // Whether `actor` may store `calendar` with the note `what` (administrator only, holiday
    // names and the note validated).
    static Status check(const User &actor, const WorkingCalendar &calendar, const QString &what);
    // Stores the calendar and its "calendar_changed" event, inside the caller's write
    // transaction; check() first.
    Status write(const User &actor, const WorkingCalendar &calendar, const QString &what);

private:
    Database &m_db;
};
