#include "applications/QueueWork.h"

#include "accounts/Permissions.h"
#include "applications/CounterContext.h"
#include "applications/FileEvents.h"
#include "applications/StatusChange.h"
#include "applications/WrittenReason.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "storage/ReadAhead.h"
#include "storage/WriteRetry.h"
#include "validation/Validators.h"

Status QueueWork::claim(const User &actor, qint64 applicationId)
{
    return m_change.apply(actor, applicationId, {FileAction::Claim, {}, {}, {}, [&](Application &app) {
                                                     app.claimedBy = actor.id;
                                                     return Status::success();
                                                 }});
}

Status QueueWork::release(const User &actor, qint64 applicationId, const QString &reason)
{
    const Result<QString> written = WrittenReason::check(reason, tr("Alasan melepas berkas"));
    if (!written)
        return Status::failure(written.error());
    return m_change.apply(actor, applicationId,
                          {FileAction::Release, written.value(), FileEvents::releasedData(written.value()), {},
                           [](Application &app) {
                               app.claimedBy = 0;
                               return Status::success();
                           }});
}

Status QueueWork::complete(const User &actor, qint64 applicationId, const QString &outcome)
{
    const Validation text = Validators::text(outcome, 300, true);
    if (!text.ok)
        return Status::failure(tr("Hasil layanan: %1").arg(text.error));
    return m_change.apply(actor, applicationId,
                          {FileAction::Complete, {}, FileEvents::doneData(text.value), {}, [&](Application &app) {
                               app.outcome = text.value;
                               app.finishedAt = Clock::nowUtc();
                               return Status::success();
                           }});
}

Status QueueWork::sendBack(const User &actor, qint64 applicationId, const QString &reason)
{
    const Result<QString> written = WrittenReason::check(reason, tr("Alasan pengembalian ke helpdesk"));
    if (!written)
        return Status::failure(written.error());
    return m_change.apply(actor, applicationId, {FileAction::SendBack, written.value(), {}, {}, [](Application &app) {
                                                     app.claimedBy = 0;
                                                     return Status::success();
                                                 }});
}

Status QueueWork::pause(const User &actor, qint64 applicationId, PauseReason reason, const QString &text)
{
    const Validation detail = Validators::text(text, 500, reason == PauseReason::Other);
    if (!detail.ok)
        return Status::failure(tr("Alasan penundaan: %1").arg(detail.error));
    const QString written = detail.value.isEmpty() ? PauseReasons::title(reason) : detail.value;
    return m_change.apply(actor, applicationId, {FileAction::Pause, written, FileEvents::pausedData(reason), {}, {}});
}

Status QueueWork::resume(const User &actor, qint64 applicationId)
{
    return m_change.apply(actor, applicationId, {FileAction::Resume, {}, {}, {}, {}});
}

Status QueueWork::cancel(const User &actor, qint64 applicationId, const QString &reason)
{
    if (const Status s = m_ctx.actions.permission(actor, FileAction::Cancel); !s)
        return s;
    const Result<QString> written = WrittenReason::check(reason, tr("Alasan pembatalan"));
    if (!written)
        return Status::failure(written.error());
    return m_change.apply(actor, applicationId, {FileAction::Cancel, written.value(), {}, {}, [](Application &app) {
                                                     app.finishedAt = Clock::nowUtc();
                                                     return Status::success();
                                                 }});
}

Status QueueWork::recordPrint(const User &actor, qint64 applicationId, const QString &receiptKind)
{
    // The same permission as a complaint receipt's (ComplaintStore::recordPrint).
    if (!Permissions::userMay(actor, Action::PrintReceipt))
        return Status::failure(tr("Akun Anda tidak mencetak tanda terima."));
    return runWriteTransaction(m_ctx.sql, [&]() -> Status {
        ReadAhead ahead(m_ctx.sql);
        ahead.add(ApplicationTable::loadStatement(applicationId)).add(EventLog::headStatement());
        const Result<Application> app = m_ctx.applications.load(applicationId);
        if (!app)
            return Status::failure(app.error());
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("printed");
        e.applicationId = applicationId;
        e.data = FileEvents::printedData(receiptKind);
        return m_ctx.appendEvent(e);
    });
}
