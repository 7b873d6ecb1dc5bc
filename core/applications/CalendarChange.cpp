#include "applications/CalendarChange.h"

#include "applications/Workflow.h"
#include "calendar/CalendarStore.h"
#include "storage/Database.h"
#include "storage/WriteRetry.h"

Status CalendarChange::apply(const User &actor, const WorkingCalendar &calendar, const QString &what)
{
    if (const Status checked = CalendarStore::check(actor, calendar, what); !checked)
        return checked;
    return runWriteTransaction(m_db.connection(), [&]() -> Status {
        if (const Status written = CalendarStore(m_db).write(actor, calendar, what); !written)
            return written;
        // The due times of the open files move with the calendar, in the same transaction.
        return Workflow(m_db).clocks().recomputeDueTimes(calendar);
    });
}
