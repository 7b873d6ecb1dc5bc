#include "reports/ReportClock.h"

#include "calendar/WorkingCalendar.h"
#include "catalog/CatalogStore.h"
#include "clock/ServiceClock.h"

#include <QTimeZone>

#include <algorithm>

namespace {

constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;

// Working-day promises end after the last instant seen; the index leaves room for them.
int marginDaysOf(const ServiceCatalog &current)
{
    int longestDays = 0;
    for (const Service &s : current.services())
        if (s.time.unit == ServiceTime::Unit::WorkingDays)
            longestDays = std::max(longestDays, s.time.value);
    return 2 * longestDays + 21;
}

} // namespace

ReportClock::ReportClock(const WorkingCalendar &calendar, ServiceCatalogs &catalogs, const ServiceCatalog &current, const QDate &from,
                         const QDate &to, qint64 nowMs)
    : m_calendar(calendar),
      m_catalogs(catalogs),
      m_capDay(std::max(to, QDateTime::fromMSecsSinceEpoch(nowMs, calendar.timeZone()).date()).addDays(marginDaysOf(current))),
      m_index(calendar, from.addDays(-1), to.addDays(marginDaysOf(current)))
{
}

void ReportClock::cover(qint64 ms)
{
    if (ms < 0 || m_index.covers(ms) || m_index.lastDay() >= m_capDay)
        return;
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, m_calendar.timeZone()).date();
    m_index.extendTo(m_calendar, std::min(m_capDay, std::max(day, m_index.lastDay().addDays(31))));
}

qint64 ReportClock::working(qint64 a, qint64 b)
{
    if (b <= a)
        return 0;
    cover(b);
    if (m_index.covers(a) && m_index.covers(b))
        return m_index.workingSeconds(a, b);
    return m_calendar.workingSecondsBetween(QDateTime::fromMSecsSinceEpoch(a, QTimeZone::utc()),
                                            QDateTime::fromMSecsSinceEpoch(b, QTimeZone::utc()));
}

QDate ReportClock::localDate(qint64 ms)
{
    cover(ms);
    return m_index.covers(ms) ? m_index.localDate(ms) : QDate();
}

Result<const ServiceTime *> ReportClock::timeOf(int catalogVersion, int service)
{
    const quint64 key = (quint64(quint32(catalogVersion)) << 32) | quint32(service);
    auto it = m_times.constFind(key);
    if (it == m_times.constEnd()) {
        const Result<Service> s = m_catalogs.service(catalogVersion, service);
        if (!s)
            return Result<const ServiceTime *>::failure(s.error());
        it = m_times.insert(key, s->time);
    }
    return &*it;
}

Result<bool> ReportClock::promised(int catalogVersion, int service)
{
    const Result<const ServiceTime *> t = timeOf(catalogVersion, service);
    if (!t)
        return Result<bool>::failure(t.error());
    return t.value()->isPromised();
}

Result<qint64> ReportClock::allowance(int catalogVersion, int service, qint64 acceptedMs)
{
    const Result<const ServiceTime *> found = timeOf(catalogVersion, service);
    if (!found)
        return Result<qint64>::failure(found.error());
    const ServiceTime &t = *found.value();
    if (!t.isPromised())
        return qint64(0);
    if (t.unit == ServiceTime::Unit::Minutes)
        return qint64(t.value) * 60;
    const qint64 accepted = ServiceClock::countedMs(acceptedMs);
    cover(accepted + qint64(2 * t.value + 21) * kMsPerDay);
    const qint64 close = m_index.covers(accepted) ? m_index.closeOfWorkingDaysAfter(m_index.localDate(accepted), t.value) : -1;
    if (close >= 0)
        return working(accepted, close);
    return ServiceClock::allowanceSeconds(m_calendar, t, QDateTime::fromMSecsSinceEpoch(acceptedMs, QTimeZone::utc()));
}
