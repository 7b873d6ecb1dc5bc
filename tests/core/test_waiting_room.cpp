// The waiting room (issue 17): the call order, priority, out-of-turn reasons, no-shows,
// the board's contents and the spoken text of a call. Both engines.
#include "TestSupport.h"
#include "WorkflowFixture.h"

#include "calling/Announcement.h"
#include "applications/DisplayBoard.h"
#include "applications/WaitingRoom.h"
#include "events/EventLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <catch2/catch.hpp>

namespace {

const QString kDesk = QStringLiteral("Meja Helpdesk 1");
const QString kDesk2 = QStringLiteral("Meja Helpdesk 2");

QString npwp(int i)
{
    return QStringLiteral("01.234.567.8-9%1.000").arg(i, 2, 10, QLatin1Char('0'));
}

struct Walkins
{
    WorkflowFixture f;
    QList<CheckInResult> tickets;

    Walkins()
    {
        f.setNow(QStringLiteral("2026-12-02 08:00"));
    }
    CheckInResult add(int service, const QString &at, Priority priority = Priority::None)
    {
        f.setNow(at);
        const Result<CheckInResult> r = f.checkIn(service, false, npwp(tickets.size()), 0, priority);
        INFO((r.ok() ? std::string() : r.error().toStdString()));
        REQUIRE(r.ok());
        tickets << r.value();
        return r.value();
    }
    WaitingRoom &room() { return f.wf().waitingRoom(); }
};

QStringList numbers(const QList<WaitingVisit> &line, WaitingVisit::State state)
{
    QStringList n;
    for (const WaitingVisit &v : line)
        if (v.state == state)
            n << v.queueNumber;
    return n;
}

} // namespace

TEST_CASE("The next call is the oldest waiting number among the desk's services, priority visitors first", "[calling]")
{
    Walkins w;
    const CheckInResult a1 = w.add(1, QStringLiteral("2026-12-02 08:01"));
    const CheckInResult b1 = w.add(2, QStringLiteral("2026-12-02 08:02"));
    const CheckInResult a2 = w.add(1, QStringLiteral("2026-12-02 08:03"), Priority::Elderly);
    const CheckInResult a3 = w.add(1, QStringLiteral("2026-12-02 08:04"));
    w.f.setNow(QStringLiteral("2026-12-02 08:10"));

    const QDate day(2026, 12, 2);
    const auto line = w.room().line(day);
    REQUIRE(line.ok());
    CHECK(numbers(line.value(), WaitingVisit::State::Waiting) == QStringList{a2.queueNumber, a1.queueNumber, b1.queueNumber, a3.queueNumber});

    // A desk serving service 2 only calls B-001, though A-001 came first.
    const auto b = w.room().callNext(w.f.helpdesk, kDesk2, {2});
    REQUIRE(b.ok());
    CHECK(b->queueNumber == b1.queueNumber);
    CHECK(b->desk == kDesk2);

    // The priority visitor (lansia) before the earlier arrivals.
    const auto first = w.room().callNext(w.f.helpdesk, kDesk, {});
    REQUIRE(first.ok());
    CHECK(first->queueNumber == a2.queueNumber);
    const auto second = w.room().callNext(w.f.helpdesk, kDesk, {1});
    REQUIRE(second.ok());
    CHECK(second->queueNumber == a1.queueNumber);

    // Called numbers leave the line until their file is opened; the desk's current call
    // is its latest.
    const auto after = w.room().line(day);
    REQUIRE(after.ok());
    CHECK(numbers(after.value(), WaitingVisit::State::Waiting) == QStringList{a3.queueNumber});
    const auto current = w.room().currentAt(kDesk, day);
    REQUIRE(current.ok());
    REQUIRE(current->has_value());
    CHECK((*current)->queueNumber == a1.queueNumber);

    // The file being checked is out of the waiting room altogether.
    REQUIRE(w.f.wf().documents().startChecking(w.f.helpdesk, a1.applicationId).ok());
    const auto checked = w.room().line(day);
    REQUIRE(checked.ok());
    for (const WaitingVisit &v : checked.value())
        CHECK(v.queueNumber != a1.queueNumber);

    // The last one, then nobody.
    REQUIRE(w.room().callNext(w.f.helpdesk, kDesk, {}).ok());
    const auto none = w.room().callNext(w.f.helpdesk, kDesk, {});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error() == QStringLiteral("Tidak ada yang menunggu dipanggil."));
    const auto noneHere = w.room().callNext(w.f.helpdesk, kDesk, {3});
    REQUIRE_FALSE(noneHere.ok());
    CHECK(noneHere.error().contains(QStringLiteral("layanan meja ini")));
}

TEST_CASE("Calling out of turn needs a written reason, and every call is an event with who, which number, which desk",
          "[calling]")
{
    Walkins w;
    const CheckInResult a1 = w.add(1, QStringLiteral("2026-12-02 08:01"));
    const CheckInResult a2 = w.add(1, QStringLiteral("2026-12-02 08:02"));
    w.f.setNow(QStringLiteral("2026-12-02 08:05"));

    const auto refused = w.room().call(w.f.helpdesk, kDesk, a2.visitId, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("bukan giliran berikutnya")));
    const auto blank = w.room().call(w.f.helpdesk, kDesk, a2.visitId, {}, QStringLiteral("   "));
    REQUIRE_FALSE(blank.ok());

    const auto out = w.room().call(w.f.helpdesk, kDesk, a2.visitId, {}, QStringLiteral("Berkas susulan dari kemarin"));
    REQUIRE(out.ok());
    CHECK(out->outOfTurn);
    // The next in turn needs no reason.
    const auto inTurn = w.room().call(w.f.helpdesk, kDesk2, a1.visitId, {});
    REQUIRE(inTurn.ok());
    CHECK_FALSE(inTurn->outOfTurn);
    // A number called to one desk cannot be called to another meanwhile.
    const auto taken = w.room().call(w.f.helpdesk, kDesk2, a2.visitId, {}, QStringLiteral("alasan"));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().contains(kDesk));

    // Only the helpdesk calls for the document check.
    const auto notHers = w.room().callNext(w.f.kasubbag, kDesk, {});
    REQUIRE_FALSE(notHers.ok());

    const auto events = EventLog(w.f.db().connection()).forVisit(a2.visitId);
    REQUIRE(events.ok());
    const Event &called = events->last();
    CHECK(called.kind == QStringLiteral("visit_called"));
    CHECK(called.userId == w.f.helpdesk.id);
    CHECK(called.reason == QStringLiteral("Berkas susulan dari kemarin"));
    CHECK(called.data.value(QStringLiteral("queue_number")).toString() == a2.queueNumber);
    CHECK(called.data.value(QStringLiteral("desk")).toString() == kDesk);
    CHECK(called.data.value(QStringLiteral("out_of_turn")).toBool());
    CHECK(called.at == WorkflowFixture::local(QStringLiteral("2026-12-02 08:05")));
    const auto chain = EventLog(w.f.db().connection()).verifyChain();
    REQUIRE(chain.ok());
    CHECK(chain->firstBadId == 0);
}

TEST_CASE("Tidak hadir only after the set number of calls, and a visitor set aside is called again without a reason", "[calling]")
{
    Walkins w;
    const CheckInResult a1 = w.add(1, QStringLiteral("2026-12-02 08:01"));
    const CheckInResult a2 = w.add(1, QStringLiteral("2026-12-02 08:02"));
    w.f.setNow(QStringLiteral("2026-12-02 08:05"));
    CHECK(w.room().noShowAfter() == 3);
    REQUIRE_FALSE(w.room().setNoShowAfter(w.f.helpdesk, 2).ok());
    REQUIRE_FALSE(w.room().setNoShowAfter(w.f.admin, 0).ok());
    REQUIRE(w.room().setNoShowAfter(w.f.admin, 2).ok());
    CHECK(w.room().noShowAfter() == 2);

    REQUIRE_FALSE(w.room().recall(w.f.helpdesk, kDesk).ok()); // nothing called yet
    REQUIRE(w.room().callNext(w.f.helpdesk, kDesk, {}).ok());
    const auto early = w.room().noShow(w.f.helpdesk, kDesk);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("baru dipanggil 1 kali")));
    const auto again = w.room().recall(w.f.helpdesk, kDesk);
    REQUIRE(again.ok());
    CHECK(again->kind == CallKind::Recall);
    CHECK(again->queueNumber == a1.queueNumber);
    const auto gone = w.room().noShow(w.f.helpdesk, kDesk);
    REQUIRE(gone.ok());
    CHECK(gone->kind == CallKind::NoShow);

    const QDate day(2026, 12, 2);
    auto line = w.room().line(day);
    REQUIRE(line.ok());
    CHECK(numbers(line.value(), WaitingVisit::State::SetAside) == QStringList{a1.queueNumber});
    // The next call goes on to A-002; A-001's turn does not come back by itself.
    const auto next = w.room().callNext(w.f.helpdesk, kDesk, {});
    REQUIRE(next.ok());
    CHECK(next->queueNumber == a2.queueNumber);
    // A-001 turns up: called again, no reason asked, its count starts again.
    const auto back = w.room().call(w.f.helpdesk, kDesk2, a1.visitId, {});
    REQUIRE(back.ok());
    CHECK_FALSE(back->outOfTurn);
    line = w.room().line(day);
    REQUIRE(line.ok());
    for (const WaitingVisit &v : line.value())
        if (v.visitId == a1.visitId) {
            CHECK(v.state == WaitingVisit::State::Called);
            CHECK(v.calls == 1);
            CHECK(v.desk == kDesk2);
        }
    const auto events = EventLog(w.f.db().connection()).forVisit(a1.visitId);
    REQUIRE(events.ok());
    QStringList kinds;
    for (const Event &e : events.value())
        kinds << e.kind;
    CHECK(kinds.filter(QStringLiteral("visit_")) == QStringList{QStringLiteral("visit_called"), QStringLiteral("visit_recalled"),
                                                                 QStringLiteral("visit_no_show"), QStringLiteral("visit_called")});
}

TEST_CASE("The verifikator calls a visitor to collect the completion proof through the same calls", "[calling]")
{
    Walkins w;
    const CheckInResult a1 = w.add(1, QStringLiteral("2026-12-02 08:01"));
    w.f.setNow(QStringLiteral("2026-12-02 08:30"));
    REQUIRE_FALSE(w.room().callToCollect(w.f.helpdesk, kDesk, a1.applicationId).ok());
    const auto c = w.room().callToCollect(w.f.verifikator, QStringLiteral("Meja Verifikasi"), a1.applicationId);
    REQUIRE(c.ok());
    CHECK(c->purpose == CallPurpose::Collect);
    CHECK(c->queueNumber == a1.queueNumber);
    const auto again = w.room().callToCollect(w.f.verifikator, QStringLiteral("Meja Verifikasi"), a1.applicationId);
    REQUIRE(again.ok());
    CHECK(again->kind == CallKind::Recall);
    // It does not take the visit out of the helpdesk's line.
    const auto line = w.room().line(QDate(2026, 12, 2));
    REQUIRE(line.ok());
    CHECK(numbers(line.value(), WaitingVisit::State::Waiting) == QStringList{a1.queueNumber});
    const auto board = w.f.wf().board().read(QDate(2026, 12, 2));
    REQUIRE(board.ok());
    REQUIRE(board->current.has_value());
    CHECK(board->current->desk == QStringLiteral("Meja Verifikasi"));
    CHECK(board->current->repeat);
}

TEST_CASE("The board shows numbers, desks and counts, and no personal field reaches it", "[calling][display]")
{
    Walkins w;
    QList<CheckInResult> t;
    for (int i = 0; i < 8; ++i)
        t << w.add(i % 3 == 2 ? 2 : 1, QStringLiteral("2026-12-02 08:%1").arg(10 + i));
    w.f.setNow(QStringLiteral("2026-12-02 09:00"));
    for (int i = 0; i < 7; ++i)
        REQUIRE(w.room().callNext(w.f.helpdesk, i % 2 ? kDesk : kDesk2, {}).ok());
    REQUIRE(w.room().recall(w.f.helpdesk, kDesk2).ok());

    const auto board = w.f.wf().board().read(QDate(2026, 12, 2));
    REQUIRE(board.ok());
    REQUIRE(board->current.has_value());
    CHECK(board->current->desk == kDesk2);
    CHECK(board->current->repeat);
    CHECK(board->recent.size() == DisplayBoard::kRecent);
    QStringList shown{board->current->queueNumber};
    for (const BoardCall &c : board->recent)
        shown << c.queueNumber;
    CHECK(shown.removeDuplicates() == 0); // each number once
    int waiting = 0;
    for (const BoardQueue &q : board->queues)
        waiting += q.waiting;
    CHECK(waiting == 1);
    CHECK(board->queues.size() == 7);
    CHECK(board->queues.first().letter == QStringLiteral("A"));
    CHECK(board->ticker.startsWith(QStringLiteral("Dengan ini, kami menyatakan sanggup")));

    // Nothing of a person or a company: every text shown against every personal value
    // stored in the guest book.
    SqlQuery q(w.f.db().connection(), QStringLiteral("SELECT applicant_name, applicant_nik, applicant_phone, vendor_name, vendor_npwp, "
                                                     "vendor_email FROM visits"));
    REQUIRE(q.exec().ok());
    QStringList personal;
    while (q.next())
        for (int i = 0; i < 6; ++i)
            personal << q.value(i).toString();
    REQUIRE(personal.size() == 48);
    for (const QString &text : board->texts())
        for (const QString &p : personal)
            CHECK_FALSE(text.contains(p));

    REQUIRE_FALSE(w.f.wf().board().setTicker(w.f.helpdesk, QStringLiteral("x")).ok());
    REQUIRE(w.f.wf().board().setTicker(w.f.admin, QStringLiteral("  Layanan   gratis, tanpa biaya. ")).ok());
    CHECK(w.f.wf().board().ticker().value() == QStringLiteral("Layanan gratis, tanpa biaya."));
    REQUIRE_FALSE(w.f.wf().board().setTicker(w.f.admin, QString(600, QLatin1Char('x'))).ok());
}

TEST_CASE("A new database shows an empty board", "[calling][display]")
{
    WorkflowFixture f;
    const auto board = f.wf().board().read();
    REQUIRE(board.ok());
    CHECK_FALSE(board->current.has_value());
    CHECK(board->recent.isEmpty());
    for (const BoardQueue &q : board->queues)
        CHECK(q.waiting == 0);
}

TEST_CASE("The spoken call: letter, each figure, and the desk in words", "[calling][voice]")
{
    CHECK(Announcement::callText(QStringLiteral("A-007"), QStringLiteral("Meja 1")) ==
          QStringLiteral("Nomor antrian A, nol, nol, tujuh, silakan ke meja satu."));
    CHECK(Announcement::callText(QStringLiteral("B-120"), QStringLiteral("Meja Helpdesk 2")) ==
          QStringLiteral("Nomor antrian B, satu, dua, nol, silakan ke meja Helpdesk dua."));
    CHECK(Announcement::callText(QStringLiteral("G-999"), QStringLiteral("Loket 12")) ==
          QStringLiteral("Nomor antrian G, sembilan, sembilan, sembilan, silakan ke loket dua belas."));
    CHECK(Announcement::callText(QStringLiteral("C-001"), QStringLiteral("Verifikasi")) ==
          QStringLiteral("Nomor antrian C, nol, nol, satu, silakan ke meja Verifikasi."));

    CHECK(Announcement::numberWords(1) == QStringLiteral("satu"));
    CHECK(Announcement::numberWords(10) == QStringLiteral("sepuluh"));
    CHECK(Announcement::numberWords(11) == QStringLiteral("sebelas"));
    CHECK(Announcement::numberWords(19) == QStringLiteral("sembilan belas"));
    CHECK(Announcement::numberWords(20) == QStringLiteral("dua puluh"));
    CHECK(Announcement::numberWords(21) == QStringLiteral("dua puluh satu"));
    CHECK(Announcement::numberWords(100) == QStringLiteral("seratus"));
    CHECK(Announcement::numberWords(111) == QStringLiteral("seratus sebelas"));
    CHECK(Announcement::numberWords(245) == QStringLiteral("dua ratus empat puluh lima"));
    CHECK(Announcement::numberWords(999) == QStringLiteral("sembilan ratus sembilan puluh sembilan"));
    CHECK(Announcement::numberWords(1000) == QStringLiteral("seribu"));
    CHECK(Announcement::numberWords(2019) == QStringLiteral("dua ribu sembilan belas"));
}

TEST_CASE("Every queue number 1-999 of every queue letter, to each desk, is spoken with each figure and the desk", "[calling][voice]")
{
    const QStringList digits{QStringLiteral("nol"),   QStringLiteral("satu"),  QStringLiteral("dua"),     QStringLiteral("tiga"),
                             QStringLiteral("empat"), QStringLiteral("lima"),  QStringLiteral("enam"),    QStringLiteral("tujuh"),
                             QStringLiteral("delapan"), QStringLiteral("sembilan")};
    const QList<std::pair<QString, QString>> desks{{QStringLiteral("Meja 1"), QStringLiteral("meja satu")},
                                                   {QStringLiteral("Meja Helpdesk 3"), QStringLiteral("meja Helpdesk tiga")},
                                                   {QStringLiteral("Loket 10"), QStringLiteral("loket sepuluh")},
                                                   {QStringLiteral("Verifikator"), QStringLiteral("meja Verifikator")}};
    int checked = 0;
    for (const QChar letter : QStringLiteral("ABCDEFG")) {
        for (int n = 1; n <= 999; ++n) {
            const QString number = QStringLiteral("%1-%2").arg(letter).arg(n, 3, 10, QLatin1Char('0'));
            const QString figures = QStringLiteral("%1, %2, %3").arg(digits[n / 100], digits[n / 10 % 10], digits[n % 10]);
            for (const auto &[desk, spoken] : desks) {
                const QString expected = QStringLiteral("Nomor antrian %1, %2, silakan ke %3.").arg(letter, figures, spoken);
                if (Announcement::callText(number, desk) != expected) {
                    FAIL_CHECK(number.toStdString() + " " + desk.toStdString() + ": "
                               + Announcement::callText(number, desk).toStdString());
                }
                ++checked;
            }
        }
    }
    CHECK(checked == 7 * 999 * 4);
}
