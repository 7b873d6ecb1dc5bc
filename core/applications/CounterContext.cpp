#include "applications/CounterContext.h"

#include "events/EventLog.h"
#include "storage/Database.h"

CounterContext::CounterContext(Database &database)
    : db(database), sql(database.connection()), calendar(database), catalogs(database), applications(sql), visits(sql),
      checklists(sql), actions(sql)
{
}

Status CounterContext::appendEvent(const Event &event)
{
    return Status::from(EventLog(sql).append(event));
}
