#include "applications/StatusChange.h"

#include "applications/CounterContext.h"
#include "applications/FileClock.h"
#include "applications/FileEvents.h"
#include "common/Clock.h"
#include "storage/WriteRetry.h"

Status StatusChange::apply(const User &actor, qint64 applicationId, const Move &move)
{
    return runWriteTransaction(m_ctx.sql, [&]() -> Status {
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
    if (const Status s = write(actor, file, FileActions::target(move.action), FileActions::eventKind(move.action), move.reason, move.data);
        !s)
        return s;
    if (file.status == ApplicationStatus::Accepted) {
        // An accepted file joins its handling role's queue at once, a move of its own.
        if (const Status s = write(actor, file, ApplicationStatus::Queued, QStringLiteral("handed_off"), {},
                                   FileEvents::handedOffData(file.handledBy));
            !s)
            return s;
    }
    return m_clock.storeDueTime(file);
}

Status StatusChange::write(const User &actor, Application &file, ApplicationStatus to, const QString &kind, const QString &reason,
                           const QJsonObject &data)
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
    return m_ctx.appendEvent(e);
}
