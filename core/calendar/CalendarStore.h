#pragma once

#include "calendar/WorkingCalendar.h"
#include "common/Result.h"

#include <QCoreApplication>

class Database;
struct User;

// The office's working calendar as stored in the database (settings key "calendar").
// The shipped defaults are used until an administrator edits it; every edit recomputes
// the due times of open applications.
class CalendarStore final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)

public:
    explicit CalendarStore(Database &db) : m_db(db) {}

    Result<WorkingCalendar> load();
    // Saves an edited calendar (administrator only) and recomputes due times.
    Status save(const User &actor, const WorkingCalendar &calendar, const QString &what);

private:
    Database &m_db;
};
