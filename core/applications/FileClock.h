#pragma once

#include "applications/Application.h"
#include "catalog/Service.h"
#include "clock/ServiceClock.h"
#include "common/Result.h"
#include "events/Event.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QSet>

#include <optional>

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
    static SqlStatement pausesStatement(qint64 applicationId); // for a ReadAhead
    // The same for a file still open (none of its events ends a file yet), from the
    // partial index that holds the pause history's other kinds (FileEvents::indexedKinds):
    // what a move reads before it writes.
    Result<QList<PausePeriod>> openPauses(qint64 applicationId);
    static SqlStatement openPausesStatement(qint64 applicationId); // for a ReadAhead
    Result<ClockReading> read(const Application &file, const QDateTime &now = {});
    Result<ClockReading> read(qint64 applicationId, const QDateTime &now = {});
    // The reading with the file's pause history as given (pausesIn() its events).
    Result<ClockReading> read(const Application &file, const QList<PausePeriod> &history, const QDateTime &now);
    // The pause history of a file from its events, in order (the events pauses() reads).
    static QList<PausePeriod> pausesIn(const QList<Event> &events, qint64 applicationId);
    // A quick reading for list rows from the stored due time (no query unless paused),
    // so a queue can refresh its colours every few seconds.
    ClockReading glance(const FileSummary &file, const QDateTime &now);
    // The readings of a whole list, in its order: the pauses of the paused files are read
    // in one query, so a list costs the same few statements whatever its length.
    QList<ClockReading> glanceAll(const QList<FileSummary> &files, const QDateTime &now);
    // The statement that reads the pause histories of the files of a list (its WHERE
    // clause on applications a, with its values), for a ReadAhead with the list.
    static SqlStatement listPausesStatement(const QString &where, const QList<std::pair<QString, QVariant>> &binds);
    // The list just read with that statement read ahead (FileLists::openQueue): its
    // histories and the calendar checked with it serve the next glanceAll() of exactly
    // these files, once, so the refresh that reads a list and its clocks waits for the
    // server once.
    void prepareGlance(const QList<FileSummary> &files, const SqlStatement &pauses);

    // Stores the file's due time (and, once done, its service time and whether the
    // promise was met), inside the caller's transaction, counted with `history`, the
    // file's pause history as it is now (StatusChange reads it before its moves and adds
    // the pause and resume they write).
    Status storeDueTime(const Application &file, const QList<PausePeriod> &history);
    // Recomputes the due time of every open, accepted file under `calendar` (inside the
    // caller's transaction: a calendar change moves every promise with it).
    Status recomputeDueTimes(const WorkingCalendar &calendar);

private:
    Result<ClockReading> readUnder(const WorkingCalendar &calendar, const Application &file, const QDateTime &now);
    ClockReading readWith(const WorkingCalendar &calendar, const Service &service, const Application &file,
                          const QList<PausePeriod> &history, const QDateTime &now);
    qint64 allowance(const WorkingCalendar &calendar, const FileSummary &file);
    ClockReading glanceUnder(const WorkingCalendar &calendar, const FileSummary &file, const QDateTime &now);

    CounterContext &m_ctx;
    QHash<qint64, qint64> m_allowances; // depends only on the acceptance time and the calendar
    qint64 m_allowancesCalendar = -1;   // the calendar version they were counted under
    // prepareGlance(): the files, their histories and the calendar version checked then.
    struct PreparedGlance
    {
        QList<qint64> files;
        QSet<qint64> paused;
        QHash<qint64, QList<PausePeriod>> history;
        qint64 calendarVersion = 0;
    };
    std::optional<PreparedGlance> m_prepared;
};
