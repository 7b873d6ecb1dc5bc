// One file's history in the demo: its life decided up front (checked, returned or
// accepted, claimed, paused, done), cut at the end of the history and written through the
// owners of its tables.
#include "demo/DemoHistory.h"

#include "accounts/Role.h"
#include "applications/FileEvents.h"
#include "clock/ServiceClock.h"
#include "common/Clock.h"
#include "applications/WaitingRoom.h"
#include "receipts/ReceiptKind.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <QTimeZone>

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kWorkingDay = 7 * 60 * kMinute + 30 * kMinute;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// The status keys a file passes through; its events' kinds for the moves are the same words.
struct Keys
{
    QString reg = ApplicationStatuses::key(ApplicationStatus::Registered);
    QString chk = ApplicationStatuses::key(ApplicationStatus::Checking);
    QString ret = ApplicationStatuses::key(ApplicationStatus::Returned);
    QString acc = ApplicationStatuses::key(ApplicationStatus::Accepted);
    QString que = ApplicationStatuses::key(ApplicationStatus::Queued);
    QString inp = ApplicationStatuses::key(ApplicationStatus::InProgress);
    QString pau = ApplicationStatuses::key(ApplicationStatus::Paused);
    QString don = ApplicationStatuses::key(ApplicationStatus::Done);
    QString can = ApplicationStatuses::key(ApplicationStatus::Cancelled);
};

const Keys &keys()
{
    static const Keys k;
    return k;
}

// A "printed" event's data: which receipt.
QJsonObject printed(ReceiptKind kind)
{
    return FileEvents::printedData(ReceiptKinds::key(kind));
}

} // namespace

QList<DemoHistory::Step> DemoHistory::fileLife(const Day &day, const WalkIn &w, QList<ChecklistItem> &items)
{
    const Keys &k = keys();
    QList<Step> steps;
    const bool returned = !w.isFollowUp ? m_dice.chance(w.proxy ? 0.2 : 0.08) : m_dice.chance(0.03);
    const QSet<QString> missing = missingPapers(w, returned, items);
    steps << Step{w.arrived, day.helpdesk, k.reg, {}, k.reg, {},
                  FileEvents::registeredData(w.queueNumber, w.service->number, w.proxy, m_setting.catalogVersion,
                                             w.isFollowUp ? w.follow.previousId : 0)};
    const qint64 checking = later(w.arrived, m_dice.skewed(1, 25) * kMinute);
    // The waiting room (issue 17): the helpdesk calls the number to its desk shortly
    // before it starts the check. Its moment comes from the queue sequence, not the dice,
    // so every other figure of a demo history stays what it was before calls existed.
    const qint64 called = std::max(w.arrived + 30 * 1000, checking - (20 + (w.sequence * 37) % 70) * 1000LL);
    steps << Step{called, day.helpdesk, QStringLiteral("visit_called"), {}, {}, {},
                  QJsonObject{{QStringLiteral("queue_number"), w.queueNumber},
                              {QStringLiteral("desk"), deskOf(day.helpdesk)},
                              {QStringLiteral("purpose"), QStringLiteral("serve")},
                              {QStringLiteral("call"), 1}}};
    steps << Step{checking, day.helpdesk, k.chk, k.reg, k.chk, {}, {}};
    const qint64 t = checkPapers(day, checking, missing, items, steps);
    const qint64 decided = later(t, m_dice.between(1, 4) * kMinute);
    const qint64 handler =
        w.service->handledBy == Roles::key(Role::AdminSistem) ? m_staff.adminSistem : m_staff.verifikator[m_dice.between(0, 1)];
    if (returned) {
        QList<MissingItem> lacking;
        for (const ChecklistItem &item : std::as_const(items)) {
            const QStringList problems = item.problems(day.date);
            if (!problems.isEmpty())
                lacking << MissingItem{item.requirementId, item.label, item.needed, problems};
        }
        steps << Step{decided, day.helpdesk, k.ret, k.chk, k.ret, {}, FileEvents::returnedData(lacking)};
        steps << Step{decided + 10000, day.helpdesk, QStringLiteral("printed"), {}, {}, {},
                      printed(ReceiptKind::Return)};
    } else {
        workFile(day, w, decided, handler, steps);
    }
    return steps;
}

QSet<QString> DemoHistory::missingPapers(const WalkIn &w, bool returned, const QList<ChecklistItem> &items)
{
    QSet<QString> missing;
    if (!returned)
        return missing;
    if (w.proxy && m_dice.chance(0.6))
        missing.insert(QStringLiteral("surat_kuasa"));
    if (missing.isEmpty() || m_dice.chance(0.3)) {
        static const QStringList often = {QStringLiteral("akta_perubahan"), QStringLiteral("izin_usaha"), QStringLiteral("surat_permohonan"),
                                          QStringLiteral("ktp_direktur"), QStringLiteral("akta_perubahan"), QStringLiteral("map"),
                                          QStringLiteral("laporan_permasalahan"), QStringLiteral("form_pendaftaran")};
        for (int attempt = 0; attempt < 4; ++attempt) {
            const QString id = m_dice.pick(often);
            if (w.service->requirement(id)) {
                missing.insert(id);
                break;
            }
        }
        if (missing.isEmpty())
            missing.insert(items.constLast().requirementId);
    }
    return missing;
}

qint64 DemoHistory::checkPapers(const Day &day, qint64 checking, const QSet<QString> &missing, QList<ChecklistItem> &items,
                                QList<Step> &steps)
{
    Dice &dice = m_dice;
    const QDate validUntil = day.date.addYears(1);
    qint64 t = checking;
    for (ChecklistItem &item : items) {
        t += dice.between(15, 50) * 1000;
        const bool isMissing = missing.contains(item.requirementId);
        const bool expired = isMissing && item.validityRequired && dice.chance(0.4);
        item.originalSeen = item.originalRequired && (!isMissing || expired);
        item.copyReceived = item.copyRequired && (!isMissing || expired);
        item.validUntil = item.validityRequired && (!isMissing || expired) ? (expired ? day.date.addDays(-dice.between(5, 200)) : validUntil) : QDate();
        if (isMissing && !expired)
            continue;
        steps << Step{t, day.helpdesk, QStringLiteral("checklist"), {}, {}, {},
                      FileEvents::checklistData(item.requirementId, item.originalSeen, item.copyReceived, item.validUntil)};
    }
    return t;
}

void DemoHistory::workFile(const Day &day, const WalkIn &w, qint64 decided, qint64 handler, QList<Step> &steps)
{
    const Keys &k = keys();
    Dice &dice = m_dice;
    const int serviceNumber = w.service->number;
    steps << Step{decided, day.helpdesk, k.acc, k.chk, k.acc, {}, {}};
    steps << Step{decided, day.helpdesk, QStringLiteral("handed_off"), k.acc, k.que, {}, FileEvents::handedOffData(w.service->handledBy)};
    steps << Step{decided + 10000, day.helpdesk, QStringLiteral("printed"), {}, {}, {}, printed(ReceiptKind::Document)};
    const bool slowDesk = serviceNumber == 7;
    const qint64 claimed = later(decided, (slowDesk ? dice.skewed(3, 180) : dice.skewed(1, 20)) * kMinute);
    steps << Step{claimed, handler, QStringLiteral("claimed"), k.que, k.inp, {}, {}};
    if (dice.chance(0.01)) {
        steps << Step{later(claimed, dice.between(2, 20) * kMinute), handler, k.can, k.inp, k.can,
                      QStringLiteral("Pemohon membatalkan permohonan"), {}};
        return;
    }
    qint64 work;
    if (serviceNumber == 7)
        work = dice.chance(0.5) ? dice.between(20, 240) * kMinute : dice.between(1, 4 * 450) * kMinute;
    else
        // Most files take a quarter of an hour; one in ten runs long (a locked account, a slow SPSE).
        work = (dice.chance(0.1) ? dice.between(25, 60) : dice.between(6, 20)) * kMinute;
    qint64 cursor = claimed;
    auto pause = [&](qint64 at, PauseReason reason, qint64 length) {
        steps << Step{at, handler, k.pau, k.inp, k.pau, PauseReasons::title(reason), FileEvents::pausedData(reason)};
        const qint64 back = later(at, length);
        steps << Step{back, handler, QStringLiteral("resumed"), k.pau, k.inp, {}, {}};
        return back;
    };
    if (serviceNumber == 6) {
        const qint64 sent = later(cursor, std::min<qint64>(work, 25 * kMinute));
        cursor = later(pause(sent, PauseReason::WaitingLkpp, dice.between(1, 4) * kWorkingDay), dice.between(3, 10) * kMinute);
    } else if (serviceNumber == 7 && dice.chance(0.3)) {
        const qint64 half = later(cursor, work / 2);
        cursor = later(pause(half, PauseReason::WaitingLkpp, dice.between(1, 3) * kWorkingDay), work - work / 2);
    } else if (day.outage && cursor < day.outageStart && later(cursor, work) > day.outageStart) {
        const qint64 before = m_index.workingMs(cursor, day.outageStart);
        cursor = later(pause(day.outageStart, PauseReason::InternetOutage, m_index.workingMs(day.outageStart, day.outageEnd)), work - before);
    } else if (dice.chance(0.01)) {
        const qint64 half = later(cursor, work / 2);
        cursor = later(pause(half, PauseReason::WaitingApplicant, dice.between(10, 90) * kMinute), work - work / 2);
    } else {
        cursor = later(cursor, work);
    }
    steps << Step{cursor, handler, k.don, k.inp, k.don, {}, FileEvents::doneData(w.service->outcome)};
    steps << Step{cursor + 10000, handler, QStringLiteral("printed"), {}, {}, {}, printed(ReceiptKind::Done)};
}

DemoHistory::FileEnd DemoHistory::endOf(const WalkIn &w, const QList<Step> &steps) const
{
    const Keys &k = keys();
    static const QStringList pauseKinds = FileEvents::pauseHistoryKinds();
    QString status = k.reg;
    qint64 acceptedAt = -1, finishedAt = -1, claimedAt = -1;
    FileEnd end;
    ApplicationRow &row = end.row;
    QList<PausePeriod> pauses;
    for (const Step &s : steps) {
        if (s.at >= m_horizon)
            break;
        if (!s.to.isEmpty())
            status = s.to;
        if (s.to == k.acc) {
            acceptedAt = s.at;
            row.acceptedBy = s.user;
        }
        if (s.kind == QLatin1String("claimed")) {
            row.file.claimedBy = s.user;
            claimedAt = s.at;
        }
        if (s.kind == k.ret || s.kind == k.don || s.kind == k.can) {
            finishedAt = s.at;
            row.finishedBy = s.user;
        }
        if (pauseKinds.contains(s.kind))
            FileEvents::addPauseRow(pauses, s.kind, utc(s.at), s.reason, s.data);
    }
    Application &file = row.file;
    file.number = w.number;
    file.visitId = w.visitId;
    file.serviceNumber = w.service->number;
    file.catalogVersion = m_setting.catalogVersion;
    file.handledBy = w.service->handledBy;
    ApplicationStatuses::fromKey(status, &file.status);
    file.previousApplicationId = w.isFollowUp ? w.follow.previousId : 0;
    file.outcome = file.status == ApplicationStatus::Done ? w.service->outcome : QString();
    file.createdAt = utc(w.arrived);
    file.acceptedAt = acceptedAt >= 0 ? utc(acceptedAt) : QDateTime();
    file.finishedAt = finishedAt >= 0 ? utc(finishedAt) : QDateTime();
    row.claimedAt = claimedAt >= 0 ? utc(claimedAt) : QDateTime();
    if (acceptedAt >= 0 && file.status != ApplicationStatus::Cancelled) {
        const bool isDone = file.status == ApplicationStatus::Done;
        const ClockReading reading = ServiceClock::read(m_setting.calendar, w.service->time, file.acceptedAt, pauses,
                                                        isDone ? file.finishedAt : QDateTime(), utc(m_horizon));
        file.dueAt = reading.dueAt;
        if (isDone) {
            row.serviceSeconds = reading.elapsedSeconds;
            row.met = reading.met ? 1 : 0;
        }
    }
    end.finishedAtMs = finishedAt;
    return end;
}

Status DemoHistory::writeFile(const Day &day, const WalkIn &w, const QList<ChecklistItem> &items, const QList<Step> &steps)
{
    const FileEnd end = endOf(w, steps);
    const Result<qint64> stored = m_applications.insert(end.row);
    if (!stored)
        return Status::failure(stored.error());
    const qint64 applicationId = stored.value();
    const ApplicationStatus status = end.row.file.status;
    QList<ChecklistItem> checklist = items;
    if (status == ApplicationStatus::Registered) // not checked yet: nothing ticked
        for (ChecklistItem &item : checklist) {
            item.originalSeen = item.copyReceived = false;
            item.validUntil = QDate();
        }
    if (const Status s = m_checklists.insert(applicationId, checklist); !s)
        return s;
    for (const Step &s : steps) {
        if (s.at >= m_horizon)
            break;
        const bool call = s.kind == QLatin1String("visit_called");
        if (call)
            if (const Status c = writeCall(w, s); !c)
                return c;
        schedule(s.at, s.user, s.kind, applicationId, s.from, s.to, s.reason, s.data, s.kind == keys().reg || call ? w.visitId : 0);
    }
    if (w.isFollowUp)
        schedule(w.arrived, day.helpdesk, QStringLiteral("followed_up"), w.follow.previousId, {}, {}, {},
                 FileEvents::followedUpData(w.number));
    if (status == ApplicationStatus::Returned) {
        ++m_summary.returned;
        if (m_dice.chance(0.7)) {
            QDate back = day.date.addDays(1);
            for (qint64 n = m_dice.between(1, 5); back <= m_setting.until; back = back.addDays(1))
                if (m_setting.calendar.isWorkingDay(back) && --n == 0)
                    break;
            if (back <= m_setting.until)
                m_followUps[back] << FollowUp{applicationId, w.service->number, w.vendor, w.proxy};
        }
    }
    if (status == ApplicationStatus::Done) {
        ++m_summary.done;
        if (m_dice.chance(0.12))
            return surveyAfter(w, end.finishedAtMs);
    }
    return Status::success();
}

QString DemoHistory::deskOf(qint64 helpdesk) const
{
    return helpdesk == m_staff.helpdesk[1] ? QStringLiteral("Meja Helpdesk 2") : QStringLiteral("Meja Helpdesk 1");
}

Status DemoHistory::writeCall(const WalkIn &w, const Step &s)
{
    CallRecord c;
    c.visitId = w.visitId;
    c.queueNumber = w.queueNumber;
    c.serviceNumber = w.service->number;
    c.desk = deskOf(s.user);
    c.at = utc(s.at);
    c.calledBy = s.user;
    return Status::from(WaitingRoom::insertRow(m_sql, c, QDateTime::fromMSecsSinceEpoch(w.arrived, m_zone).date()));
}

Status DemoHistory::surveyAfter(const WalkIn &w, qint64 finishedAt)
{
    SurveyResponse r;
    r.date = QDateTime::fromMSecsSinceEpoch(finishedAt, m_zone).date();
    r.serviceNumber = w.service->number;
    const bool unhappy = m_dice.chance(0.08);
    for (int u = 1; u <= 9; ++u) {
        int score = unhappy ? int(m_dice.between(1, 3)) : (m_dice.chance(0.55) ? 4 : 3);
        if (u == 4)
            score = m_dice.chance(0.95) ? 4 : 3; // the services are free
        r.answers[u - 1] = score;
    }
    if (const Result<qint64> id = m_survey.insertRecorded(r, utc(finishedAt + 2 * kMinute)); !id)
        return Status::failure(id.error());
    ++m_summary.surveyResponses;
    return Status::success();
}
