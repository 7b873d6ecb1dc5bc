#pragma once

#include "catalog/Service.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

class WorkingCalendar;

// A period during which a file's clock stood still.
struct PausePeriod
{
    QDateTime start;
    QDateTime end; // invalid while still paused
    QString reasonKey;
    QString reasonText;
};

enum class ClockState { OnTime, AtRisk, Overdue };

struct ClockReading
{
    bool started = false;        // the file has been accepted
    bool finished = false;
    bool paused = false;         // paused right now
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
};
