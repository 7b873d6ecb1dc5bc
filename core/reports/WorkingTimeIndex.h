#pragma once

#include <QDate>
#include <QList>

class QTimeZone;
class WorkingCalendar;

// The working periods of a range of days as UTC milliseconds, with running totals, so
// that the working time between two instants is two binary searches instead of a walk
// through the calendar: reports measure tens of thousands of files. Gives the same
// figures as WorkingCalendar::workingSecondsBetween for instants inside the range.
class WorkingTimeIndex final
{
public:
    WorkingTimeIndex(const WorkingCalendar &calendar, const QDate &firstDay, const QDate &lastDay);

    // Adds the days after the range up to `lastDay` (nothing when it is already covered),
    // so that a reader who does not know in advance how far its instants go can start
    // small. Figures of the days already covered do not change.
    void extendTo(const WorkingCalendar &calendar, const QDate &lastDay);
    // The last day covered; invalid when the range is empty.
    QDate lastDay() const { return m_days.isEmpty() ? QDate() : m_days.constLast(); }

    bool covers(qint64 ms) const { return ms >= m_fromMs && ms < m_toMs; }
    // Working milliseconds in [fromMs, toMs); 0 when toMs <= fromMs.
    qint64 workingMs(qint64 fromMs, qint64 toMs) const;
    // Working seconds as WorkingCalendar counts them (milliseconds summed, then truncated).
    qint64 workingSeconds(qint64 fromMs, qint64 toMs) const { return workingMs(fromMs, toMs) / 1000; }
    // The instant `ms` working milliseconds after `fromMs` (the end of a period when it
    // runs out exactly there, as WorkingCalendar::addWorkingSeconds); -1 beyond the range.
    qint64 addWorkingMs(qint64 fromMs, qint64 ms) const;
    // Opening of office hours on `day`, UTC ms; -1 on a closed day or outside the range.
    qint64 openingOf(const QDate &day) const;
    // Working milliseconds of `day`.
    qint64 workingMsOf(const QDate &day) const;
    // Close of office hours on the n-th working day after `day`, in UTC ms; -1 when outside the range.
    qint64 closeOfWorkingDaysAfter(const QDate &day, int n) const;
    // The local date of an instant (within the range).
    QDate localDate(qint64 ms) const;

private:
    void appendDays(const QTimeZone &zone, const WorkingCalendar &calendar, const QDate &firstDay, const QDate &lastDay);
    // Working milliseconds from the start of the range up to `ms`.
    qint64 cumulative(qint64 ms) const;
    // The day of the range that holds `ms`; -1 before the range.
    qsizetype dayIndex(qint64 ms) const;

    QList<qint64> m_starts;  // period starts, ascending
    QList<qint64> m_ends;
    QList<qint64> m_before;  // working ms before each period
    QList<QDate> m_days;     // every day of the range
    QList<qint64> m_dayStart; // local midnight of each day, UTC ms
    QList<int> m_firstPeriod; // per day: index of its first period, -1 on a closed day
    QList<int> m_lastPeriod;
    QList<int> m_periodBefore; // per day: the last period of the days before it, -1 when none
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    qint64 m_total = 0;        // working ms of the whole range
    int m_previousPeriod = -1; // the last period of the range, -1 when none
};
