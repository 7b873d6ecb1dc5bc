#pragma once

#include "calendar/DaySchedule.h"
#include "calendar/Holiday.h"
#include "calendar/SpecialSchedule.h"
#include "calendar/TimeRange.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QMap>
#include <QTimeZone>

#include <array>

// The office's working time: hours per weekday, special schedules (Ramadan), holidays
// and cuti bersama. Pure computation; CalendarStore keeps its JSON in the database.
//
// Conventions (docs/reference-data.md, "Counting service times"):
// - a service time in minutes counts only the seconds inside office hours;
// - N working days end at the close of office hours on the N-th working day after the
//   day of receipt, which itself does not count;
// - national holidays, cuti bersama and local holidays are all non-working.
//
// Instants may be given in any time spec; they are read in timeZone(), and the instants
// returned are in timeZone().
class QJsonValue;

class WorkingCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)

public:
    // Searches for a working day or an end instant stop this far ahead (and give up).
    static constexpr int kSearchLimitDays = 3660;
    // workingSecondsBetween() counts at most this far past `from`.
    static constexpr int kCountLimitDays = 36525;

    // Every day closed, no holidays; use defaults() for the office's hours.
    WorkingCalendar() = default;

    // The shipped calendar (resources/calendar/defaults.json).
    static WorkingCalendar defaults();
    // Parses and validates; an error names the field.
    static Result<WorkingCalendar> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    // Defaults to the system zone; the system zone is also what an empty
    // "time_zone" in the JSON means.
    QTimeZone timeZone() const;
    // The office's date now (Clock::nowUtc in the office's zone), not the PC's: the one
    // "today" of the guest book, the checklist's validity and the day's counts.
    QDate today() const;
    void setTimeZone(const QTimeZone &zone);

    // dayOfWeek as in QDate::dayOfWeek(): 1 = Monday .. 7 = Sunday.
    DaySchedule weekday(int dayOfWeek) const;
    // Stores a cleaned copy: breaks are clipped to the office hours, sorted and merged,
    // and a day without any working time left is stored as closed.
    void setWeekday(int dayOfWeek, const DaySchedule &schedule);

    QList<Holiday> holidays() const; // by date
    QList<Holiday> holidays(int year) const;
    // Replaces a holiday on the same date; an invalid date is ignored.
    void addHoliday(const Holiday &holiday);
    bool removeHoliday(const QDate &date);
    // The holiday on `date`, or nullptr. Valid until the calendar is changed.
    const Holiday *holiday(const QDate &date) const;

    QList<SpecialSchedule> specialSchedules() const;
    // Stores a cleaned copy (see setWeekday). Where schedules overlap, the last added one
    // that lists the weekday wins. Ignored when a date is invalid or `to` is before `from`.
    void addSpecialSchedule(const SpecialSchedule &schedule);
    void clearSpecialSchedules();

    // The hours that apply on `date`: a special schedule, else the weekday; closed on holidays.
    DaySchedule scheduleFor(const QDate &date) const;
    // open..close minus the breaks, in order; empty on a non-working day.
    QList<TimeRange> workingPeriods(const QDate &date) const;
    bool isWorkingDay(const QDate &date) const;

    // Seconds of [from, to) that fall inside working periods; 0 if to <= from.
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // The instant at which `seconds` of working time after `start` have passed. It can
    // be the end of a working period (11:30 + 30 min = 12:00, not 13:00). `start` itself
    // for seconds <= 0; invalid if start is invalid or the end lies beyond kSearchLimitDays.
    QDateTime addWorkingSeconds(const QDateTime &start, qint64 seconds) const;

    // The n-th working day after `day` (which does not count); invalid for n < 1 or when
    // no such day comes within kSearchLimitDays.
    QDate nthWorkingDayAfter(const QDate &day, int n) const;
    // Close of office hours on nthWorkingDayAfter(received, n), in timeZone().
    QDateTime closeOfWorkingDaysAfter(const QDate &received, int n) const;

private:
    struct Span
    {
        qint64 startMs;
        qint64 endMs;
    };

    static DaySchedule cleaned(const DaySchedule &schedule);
    static QString parseDay(const QJsonValue &value, const QString &field, DaySchedule *out);
    static QList<Span> instants(const QDate &date, const QList<TimeRange> &periods, const QTimeZone &zone);

    // What the counting asks of each day, worked out once per calendar: a queue's clocks
    // ask for the same days for every file at every refresh. Every setter forgets it (a
    // calendar is not shared between threads).
    struct Day
    {
        qint64 wholeMs = 0;      // the working time of the day
        QList<Span> spans;       // its periods as instants
    };
    const Day &day(const QDate &date) const;
    bool isUnsteady(const QDate &date) const; // unsteadyDays() of its year, worked out once
    void forget()
    {
        m_days.clear();
        m_unsteady.clear();
    }
    mutable QHash<QDate, Day> m_days;
    mutable QHash<int, QSet<QDate>> m_unsteady;

    QTimeZone m_timeZone; // invalid = the system zone
    std::array<DaySchedule, 7> m_weekdays{};
    QMap<QDate, Holiday> m_holidays;
    QList<SpecialSchedule> m_specialSchedules;
};
