#include "applications/FileActions.h"

#include "accounts/Permissions.h"
#include "catalog/ServiceCatalog.h"
#include "storage/SqlQuery.h"

namespace {

struct Rule
{
    FileAction action;
    QList<ApplicationStatus> from;
    ApplicationStatus to;
    const char *kind;
    // Whether the role is asked before the status (the helpdesk's and the supervisor's
    // actions) or after (the queue's, whose refusal names the file's state first).
    bool roleFirst;
};

const QList<Rule> &rules()
{
    using S = ApplicationStatus;
    static const QList<Rule> table{
        {FileAction::StartChecking, {S::Registered}, S::Checking, "checking", true},
        {FileAction::Accept, {S::Checking}, S::Accepted, "accepted", true},
        {FileAction::Return, {S::Checking, S::RejectedBack}, S::Returned, "returned", true},
        {FileAction::Recheck, {S::RejectedBack}, S::Checking, "rechecking", true},
        {FileAction::Discretion, ApplicationStatuses::discretionFrom(), S::Accepted, "discretion", true},
        {FileAction::Claim, {S::Queued}, S::InProgress, "claimed", false},
        {FileAction::Release, {S::InProgress}, S::Queued, "released", false},
        {FileAction::Complete, {S::InProgress}, S::Done, "done", false},
        {FileAction::SendBack, {S::InProgress}, S::RejectedBack, "sent_back", false},
        {FileAction::Pause, {S::InProgress}, S::Paused, "paused", false},
        {FileAction::Resume, {S::Paused}, S::InProgress, "resumed", false},
        {FileAction::Cancel, ApplicationStatuses::all(), S::Cancelled, "cancelled", true},
    };
    return table;
}

const Rule &ruleOf(FileAction action)
{
    for (const Rule &r : rules())
        if (r.action == action)
            return r;
    return rules().constFirst();
}

} // namespace

const QList<FileAction> &FileActions::all()
{
    static const QList<FileAction> actions = [] {
        QList<FileAction> list;
        for (const Rule &r : rules())
            list << r.action;
        return list;
    }();
    return actions;
}

ApplicationStatus FileActions::target(FileAction action)
{
    return ruleOf(action).to;
}

QString FileActions::eventKind(FileAction action)
{
    return QString::fromLatin1(ruleOf(action).kind);
}

const QList<ApplicationStatus> &FileActions::from(FileAction action)
{
    return ruleOf(action).from;
}

Status FileActions::permission(const User &actor, FileAction action)
{
    switch (action) {
    case FileAction::StartChecking:
    case FileAction::Recheck:
        if (!Permissions::userMay(actor, Action::CheckDocuments))
            return Status::failure(tr("Hanya helpdesk yang memeriksa kelengkapan berkas."));
        break;
    case FileAction::Accept:
        if (!Permissions::userMay(actor, Action::CheckDocuments))
            return Status::failure(tr("Hanya helpdesk yang menerima dan meneruskan berkas."));
        break;
    case FileAction::Return:
        if (!Permissions::userMay(actor, Action::CheckDocuments))
            return Status::failure(tr("Hanya helpdesk yang mengembalikan berkas."));
        break;
    case FileAction::Discretion:
        if (!Permissions::userMay(actor, Action::Discretion))
            return Status::failure(tr("Hanya Kepala Bagian yang boleh menggunakan diskresi (Pasal 6)."));
        break;
    case FileAction::Claim:
        if (!Permissions::userMay(actor, Action::WorkQueue))
            return Status::failure(tr("Akun Anda tidak mengerjakan antrian berkas."));
        break;
    case FileAction::Cancel:
        if (!Permissions::userMay(actor, Action::Cancel))
            return Status::failure(tr("Akun Anda tidak boleh membatalkan berkas."));
        break;
    case FileAction::Release:
    case FileAction::Complete:
    case FileAction::SendBack:
    case FileAction::Pause:
    case FileAction::Resume:
        break; // the officer who claimed the file (party())
    }
    return Status::success();
}

Status FileActions::party(const User &actor, const Application &file, FileAction action)
{
    switch (action) {
    case FileAction::Claim:
        return requireHandler(actor, file);
    case FileAction::Release:
        if (file.claimedBy != actor.id && !Permissions::userMay(actor, Action::ReleaseAny))
            return requireClaimer(actor, file);
        return Status::success();
    case FileAction::Complete:
    case FileAction::SendBack:
    case FileAction::Pause:
    case FileAction::Resume:
        return requireClaimer(actor, file);
    case FileAction::Cancel: {
        const bool supervisor = Permissions::userMay(actor, Action::ReleaseAny);
        if (supervisor)
            return Status::success();
        if (file.claimedBy && file.claimedBy != actor.id)
            return requireClaimer(actor, file);
        if (ApplicationStatuses::isAtHelpdesk(file.status)) {
            if (!Permissions::userMay(actor, Action::CheckDocuments))
                return Status::failure(tr("Berkas yang masih di helpdesk dibatalkan oleh helpdesk atau atasan."));
            return Status::success();
        }
        return requireHandler(actor, file);
    }
    case FileAction::StartChecking:
    case FileAction::Accept:
    case FileAction::Return:
    case FileAction::Recheck:
    case FileAction::Discretion:
        break;
    }
    return Status::success();
}

Status FileActions::check(const User &actor, const Application &file, FileAction action)
{
    const Rule &rule = ruleOf(action);
    if (rule.roleFirst) {
        if (const Status s = permission(actor, action); !s)
            return s;
    }
    if (!rule.from.contains(file.status) || !ApplicationStatuses::canMove(file.status, rule.to))
        return Status::failure(tr("Berkas %1 berstatus \"%2\"; tidak dapat menjadi \"%3\".")
                                   .arg(file.number, ApplicationStatuses::title(file.status), ApplicationStatuses::title(rule.to)));
    if (!rule.roleFirst) {
        if (const Status s = permission(actor, action); !s)
            return s;
    }
    return party(actor, file, action);
}

QList<FileAction> FileActions::allowed(const User &actor, const Application &file)
{
    QList<FileAction> list;
    for (FileAction a : all())
        if (check(actor, file, a))
            list << a;
    return list;
}

Status FileActions::requireHandler(const User &actor, const Application &file)
{
    if (!actor.active)
        return Status::failure(tr("Akun ini tidak aktif."));
    if (!actor.hasRoleKey(file.handledBy))
        return Status::failure(tr("Berkas %1 dikerjakan oleh %2; akun Anda tidak mempunyai peran itu.")
                                   .arg(file.number, ServiceCatalog::roleTitle(file.handledBy)));
    return Status::success();
}

Status FileActions::requireClaimer(const User &actor, const Application &file)
{
    if (const Status s = requireHandler(actor, file); !s)
        return s;
    if (file.claimedBy != actor.id) {
        SqlQuery q(m_sql, QStringLiteral("SELECT full_name FROM users WHERE id = :id"));
        q.bind(QStringLiteral(":id"), file.claimedBy);
        const QString claimer = q.exec() && q.next() ? q.value(0).toString() : tr("petugas lain");
        return Status::failure(tr("Berkas %1 sedang dikerjakan oleh %2; hanya dia yang dapat melanjutkannya.").arg(file.number, claimer));
    }
    return Status::success();
}
