// The waiting room's figures (issue 17): the report's wait for the call, no-shows and
// calls per desk; the ticket's waiting ahead and typical wait at this hour. Both engines.
#include "TestSupport.h"
#include "WorkflowFixture.h"

#include "calling/WaitTimes.h"
#include "applications/WaitingRoom.h"
#include "receipts/ReceiptSource.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportFormat.h"

#include <catch2/catch.hpp>

namespace {

const QString kDesk1 = QStringLiteral("Meja Helpdesk 1");
const QString kDesk2 = QStringLiteral("Meja Helpdesk 2");
const QString kCollectDesk = QStringLiteral("Meja Verifikasi");

void ok(const Status &s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

template<typename T>
T ok(const Result<T> &r)
{
    INFO((r.ok() ? std::string() : r.error().toStdString()));
    REQUIRE(r.ok());
    return r.value();
}

struct Office
{
    WorkflowFixture f;
    int walkins = 0;

    CheckInResult in(int service, const QString &at, Priority priority = Priority::None)
    {
        f.setNow(at);
        return ok(f.checkIn(service, false, QStringLiteral("01.234.567.8-9%1.000").arg(walkins++ % 100, 2, 10, QLatin1Char('0')), 0,
                            priority));
    }
    CallRecord next(const QString &desk, const QList<int> &services, const QString &at)
    {
        f.setNow(at);
        return ok(room().callNext(f.helpdesk, desk, services));
    }
    CallRecord recall(const QString &desk, const QString &at)
    {
        f.setNow(at);
        return ok(room().recall(f.helpdesk, desk));
    }
    CallRecord noShow(const QString &desk, const QString &at)
    {
        f.setNow(at);
        return ok(room().noShow(f.helpdesk, desk));
    }
    WaitingRoom &room() { return f.wf().waitingRoom(); }
};

const CallWaitRow &waitRow(const CallingFigures &c, const QString &key)
{
    for (const CallWaitRow &r : c.waits)
        if (r.key == key)
            return r;
    FAIL("no wait row " << key.toStdString());
    return c.waitTotal;
}

const DeskCalls &deskRow(const CallingFigures &c, const QString &desk)
{
    for (const DeskCalls &d : c.desks)
        if (d.desk == desk)
            return d;
    FAIL("no desk " << desk.toStdString());
    return c.deskTotal;
}

// Monday 23, Tuesday 24 and Wednesday 25 November 2026 (Banjarmasin time):
//  Mon  A-001 in 08:00 called 08:06 (desk 1)              6 min
//       A-002 in 08:01 called 08:11 (desk 1)             10 min
//       B-001 in 08:02 called 08:20 (desk 2)             18 min
//       A-003 in 08:03 called 08:30, again 08:31, 08:32, set aside 08:33;
//             called back 09:00 (desk 1) and its file checked          27 min to the first call
//       A-004 in 08:04, never called
//  Tue  A-001 in 09:00: nobody was called that day (not counted)
//  Wed  A-001 in 10:00 called 10:04 (desk 1)              4 min
//       B-001 in 10:01 called 10:41, again 10:42, 10:43, set aside 10:44   40 min
//       Monday's A-001 called to collect at the verifikator's desk 10:50, again 10:55
struct History
{
    Office o;
    CheckInResult monA1, monA3, monA4;

    History()
    {
        monA1 = o.in(1, QStringLiteral("2026-11-23 08:00"));
        o.in(1, QStringLiteral("2026-11-23 08:01"));
        o.in(2, QStringLiteral("2026-11-23 08:02"));
        monA3 = o.in(1, QStringLiteral("2026-11-23 08:03"));
        monA4 = o.in(1, QStringLiteral("2026-11-23 08:04"));
        o.next(kDesk1, {1}, QStringLiteral("2026-11-23 08:06"));
        o.next(kDesk1, {1}, QStringLiteral("2026-11-23 08:11"));
        o.next(kDesk2, {2}, QStringLiteral("2026-11-23 08:20"));
        CHECK(o.next(kDesk1, {1}, QStringLiteral("2026-11-23 08:30")).queueNumber == monA3.queueNumber);
        o.recall(kDesk1, QStringLiteral("2026-11-23 08:31"));
        o.recall(kDesk1, QStringLiteral("2026-11-23 08:32"));
        o.noShow(kDesk1, QStringLiteral("2026-11-23 08:33"));
        o.f.setNow(QStringLiteral("2026-11-23 09:00"));
        ok(o.room().call(o.f.helpdesk, kDesk1, monA3.visitId, {1}));
        ok(o.f.wf().documents().startChecking(o.f.helpdesk, monA3.applicationId));

        o.in(1, QStringLiteral("2026-11-24 09:00"));

        o.in(1, QStringLiteral("2026-11-25 10:00"));
        o.in(2, QStringLiteral("2026-11-25 10:01"));
        o.next(kDesk1, {1}, QStringLiteral("2026-11-25 10:04"));
        o.next(kDesk2, {2}, QStringLiteral("2026-11-25 10:41"));
        o.recall(kDesk2, QStringLiteral("2026-11-25 10:42"));
        o.recall(kDesk2, QStringLiteral("2026-11-25 10:43"));
        o.noShow(kDesk2, QStringLiteral("2026-11-25 10:44"));
        o.f.setNow(QStringLiteral("2026-11-25 10:50"));
        ok(o.room().callToCollect(o.f.verifikator, kCollectDesk, monA1.applicationId));
        o.f.setNow(QStringLiteral("2026-11-25 10:55"));
        ok(o.room().callToCollect(o.f.verifikator, kCollectDesk, monA1.applicationId));
        o.f.setNow(QStringLiteral("2026-11-26 09:00"));
    }

    PerformanceReport report(const QDate &from, const QDate &to, ReportGrouping grouping = ReportGrouping::Service)
    {
        return ok(ReportBuilder(o.f.db()).build(from, to, grouping));
    }
};

} // namespace

TEST_CASE("the report's wait for the call: per service and overall, days with calls only, never-called counted", "[reports][calling]")
{
    History h;
    const PerformanceReport r = h.report(QDate(2026, 11, 23), QDate(2026, 11, 25));
    REQUIRE(r.calling);
    const CallingFigures &c = *r.calling;
    CHECK(c.callDays == 2); // Tuesday had no calls

    // All: 4, 6, 10, 18, 27, 40 minutes; A-004 never called; Tuesday's visitor not counted.
    CHECK(c.waitTotal.visits == 7);
    CHECK(c.waitTotal.wait.count == 6);
    CHECK(c.waitTotal.notCalled() == 1);
    CHECK(c.waitTotal.wait.median == 14 * 60);
    CHECK(c.waitTotal.wait.p90 == 40 * 60);
    // Service 1: 4, 6, 10, 27 (the set-aside visitor's wait is to the first call).
    const CallWaitRow &one = waitRow(c, QStringLiteral("1"));
    CHECK(one.visits == 5);
    CHECK(one.wait.count == 4);
    CHECK(one.notCalled() == 1);
    CHECK(one.wait.median == 8 * 60);
    CHECK(one.wait.p90 == 27 * 60);
    CHECK_FALSE(one.title.isEmpty());
    const CallWaitRow &two = waitRow(c, QStringLiteral("2"));
    CHECK(two.visits == 2);
    CHECK(two.notCalled() == 0);
    CHECK(two.wait.median == 29 * 60);
    CHECK(two.wait.p90 == 40 * 60);
    CHECK(c.waits.size() == 2); // only services with walk-ins on the days with calls

    // As the reader gets it.
    CHECK(ReportFormat::callWaitCells(c.waitTotal) == QStringList{QStringLiteral("Jumlah"), QStringLiteral("7"), QStringLiteral("6"),
                                                                    QStringLiteral("14,0"), QStringLiteral("40,0"), QStringLiteral("1")});
    const QString text = ReportFormat::text(r);
    CHECK(text.contains(QStringLiteral("Panggilan antrian")));
    CHECK(text.contains(QStringLiteral("Tunggu panggilan, median (menit): 8,0")));
    CHECK(text.contains(QStringLiteral("Hari dengan panggilan: 2")));
    CHECK(text.contains(QStringLiteral("menit jam dinding")));

    // The same figures in a report by officer.
    const PerformanceReport byOfficer = h.report(QDate(2026, 11, 23), QDate(2026, 11, 25), ReportGrouping::Officer);
    REQUIRE(byOfficer.calling);
    CHECK(byOfficer.calling->waitTotal.wait.median == 14 * 60);
}

TEST_CASE("the report's no-shows: set aside, called back, then served", "[reports][calling]")
{
    History h;
    const PerformanceReport r = h.report(QDate(2026, 11, 23), QDate(2026, 11, 25));
    REQUIRE(r.calling);
    CHECK(r.calling->noShows == 2);
    CHECK(r.calling->calledBack == 1);
    CHECK(r.calling->servedAfter == 1);
    CHECK(ReportFormat::text(r).contains(QStringLiteral("Tidak hadir saat dipanggil: 2 kunjungan; dipanggil kembali 1, lalu dilayani 1")));

    // Wednesday alone: B-001 set aside and not back.
    const PerformanceReport wed = h.report(QDate(2026, 11, 25), QDate(2026, 11, 25));
    REQUIRE(wed.calling);
    CHECK(wed.calling->noShows == 1);
    CHECK(wed.calling->calledBack == 0);
    CHECK(wed.calling->servedAfter == 0);
    CHECK(wed.calling->callDays == 1);
    CHECK(wed.calling->waitTotal.wait.median == 22 * 60); // 4 and 40
}

TEST_CASE("the report's calls per desk: calls and repeats, to be served and to collect, on the day of the call", "[reports][calling]")
{
    History h;
    const PerformanceReport r = h.report(QDate(2026, 11, 23), QDate(2026, 11, 25));
    REQUIRE(r.calling);
    const CallingFigures &c = *r.calling;
    REQUIRE(c.desks.size() == 3);
    CHECK(c.desks.at(0).desk == kDesk1); // by name
    const DeskCalls &one = deskRow(c, kDesk1);
    CHECK(one.serveCalls == 5); // called back, Wednesday's A-001
    CHECK(one.serveRepeats == 2);
    CHECK(one.collectCalls == 0);
    const DeskCalls &two = deskRow(c, kDesk2);
    CHECK(two.serveCalls == 2);
    CHECK(two.serveRepeats == 2);
    const DeskCalls &collect = deskRow(c, kCollectDesk);
    CHECK(collect.serveCalls == 0);
    CHECK(collect.collectCalls == 1);
    CHECK(collect.collectRepeats == 1);
    CHECK(c.deskTotal.serveCalls == 7);
    CHECK(c.deskTotal.serveRepeats == 4);
    CHECK(c.deskTotal.collectCalls == 1);
    CHECK(c.deskTotal.collectRepeats == 1);
    CHECK(ReportFormat::deskCells(collect) == QStringList{kCollectDesk, QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("1"),
                                                          QStringLiteral("1")});

    // The call to collect Monday's file was made on Wednesday: it counts on Wednesday.
    const PerformanceReport mon = h.report(QDate(2026, 11, 23), QDate(2026, 11, 23));
    REQUIRE(mon.calling);
    CHECK(mon.calling->deskTotal.collectCalls == 0);
    CHECK(mon.calling->deskTotal.serveCalls == 5);
    const PerformanceReport wed = h.report(QDate(2026, 11, 25), QDate(2026, 11, 25));
    REQUIRE(wed.calling);
    CHECK(wed.calling->deskTotal.collectCalls == 1);
    CHECK(wed.calling->deskTotal.collectRepeats == 1);
}

TEST_CASE("a period without calls says so instead of a wait of nothing", "[reports][calling]")
{
    History h;
    // Tuesday: a walk-in, but the office did not call anybody that day.
    const PerformanceReport tue = h.report(QDate(2026, 11, 24), QDate(2026, 11, 24));
    CHECK(tue.total.visits == 1);
    REQUIRE(tue.calling);
    CHECK(tue.calling->callDays == 0);
    CHECK(tue.calling->waitTotal.visits == 0);
    CHECK(tue.calling->waits.isEmpty());
    CHECK_FALSE(tue.calling->anyCalls());
    const QString text = ReportFormat::text(tue);
    CHECK(text.contains(QStringLiteral("Panggilan antrian: belum ada panggilan dalam periode ini")));
    CHECK_FALSE(text.contains(QStringLiteral("Tunggu panggilan")));
    CHECK(ReportFormat::csv(tue).contains("belum ada panggilan dalam periode ini"));

    // An office that never called: the same.
    Office never;
    never.in(1, QStringLiteral("2026-11-23 08:00"));
    const PerformanceReport none = ok(ReportBuilder(never.f.db()).build(QDate(2026, 11, 1), QDate(2026, 11, 30), ReportGrouping::Service));
    REQUIRE(none.calling);
    CHECK_FALSE(none.calling->anyCalls());
    CHECK(ReportFormat::text(none).contains(QStringLiteral("belum ada panggilan dalam periode ini")));
}

TEST_CASE("the ticket counts only those still waiting to be called ahead of it, priority visitors first", "[receipts][calling]")
{
    Office o;
    const CheckInResult a1 = o.in(1, QStringLiteral("2026-11-23 08:00"));
    const CheckInResult a2 = o.in(1, QStringLiteral("2026-11-23 08:01"));
    const CheckInResult b1 = o.in(2, QStringLiteral("2026-11-23 08:02"));
    const CheckInResult elderly = o.in(1, QStringLiteral("2026-11-23 08:03"), Priority::Elderly);
    const CheckInResult a4 = o.in(1, QStringLiteral("2026-11-23 08:04"));
    ReceiptSource receipts(o.f.db(), o.f.wf());
    auto ahead = [&](const CheckInResult &r) { return ok(receipts.forApplication(r.applicationId, ReceiptKind::Ticket)).waitingAhead; };

    // The lansia is called first, whoever came before.
    CHECK(ahead(elderly) == 0);
    CHECK(ahead(a1) == 1);
    CHECK(ahead(b1) == 3);
    CHECK(ahead(a4) == 4);
    const ReceiptData elderlyTicket = ok(receipts.forApplication(elderly.applicationId, ReceiptKind::Ticket));
    CHECK(elderlyTicket.file->visit.priority == Priority::Elderly);

    // Called numbers wait no more, and are ahead of nobody.
    o.next(kDesk1, {}, QStringLiteral("2026-11-23 08:10")); // the lansia
    o.next(kDesk1, {}, QStringLiteral("2026-11-23 08:11"));
    CHECK(ahead(a2) == 0);
    CHECK(ahead(b1) == 1);
    CHECK(ahead(a4) == 2);
    CHECK(ahead(a1) == 0);
    // One set aside is not ahead either.
    o.next(kDesk1, {}, QStringLiteral("2026-11-23 08:12"));
    o.recall(kDesk1, QStringLiteral("2026-11-23 08:13"));
    o.recall(kDesk1, QStringLiteral("2026-11-23 08:14"));
    o.noShow(kDesk1, QStringLiteral("2026-11-23 08:15"));
    CHECK(ahead(b1) == 0);
    CHECK(ahead(a4) == 1);
    CHECK(ahead(a2) == 0);
}

TEST_CASE("the typical wait at this hour: the median of the last 20 days with calls, not before 5 visits", "[receipts][calling]")
{
    const QTimeZone zone("Asia/Makassar");
    auto visit = [&](const QString &arrived, int waitMinutes) {
        CallWait w;
        w.arrivedAt = WorkflowFixture::local(arrived).toUTC();
        w.waitSeconds = waitMinutes < 0 ? -1 : waitMinutes * 60;
        return w;
    };
    // The rule on a history in hand: the hour in office time, the called ones only.
    QList<CallWait> history = {visit(QStringLiteral("2026-11-02 10:05"), 8),  visit(QStringLiteral("2026-11-03 10:50"), 12),
                               visit(QStringLiteral("2026-11-04 10:00"), 20), visit(QStringLiteral("2026-11-05 10:30"), 11),
                               visit(QStringLiteral("2026-11-05 10:31"), -1), visit(QStringLiteral("2026-11-05 11:00"), 90),
                               visit(QStringLiteral("2026-11-05 09:59"), 90)};
    CHECK(!WaitTimes::typicalMinutes(history, 10, zone)); // four called in the 10 o'clock hour
    history << visit(QStringLiteral("2026-11-06 10:10"), 15);
    CHECK(WaitTimes::typicalMinutes(history, 10, zone) == 12); // 8, 11, 12, 15, 20
    history << visit(QStringLiteral("2026-11-06 10:11"), 16);
    CHECK(WaitTimes::typicalMinutes(history, 10, zone) == 14); // 13.5 rounds up
    CHECK(WaitTimes::typicalMinutes(history, 11, zone) == std::nullopt);

    // From the database: 21 working days with calls before Monday 30 November.
    Office o;
    QList<QDate> days;
    for (QDate d(2026, 10, 26); days.size() < 21; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            days << d;
    REQUIRE(days.last() == QDate(2026, 11, 23));
    // Every day one visitor of the 9 o'clock hour, called after 30 minutes; on the oldest
    // day and on four of the twenty newest, one of the 10 o'clock hour, called after 60
    // (the oldest), 6, 10, 12 and 14 minutes.
    const QList<int> tenOClock = {0, 4, 8, 12, 16};
    const int waits[] = {60, 6, 10, 12, 14};
    for (int i = 0; i < days.size(); ++i) {
        const QString day = days.at(i).toString(Qt::ISODate);
        o.in(1, day + QStringLiteral(" 09:10"));
        o.next(kDesk1, {}, day + QStringLiteral(" 09:40"));
        if (const qsizetype k = tenOClock.indexOf(i); k >= 0) {
            o.in(2, day + QStringLiteral(" 10:05"));
            o.next(kDesk1, {}, day + QTime(10, 5).addSecs(waits[k] * 60).toString(QStringLiteral(" HH:mm")));
        }
    }
    WaitTimes times(o.f.db().connection());
    const QList<QDate> newest = ok(times.callDaysBefore(QDate(2026, 11, 30), WaitTimes::kHistoryDays));
    REQUIRE(newest.size() == 20);
    CHECK(newest.first() == QDate(2026, 11, 23));
    CHECK(newest.last() == days.at(1));
    const QDateTime at10 = WorkflowFixture::local(QStringLiteral("2026-11-30 10:15"));
    const QDateTime at9 = WorkflowFixture::local(QStringLiteral("2026-11-30 09:05"));
    // Only four of the 10 o'clock hour on the last 20 days: no estimate.
    CHECK(ok(times.typicalMinutes(at10, zone)) == std::nullopt);
    CHECK(ok(times.typicalMinutes(at9, zone)) == 30);

    // A fifth on a newer day, which pushes the oldest of the twenty out: 6, 10, 12, 14, 20.
    o.in(2, QStringLiteral("2026-11-24 10:30"));
    o.next(kDesk1, {}, QStringLiteral("2026-11-24 10:50"));
    CHECK(ok(times.typicalMinutes(at10, zone)) == 12);
    // Today's own calls are not the history; the ticket gets the estimate.
    o.in(2, QStringLiteral("2026-11-30 10:00"));
    const CheckInResult ticket = o.in(1, QStringLiteral("2026-11-30 10:15"));
    o.next(kDesk1, {}, QStringLiteral("2026-11-30 11:30"));
    CHECK(ok(times.typicalMinutes(at10, zone)) == 12);
    ReceiptSource receipts(o.f.db(), o.f.wf());
    CHECK(ok(receipts.forApplication(ticket.applicationId, ReceiptKind::Ticket)).typicalWaitMinutes == 12);
    // Without history, none.
    Office fresh;
    const CheckInResult first = fresh.in(1, QStringLiteral("2026-11-30 10:15"));
    CHECK(ok(ReceiptSource(fresh.f.db(), fresh.f.wf()).forApplication(first.applicationId, ReceiptKind::Ticket)).typicalWaitMinutes
          == std::nullopt);
}
