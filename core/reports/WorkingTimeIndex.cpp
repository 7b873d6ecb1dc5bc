#include "reports/WorkingTimeIndex.h"

#include "calendar/WorkingCalendar.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

WorkingTimeIndex::WorkingTimeIndex(const WorkingCalendar &calendar, const QDate &firstDay, const QDate &lastDay)
{
    if (!firstDay.isValid() || !lastDay.isValid() || lastDay < firstDay)
        return;
    const QTimeZone zone = calendar.timeZone();
    m_fromMs = QDateTime(firstDay, QTime(0, 0), zone).toMSecsSinceEpoch();
    m_toMs = m_fromMs;
    appendDays(zone, calendar, firstDay, lastDay);
}

void WorkingTimeIndex::extendTo(const WorkingCalendar &calendar, const QDate &lastDay)
{
    if (m_days.isEmpty() || !lastDay.isValid() || lastDay <= m_days.constLast())
        return;
    appendDays(calendar.timeZone(), calendar, m_days.constLast().addDays(1), lastDay);
}

void WorkingTimeIndex::appendDays(const QTimeZone &zone, const WorkingCalendar &calendar, const QDate &firstDay, const QDate &lastDay)
{
    // Two time-zone conversions a day (its start and the next day's) instead of one per
    // period edge: a month's report builds an index of about 125 days. On a day whose
    // length is not 24 hours (a daylight-saving change, never in Indonesia) every edge is
    // converted. The range's end (m_toMs) is the start of the day after the last one.
    constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;
    qint64 nextStart = m_toMs;
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const qint64 dayStart = nextStart;
        nextStart = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        const bool plainDay = nextStart - dayStart == kMsPerDay;
        auto instant = [&](const QTime &t) {
            return plainDay ? dayStart + t.msecsSinceStartOfDay() : QDateTime(day, t, zone).toMSecsSinceEpoch();
        };
        m_days << day;
        m_dayStart << dayStart;
        m_periodBefore << m_previousPeriod;
        int first = -1;
        int last = -1;
        for (const TimeRange &p : calendar.workingPeriods(day)) {
            const qint64 start = instant(p.start);
            const qint64 end = instant(p.end);
            if (end <= start)
                continue;
            m_starts << start;
            m_ends << end;
            m_before << m_total;
            m_total += end - start;
            last = int(m_starts.size()) - 1;
            if (first < 0)
                first = last;
        }
        m_firstPeriod << first;
        m_lastPeriod << last;
        if (last >= 0)
            m_previousPeriod = last;
    }
    m_toMs = nextStart;
}

qsizetype WorkingTimeIndex::dayIndex(qint64 ms) const
{
    // Days are nearly always 24 hours long: guess, then step to the right day.
    if (m_dayStart.isEmpty() || ms < m_fromMs)
        return -1;
    constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;
    qsizetype i = qsizetype(std::min<qint64>((ms - m_fromMs) / kMsPerDay, m_dayStart.size() - 1));
    while (i > 0 && m_dayStart.at(i) > ms)
        --i;
    while (i + 1 < m_dayStart.size() && m_dayStart.at(i + 1) <= ms)
        ++i;
    return i;
}

qint64 WorkingTimeIndex::cumulative(qint64 ms) const
{
    // The last period starting at or before ms.
    qsizetype p = -1;
    if (ms >= m_toMs) {
        const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), ms);
        p = (it - m_starts.cbegin()) - 1;
    } else if (const qsizetype day = dayIndex(ms); day >= 0) {
        p = m_periodBefore.at(day);
        const int last = m_lastPeriod.at(day);
        for (int k = m_firstPeriod.at(day); k >= 0 && k <= last && m_starts.at(k) <= ms; ++k)
            p = k;
    }
    if (p < 0)
        return 0;
    return m_before.at(p) + std::min(ms, m_ends.at(p)) - m_starts.at(p);
}

qint64 WorkingTimeIndex::workingMs(qint64 fromMs, qint64 toMs) const
{
    if (toMs <= fromMs)
        return 0;
    return cumulative(toMs) - cumulative(fromMs);
}

QDate WorkingTimeIndex::localDate(qint64 ms) const
{
    const qsizetype i = ms < m_toMs ? dayIndex(ms) : -1;
    if (i >= 0)
        return m_days.at(i);
    const auto it = std::upper_bound(m_dayStart.cbegin(), m_dayStart.cend(), ms);
    if (it == m_dayStart.cbegin())
        return {};
    return m_days.at((it - m_dayStart.cbegin()) - 1);
}

qint64 WorkingTimeIndex::closeOfWorkingDaysAfter(const QDate &day, int n) const
{
    if (m_days.isEmpty() || n < 1)
        return -1;
    qint64 i = m_days.constFirst().daysTo(day);
    if (i < 0 || i >= m_days.size())
        return -1;
    int found = 0;
    for (++i; i < m_days.size(); ++i) {
        if (m_lastPeriod.at(i) >= 0 && ++found == n)
            return m_ends.at(m_lastPeriod.at(i));
    }
    return -1;
}

qint64 WorkingTimeIndex::addWorkingMs(qint64 fromMs, qint64 ms) const
{
    if (m_starts.isEmpty())
        return -1;
    const qint64 target = cumulative(fromMs) + std::max<qint64>(ms, 0);
    if (ms <= 0)
        return fromMs;
    // The first period whose running total at its end reaches the target.
    qsizetype lo = 0;
    qsizetype hi = m_starts.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_before.at(mid) + (m_ends.at(mid) - m_starts.at(mid)) >= target)
            hi = mid;
        else
            lo = mid + 1;
    }
    if (lo == m_starts.size())
        return -1;
    return m_starts.at(lo) + (target - m_before.at(lo));
}

qint64 WorkingTimeIndex::openingOf(const QDate &day) const
{
    if (m_days.isEmpty())
        return -1;
    const qint64 i = m_days.constFirst().daysTo(day);
    if (i < 0 || i >= m_days.size() || m_firstPeriod.at(i) < 0)
        return -1;
    return m_starts.at(m_firstPeriod.at(i));
}

qint64 WorkingTimeIndex::workingMsOf(const QDate &day) const
{
    if (m_days.isEmpty())
        return 0;
    const qint64 i = m_days.constFirst().daysTo(day);
    if (i < 0 || i >= m_days.size() || m_firstPeriod.at(i) < 0)
        return 0;
    const int a = m_firstPeriod.at(i);
    const int b = m_lastPeriod.at(i);
    return m_before.at(b) + (m_ends.at(b) - m_starts.at(b)) - m_before.at(a);
}
