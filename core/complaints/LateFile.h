#pragma once

#include "applications/FileLists.h"
#include "calendar/DaySchedule.h"
#include "calendar/Holiday.h"
#include "common/Result.h"
#include "complaints/Complaint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Workflow;

// The whole clock of one file as evidence: every event, each pause with its reason, the
// working time counted, and the office hours and holidays that applied from acceptance to
// the end (its finish, or the moment it was read). The same reading as the file's
// completion proof (FileClock, through FileLists::file).
struct ClockTimeline
{
    ApplicationFile file;
    QDateTime readAt;                          // UTC: the end of an open file's count
    QDateTime end;                             // the finish, else readAt
    QList<std::pair<int, DaySchedule>> hours;  // weekday (1 = Monday) -> office hours, for the weekdays in the span
    QList<Holiday> holidays;                   // the non-working days in the span
    qint64 lateSeconds = 0;                    // working seconds past the promise (0 when not late)
};

// A file whose promise was broken, turned into a complaint in one step (the Maklumat's
// sanctions or compensation): a file is late when it is open past its due time or was
// finished after it.
class LateFile final
{
    Q_DECLARE_TR_FUNCTIONS(LateFile)

public:
    static bool isLate(const ClockReading &clock);
    // The timeline of a file, read now (or at `now`).
    static Result<ClockTimeline> timeline(Workflow &workflow, qint64 applicationId, const QDateTime &now = {});
    // The complaint as Loket can fill it in from the file: the applicant, the file, what
    // was promised and when, how late. The Pasal 8 elements only the complainant can give
    // (address, losses, the resolution asked, place, signature) stay empty, so that the
    // form marks them. Refused for a file that is not late.
    static Result<ComplaintInput> draft(const ClockTimeline &timeline, const QTimeZone &zone);
    // The annex's lines, for the printout and the command line: one per event, pause,
    // office hour and holiday, in order, with the working time counted.
    static QStringList annexLines(const ClockTimeline &timeline, const QTimeZone &zone);
};
