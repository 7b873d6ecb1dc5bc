#pragma once

#include "applications/DocumentCheck.h"
#include "applications/FileActions.h"
#include "applications/FileClock.h"
#include "applications/FileLists.h"
#include "applications/GuestBook.h"
#include "applications/QueueWork.h"
#include "calendar/WorkingCalendar.h"

#include <memory>

class Database;
class StatusChange;
class WaitingRoom;
class DisplayBoard;
struct CounterContext;

// The counter: every part of a file's way from the guest book to the completion proof,
// on one database. Each part is a class named after what the desk does; they share the
// office's calendar and catalogue and the owners of the counter's tables
// (CounterContext). Every action is performed by a user whose role core checks, runs in
// one transaction, and is recorded as events.
class Workflow final
{
public:
    explicit Workflow(Database &db);
    ~Workflow();
    Workflow(const Workflow &) = delete;
    Workflow &operator=(const Workflow &) = delete;

    GuestBook &guestBook();        // check-in
    DocumentCheck &documents();    // the checklist, accept / return, discretion
    QueueWork &queue();            // claim ... complete, pause / resume, cancel, prints
    FileClock &clocks();           // the service clock of each file
    FileLists &files();            // the lists and the whole of one file
    FileActions &actions();        // what may be done to a file now
    WaitingRoom &waitingRoom();    // calling the visitors (issue 17)
    DisplayBoard &board();         // what the waiting room's screen shows

    // The office's calendar for what is shown (its date and time zone); see OfficeCalendar.
    const WorkingCalendar &calendar();
    Result<Service> serviceOf(const Application &application);

private:
    std::unique_ptr<CounterContext> m_context;
    std::unique_ptr<FileClock> m_clock;
    std::unique_ptr<StatusChange> m_change;
    std::unique_ptr<GuestBook> m_guestBook;
    std::unique_ptr<DocumentCheck> m_documents;
    std::unique_ptr<QueueWork> m_queue;
    std::unique_ptr<FileLists> m_files;
    std::unique_ptr<WaitingRoom> m_waitingRoom;
    std::unique_ptr<DisplayBoard> m_board;
};
