#pragma once

#include "common/Result.h"
#include "reports/PerformanceReport.h"

class QSqlDatabase;
class QTimeZone;
class ServiceCatalog;

// The waiting room's figures of the report's period (issue 17): the wait for the call
// per service (WaitTimes: the days with calls only), the visitors set aside as not
// present and what became of them, and the calls of each desk (on the days of the
// period in `zone`, the office's).
namespace CallFigures {

Status addTo(PerformanceReport &report, QSqlDatabase &sql, const ServiceCatalog &catalog, const QTimeZone &zone);

} // namespace CallFigures
