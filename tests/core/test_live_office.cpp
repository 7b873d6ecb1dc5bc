// The live office (issue 16): idempotency keys, desks and presence, the change feed and
// a lost connection. Both engines unless a test says which.
#include "TestSupport.h"
#include "WorkflowFixture.h"

#include "desks/DeskSessions.h"
#include "events/ActionKey.h"
#include "events/EventLog.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>

#include <functional>

namespace {

qint64 count(Database &db, const QString &sql)
{
    SqlQuery q(db.connection(), sql);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

CheckInRequest walkIn(const QString &key)
{
    CheckInRequest r;
    r.applicantName = QStringLiteral("Budi Santoso");
    r.applicantNik = QStringLiteral("6371011203850001");
    r.applicantPhone = QStringLiteral("0812-5123-4567");
    r.vendor.name = QStringLiteral("CV Sinar Barito");
    r.vendor.legalForm = QStringLiteral("CV");
    r.vendor.npwp = QStringLiteral("01.234.567.8-901.000");
    r.vendor.email = QStringLiteral("admin@sinarbarito.co.id"); // as WorkflowFixture::checkIn
    r.serviceNumber = 1;
    r.actionKey = key;
    return r;
}

// Runs the event loop until `done` holds or `ms` pass; whether it held.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return done();
}

} // namespace

TEST_CASE("A check-in submitted twice with one key is recorded once, and the second answer is the first check-in",
          "[live][idempotency]")
{
    WorkflowFixture f;
    const QString key = ActionKey::make();
    const Result<CheckInResult> first = f.wf().guestBook().checkIn(f.helpdesk, walkIn(key));
    REQUIRE(first.ok());
    CHECK_FALSE(first->alreadyRecorded);

    // The answer was lost with the connection; the officer presses Simpan again.
    const Result<CheckInResult> again = f.wf().guestBook().checkIn(f.helpdesk, walkIn(key));
    INFO((again.ok() ? std::string() : again.error().toStdString()));
    REQUIRE(again.ok());
    CHECK(again->alreadyRecorded);
    CHECK(again->applicationId == first->applicationId);
    CHECK(again->visitId == first->visitId);
    CHECK(again->queueNumber == first->queueNumber);
    CHECK(again->applicationNumber == first->applicationNumber);
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM visits")) == 1);
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM applications")) == 1);
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'registered'")) == 1);

    // What the desk asks once connected again.
    const auto recorded = f.wf().guestBook().recorded(key);
    REQUIRE(recorded.ok());
    REQUIRE(recorded->has_value());
    CHECK(recorded->value().applicationId == first->applicationId);
    const auto never = f.wf().guestBook().recorded(ActionKey::make());
    REQUIRE(never.ok());
    CHECK_FALSE(never->has_value());

    // Another key is another walk-in, with the next number.
    const Result<CheckInResult> other = f.wf().guestBook().checkIn(f.helpdesk, walkIn(ActionKey::make()));
    REQUIRE(other.ok());
    CHECK(other->applicationId != first->applicationId);
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM visits")) == 2);

    // The key is beside the chain, not in it.
    const auto chain = EventLog(f.db().connection()).verifyChain();
    REQUIRE(chain.ok());
    CHECK(chain->firstBadId == 0);
    const auto event = EventLog(f.db().connection()).byActionKey(key);
    REQUIRE(event.ok());
    REQUIRE(event->has_value());
    CHECK(event->value().kind == QStringLiteral("registered"));
}

TEST_CASE("A desk name is validated, and the sessions say who is at which desk since when", "[live][desks]")
{
    WorkflowFixture f;
    CHECK_FALSE(DeskSessions::validateDeskName(QStringLiteral("   ")).ok());
    CHECK_FALSE(DeskSessions::validateDeskName(QString(61, QLatin1Char('x'))).ok());
    CHECK_FALSE(DeskSessions::validateDeskName(QStringLiteral("Meja\x01")).ok());
    CHECK(DeskSessions::validateDeskName(QStringLiteral("  Meja   Helpdesk 1 ")).value() == QStringLiteral("Meja Helpdesk 1"));

    DeskSessions desks(f.db());
    WorkflowFixture::setNow(QStringLiteral("2026-11-02 08:00"));
    const auto helpdesk = desks.begin(f.helpdesk, QStringLiteral("Meja Helpdesk 1"), QStringLiteral("pc-helpdesk-1"));
    REQUIRE(helpdesk.ok());
    const auto verifikator = desks.begin(f.verifikator, QStringLiteral("Meja Verifikasi 2"), QStringLiteral("pc-verif-2"));
    REQUIRE(verifikator.ok());
    CHECK_FALSE(desks.begin(f.helpdesk, QString(), QString()).ok());

    WorkflowFixture::setNow(QStringLiteral("2026-11-02 08:01"));
    REQUIRE(desks.beat(helpdesk.value()).ok());
    auto open = desks.open(WorkflowFixture::local(QStringLiteral("2026-11-02 08:01")));
    REQUIRE(open.ok());
    REQUIRE(open->size() == 2);
    CHECK(open->at(0).desk == QStringLiteral("Meja Helpdesk 1"));
    CHECK(open->at(0).userName == f.helpdesk.fullName);
    CHECK(open->at(0).startedAt == WorkflowFixture::local(QStringLiteral("2026-11-02 08:00")));
    CHECK_FALSE(open->at(0).silent);
    CHECK_FALSE(open->at(1).silent);

    // Five minutes later the verifikator's PC has not been seen since 08:00.
    WorkflowFixture::setNow(QStringLiteral("2026-11-02 08:05"));
    REQUIRE(desks.beat(helpdesk.value()).ok());
    open = desks.open(WorkflowFixture::local(QStringLiteral("2026-11-02 08:05")));
    REQUIRE(open.ok());
    CHECK_FALSE(open->at(0).silent);
    CHECK(open->at(1).silent);

    // A logout ends the session.
    REQUIRE(desks.end(helpdesk.value()).ok());
    open = desks.open(WorkflowFixture::local(QStringLiteral("2026-11-02 08:05")));
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->at(0).desk == QStringLiteral("Meja Verifikasi 2"));
}

TEST_CASE("A file held at a desk that went silent is flagged after the set time, and not while its officer is at a desk",
          "[live][desks]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-02 08:00"));
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    f.tickAll(in->applicationId);
    REQUIRE(f.wf().documents().accept(f.helpdesk, in->applicationId).ok());
    DeskSessions desks(f.db());
    const auto session = desks.begin(f.verifikator, QStringLiteral("Meja Verifikasi 2"), QStringLiteral("pc-verif-2"));
    REQUIRE(session.ok());
    REQUIRE(f.wf().queue().claim(f.verifikator, in->applicationId).ok());
    CHECK(desks.abandonedMinutes() == DeskSessions::kDefaultAbandonedMinutes);

    // The PC is switched off at 08:00; at 08:10 the file is not flagged yet, at 08:16 it is.
    auto flagged = desks.abandonedFiles(WorkflowFixture::local(QStringLiteral("2026-11-02 08:10")), desks.abandonedMinutes());
    REQUIRE(flagged.ok());
    CHECK(flagged->isEmpty());
    flagged = desks.abandonedFiles(WorkflowFixture::local(QStringLiteral("2026-11-02 08:16")), desks.abandonedMinutes());
    REQUIRE(flagged.ok());
    REQUIRE(flagged->size() == 1);
    CHECK(flagged->at(0).number == in->applicationNumber);
    CHECK(flagged->at(0).desk == QStringLiteral("Meja Verifikasi 2"));
    CHECK(flagged->at(0).handlerName == f.verifikator.fullName);
    CHECK(flagged->at(0).lastSeen == WorkflowFixture::local(QStringLiteral("2026-11-02 08:00")));

    // The supervisor releases it: back in the queue, nothing flagged.
    REQUIRE(f.wf().queue().release(f.kasubbag, in->applicationId, QStringLiteral("PC meja 2 mati")).ok());
    flagged = desks.abandonedFiles(WorkflowFixture::local(QStringLiteral("2026-11-02 08:16")), desks.abandonedMinutes());
    REQUIRE(flagged.ok());
    CHECK(flagged->isEmpty());

    // Claimed again by an officer who moved to another desk and works there: not flagged.
    REQUIRE(f.wf().queue().claim(f.verifikator, in->applicationId).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-02 08:20"));
    REQUIRE(desks.begin(f.verifikator, QStringLiteral("Meja Verifikasi 3"), QString()).ok());
    flagged = desks.abandonedFiles(WorkflowFixture::local(QStringLiteral("2026-11-02 08:40")), desks.abandonedMinutes());
    REQUIRE(flagged.ok());
    CHECK(flagged->size() == 1); // the new session is silent by 08:40 too, and the latest
    WorkflowFixture::setNow(QStringLiteral("2026-11-02 08:40"));
    flagged = desks.abandonedFiles(WorkflowFixture::local(QStringLiteral("2026-11-02 08:40")), desks.abandonedMinutes());
    REQUIRE(flagged.ok());
    CHECK(flagged->size() == 1);
    const auto open = desks.open(WorkflowFixture::local(QStringLiteral("2026-11-02 08:40")));
    REQUIRE(open.ok());
    for (const auto &s : open.value())
        if (s.desk == QStringLiteral("Meja Verifikasi 3"))
            REQUIRE(desks.beat(s.id).ok());
    flagged = desks.abandonedFiles(WorkflowFixture::local(QStringLiteral("2026-11-02 08:40")), desks.abandonedMinutes());
    REQUIRE(flagged.ok());
    CHECK(flagged->isEmpty());

    // The set time is the administrator's, within bounds.
    CHECK_FALSE(desks.setAbandonedMinutes(f.helpdesk, 30).ok());
    CHECK_FALSE(desks.setAbandonedMinutes(f.admin, 2).ok());
    REQUIRE(desks.setAbandonedMinutes(f.admin, 30).ok());
    CHECK(desks.abandonedMinutes() == 30);
}

TEST_CASE("The change feed reports another connection's check-in, and not its own desk's", "[live][feed]")
{
    WorkflowFixture f;
    ChangeFeed feed(f.db());
    REQUIRE(feed.start().ok());
    QList<DatabaseChange> seen;
    bool everything = false;
    QObject::connect(&feed, &ChangeFeed::changed, [&](const QList<DatabaseChange> &changes, bool all) {
        seen << changes;
        everything |= all;
    });

    // This desk's own check-in: not reported (the page refreshed after it already).
    REQUIRE(f.checkIn(1).ok());
    feed.checkNow();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(seen.isEmpty());

    // Another desk's (another connection, as another PC or window would have).
    auto other = Database::open(f.temp().path());
    REQUIRE(other.ok());
    Workflow otherDesk(*other.value());
    CheckInRequest r = walkIn(ActionKey::make());
    const auto theirs = otherDesk.guestBook().checkIn(f.helpdesk, r);
    REQUIRE(theirs.ok());
    const bool arrived = waitFor(
        [&] {
            feed.checkNow();
            for (const DatabaseChange &c : std::as_const(seen))
                if (c.applicationId == theirs->applicationId && c.kind == QStringLiteral("registered"))
                    return true;
            return false;
        },
        3000);
    CHECK(arrived);
    CHECK_FALSE(everything);
    for (const DatabaseChange &c : std::as_const(seen)) {
        CHECK(c.eventId > 0);
        CHECK(c.applicationId == theirs->applicationId);
        CHECK(c.visitId == theirs->visitId);
    }
}

TEST_CASE("PostgreSQL: a connection the server dropped refuses writes at once, comes back by itself and reports what it missed",
          "[postgresql][live][faults]")
{
    WorkflowFixture f;
    ChangeFeed feed(f.db());
    REQUIRE(feed.start().ok());
    QList<bool> states;
    QList<DatabaseChange> seen;
    QObject::connect(&feed, &ChangeFeed::connectionChanged, [&](bool connected) { states << connected; });
    QObject::connect(&feed, &ChangeFeed::changed, [&](const QList<DatabaseChange> &changes, bool) { seen << changes; });
    QSqlQuery pid(f.db().connection());
    REQUIRE(pid.exec(QStringLiteral("SELECT pg_backend_pid()")));
    REQUIRE(pid.next());
    const qint64 backend = pid.value(0).toLongLong();

    // The server ends this desk's connection (as a restart does).
    auto other = Database::open(f.temp().path());
    REQUIRE(other.ok());
    SqlQuery kill(other.value()->connection(), QStringLiteral("SELECT pg_terminate_backend(:pid)"));
    kill.bind(QStringLiteral(":pid"), backend);
    REQUIRE(kill.exec().ok());
    REQUIRE(waitFor([&] { return !states.isEmpty(); }, 5000));
    CHECK(states.first() == false);
    CHECK_FALSE(feed.isConnected());
    CHECK_FALSE(f.db().isConnected());

    // Meanwhile no write is tried: the desk hears "not connected" at once.
    const auto refused = f.checkIn(1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Tidak terhubung ke server")));

    // Another desk works on; this one comes back by itself and learns of it.
    Workflow otherDesk(*other.value());
    const auto theirs = otherDesk.guestBook().checkIn(f.helpdesk, walkIn(ActionKey::make()));
    REQUIRE(theirs.ok());
    REQUIRE(waitFor([&] { return states.size() >= 2; }, 8000));
    CHECK(states.at(1) == true);
    CHECK(f.db().isConnected());
    bool reported = false;
    for (const DatabaseChange &c : std::as_const(seen))
        reported |= c.applicationId == theirs->applicationId;
    CHECK(reported);

    // Writes work again, and announcements arrive again.
    const auto mine = f.checkIn(1);
    INFO((mine.ok() ? std::string() : mine.error().toStdString()));
    REQUIRE(mine.ok());
    const auto later = otherDesk.guestBook().checkIn(f.helpdesk, walkIn(ActionKey::make()));
    REQUIRE(later.ok());
    CHECK(waitFor(
        [&] {
            for (const DatabaseChange &c : std::as_const(seen))
                if (c.applicationId == later->applicationId)
                    return true;
            return false;
        },
        3000));
}

TEST_CASE("PostgreSQL: the announcement of a change is sent with its transaction, and never for one rolled back",
          "[postgresql][live][feed]")
{
    WorkflowFixture f;
    ChangeFeed feed(f.db());
    REQUIRE(feed.start().ok());
    QList<DatabaseChange> seen;
    QObject::connect(&feed, &ChangeFeed::changed, [&](const QList<DatabaseChange> &changes, bool) { seen << changes; });
    auto other = Database::open(f.temp().path());
    REQUIRE(other.ok());
    Workflow otherDesk(*other.value());
    // A check-in that fails inside its transaction (the vendor change was not confirmed
    // after the first one stored the vendor) announces nothing.
    REQUIRE(otherDesk.guestBook().checkIn(f.helpdesk, walkIn(ActionKey::make())).ok());
    REQUIRE(waitFor([&] { return !seen.isEmpty(); }, 3000));
    seen.clear();
    CheckInRequest changed = walkIn(ActionKey::make());
    changed.vendor.email = QStringLiteral("baru@sinarbarito.co.id");
    const auto stored = otherDesk.guestBook().reviewCheckIn(changed);
    REQUIRE(stored.ok());
    if (stored->storedVendor)
        changed.vendor.id = stored->storedVendor->id;
    REQUIRE_FALSE(otherDesk.guestBook().checkIn(f.helpdesk, changed).ok());
    waitFor([] { return false; }, 500);
    CHECK(seen.isEmpty());
}
