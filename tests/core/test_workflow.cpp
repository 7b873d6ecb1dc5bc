#include "WorkflowFixture.h"

#include "common/Clock.h"
#include "events/EventLog.h"
#include "storage/SqlQuery.h"
#include "vendors/VendorStore.h"
#include "calendar/CalendarStore.h"
#include "applications/CalendarChange.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

#include <QSqlQuery>

using S = ApplicationStatus;

namespace {

S statusOf(WorkflowFixture &f, qint64 id)
{
    const auto app = f.wf().files().application(id);
    REQUIRE(app.ok());
    return app->status;
}

QStringList kindsOf(const QList<Event> &events)
{
    QStringList kinds;
    for (const Event &e : events)
        kinds << e.kind;
    return kinds;
}

qint64 queuedFile(WorkflowFixture &f, int service = 1)
{
    const auto in = f.checkIn(service);
    REQUIRE(in.ok());
    f.tickAll(in->applicationId);
    const Status s = f.wf().documents().accept(f.helpdesk, in->applicationId);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    return in->applicationId;
}

} // namespace

TEST_CASE("the allowed life of an application, and no other", "[workflow]")
{
    const QList<std::pair<S, S>> allowed = {
        {S::Registered, S::Checking},  {S::Checking, S::Returned},      {S::Checking, S::Accepted},
        {S::Accepted, S::Queued},      {S::Queued, S::InProgress},      {S::InProgress, S::Done},
        {S::InProgress, S::RejectedBack}, {S::InProgress, S::Paused},  {S::InProgress, S::Queued},
        {S::Paused, S::InProgress},    {S::RejectedBack, S::Checking},  {S::RejectedBack, S::Returned},
        {S::RejectedBack, S::Accepted},
    };
    for (S from : ApplicationStatuses::all()) {
        for (S to : ApplicationStatuses::all()) {
            bool expected = std::find(allowed.begin(), allowed.end(), std::make_pair(from, to)) != allowed.end();
            if (to == S::Cancelled)
                expected = !ApplicationStatuses::isFinal(from);
            INFO(ApplicationStatuses::key(from).toStdString() << " -> " << ApplicationStatuses::key(to).toStdString());
            CHECK(ApplicationStatuses::canMove(from, to) == expected);
        }
    }
}

TEST_CASE("check-in gives daily queue numbers per service letter, restarting each day", "[workflow]")
{
    WorkflowFixture f;
    const auto a1 = f.checkIn(1);
    REQUIRE(a1.ok());
    CHECK(a1->queueNumber == QStringLiteral("A-001"));
    CHECK(a1->applicationNumber == QStringLiteral("20261123-A001"));
    CHECK(a1->waitingAhead == 0);
    const auto a2 = f.checkIn(1);
    CHECK(a2->queueNumber == QStringLiteral("A-002"));
    CHECK(a2->waitingAhead == 1);
    const auto b1 = f.checkIn(2);
    CHECK(b1->queueNumber == QStringLiteral("B-001"));
    const auto g1 = f.checkIn(7);
    CHECK(g1->queueNumber == QStringLiteral("G-001"));
    CHECK(statusOf(f, a1->applicationId) == S::Registered);

    WorkflowFixture::setNow(QStringLiteral("2026-11-24 07:35"));
    const auto next = f.checkIn(1);
    REQUIRE(next.ok());
    CHECK(next->queueNumber == QStringLiteral("A-001"));
    CHECK(next->applicationNumber == QStringLiteral("20261124-A001"));
    // The same vendor (by NPWP) is reused, not duplicated.
    CHECK(next->vendorId == a1->vendorId);
}

TEST_CASE("the checklist holds only the items that apply", "[workflow]")
{
    WorkflowFixture f;
    const auto head = f.checkIn(2, false);
    const auto proxy = f.checkIn(2, true);
    auto ids = [&](qint64 app) {
        QStringList list;
        for (const ChecklistItem &i : f.wf().documents().checklist(app).value())
            list << i.requirementId;
        return list;
    };
    CHECK_FALSE(ids(head->applicationId).contains(QStringLiteral("surat_kuasa")));
    CHECK(ids(proxy->applicationId).contains(QStringLiteral("surat_kuasa")));
    CHECK_FALSE(ids(head->applicationId).contains(QStringLiteral("izin_usaha")));
    CHECK(ids(proxy->applicationId).size() == ids(head->applicationId).size() + 1);
}

TEST_CASE("only complete files are accepted, incomplete ones are returned with what is missing", "[workflow]")
{
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    f.tickAll(in->applicationId, {QStringLiteral("akta_perubahan")});
    CHECK(statusOf(f, in->applicationId) == S::Checking);
    const auto c = f.wf().documents().completeness(in->applicationId);
    REQUIRE(c.ok());
    CHECK_FALSE(c->complete);
    REQUIRE(c->missing.size() == 1);
    CHECK(c->missing.first().requirementId == QStringLiteral("akta_perubahan"));

    const Status refused = f.wf().documents().accept(f.helpdesk, in->applicationId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("belum lengkap")));
    CHECK(statusOf(f, in->applicationId) == S::Checking);

    const auto returned = f.wf().documents().returnToApplicant(f.helpdesk, in->applicationId);
    REQUIRE(returned.ok());
    CHECK(returned->size() == 1);
    CHECK(statusOf(f, in->applicationId) == S::Returned);
    // Final: nothing more can happen to it.
    CHECK_FALSE(f.wf().queue().cancel(f.helpdesk, in->applicationId, QStringLiteral("coba batal")).ok());
    CHECK_FALSE(f.wf().documents().startChecking(f.helpdesk, in->applicationId).ok());
}

TEST_CASE("an expired document makes a file incomplete", "[workflow]")
{
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    f.tickAll(in->applicationId);
    ChecklistUpdate expired;
    expired.requirementId = QStringLiteral("izin_usaha");
    expired.originalSeen = true;
    expired.copyReceived = true;
    expired.validUntil = QDate(2026, 11, 22); // yesterday
    REQUIRE(f.wf().documents().updateChecklist(f.helpdesk, in->applicationId, expired).ok());
    const auto c = f.wf().documents().completeness(in->applicationId);
    REQUIRE_FALSE(c->complete);
    CHECK(c->missing.first().problems.join(QString()).contains(QStringLiteral("tidak berlaku")));
}

TEST_CASE("a returning file cannot be ticked once it left the helpdesk", "[workflow]")
{
    WorkflowFixture f;
    const qint64 id = queuedFile(f);
    ChecklistUpdate u;
    u.requirementId = QStringLiteral("map");
    CHECK_FALSE(f.wf().documents().updateChecklist(f.helpdesk, id, u).ok());
}

TEST_CASE("the handling role works the queue, others are refused", "[workflow][roles]")
{
    WorkflowFixture f;
    const qint64 id = queuedFile(f, 1);
    CHECK(statusOf(f, id) == S::Queued);

    SECTION("helpdesk, admin sistem and supervisors cannot claim a verifikator's file")
    {
        for (const User *u : {&f.helpdesk, &f.adminSistem, &f.kasubbag, &f.kepalaBagian, &f.admin}) {
            const Status s = f.wf().queue().claim(*u, id);
            CHECK_FALSE(s.ok());
        }
        CHECK(statusOf(f, id) == S::Queued);
    }
    SECTION("a verifikator cannot work service 7, the admin sistem can")
    {
        const qint64 spse = queuedFile(f, 7);
        CHECK_FALSE(f.wf().queue().claim(f.verifikator, spse).ok());
        CHECK(f.wf().queue().claim(f.adminSistem, spse).ok());
    }
    SECTION("once claimed, nobody else can work it until it is released")
    {
        REQUIRE(f.wf().queue().claim(f.verifikator, id).ok());
        CHECK(statusOf(f, id) == S::InProgress);
        const Status other = f.wf().queue().complete(f.verifikator2, id, QStringLiteral("User ID aktif"));
        REQUIRE_FALSE(other.ok());
        CHECK(other.error().contains(QStringLiteral("Vera Anggraini")));
        CHECK_FALSE(f.wf().queue().pause(f.verifikator2, id, PauseReason::InternetOutage, {}).ok());
        CHECK_FALSE(f.wf().queue().release(f.verifikator2, id, QStringLiteral("Bukan berkas saya")).ok());
        CHECK_FALSE(f.wf().queue().claim(f.verifikator2, id).ok());
        REQUIRE(f.wf().queue().release(f.verifikator, id, QStringLiteral("Dipanggil rapat")).ok());
        CHECK(f.wf().queue().claim(f.verifikator2, id).ok());
        CHECK(f.wf().queue().complete(f.verifikator2, id, QStringLiteral("User ID aktif")).ok());
    }
    SECTION("a supervisor may release a file an absent officer holds")
    {
        REQUIRE(f.wf().queue().claim(f.verifikator, id).ok());
        CHECK(f.wf().queue().release(f.kasubbag, id, QStringLiteral("Petugas sakit hari ini")).ok());
        CHECK(statusOf(f, id) == S::Queued);
    }
    SECTION("releasing needs a written reason, and the released event carries it")
    {
        REQUIRE(f.wf().queue().claim(f.verifikator, id).ok());
        for (const QString &bad : {QString(), QStringLiteral("  "), QStringLiteral("ok")}) {
            const Status refused = f.wf().queue().release(f.verifikator, id, bad);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().contains(QStringLiteral("Alasan melepas berkas")));
            CHECK(statusOf(f, id) == S::InProgress);
        }
        REQUIRE(f.wf().queue().release(f.verifikator, id, QStringLiteral("  Dipanggil rapat mendadak  ")).ok());
        CHECK(statusOf(f, id) == S::Queued);
        const auto events = EventLog(f.db().connection()).forApplication(id).value();
        REQUIRE_FALSE(events.isEmpty());
        const Event &released = events.last();
        CHECK(released.kind == QStringLiteral("released"));
        CHECK(released.data.value(QStringLiteral("reason")).toString() == QStringLiteral("Dipanggil rapat mendadak"));
        CHECK(released.reason == QStringLiteral("Dipanggil rapat mendadak"));
    }
    SECTION("only the helpdesk checks documents and checks walk-ins in")
    {
        const auto in = f.checkIn(1);
        CHECK_FALSE(f.wf().documents().startChecking(f.verifikator, in->applicationId).ok());
        CheckInRequest r;
        r.applicantName = QStringLiteral("Budi");
        r.applicantNik = QStringLiteral("6371011203850001");
        r.vendor.name = QStringLiteral("PT X");
        r.serviceNumber = 1;
        const auto refused = f.wf().guestBook().checkIn(f.verifikator, r);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("helpdesk")));
    }
}

TEST_CASE("in progress: done, sent back, paused and resumed, released, cancelled", "[workflow]")
{
    WorkflowFixture f;
    const qint64 id = queuedFile(f);
    REQUIRE(f.wf().queue().claim(f.verifikator, id).ok());

    SECTION("done needs an outcome")
    {
        CHECK_FALSE(f.wf().queue().complete(f.verifikator, id, QStringLiteral("  ")).ok());
        REQUIRE(f.wf().queue().complete(f.verifikator, id, QStringLiteral("User ID aktif")).ok());
        CHECK(statusOf(f, id) == S::Done);
        CHECK(f.wf().files().application(id)->outcome == QStringLiteral("User ID aktif"));
        CHECK_FALSE(f.wf().queue().cancel(f.kasubbag, id, QStringLiteral("salah input")).ok());
        CHECK_FALSE(f.wf().queue().claim(f.verifikator, id).ok());
    }
    SECTION("sent back to the helpdesk with a reason, rechecked and accepted again")
    {
        CHECK_FALSE(f.wf().queue().sendBack(f.verifikator, id, QString()).ok());
        REQUIRE(f.wf().queue().sendBack(f.verifikator, id, QStringLiteral("Akta perubahan tidak sesuai dengan data SPSE")).ok());
        CHECK(statusOf(f, id) == S::RejectedBack);
        CHECK(f.wf().files().application(id)->claimedBy == 0);
        REQUIRE(f.wf().documents().recheck(f.helpdesk, id).ok());
        CHECK(statusOf(f, id) == S::Checking);
        REQUIRE(f.wf().documents().accept(f.helpdesk, id).ok());
        CHECK(statusOf(f, id) == S::Queued);
    }
    SECTION("a sent-back file can be returned to the applicant")
    {
        REQUIRE(f.wf().queue().sendBack(f.verifikator, id, QStringLiteral("NPWP tidak cocok")).ok());
        REQUIRE(f.wf().documents().returnToApplicant(f.helpdesk, id, QStringLiteral("NPWP tidak cocok")).ok());
        CHECK(statusOf(f, id) == S::Returned);
    }
    SECTION("pause needs a reason for 'other'; resume returns to in progress")
    {
        CHECK_FALSE(f.wf().queue().pause(f.verifikator, id, PauseReason::Other, QString()).ok());
        REQUIRE(f.wf().queue().pause(f.verifikator, id, PauseReason::InternetOutage, QStringLiteral("SPSE tidak dapat diakses")).ok());
        CHECK(statusOf(f, id) == S::Paused);
        CHECK_FALSE(f.wf().queue().complete(f.verifikator, id, QStringLiteral("User ID aktif")).ok());
        CHECK_FALSE(f.wf().queue().pause(f.verifikator, id, PauseReason::InternetOutage, {}).ok());
        REQUIRE(f.wf().queue().resume(f.verifikator, id).ok());
        CHECK(statusOf(f, id) == S::InProgress);
        CHECK_FALSE(f.wf().queue().resume(f.verifikator, id).ok());
    }
    SECTION("cancel needs a reason and works from any open state")
    {
        CHECK_FALSE(f.wf().queue().cancel(f.verifikator, id, QString()).ok());
        REQUIRE(f.wf().queue().cancel(f.verifikator, id, QStringLiteral("pemohon membatalkan permohonan")).ok());
        CHECK(statusOf(f, id) == S::Cancelled);
    }
    SECTION("a refused transition names the file and both states")
    {
        const Status s = f.wf().queue().claim(f.verifikator, id);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("20261123-A001")));
        CHECK(s.error().contains(QStringLiteral("Sedang dikerjakan")));
    }
}

TEST_CASE("cancel from registered, checking, queued and paused", "[workflow]")
{
    WorkflowFixture f;
    const auto r = f.checkIn(1);
    REQUIRE(f.wf().queue().cancel(f.helpdesk, r->applicationId, QStringLiteral("salah layanan")).ok());
    const auto c = f.checkIn(1);
    f.tickAll(c->applicationId, {QStringLiteral("map")});
    REQUIRE(f.wf().queue().cancel(f.helpdesk, c->applicationId, QStringLiteral("pemohon pergi")).ok());
    const qint64 q = queuedFile(f);
    CHECK_FALSE(f.wf().queue().cancel(f.adminSistem, q, QStringLiteral("bukan bagian saya")).ok());
    REQUIRE(f.wf().queue().cancel(f.verifikator, q, QStringLiteral("permohonan ganda")).ok());
    const qint64 p = queuedFile(f);
    REQUIRE(f.wf().queue().claim(f.verifikator, p).ok());
    REQUIRE(f.wf().queue().pause(f.verifikator, p, PauseReason::WaitingApplicant, {}).ok());
    CHECK_FALSE(f.wf().queue().cancel(f.verifikator2, p, QStringLiteral("bukan milik saya")).ok());
    REQUIRE(f.wf().queue().cancel(f.kasubbag, p, QStringLiteral("pemohon tidak kembali")).ok());
    for (qint64 id : {r->applicationId, c->applicationId, q, p})
        CHECK(statusOf(f, id) == S::Cancelled);
}

TEST_CASE("discretion: only the kepala bagian, with a written reason, recorded as such", "[workflow][roles]")
{
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    f.tickAll(in->applicationId, {QStringLiteral("akta_perubahan")});
    for (const User *u : {&f.helpdesk, &f.verifikator, &f.kasubbag, &f.admin})
        CHECK_FALSE(f.wf().documents().discretion(*u, in->applicationId, QStringLiteral("bukti administrasi cukup")).ok());
    CHECK_FALSE(f.wf().documents().discretion(f.kepalaBagian, in->applicationId, QString()).ok());
    REQUIRE(f.wf().documents().discretion(f.kepalaBagian, in->applicationId,
                              QStringLiteral("Akta perubahan sedang diproses notaris; akta pendirian cukup untuk aktivasi")).ok());
    const auto app = f.wf().files().application(in->applicationId);
    CHECK(app->status == S::Queued);
    CHECK(app->discretion);
    CHECK(app->acceptedAt.isValid());
    const auto events = EventLog(f.db().connection()).forApplication(in->applicationId).value();
    CHECK(kindsOf(events).contains(QStringLiteral("discretion")));
    for (const Event &e : events)
        if (e.kind == QLatin1String("discretion")) {
            CHECK(e.userId == f.kepalaBagian.id);
            CHECK(e.reason.contains(QStringLiteral("notaris")));
            CHECK(e.data.value(QStringLiteral("waived")).toArray().size() == 1);
        }
}

TEST_CASE("every action is an append-only event with a valid hash chain", "[workflow][events]")
{
    WorkflowFixture f;
    const qint64 id = queuedFile(f);
    REQUIRE(f.wf().queue().claim(f.verifikator, id).ok());
    REQUIRE(f.wf().queue().complete(f.verifikator, id, QStringLiteral("User ID aktif")).ok());
    const QStringList kinds = kindsOf(EventLog(f.db().connection()).forApplication(id).value());
    CHECK(kinds.first() == QStringLiteral("registered"));
    CHECK(kinds.contains(QStringLiteral("checking")));
    CHECK(kinds.count(QStringLiteral("checklist")) >= 7);
    CHECK(kinds.contains(QStringLiteral("accepted")));
    CHECK(kinds.contains(QStringLiteral("handed_off")));
    CHECK(kinds.contains(QStringLiteral("claimed")));
    CHECK(kinds.last() == QStringLiteral("done"));

    EventLog log(f.db().connection());
    const auto check = log.verifyChain();
    REQUIRE(check.ok());
    CHECK(check->firstBadId == 0);
    CHECK(check->checked > 10);

    // Events cannot be changed or deleted through SQL...
    SqlQuery update(f.db().connection(), QStringLiteral("UPDATE events SET reason = 'x' WHERE id = 3"));
    CHECK_FALSE(update.exec().ok());
    SqlQuery del(f.db().connection(), QStringLiteral("DELETE FROM events WHERE id = 3"));
    CHECK_FALSE(del.exec().ok());
    // ...and when someone removes the guard and edits one, the chain names it.
    QSqlQuery drop(f.db().connection()); // DDL: PostgreSQL prepares no DROP
    REQUIRE(drop.exec(testOnServer() ? QStringLiteral("DROP TRIGGER events_append_only_update ON events")
                                     : QStringLiteral("DROP TRIGGER events_append_only_update")));
    SqlQuery edit(f.db().connection(), QStringLiteral("UPDATE events SET reason = 'diubah' WHERE id = 12"));
    REQUIRE(edit.exec().ok());
    const auto broken = log.verifyChain();
    REQUIRE(broken.ok());
    CHECK(broken->firstBadId == 12);
}

TEST_CASE("the whole story: a proxy without a Surat Kuasa is returned, comes back, and is served in time", "[workflow][story]")
{
    WorkflowFixture f;
    // Monday 07:55: a staff member of PT Kahayan Jaya, without a Surat Kuasa.
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:55"));
    const QString npwp = QStringLiteral("02.345.678.9-012.000");
    const auto first = f.checkIn(2, true, npwp);
    REQUIRE(first.ok());
    f.tickAll(first->applicationId, {QStringLiteral("surat_kuasa")});
    const auto missing = f.wf().documents().returnToApplicant(f.helpdesk, first->applicationId);
    REQUIRE(missing.ok());
    REQUIRE(missing->size() == 1);
    CHECK(missing->first().requirementId == QStringLiteral("surat_kuasa"));
    CHECK(missing->first().needed.contains(QStringLiteral("bermeterai")));

    // Tuesday 08:10: she comes back; the officer finds yesterday's file by the NPWP.
    WorkflowFixture::setNow(QStringLiteral("2026-11-24 08:10"));
    const auto vendor = VendorStore(f.db()).findByNpwp(npwp);
    REQUIRE(vendor.ok());
    const auto returned = f.wf().files().returnedFilesOfVendor(vendor->id);
    REQUIRE(returned.ok());
    REQUIRE(returned->size() == 1);
    CHECK(returned->first().applicationId == first->applicationId);
    const auto second = f.checkIn(2, true, npwp, first->applicationId);
    REQUIRE(second.ok());
    CHECK(second->queueNumber == QStringLiteral("B-001"));
    f.tickAll(second->applicationId);
    REQUIRE(f.wf().documents().accept(f.helpdesk, second->applicationId).ok());

    WorkflowFixture::setNow(QStringLiteral("2026-11-24 08:15"));
    REQUIRE(f.wf().queue().claim(f.verifikator, second->applicationId).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-24 08:32"));
    REQUIRE(f.wf().queue().complete(f.verifikator, second->applicationId, QStringLiteral("E-mail penyedia telah diubah")).ok());

    const auto file = f.wf().files().file(second->applicationId);
    REQUIRE(file.ok());
    CHECK(file->application.status == S::Done);
    CHECK(file->previousNumber == first->applicationNumber);
    CHECK(file->clock.finished);
    CHECK(file->clock.met);
    CHECK(file->clock.elapsedSeconds == 22 * 60);
    // Service 2 is one working day: due at the close of Wednesday.
    CHECK(WorkflowFixture::localText(file->application.dueAt) == QStringLiteral("2026-11-25 16:00"));
    // The history shows both days: the return on Monday and the service on Tuesday.
    const QStringList kinds = kindsOf(file->history);
    CHECK(kinds.count(QStringLiteral("registered")) == 2);
    CHECK(kinds.contains(QStringLiteral("returned")));
    CHECK(kinds.contains(QStringLiteral("followed_up")));
    CHECK(kinds.last() == QStringLiteral("done"));
    CHECK(WorkflowFixture::localText(file->history.first().at) == QStringLiteral("2026-11-23 07:55"));
    // The earlier file keeps its own state and now points at the new one.
    const auto earlier = f.wf().files().file(first->applicationId);
    CHECK(earlier->application.status == S::Returned);
    CHECK(earlier->laterNumbers == QStringList{second->applicationNumber});
    // A returned file that was followed up is no longer offered for linking.
    CHECK(f.wf().files().returnedFilesOfVendor(vendor->id)->isEmpty());
}

TEST_CASE("the service clock: 30 minutes inside office hours, pauses excluded", "[workflow][clock]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:45"));
    const qint64 id = queuedFile(f, 1);
    CHECK(WorkflowFixture::localText(f.wf().files().application(id)->dueAt) == QStringLiteral("2026-11-23 08:15"));

    WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:50"));
    REQUIRE(f.wf().queue().claim(f.verifikator, id).ok());
    auto reading = f.wf().clocks().read(id, WorkflowFixture::local(QStringLiteral("2026-11-23 08:00")));
    CHECK(reading->state == ClockState::OnTime);
    CHECK(reading->remainingSeconds == 15 * 60);
    reading = f.wf().clocks().read(id, WorkflowFixture::local(QStringLiteral("2026-11-23 08:10")));
    CHECK(reading->state == ClockState::AtRisk); // the last 20% (6 minutes) of 30
    reading = f.wf().clocks().read(id, WorkflowFixture::local(QStringLiteral("2026-11-23 08:16")));
    CHECK(reading->state == ClockState::Overdue);

    // 10:00 the internet drops; 10:40 it is back: the due time moves by 40 minutes.
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:00"));
    REQUIRE(f.wf().queue().pause(f.verifikator, id, PauseReason::InternetOutage, QStringLiteral("gangguan internet")).ok());
    reading = f.wf().clocks().read(id, WorkflowFixture::local(QStringLiteral("2026-11-23 08:30")));
    CHECK(reading->paused);
    CHECK(reading->elapsedSeconds == 15 * 60); // accepted 07:45, paused 08:00
    CHECK(reading->state == ClockState::OnTime);
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:40"));
    REQUIRE(f.wf().queue().resume(f.verifikator, id).ok());
    CHECK(WorkflowFixture::localText(f.wf().files().application(id)->dueAt) == QStringLiteral("2026-11-23 08:55"));
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:50"));
    REQUIRE(f.wf().queue().complete(f.verifikator, id, QStringLiteral("User ID aktif")).ok());
    const auto done = f.wf().clocks().read(id);
    CHECK(done->finished);
    CHECK(done->met);
    CHECK(done->elapsedSeconds == 25 * 60);
    CHECK(done->pausedSeconds == 40 * 60);
    CHECK(done->pausedByReason.value(QStringLiteral("internet_outage")) == 40 * 60);
}

TEST_CASE("ADP: the desk's 30 minutes are kept while LKPP's time is shown apart", "[workflow][clock]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 10:30"));
    const qint64 id = queuedFile(f, 6);
    REQUIRE(f.wf().queue().claim(f.verifikator, id).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 10:50"));
    REQUIRE(f.wf().queue().pause(f.verifikator, id, PauseReason::WaitingLkpp, QStringLiteral("permohonan ADP dikirim ke LKPP")).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-26 09:00")); // LKPP answers three days later
    REQUIRE(f.wf().queue().resume(f.verifikator, id).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-26 09:05"));
    REQUIRE(f.wf().queue().complete(f.verifikator, id, QStringLiteral("Permohonan ADP disetujui LKPP")).ok());
    const auto reading = f.wf().clocks().read(id);
    CHECK(reading->met);
    CHECK(reading->elapsedSeconds == 25 * 60);
    CHECK(reading->pausedByReason.value(QStringLiteral("waiting_lkpp")) > 2 * 7 * 3600);
}

TEST_CASE("service 7: five working days, paused while escalated to LKPP", "[workflow][clock]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 11:15")); // Monday
    const qint64 id = queuedFile(f, 7);
    CHECK(WorkflowFixture::localText(f.wf().files().application(id)->dueAt) == QStringLiteral("2026-11-30 16:00"));
    REQUIRE(f.wf().queue().claim(f.adminSistem, id).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-24 09:00")); // day 2: escalated
    REQUIRE(f.wf().queue().pause(f.adminSistem, id, PauseReason::WaitingLkpp, QStringLiteral("eskalasi ke helpdesk LKPP")).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-26 09:00")); // two working days later
    REQUIRE(f.wf().queue().resume(f.adminSistem, id).ok());
    // The due time moves by the paused working time (two full working days).
    CHECK(WorkflowFixture::localText(f.wf().files().application(id)->dueAt) == QStringLiteral("2026-12-02 16:00"));
    WorkflowFixture::setNow(QStringLiteral("2026-11-27 10:00"));
    REQUIRE(f.wf().queue().complete(f.adminSistem, id, QStringLiteral("Masalah unggah dokumen penawaran teratasi")).ok());
    CHECK(f.wf().clocks().read(id)->met);
}

TEST_CASE("queues list open files oldest first, per handling role", "[workflow]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:00"));
    const qint64 a = queuedFile(f, 1);
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:05"));
    const qint64 g = queuedFile(f, 7);
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:10"));
    const qint64 b = queuedFile(f, 3);
    const auto verif = f.wf().files().openQueue(QStringLiteral("verifikator"));
    REQUIRE(verif.ok());
    REQUIRE(verif->size() == 2);
    CHECK(verif->at(0).applicationId == a);
    CHECK(verif->at(1).applicationId == b);
    const auto sys = f.wf().files().openQueue(QStringLiteral("admin_sistem"));
    REQUIRE(sys->size() == 1);
    CHECK(sys->first().applicationId == g);
    CHECK(f.wf().files().openQueue()->size() == 3);
    CHECK(f.wf().files().guestBook(QDate(2026, 11, 23))->size() == 3);
    CHECK(f.wf().files().guestBook(QDate(2026, 11, 23), QStringLiteral("G-001"))->size() == 1);
    CHECK(f.wf().files().guestBook(QDate(2026, 11, 22))->isEmpty());
    CHECK(f.wf().files().findByNumber(QStringLiteral(" 20261123-a001\n")).value() == a);
    CHECK_FALSE(f.wf().files().findByNumber(QStringLiteral("20261123-Z999")).ok());
}

TEST_CASE("editing the calendar recomputes the due times of open files", "[workflow][clock]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 15:50"));
    const qint64 id = queuedFile(f, 1);
    CHECK(WorkflowFixture::localText(f.wf().files().application(id)->dueAt) == QStringLiteral("2026-11-24 07:50"));
    WorkingCalendar calendar = f.wf().calendar();
    calendar.addHoliday(Holiday{QDate(2026, 11, 24), QStringLiteral("Hari Jadi Kota Banjarmasin"), Holiday::Kind::Local});
    REQUIRE(CalendarChange(f.db()).apply(f.admin, calendar, QStringLiteral("libur lokal")).ok());
    CHECK(WorkflowFixture::localText(f.wf().files().application(id)->dueAt) == QStringLiteral("2026-11-25 07:50"));
    CHECK_FALSE(CalendarChange(f.db()).apply(f.helpdesk, calendar, QStringLiteral("coba")).ok());
}

TEST_CASE("check-in refuses bad input with a clear message and records nothing", "[workflow][validation]")
{
    WorkflowFixture f;
    CheckInRequest r;
    r.applicantName = QStringLiteral("Budi Santoso");
    r.applicantNik = QStringLiteral("6371011203850001");
    r.vendor.name = QStringLiteral("CV Sinar Barito");
    r.serviceNumber = 9;
    auto refused = f.wf().guestBook().checkIn(f.helpdesk, r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("9")));
    r.serviceNumber = 1;
    r.applicantNik = QStringLiteral("12345");
    refused = f.wf().guestBook().checkIn(f.helpdesk, r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("NIK")));
    r.applicantNik = QStringLiteral("6371011203850001");
    r.vendor.npwp = QStringLiteral("12.34");
    refused = f.wf().guestBook().checkIn(f.helpdesk, r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("NPWP")));
    r.vendor.npwp.clear();
    r.applicantName = QStringLiteral("Budi\u202Egnp.exe");
    CHECK_FALSE(f.wf().guestBook().checkIn(f.helpdesk, r).ok());
    SqlQuery count(f.db().connection(), QStringLiteral("SELECT COUNT(*) FROM visits"));
    REQUIRE(count.exec().ok());
    count.next();
    CHECK(count.value(0).toInt() == 0);
}

TEST_CASE("a list's clocks read in one go equal each file's own clock", "[workflow][clock]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:00"));
    QList<qint64> ids;
    for (int service : {1, 3, 6, 7}) {
        const auto in = f.checkIn(service, false, QStringLiteral("0%1.234.567.8-901.000").arg(service));
        INFO(in.error().toStdString());
        REQUIRE(in.ok());
        f.tickAll(in->applicationId);
        REQUIRE(f.wf().documents().accept(f.helpdesk, in->applicationId).ok());
        ids << in->applicationId;
    }
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:10"));
    REQUIRE(f.wf().queue().claim(f.verifikator, ids.at(1)).ok());
    REQUIRE(f.wf().queue().claim(f.verifikator, ids.at(2)).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:20"));
    REQUIRE(f.wf().queue().pause(f.verifikator, ids.at(2), PauseReason::WaitingLkpp, {}).ok());
    REQUIRE(f.wf().queue().pause(f.verifikator, ids.at(1), PauseReason::InternetOutage, {}).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:00"));
    REQUIRE(f.wf().queue().resume(f.verifikator, ids.at(1)).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:10"));
    REQUIRE(f.wf().queue().pause(f.verifikator, ids.at(1), PauseReason::WaitingApplicant, {}).ok());

    const auto open = f.wf().files().openQueue(QString());
    REQUIRE(open.ok());
    REQUIRE(open->size() == 4);
    const QDateTime later = WorkflowFixture::local(QStringLiteral("2026-11-24 10:00"));
    const QList<ClockReading> all = f.wf().clocks().glanceAll(open.value(), later);
    REQUIRE(all.size() == 4);
    int paused = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto own = f.wf().clocks().read(open->at(i).applicationId, later);
        REQUIRE(own.ok());
        INFO("file " << open->at(i).number.toStdString());
        CHECK(all.at(i).remainingSeconds == own->remainingSeconds);
        CHECK(all.at(i).elapsedSeconds == own->elapsedSeconds);
        CHECK(all.at(i).state == own->state);
        CHECK(all.at(i).dueAt == own->dueAt);
        paused += open->at(i).status == ApplicationStatus::Paused;
    }
    CHECK(paused == 2);
    CHECK(f.wf().clocks().glanceAll({}, later).isEmpty());
}

TEST_CASE("recording a printed receipt needs the print permission, for a file's receipt as for a complaint's", "[workflow][print]")
{
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    CHECK(f.wf().queue().recordPrint(f.helpdesk, in->applicationId, QStringLiteral("ticket")).ok());
    const Status refused = f.wf().queue().recordPrint(f.admin, in->applicationId, QStringLiteral("ticket"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("tidak mencetak tanda terima")));
}
