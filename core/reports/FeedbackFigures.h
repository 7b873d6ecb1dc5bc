#pragma once

#include "common/Result.h"
#include "reports/PerformanceReport.h"

class QDateTime;
class QSqlDatabase;
class WorkingCalendar;

// What the public said back in the report's period, when the database records it:
// complaints and their deadlines, suggestions, the survey's IKM (per service when the
// report is by service).
namespace FeedbackFigures {

Status addTo(PerformanceReport &report, QSqlDatabase &sql, const WorkingCalendar &calendar, const QDateTime &now);

} // namespace FeedbackFigures
