#pragma once

#include "common/Result.h"
#include "reports/WorkingTimeIndex.h"

#include <QDate>
#include <QHash>

class ServiceCatalog;
class ServiceCatalogs;
class WorkingCalendar;
struct ServiceTime;

// Working time for the files of one report, in constant time (WorkingTimeIndex), and
// each file's promise. The index starts with the period and grows, a month at a time, as
// later instants are met (files finished after the period, the open files' clocks up to
// now), but never past the last day any instant of the report can need.
class ReportClock final
{
public:
    ReportClock(const WorkingCalendar &calendar, ServiceCatalogs &catalogs, const ServiceCatalog &current, const QDate &from,
                const QDate &to, qint64 nowMs);

    // Working seconds in [a, b), as WorkingCalendar::workingSecondsBetween counts them.
    qint64 working(qint64 a, qint64 b);
    // The office's date of an instant; invalid beyond the days the report may need.
    QDate localDate(qint64 ms);
    // The working seconds promised to a file of `service` in `catalogVersion` accepted at
    // `acceptedMs`, as ServiceClock::allowanceSeconds; an error when its catalogue or its
    // service cannot be read.
    Result<qint64> allowance(int catalogVersion, int service, qint64 acceptedMs);
    // Whether that service promises a time at all (ServiceTime::isPromised()).
    Result<bool> promised(int catalogVersion, int service);

private:
    void cover(qint64 ms);
    Result<const ServiceTime *> timeOf(int catalogVersion, int service);

    const WorkingCalendar &m_calendar;
    ServiceCatalogs &m_catalogs;
    QDate m_capDay;
    WorkingTimeIndex m_index;
    QHash<quint64, ServiceTime> m_times; // by catalogue version and service number
};
