#include "applications/DocumentCheck.h"

#include "applications/CounterContext.h"
#include "applications/StatusChange.h"
#include "applications/WrittenReason.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "storage/ReadAhead.h"
#include "storage/WriteRetry.h"
#include "validation/Validators.h"

Status DocumentCheck::startChecking(const User &actor, qint64 applicationId)
{
    return m_change.apply(actor, applicationId, {FileAction::StartChecking, {}, {}, {}, {}});
}

Status DocumentCheck::updateChecklist(const User &actor, qint64 applicationId, const ChecklistUpdate &update)
{
    if (const Status s = m_ctx.actions.permission(actor, FileAction::StartChecking); !s)
        return s;
    const Validation note = Validators::text(update.note, 500, false);
    if (!note.ok)
        return Status::failure(tr("Catatan: %1").arg(note.error));
    if (update.validUntil.isValid() && (update.validUntil.year() < 1900 || update.validUntil.year() > 2200))
        return Status::failure(tr("Tanggal berlaku tidak wajar."));
    return runWriteTransaction(m_ctx.sql, [&]() -> Status {
        ReadAhead ahead(m_ctx.sql);
        ahead.add(ApplicationTable::loadStatement(applicationId)).add(EventLog::headStatement());
        Result<Application> app = m_ctx.applications.load(applicationId);
        if (!app)
            return Status::failure(app.error());
        if (!ApplicationStatuses::isChecklistOpen(app->status))
            return Status::failure(tr("Daftar periksa berkas %1 tidak dapat diubah: berkas berstatus \"%2\".")
                                       .arg(app->number, ApplicationStatuses::title(app->status)));
        ChecklistUpdate stored = update;
        stored.note = note.value;
        if (const Status s = m_ctx.checklists.update(applicationId, stored); !s)
            return s;
        // The first tick starts the check.
        if (app->status == ApplicationStatus::Registered) {
            if (const Status s = m_change.applyWithin(actor, app.value(), {FileAction::StartChecking, {}, {}, {}, {}}); !s)
                return s;
        }
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("checklist");
        e.applicationId = applicationId;
        e.data = FileEvents::checklistData(update.requirementId, update.originalSeen, update.copyReceived, update.validUntil, note.value);
        return m_ctx.appendEvent(e);
    });
}

Result<QList<ChecklistItem>> DocumentCheck::checklist(qint64 applicationId)
{
    return m_ctx.checklists.items(applicationId);
}

Result<Completeness> DocumentCheck::completeness(qint64 applicationId)
{
    const Result<QList<ChecklistItem>> items = checklist(applicationId);
    if (!items)
        return Result<Completeness>::failure(items.error());
    Completeness c;
    const QDate day = m_ctx.today();
    for (const ChecklistItem &i : items.value()) {
        const QStringList problems = i.problems(day);
        if (!problems.isEmpty())
            c.missing << MissingItem{i.requirementId, i.label, i.needed, problems};
    }
    c.complete = !items->isEmpty() && c.missing.isEmpty();
    if (items->isEmpty()) { // nothing to check: complete only for a service without a checklist (Layanan lain)
        const Result<Application> file = m_ctx.applications.load(applicationId);
        if (!file)
            return Result<Completeness>::failure(file.error());
        const Result<Service> service = m_ctx.serviceOf(file.value());
        if (!service)
            return Result<Completeness>::failure(service.error());
        c.complete = service->requirements.isEmpty() && service->isOther();
    }
    return c;
}

Status DocumentCheck::accept(const User &actor, qint64 applicationId)
{
    if (const Status s = m_ctx.actions.permission(actor, FileAction::Accept); !s)
        return s;
    // Completeness is read inside the transaction that accepts: a tick removed at another
    // desk in between cannot slip through.
    const auto complete = [&](Application &) -> Status {
        const Result<Completeness> c = completeness(applicationId);
        if (!c)
            return Status::failure(c.error());
        if (c->complete)
            return Status::success();
        QStringList labels;
        for (const MissingItem &m : c->missing)
            labels << m.label;
        return Status::failure(tr("Berkas belum lengkap: %1. Kembalikan berkas kepada pemohon, atau minta diskresi Kepala Bagian.")
                                   .arg(labels.join(QStringLiteral("; "))));
    };
    const auto handOn = [&] {
        ReadAhead ahead(m_ctx.sql); // sent with the move's own (StatusChange::apply)
        ahead.add(ChecklistTable::itemsStatement(applicationId));
        return m_change.apply(actor, applicationId, {FileAction::Accept, {}, {}, complete, [](Application &app) {
                                                         app.acceptedAt = Clock::nowUtc();
                                                         return Status::success();
                                                     }});
    };
    const Status accepted = handOn();
    if (accepted)
        return accepted;
    // A file without a checklist (Layanan lain) has no first tick to start its check: the
    // hand-off starts it, as its own recorded step. Asked only when the hand-off was
    // refused, so an ordinary one costs nothing more.
    const Result<Application> file = m_ctx.applications.load(applicationId);
    if (!file || file->status != ApplicationStatus::Registered)
        return accepted;
    const Result<QList<ChecklistItem>> items = checklist(applicationId);
    if (!items || !items->isEmpty())
        return accepted;
    if (const Status s = startChecking(actor, applicationId); !s)
        return s;
    return handOn();
}

bool DocumentCheck::mayAccept(const User &actor, const Application &file, const Completeness &completeness)
{
    if (!completeness.complete)
        return false;
    if (m_ctx.actions.check(actor, file, FileAction::Accept))
        return true;
    // Complete while registered: only a file without a checklist can be (completeness()).
    if (file.status != ApplicationStatus::Registered || !m_ctx.actions.check(actor, file, FileAction::StartChecking))
        return false;
    Application checking = file;
    checking.status = ApplicationStatus::Checking;
    return bool(m_ctx.actions.check(actor, checking, FileAction::Accept));
}

Result<QList<MissingItem>> DocumentCheck::returnToApplicant(const User &actor, qint64 applicationId, const QString &noteInput)
{
    using R = Result<QList<MissingItem>>;
    if (const Status s = m_ctx.actions.permission(actor, FileAction::Return); !s)
        return R::failure(s.error());
    const Validation note = Validators::text(noteInput, 1000, false);
    if (!note.ok)
        return R::failure(tr("Catatan: %1").arg(note.error));
    // The slip's list is read inside the transaction that returns the file, and goes into
    // its event, where the slip and the report read it back.
    QList<MissingItem> missing;
    const Status s = runWriteTransaction(m_ctx.sql, [&]() -> Status {
        ReadAhead ahead(m_ctx.sql);
        StatusChange::readAheadFor(ahead, applicationId);
        ahead.add(ChecklistTable::itemsStatement(applicationId));
        Result<Application> app = m_ctx.applications.load(applicationId);
        if (!app)
            return Status::failure(app.error());
        const Result<Completeness> c = completeness(applicationId);
        if (!c)
            return Status::failure(c.error());
        if (c->complete && app->status != ApplicationStatus::RejectedBack)
            return Status::failure(tr("Berkas sudah lengkap; gunakan \"Terima & teruskan\"."));
        missing = c->missing;
        return m_change.applyWithin(actor, app.value(), {FileAction::Return, note.value, FileEvents::returnedData(missing), {},
                                                         [](Application &file) {
                                                             file.finishedAt = Clock::nowUtc();
                                                             return Status::success();
                                                         }});
    });
    if (!s)
        return R::failure(s.error());
    return missing;
}

Status DocumentCheck::recheck(const User &actor, qint64 applicationId)
{
    return m_change.apply(actor, applicationId, {FileAction::Recheck, {}, {}, {}, {}});
}

Status DocumentCheck::discretion(const User &actor, qint64 applicationId, const QString &reason)
{
    if (const Status s = m_ctx.actions.permission(actor, FileAction::Discretion); !s)
        return s;
    const Result<QString> written = WrittenReason::check(reason, tr("Alasan diskresi"));
    if (!written)
        return Status::failure(written.error());
    return runWriteTransaction(m_ctx.sql, [&]() -> Status {
        ReadAhead ahead(m_ctx.sql);
        StatusChange::readAheadFor(ahead, applicationId);
        ahead.add(ChecklistTable::itemsStatement(applicationId));
        Result<Application> app = m_ctx.applications.load(applicationId);
        if (!app)
            return Status::failure(app.error());
        const Result<Completeness> c = completeness(applicationId);
        if (!c)
            return Status::failure(c.error());
        return m_change.applyWithin(actor, app.value(),
                                    {FileAction::Discretion, written.value(), FileEvents::discretionData(c->missing), {},
                                     [](Application &file) {
                                         file.acceptedAt = Clock::nowUtc();
                                         file.discretion = true;
                                         return Status::success();
                                     }});
    });
}
