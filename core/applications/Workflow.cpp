#include "applications/Workflow.h"

#include "applications/CounterContext.h"
#include "applications/StatusChange.h"
#include "applications/DisplayBoard.h"
#include "applications/WaitingRoom.h"

Workflow::Workflow(Database &db)
    : m_context(std::make_unique<CounterContext>(db)), m_clock(std::make_unique<FileClock>(*m_context)),
      m_change(std::make_unique<StatusChange>(*m_context, *m_clock)), m_guestBook(std::make_unique<GuestBook>(*m_context)),
      m_documents(std::make_unique<DocumentCheck>(*m_context, *m_change)), m_queue(std::make_unique<QueueWork>(*m_context, *m_change)),
      m_files(std::make_unique<FileLists>(*m_context, *m_clock)),
      m_waitingRoom(std::make_unique<WaitingRoom>(*m_context)),
      m_board(std::make_unique<DisplayBoard>(*m_context))
{
}

Workflow::~Workflow() = default;

GuestBook &Workflow::guestBook() { return *m_guestBook; }
DocumentCheck &Workflow::documents() { return *m_documents; }
QueueWork &Workflow::queue() { return *m_queue; }
FileClock &Workflow::clocks() { return *m_clock; }
FileLists &Workflow::files() { return *m_files; }
WaitingRoom &Workflow::waitingRoom() { return *m_waitingRoom; }
DisplayBoard &Workflow::board() { return *m_board; }
FileActions &Workflow::actions() { return m_context->actions; }

const WorkingCalendar &Workflow::calendar()
{
    return m_context->calendar.shown();
}

Result<Service> Workflow::serviceOf(const Application &application)
{
    return m_context->serviceOf(application);
}
