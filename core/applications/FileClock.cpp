#include "applications/FileClock.h"

#include "applications/CounterContext.h"
#include "applications/FileEvents.h"
#include "applications/FileLists.h"
#include "common/Clock.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>

namespace {

bool isFinished(ApplicationStatus status)
{
    return status == ApplicationStatus::Done || status == ApplicationStatus::Cancelled;
}

// "kind IN (:kind_0, ...)" for the rows of the pause history, and the values of its names.
QString pauseKindsFilter()
{
    QStringList names;
    for (int i = 0; i < FileEvents::pauseHistoryKinds().size(); ++i)
        names << QStringLiteral(":kind_%1").arg(i);
    return QStringLiteral("kind IN (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QList<std::pair<QString, QVariant>> pauseKinds()
{
    QList<std::pair<QString, QVariant>> binds;
    const QStringList kinds = FileEvents::pauseHistoryKinds();
    for (int i = 0; i < kinds.size(); ++i)
        binds.append({QStringLiteral(":kind_%1").arg(i), kinds.at(i)});
    return binds;
}

bool needsHistory(const FileSummary &f)
{
    return f.acceptedAt.isValid() && (f.status == ApplicationStatus::Paused || !f.dueAt.isValid());
}

void addRow(QList<PausePeriod> &pauses, SqlQuery &q, int first)
{
    FileEvents::addPauseRow(pauses, q.value(first).toString(), Clock::fromStorage(q.value(first + 1)),
                            q.value(first + 2).toString(),
                            QJsonDocument::fromJson(q.value(first + 3).toString().toUtf8()).object());
}

} // namespace

SqlStatement FileClock::pausesStatement(qint64 applicationId)
{
    SqlStatement s{QStringLiteral("SELECT kind, at, reason, data FROM events WHERE application_id = :app AND ") + pauseKindsFilter()
                       + QStringLiteral(" ORDER BY id"),
                   pauseKinds()};
    s.binds.append({QStringLiteral(":app"), applicationId});
    return s;
}

SqlStatement FileClock::openPausesStatement(qint64 applicationId)
{
    return {QStringLiteral("SELECT kind, at, reason, data FROM events WHERE application_id = :app AND ") + FileEvents::indexedKindsFilter()
                + QStringLiteral(" ORDER BY id"),
            {{QStringLiteral(":app"), applicationId}}};
}

Result<QList<PausePeriod>> FileClock::openPauses(qint64 applicationId)
{
    SqlQuery q(m_ctx.sql, openPausesStatement(applicationId));
    if (const Status s = q.exec(); !s)
        return Result<QList<PausePeriod>>::failure(s.error());
    const QStringList kinds = FileEvents::pauseHistoryKinds();
    QList<PausePeriod> list;
    while (q.next())
        if (kinds.contains(q.value(0).toString())) // the index holds the returns too
            addRow(list, q, 0);
    return list;
}

Result<QList<PausePeriod>> FileClock::pauses(qint64 applicationId)
{
    SqlQuery q(m_ctx.sql, pausesStatement(applicationId));
    if (const Status s = q.exec(); !s)
        return Result<QList<PausePeriod>>::failure(s.error());
    QList<PausePeriod> list;
    while (q.next())
        addRow(list, q, 0);
    return list;
}

Result<ClockReading> FileClock::readUnder(const WorkingCalendar &calendar, const Application &file, const QDateTime &now)
{
    const Result<Service> service = m_ctx.serviceOf(file);
    if (!service)
        return Result<ClockReading>::failure(service.error());
    const Result<QList<PausePeriod>> history = pauses(file.id);
    if (!history)
        return Result<ClockReading>::failure(history.error());
    return readWith(calendar, service.value(), file, history.value(), now);
}

ClockReading FileClock::readWith(const WorkingCalendar &calendar, const Service &service, const Application &file,
                                 const QList<PausePeriod> &history, const QDateTime &now)
{
    const QDateTime finished = isFinished(file.status) ? file.finishedAt : QDateTime();
    return ServiceClock::read(calendar, service.time, file.acceptedAt, history, finished, now.isValid() ? now : Clock::nowUtc());
}

Result<ClockReading> FileClock::read(const Application &file, const QDateTime &now)
{
    const Result<const WorkingCalendar *> calendar = m_ctx.calendar.current();
    if (!calendar)
        return Result<ClockReading>::failure(calendar.error());
    return readUnder(*calendar.value(), file, now);
}

Result<ClockReading> FileClock::read(const Application &file, const QList<PausePeriod> &history, const QDateTime &now)
{
    const Result<const WorkingCalendar *> calendar = m_ctx.calendar.current();
    if (!calendar)
        return Result<ClockReading>::failure(calendar.error());
    const Result<Service> service = m_ctx.serviceOf(file);
    if (!service)
        return Result<ClockReading>::failure(service.error());
    return readWith(*calendar.value(), service.value(), file, history, now);
}

QList<PausePeriod> FileClock::pausesIn(const QList<Event> &events, qint64 applicationId)
{
    const QStringList kinds = FileEvents::pauseHistoryKinds();
    QList<PausePeriod> list;
    for (const Event &e : events)
        if (e.applicationId == applicationId && kinds.contains(e.kind))
            FileEvents::addPauseRow(list, e.kind, e.at, e.reason, e.data);
    return list;
}

Result<ClockReading> FileClock::read(qint64 applicationId, const QDateTime &now)
{
    const Result<Application> file = m_ctx.applications.load(applicationId);
    if (!file)
        return Result<ClockReading>::failure(file.error());
    return read(file.value(), now);
}

qint64 FileClock::allowance(const WorkingCalendar &calendar, const FileSummary &f)
{
    if (m_allowancesCalendar != m_ctx.calendar.version()) {
        m_allowances.clear();
        m_allowancesCalendar = m_ctx.calendar.version();
    }
    auto it = m_allowances.constFind(f.applicationId);
    if (it != m_allowances.constEnd())
        return *it;
    const Result<Service> service = m_ctx.catalogs.service(f.catalogVersion, f.serviceNumber);
    const qint64 seconds = service ? ServiceClock::allowanceSeconds(calendar, service->time, f.acceptedAt) : 0;
    m_allowances.insert(f.applicationId, seconds);
    return seconds;
}

ClockReading FileClock::glance(const FileSummary &f, const QDateTime &now)
{
    const Result<const WorkingCalendar *> calendar = m_ctx.calendar.current();
    return calendar ? glanceUnder(*calendar.value(), f, now) : ClockReading();
}

ClockReading FileClock::glanceUnder(const WorkingCalendar &cal, const FileSummary &f, const QDateTime &now)
{
    ClockReading r;
    if (!f.acceptedAt.isValid())
        return r;
    if (f.status == ApplicationStatus::Paused || !f.dueAt.isValid()) {
        const Result<ClockReading> full = read(f.applicationId, now);
        return full ? full.value() : r;
    }
    r.started = true;
    r.dueAt = f.dueAt;
    r.finished = f.finishedAt.isValid() && isFinished(f.status);
    const QDateTime end = r.finished ? f.finishedAt : now;
    r.remainingSeconds = end <= f.dueAt ? cal.workingSecondsBetween(end, f.dueAt) : -cal.workingSecondsBetween(f.dueAt, end);
    r.allowanceSeconds = allowance(cal, f);
    r.elapsedSeconds = r.allowanceSeconds - r.remainingSeconds;
    r.state = ServiceClock::stateOf(r.allowanceSeconds, r.elapsedSeconds);
    if (r.finished)
        r.met = r.remainingSeconds >= 0;
    return r;
}

SqlStatement FileClock::listPausesStatement(const QString &where, const QList<std::pair<QString, QVariant>> &binds)
{
    // The files whose glance needs its history (needsHistory()), open files: their history
    // has no kind that ends a file, so the rows come from the index that holds the rest
    // (FileEvents::indexedKinds; prepareGlance() leaves out the returns it holds too).
    SqlStatement s{QStringLiteral("SELECT application_id, kind, at, reason, data FROM events WHERE application_id IN "
                                  "(SELECT a.id FROM applications a WHERE ")
                       + where + QStringLiteral(" AND a.accepted_at IS NOT NULL AND (a.status = :glance_paused OR a.due_at IS NULL)) AND ")
                       + FileEvents::indexedKindsFilter() + QStringLiteral(" ORDER BY application_id, id"),
                   binds};
    s.binds.append({QStringLiteral(":glance_paused"), ApplicationStatuses::key(ApplicationStatus::Paused)});
    return s;
}

void FileClock::prepareGlance(const QList<FileSummary> &files, const SqlStatement &pauses)
{
    m_prepared.reset();
    if (!m_ctx.calendar.current())
        return;
    PreparedGlance prepared;
    prepared.calendarVersion = m_ctx.calendar.version();
    bool needed = false;
    for (const FileSummary &f : files) {
        prepared.files << f.applicationId;
        needed |= needsHistory(f);
        if (f.status == ApplicationStatus::Paused)
            prepared.paused.insert(f.applicationId);
    }
    if (needed) {
        SqlQuery q(m_ctx.sql, pauses);
        if (!q.exec())
            return;
        const QStringList kinds = FileEvents::pauseHistoryKinds();
        while (q.next())
            if (kinds.contains(q.value(1).toString()))
                addRow(prepared.history[q.value(0).toLongLong()], q, 1);
    }
    m_prepared = std::move(prepared);
}

QList<ClockReading> FileClock::glanceAll(const QList<FileSummary> &files, const QDateTime &now)
{
    QList<qint64> ids;
    QList<qint64> listed;
    for (const FileSummary &f : files) {
        listed << f.applicationId;
        if (needsHistory(f))
            ids.append(f.applicationId);
    }
    QHash<qint64, QList<PausePeriod>> history;
    bool historyRead = ids.isEmpty();
    // The list read a moment ago with its histories and the calendar (prepareGlance).
    const WorkingCalendar *preparedCalendar = nullptr;
    if (m_prepared && m_prepared->files == listed && m_prepared->calendarVersion == m_ctx.calendar.version()) {
        history = std::move(m_prepared->history);
        preparedCalendar = m_ctx.calendar.kept();
        // A file paused since the histories were read has none among them: read below.
        const QSet<qint64> paused = m_prepared->paused;
        ids.removeIf([&](qint64 id) { return history.contains(id) || !paused.contains(id); });
        historyRead = ids.isEmpty();
    }
    m_prepared.reset();
    if (!ids.isEmpty()) {
        SqlQuery q(m_ctx.sql, QStringLiteral("SELECT application_id, kind, at, reason, data FROM events WHERE application_id IN ")
                                  + SqlDialect::idListParameter(m_ctx.sql, QStringLiteral(":ids")) + QStringLiteral(" AND ")
                                  + pauseKindsFilter() + QStringLiteral(" ORDER BY application_id, id"));
        for (const auto &[name, kind] : pauseKinds())
            q.bind(name, kind);
        q.bind(QStringLiteral(":ids"), SqlDialect::idListValue(ids));
        if (q.exec()) {
            historyRead = true;
            while (q.next())
                addRow(history[q.value(0).toLongLong()], q, 1);
        }
    }
    const Result<const WorkingCalendar *> calendar = preparedCalendar ? Result<const WorkingCalendar *>(preparedCalendar)
                                                                      : m_ctx.calendar.current(); // once for the whole list
    QList<ClockReading> readings;
    readings.reserve(files.size());
    for (const FileSummary &f : files) {
        if (!f.acceptedAt.isValid() || (f.status != ApplicationStatus::Paused && f.dueAt.isValid()) || !historyRead) {
            // (falls back to a query per file only if the batch failed)
            readings << (calendar ? glanceUnder(*calendar.value(), f, now) : ClockReading());
            continue;
        }
        const Result<Service> service = m_ctx.catalogs.service(f.catalogVersion, f.serviceNumber);
        if (!service || !calendar) {
            readings << ClockReading();
            continue;
        }
        readings << ServiceClock::read(*calendar.value(), service->time, f.acceptedAt, history.value(f.applicationId),
                                       isFinished(f.status) ? f.finishedAt : QDateTime(), now.isValid() ? now : Clock::nowUtc());
    }
    return readings;
}

Status FileClock::storeDueTime(const Application &file, const QList<PausePeriod> &history)
{
    QDateTime due;
    QVariant serviceSeconds, met; // kept for the report once the file is done (migration 0004)
    if (file.acceptedAt.isValid()) {
        const Result<ClockReading> reading = read(file, history, Clock::nowUtc());
        if (!reading)
            return Status::failure(reading.error());
        due = reading->dueAt;
        if (file.status == ApplicationStatus::Done && reading->finished) {
            serviceSeconds = reading->elapsedSeconds;
            if (reading->promised) // NULL: nothing was promised (Layanan lain)
                met = reading->met ? 1 : 0;
        }
    }
    return m_ctx.applications.writeDue(file.id, due, serviceSeconds, met);
}

Status FileClock::recomputeDueTimes(const WorkingCalendar &calendar)
{
    m_allowances.clear();
    m_allowancesCalendar = -1;
    const Result<QList<Application>> open = m_ctx.applications.openAccepted();
    if (!open)
        return Status::failure(open.error());
    for (const Application &file : open.value()) {
        const Result<ClockReading> reading = readUnder(calendar, file, Clock::nowUtc());
        if (!reading)
            return Status::failure(reading.error());
        if (const Status s = m_ctx.applications.writeDue(file.id, reading->dueAt, QVariant(), QVariant()); !s)
            return s;
    }
    return Status::success();
}
