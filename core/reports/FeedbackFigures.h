#pragma once

#include "common/Result.h"
#include "complaints/Complaint.h"
#include "reports/PerformanceReport.h"

#include <QDate>

class QDateTime;
class QSqlDatabase;
class WorkingCalendar;

// What the public said back in the report's period, when the database records it:
// complaints and their deadlines, suggestions, the survey's IKM (per service when the
// report is by service).
// One complaint of a period with the reading of its deadlines, as the figures count it.
struct TracedComplaint
{
    qint64 id = 0;
    QString number;
    QDate receivedDate;
    bool refused = false;       // outside the 30-day window and refused: no deadline runs
    int service = 0;            // of the file it is about; 0 when it names none
    QString applicationNumber;  // that file's number
    ComplaintDeadlines deadlines;
};

namespace FeedbackFigures {

// The complaints received in [from, to], in the order recorded, each with its deadlines
// read at `now`: what the complaint figures count, and what --explain lists.
Result<QList<TracedComplaint>> complaints(QSqlDatabase &sql, const WorkingCalendar &calendar, const QDate &from, const QDate &to,
                                          const QDateTime &now);
// A deadline the figures count: met, missed, or passed while open.
bool isDecided(DeadlineState state);


Status addTo(PerformanceReport &report, QSqlDatabase &sql, const WorkingCalendar &calendar, const QDateTime &now);

} // namespace FeedbackFigures
