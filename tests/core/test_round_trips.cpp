// The round trips of each counter action (issue 16, part 5): on a server every statement
// that waits for an answer costs the network's delay, so each action has a budget:
// check-in at most 3, every other counter action at most 2, a queue refresh 1. Counted
// exactly by StatementCounter (bench/), on a connection that did each action once before
// (statements prepared once per connection, as at a desk after its first minutes).
#include "WorkflowFixture.h"

#include "StatementCounter.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "vendors/VendorStore.h"

#include <catch2/catch.hpp>

#include <functional>

namespace {

struct Counted
{
    QString action;
    StatementCounter::Counts counts;
    int budget;
};

CheckInRequest walkIn(const QString &npwp)
{
    CheckInRequest r;
    r.applicantName = QStringLiteral("Budi Santoso");
    r.applicantNik = QStringLiteral("6371011203850001");
    r.vendor.name = QStringLiteral("CV Hitung %1").arg(npwp.right(5)); // the same vendor for the same NPWP
    r.vendor.legalForm = QStringLiteral("CV");
    r.vendor.npwp = npwp;
    r.serviceNumber = 1;
    return r;
}

} // namespace

TEST_CASE("each counter action keeps its round-trip budget", "[performance]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:00"));
    Workflow &wf = f.wf();
    int serial = 0;
    auto npwpOf = [](int n) { return QStringLiteral("0210000000%1").arg(n, 5, 10, QLatin1Char('0')); };
    auto checkIn = [&](const QString &npwp) {
        const Result<CheckInResult> r = wf.guestBook().checkIn(f.helpdesk, walkIn(npwp));
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        return r->applicationId;
    };
    auto ok = [](const Status &s) {
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
    };
    // A file through every action once: the statements of each are prepared on this connection.
    auto lifeOf = [&](qint64 id, const std::function<void(const QString &, const std::function<void()> &)> &step) {
        const ChecklistItem item = wf.documents().checklist(id).value().first(); // on the screen already
        step(QStringLiteral("tick one item"), [&] {
            ok(wf.documents().updateChecklist(f.helpdesk, id, {item.requirementId, item.originalRequired, item.copyRequired,
                                                               item.validityRequired ? QDate(2027, 11, 23) : QDate(), {}}));
        });
        f.tickAll(id);
        step(QStringLiteral("accept and hand off"), [&] { ok(wf.documents().accept(f.helpdesk, id)); });
        step(QStringLiteral("queue refresh"), [&] {
            const auto queue = wf.files().openQueue(QStringLiteral("verifikator"));
            REQUIRE(queue.ok());
            REQUIRE(wf.clocks().glanceAll(queue.value(), Clock::nowUtc()).size() == queue->size());
        });
        step(QStringLiteral("claim"), [&] { ok(wf.queue().claim(f.verifikator, id)); });
        step(QStringLiteral("pause"), [&] { ok(wf.queue().pause(f.verifikator, id, PauseReason::WaitingLkpp, {})); });
        step(QStringLiteral("queue refresh, a file paused"), [&] {
            const auto queue = wf.files().openQueue(QStringLiteral("verifikator"));
            REQUIRE(queue.ok());
            REQUIRE(wf.clocks().glanceAll(queue.value(), Clock::nowUtc()).size() == queue->size());
        });
        step(QStringLiteral("resume"), [&] { ok(wf.queue().resume(f.verifikator, id)); });
        step(QStringLiteral("open a file"), [&] { REQUIRE(wf.files().file(id).ok()); });
        step(QStringLiteral("finish"), [&] { ok(wf.queue().complete(f.verifikator, id, QStringLiteral("User ID aktif"))); });
        step(QStringLiteral("vendor by NPWP"), [&] { REQUIRE(VendorStore(f.db()).findByNpwp(npwpOf(1)).ok()); });
        step(QStringLiteral("vendor by name prefix"), [&] { REQUIRE(VendorStore(f.db()).search(QStringLiteral("CV Hitung")).ok()); });
    };

    // Once through, uncounted.
    lifeOf(checkIn(npwpOf(++serial)), [](const QString &, const std::function<void()> &action) { action(); });
    checkIn(npwpOf(1));

    QList<Counted> counted;
    StatementCounter counter(f.db().connection());
    auto count = [&](const QString &action, int budget, const std::function<void()> &f) {
        counter.take();
        f();
        counted << Counted{action, counter.take(), budget};
    };
    qint64 id = 0;
    count(QStringLiteral("check-in, a new vendor"), 3, [&] { id = checkIn(npwpOf(++serial)); });
    count(QStringLiteral("check-in, a known vendor"), 3, [&] { checkIn(npwpOf(1)); });
    lifeOf(id, [&](const QString &action, const std::function<void()> &f) {
        count(action, action.startsWith(QLatin1String("queue refresh")) ? 1 : 2, f);
    });
    REQUIRE(counted.size() == 13);
    for (const Counted &c : std::as_const(counted)) {
        INFO(c.action.toStdString() << ": " << c.counts.statements << " statements, " << c.counts.roundTrips << " round trips");
        CHECK(c.counts.statements >= 1); // the counter sees the connection
        if (testOnServer())
            CHECK(c.counts.roundTrips <= c.budget);
        else
            CHECK(c.counts.roundTrips == 0); // a file: nothing to wait for
    }
    // The chain the actions wrote is whole.
    const auto chain = EventLog(f.db().connection()).verifyChain();
    REQUIRE(chain.ok());
    CHECK(chain->firstBadId == 0);
}
