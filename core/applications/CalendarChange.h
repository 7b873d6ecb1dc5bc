#pragma once

#include "calendar/WorkingCalendar.h"
#include "common/Result.h"

class Database;
struct User;

// The office changes its working calendar (a holiday added, imported or removed, office
// hours edited): the calendar is stored with its event, and every open file's promised
// time moves with it, all in one write transaction. The only way a calendar is changed.
class CalendarChange final
{
public:
    explicit CalendarChange(Database &db) : m_db(db) {}
    Status apply(const User &actor, const WorkingCalendar &calendar, const QString &what);

private:
    Database &m_db;
};
