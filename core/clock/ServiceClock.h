#pragma once

#include "catalog/Service.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <algorithm>

class WorkingCalendar;

// A period during which a file's clock stood still.
struct PausePeriod
{
    QDateTime start;
    QDateTime end; // invalid while still paused
    QString reasonKey;
    QString reasonText;
};

// Unpromised: the service has no standard yet (ServiceTime::isPromised()): the time is
// counted, but nothing is due and the file is never late.
enum class ClockState { OnTime, AtRisk, Overdue, Unpromised };

struct ClockReading
{
    bool started = false;        // the file has been accepted
    bool finished = false;
    bool paused = false;         // paused right now
    bool promised = true;        // the service promises a time (else dueAt is invalid, state Unpromised)
    QDateTime dueAt;             // the promised time, a whole minute (moves with pauses)
    bool dueProvisional = false; // paused right now: dueAt is as if the clock resumed now
    qint64 allowanceSeconds = 0; // working seconds promised
    qint64 elapsedSeconds = 0;   // working seconds used, pauses excluded
    qint64 remainingSeconds = 0; // negative when overdue
    qint64 pausedSeconds = 0;    // working seconds spent paused
    QMap<QString, qint64> pausedByReason;
    ClockState state = ClockState::OnTime;
    bool met = false;            // finished within the promise
};

// The service clock, by the conventions in docs/service-time.md: minutes count only
// inside office hours from acceptance; N working days end at the close of office hours
// on the N-th working day after the day of receipt; paused time does not count.
// Everything is derived from the acceptance time, the pauses and the calendar.
class ServiceClock final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceClock)

public:
    static constexpr double kAtRiskShare = 0.8; // the last 20% of the allowance
    static constexpr qint64 kMsPerMinute = 60 * 1000;

    // The instant as the clock counts it: the start of its minute (docs/service-time.md).
    // Acceptance, pauses, resumptions, the finish and "now" all pass through it, so every
    // due time is a whole minute and every surface shows the same one.
    static QDateTime counted(const QDateTime &instant);
    static qint64 countedMs(qint64 msSinceEpoch);
    // The pauses from acceptance on, counted, in order; an end before its start is the start.
    static QList<PausePeriod> countedPauses(const QList<PausePeriod> &pauses, const QDateTime &acceptedAt);
    // The same in place, for any list of pauses with a `start` and an `end`: QDateTime
    // (an invalid end while paused), or milliseconds since the epoch (-1 while paused), as
    // the report reads thousands of files.
    template<typename Pauses, typename Instant>
    static void countPauses(Pauses &pauses, const Instant &acceptedAt);
    // The clock's run from `acceptedAt` to `end` (both counted) through the counted pauses:
    // `active(from, to)` for each stretch the clock runs, `paused(pause, from, to)` for the
    // part of each pause inside the run (possibly empty). True when the run ends inside a
    // pause that is still open. read() counts by it, and so does the report.
    template<typename Instant, typename Pauses, typename Active, typename Paused>
    static bool walk(const Instant &acceptedAt, const Instant &end, const Pauses &pauses, Active &&active, Paused &&paused);

    static qint64 allowanceSeconds(const WorkingCalendar &calendar, const ServiceTime &time, const QDateTime &acceptedAt);
    static ClockReading read(const WorkingCalendar &calendar, const ServiceTime &time, const QDateTime &acceptedAt,
                             const QList<PausePeriod> &pauses, const QDateTime &finishedAt, const QDateTime &now);
    // Due time of something received at `received` with `time` and no pauses.
    static QDateTime dueWithoutPauses(const WorkingCalendar &calendar, const ServiceTime &time, const QDateTime &received);

    // On time, at risk (the last 20% of the allowance) or overdue, from the working time used.
    static ClockState stateOf(qint64 allowanceSeconds, qint64 elapsedSeconds);

    static QString stateKey(ClockState state);
    static QString stateTitle(ClockState state);
    // "1 jam 5 menit", "3 hari kerja 2 jam" style text for working seconds.
    static QString describeDuration(qint64 seconds);
    // The rule a due time follows, for receipts: "30 menit jam kerja sejak berkas diterima".
    static QString describeRule(const ServiceTime &time);

private:
    static bool isSet(const QDateTime &instant) { return instant.isValid(); }
    static bool isSet(qint64 msSinceEpoch) { return msSinceEpoch >= 0; }
    static QDateTime countedInstant(const QDateTime &instant) { return counted(instant); }
    static qint64 countedInstant(qint64 msSinceEpoch) { return countedMs(msSinceEpoch); }
};

template<typename Pauses, typename Instant>
void ServiceClock::countPauses(Pauses &pauses, const Instant &acceptedAt)
{
    auto kept = pauses.begin();
    for (auto it = pauses.begin(); it != pauses.end(); ++it) {
        if (!isSet(it->start) || it->start < acceptedAt)
            continue; // a pause before acceptance is not the clock's
        it->start = std::max(countedInstant(it->start), countedInstant(acceptedAt));
        if (isSet(it->end))
            it->end = std::max(it->start, countedInstant(it->end));
        if (kept != it)
            *kept = std::move(*it);
        ++kept;
    }
    pauses.erase(kept, pauses.end());
    const auto byStart = [](const auto &a, const auto &b) { return a.start < b.start; };
    if (!std::is_sorted(pauses.begin(), pauses.end(), byStart))
        std::stable_sort(pauses.begin(), pauses.end(), byStart);
}

template<typename Instant, typename Pauses, typename Active, typename Paused>
bool ServiceClock::walk(const Instant &acceptedAt, const Instant &end, const Pauses &pauses, Active &&active, Paused &&paused)
{
    Instant cursor = acceptedAt;
    for (const auto &p : pauses) {
        if (p.start >= end)
            break;
        if (p.start > cursor)
            active(cursor, p.start);
        paused(p, std::max(cursor, p.start), isSet(p.end) ? std::min(p.end, end) : end);
        if (!isSet(p.end) || p.end >= end)
            return !isSet(p.end); // the rest of the run is this pause's
        cursor = std::max(cursor, p.end);
    }
    if (cursor < end)
        active(cursor, end);
    return false;
}
