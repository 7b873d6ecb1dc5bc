#pragma once

#include "applications/Application.h"
#include "clock/ServiceClock.h"
#include "common/Result.h"

#include <QHash>

struct CounterContext;
struct FileSummary;
class WorkingCalendar;

// The reading of a file's service clock: its pause history from the events, the
// service's promise and the office's calendar, through the one ServiceClock. Also keeps
// the stored due time (applications.due_at, a cache of the reading for ordering queues).
class FileClock final
{
public:
    explicit FileClock(CounterContext &context) : m_ctx(context) {}

    Result<QList<PausePeriod>> pauses(qint64 applicationId);
    Result<ClockReading> read(const Application &file, const QDateTime &now = {});
    Result<ClockReading> read(qint64 applicationId, const QDateTime &now = {});
    // A quick reading for list rows from the stored due time (no query unless paused),
    // so a queue can refresh its colours every few seconds.
    ClockReading glance(const FileSummary &file, const QDateTime &now);
    // The readings of a whole list, in its order: the pauses of the paused files are read
    // in one query, so a list costs the same few statements whatever its length.
    QList<ClockReading> glanceAll(const QList<FileSummary> &files, const QDateTime &now);

    // Stores the file's due time (and, once done, its service time and whether the
    // promise was met), inside the caller's transaction.
    Status storeDueTime(const Application &file);
    // Recomputes the due time of every open, accepted file under `calendar` (inside the
    // caller's transaction: a calendar change moves every promise with it).
    Status recomputeDueTimes(const WorkingCalendar &calendar);

private:
    Result<ClockReading> readUnder(const WorkingCalendar &calendar, const Application &file, const QDateTime &now);
    qint64 allowance(const WorkingCalendar &calendar, const FileSummary &file);
    ClockReading glanceUnder(const WorkingCalendar &calendar, const FileSummary &file, const QDateTime &now);

    CounterContext &m_ctx;
    QHash<qint64, qint64> m_allowances; // depends only on the acceptance time and the calendar
    qint64 m_allowancesCalendar = -1;   // the calendar version they were counted under
};
