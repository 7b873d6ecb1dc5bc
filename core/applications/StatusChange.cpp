#include "applications/StatusChange.h"

#include "applications/CounterContext.h"
#include "applications/FileClock.h"
#include "applications/FileEvents.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "storage/ConfigVersions.h"
#include "storage/ReadAhead.h"
#include "storage/WriteRetry.h"

Status StatusChange::apply(const User &actor, qint64 applicationId, const Move &move)
{
    return runWriteTransaction(m_ctx.sql, [&]() -> Status {
        // What every move reads, sent with the transaction's start (ReadAhead.h).
        ReadAhead ahead(m_ctx.sql);
        readAheadFor(ahead, applicationId);
        Result<Application> loaded = m_ctx.applications.load(applicationId);
        if (!loaded)
            return Status::failure(loaded.error());
        return applyWithin(actor, loaded.value(), move);
    });
}

Status StatusChange::applyWithin(const User &actor, Application &file, const Move &move)
{
    if (move.before) {
        if (const Status s = move.before(file); !s)
            return s;
    }
    if (const Status s = m_ctx.actions.check(actor, file, move.action); !s)
        return s;
    if (move.body) {
        if (const Status s = move.body(file); !s)
            return s;
    }
    // The pause history the due time is counted with: as stored before these moves,
    // with the ones they write (a pause, a resume, the end) added as they are written.
    QList<PausePeriod> history;
    if (file.acceptedAt.isValid()) {
        const Result<QList<PausePeriod>> stored = m_clock.openPauses(file.id); // open: it is moving
        if (!stored)
            return Status::failure(stored.error());
        history = stored.value();
    }
    if (const Status s = write(actor, file, FileActions::target(move.action), FileActions::eventKind(move.action), move.reason, move.data,
                               history);
        !s)
        return s;
    if (file.status == ApplicationStatus::Accepted) {
        // An accepted file joins its handling role's queue at once, a move of its own.
        if (const Status s = write(actor, file, ApplicationStatus::Queued, QStringLiteral("handed_off"), {},
                                   FileEvents::handedOffData(file.handledBy), history);
            !s)
            return s;
    }
    return m_clock.storeDueTime(file, history);
}

void StatusChange::readAheadFor(ReadAhead &ahead, qint64 applicationId)
{
    ahead.add(ApplicationTable::loadStatement(applicationId))
        .add(EventLog::headStatement())
        .add(ConfigVersions::currentStatement(ConfigTopic::Calendar))
        .add(FileClock::openPausesStatement(applicationId));
}

Status StatusChange::write(const User &actor, Application &file, ApplicationStatus to, const QString &kind, const QString &reason,
                           const QJsonObject &data, QList<PausePeriod> &history)
{
    const ApplicationStatus before = file.status;
    if (!ApplicationStatuses::canMove(before, to))
        return Status::failure(tr("Berkas %1 berstatus \"%2\"; tidak dapat menjadi \"%3\".")
                                   .arg(file.number, ApplicationStatuses::title(before), ApplicationStatuses::title(to)));
    StatusStamp stamp;
    stamp.actorId = actor.id;
    stamp.at = Clock::nowUtc();
    stamp.claiming = kind == QLatin1String("claimed");
    stamp.accepting = to == ApplicationStatus::Accepted;
    stamp.finishing = ApplicationStatuses::isFinal(to);
    file.status = to;
    if (const Status s = m_ctx.applications.writeMove(file, before, stamp); !s) {
        file.status = before;
        return s;
    }
    Event e;
    e.at = stamp.at;
    e.userId = actor.id;
    e.kind = kind;
    e.applicationId = file.id;
    e.fromStatus = ApplicationStatuses::key(before);
    e.toStatus = ApplicationStatuses::key(to);
    e.reason = reason;
    e.data = data;
    if (const Status s = m_ctx.appendEvent(e); !s)
        return s;
    if (file.acceptedAt.isValid() && FileEvents::pauseHistoryKinds().contains(kind))
        FileEvents::addPauseRow(history, kind, Clock::fromStorage(Clock::toStorage(stamp.at)), reason, data); // as stored
    return Status::success();
}
