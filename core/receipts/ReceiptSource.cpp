#include "receipts/ReceiptSource.h"

#include "applications/FileEvents.h"
#include "calling/WaitTimes.h"
#include "applications/WaitingRoom.h"
#include "common/Clock.h"
#include "complaints/ComplaintRules.h"
#include "complaints/ComplaintStore.h"
#include "privacy/Retention.h"
#include "storage/Database.h"

#include <QJsonArray>

namespace {

// The newest event of `kind` on this very application (the history also holds the
// events of earlier visits in the chain).
const Event *lastEvent(const ApplicationFile &file, const QString &kind)
{
    for (auto it = file.history.crbegin(); it != file.history.crend(); ++it)
        if (it->applicationId == file.application.id && it->kind == kind)
            return &*it;
    return nullptr;
}

} // namespace

Result<ReceiptData> ReceiptSource::base(ReceiptKind kind)
{
    const Result<OfficeIdentity> office = OfficeSettings(m_db).load();
    if (!office)
        return Result<ReceiptData>::failure(office.error());
    const Result<int> retention = Retention(m_db).years();
    if (!retention)
        return Result<ReceiptData>::failure(retention.error());
    ReceiptData d;
    d.kind = kind;
    d.office = office.value();
    d.retentionYears = retention.value();
    d.zone = m_workflow.calendar().timeZone();
    d.printedAt = Clock::nowUtc();
    return d;
}

Result<int> ReceiptSource::waitingAhead(const ApplicationFile &file)
{
    const QDate day = file.visit.arrivedAt.toTimeZone(m_workflow.calendar().timeZone()).date();
    // The waiting room's own order: those still waiting come first, as they are called.
    const Result<QList<WaitingVisit>> line = m_workflow.waitingRoom().line(day);
    if (!line)
        return Result<int>::failure(line.error());
    int ahead = 0;
    for (const WaitingVisit &v : line.value()) {
        if (v.state != WaitingVisit::State::Waiting)
            break;
        if (v.visitId == file.visit.id)
            return ahead;
        ++ahead;
    }
    return 0; // called, set aside or at the desk already: nobody is ahead any more
}

Result<ReceiptData> ReceiptSource::forApplication(qint64 applicationId, ReceiptKind kind)
{
    using R = Result<ReceiptData>;
    if (kind == ReceiptKind::Complaint)
        return R::failure(tr("Tanda terima pengaduan dicetak dari pengaduannya, bukan dari berkas."));
    Result<ReceiptData> made = base(kind);
    if (!made)
        return made;
    ReceiptData d = std::move(made).value();
    const Result<ApplicationFile> loaded = m_workflow.files().file(applicationId);
    if (!loaded)
        return R::failure(loaded.error());
    const ApplicationFile &f = loaded.value();
    const Application &a = f.application;

    for (const Event &e : f.history)
        if (e.applicationId == a.id && e.kind == QLatin1String("printed")
            && e.data.value(QStringLiteral("receipt")).toString() == ReceiptKinds::key(kind))
            d.reprint = true;

    switch (kind) {
    case ReceiptKind::Ticket: {
        const Result<int> ahead = waitingAhead(f);
        if (!ahead)
            return R::failure(ahead.error());
        d.waitingAhead = ahead.value();
        const Result<std::optional<int>> typical =
            WaitTimes(m_db.connection()).typicalMinutes(f.visit.arrivedAt, m_workflow.calendar().timeZone());
        if (!typical)
            return R::failure(typical.error());
        d.typicalWaitMinutes = typical.value();
        break;
    }
    case ReceiptKind::Document: {
        if (!a.acceptedAt.isValid())
            return R::failure(tr("Berkas %1 belum diterima lengkap; tanda terima berkas dicetak setelah berkas diterima.").arg(a.number));
        const Event *accepted = lastEvent(f, QStringLiteral("accepted"));
        d.officerName = accepted && !accepted->userName.isEmpty() ? accepted->userName : f.visit.helpdeskName;
        if (const Event *discretion = lastEvent(f, QStringLiteral("discretion")))
            d.waived = FileEvents::waivedOf(discretion->data);
        break;
    }
    case ReceiptKind::Return: {
        if (const Event *returned = lastEvent(f, QStringLiteral("returned"))) {
            d.missing = FileEvents::missingOf(returned->data);
            d.returnNote = returned->reason;
            d.returnedAt = returned->at;
            d.officerName = returned->userName;
        } else if (ApplicationStatuses::isAtHelpdesk(a.status)) {
            // Not returned yet: the slip shows what the check has found so far.
            const Result<Completeness> c = m_workflow.documents().completeness(applicationId);
            if (!c)
                return R::failure(c.error());
            if (c->complete)
                return R::failure(tr("Berkas %1 sudah lengkap; tidak ada yang perlu dikembalikan.").arg(a.number));
            d.missing = c->missing;
            d.returnedAt = d.printedAt;
        } else {
            return R::failure(tr("Berkas %1 tidak dikembalikan kepada pemohon (status: %2).")
                                  .arg(a.number, ApplicationStatuses::title(a.status)));
        }
        if (d.officerName.isEmpty())
            d.officerName = f.visit.helpdeskName;
        break;
    }
    case ReceiptKind::Done: {
        if (a.status != ApplicationStatus::Done)
            return R::failure(tr("Berkas %1 belum selesai (status: %2); bukti selesai layanan dicetak setelah layanan selesai.")
                                  .arg(a.number, ApplicationStatuses::title(a.status)));
        const Event *done = lastEvent(f, QStringLiteral("done"));
        d.officerName = done && !done->userName.isEmpty() ? done->userName : f.claimedByName;
        break;
    }
    case ReceiptKind::Complaint:
        break;
    }
    d.file = f;
    return d;
}

ComplaintReceipt ReceiptSource::complaintReceipt(ComplaintStore &store, const Complaint &c)
{
    const ComplaintDeadlines d = store.deadlines(c);
    ComplaintReceipt r;
    r.number = c.number;
    r.receivedAt = c.receivedAt;
    r.ackDue = d.acknowledgement.due.toUTC();
    r.responseDue = d.response.due.toUTC();
    r.complainantName = c.content.complainantName;
    r.summary = c.content.notPerStandard;
    // Until the receipt has fields of its own: Pasal 8 ayat (5) wants the complainant told what is missing.
    if (!c.isComplete())
        r.summary += (r.summary.isEmpty() ? QString() : QStringLiteral("\n\n"))
                     + tr("Belum lengkap (Pasal 8 ayat 4): %1.").arg(ComplaintRules::describeMissing(c.missing));
    if (c.late)
        r.summary += QStringLiteral("\n") + tr("Diajukan lewat %1 hari sejak layanan diterima.").arg(ComplaintRules::kWindowDays);
    return r;
}

Result<ReceiptData> ReceiptSource::forComplaint(const ComplaintReceipt &complaint)
{
    Result<ReceiptData> made = base(ReceiptKind::Complaint);
    if (!made)
        return made;
    ReceiptData d = std::move(made).value();
    d.complaint = complaint;
    return d;
}
