// The office server's engine: what only PostgreSQL can show (issue 15). These run in
// the "(PostgreSQL)" pass of the core suite only ([postgresql]); the rest of the suite
// runs on both engines.
#include "TestSupport.h"
#include "WorkflowFixture.h"

#include "demo/DemoData.h"
#include "events/EventLog.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportFormat.h"
#include "storage/Database.h"
#include "storage/ServerRoles.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

// Runs `work(i)` in `n` threads, each on its own connection to `location`, all let go
// at the same moment; the results come back to the test's thread (Catch2 asserts only there).
template <typename T>
std::vector<T> together(const QString &location, int n, const std::function<T(Database &, int)> &work)
{
    std::vector<T> results(static_cast<size_t>(n));
    std::atomic<int> ready{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < n; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            auto db = Database::open(location);
            ++ready;
            while (ready.load() < n)
                QThread::yieldCurrentThread();
            if (db)
                results[static_cast<size_t>(i)] = work(*db.value(), i);
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    return results;
}

} // namespace

TEST_CASE("PostgreSQL: a new database is migrated to the latest schema in the server's own types", "[postgresql][storage]")
{
    REQUIRE(testOnServer());
    TempDatabase t;
    CHECK(t.db().isServer());
    CHECK(t.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(t.db(), QStringLiteral("SELECT version FROM schema_version")).toInt() == Database::latestSchemaVersion());
    auto typeOf = [&](const char *table, const char *column) {
        return scalar(t.db(), QStringLiteral("SELECT data_type || '/' || is_identity FROM information_schema.columns WHERE "
                                             "table_schema = current_schema() AND table_name = '%1' AND column_name = '%2'")
                                  .arg(QLatin1String(table), QLatin1String(column)))
            .toString();
    };
    CHECK(typeOf("events", "at") == QStringLiteral("timestamp with time zone/NO"));
    CHECK(typeOf("events", "data") == QStringLiteral("jsonb/NO"));
    CHECK(typeOf("visits", "id") == QStringLiteral("bigint/YES"));
    CHECK(typeOf("visits", "local_date") == QStringLiteral("date/NO"));
    CHECK(typeOf("events", "id") == QStringLiteral("bigint/NO")); // the chain's position, given by Loket
    CHECK(t.db().integrityProblems().isEmpty());
    // With amcheck installed (PostgreSQL's contrib), `loket check` checks every index too.
    exec(t.db(), QStringLiteral("CREATE EXTENSION IF NOT EXISTS amcheck SCHEMA public"));
    CHECK(t.db().integrityProblems().isEmpty());

    // The same CHECK constraints as on SQLite.
    SqlQuery bad(t.db().connection(), QStringLiteral("INSERT INTO survey_responses (local_date, u1, u2, u3, u4, u5, u6, u7, u8, u9, source, "
                                                     "created_at) VALUES ('2026-11-23', 5, 1, 1, 1, 1, 1, 1, 1, 1, 'counter', now())"));
    const Status refused = bad.exec();
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("aturan basis data")));
}

TEST_CASE("PostgreSQL: a database from a newer Loket is refused and left as it is", "[postgresql][storage]")
{
    REQUIRE(testOnServer());
    TempDatabase t;
    const int newer = Database::latestSchemaVersion() + 5;
    exec(t.db(), QStringLiteral("UPDATE schema_version SET version = %1").arg(newer));
    const QString location = t.path();
    t.close();
    for (Database::Mode mode : {Database::Mode::Open, Database::Mode::Inspect}) {
        auto refused = Database::open(location, mode);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("lebih baru")));
        CHECK_FALSE(refused.error().contains(QStringLiteral("ERROR")));
    }
    // Left as it was: look with a plain connection.
    QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("plain-newer"));
    {
        plain.setConnectOptions(QString(location).replace(QLatin1Char(' '), QLatin1Char(';')));
        REQUIRE(plain.open());
        QSqlQuery q(plain);
        REQUIRE(q.exec(QStringLiteral("SELECT version FROM schema_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == newer);
        plain.close();
    }
    plain = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("plain-newer"));
}

TEST_CASE("PostgreSQL: a database that holds other tables is not taken for Loket's", "[postgresql][storage]")
{
    REQUIRE(testOnServer());
    QTemporaryDir dir;
    const QString location = newTestLocation(dir.path());
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("plain-other"));
        other.setConnectOptions(QString(location).replace(QLatin1Char(' '), QLatin1Char(';')));
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE inventory (id integer PRIMARY KEY)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain-other"));
    for (Database::Mode mode : {Database::Mode::Open, Database::Mode::Inspect}) {
        auto refused = Database::open(location, mode);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("bukan basis data Loket")));
    }
    dropServerLocation(location);
}

TEST_CASE("PostgreSQL: a server that does not answer, or an address with a password, gets a clear message", "[postgresql][storage]")
{
    REQUIRE(testOnServer());
    auto nobody = Database::open(QStringLiteral("host=127.0.0.1 port=1 dbname=loket connect_timeout=2"));
    REQUIRE_FALSE(nobody.ok());
    CHECK(nobody.error().contains(QStringLiteral("tidak menjawab")));
    auto password = Database::open(QStringLiteral("postgresql://loket:rahasia@kantor-lpse/loket"));
    REQUIRE_FALSE(password.ok());
    CHECK(password.error().contains(QStringLiteral(".pgpass")));
    CHECK_FALSE(password.error().contains(QStringLiteral("rahasia")));
    auto garbled = Database::open(QStringLiteral("postgresql://[kantor/loket"));
    REQUIRE_FALSE(garbled.ok());
    CHECK(garbled.error().contains(QStringLiteral("tidak dapat dibaca")));
}

TEST_CASE("PostgreSQL: desks checking in at once get unique, gapless queue numbers on one hash chain", "[postgresql][concurrency]")
{
    REQUIRE(testOnServer());
    WorkflowFixture f;
    const User helpdesk = f.helpdesk;
    constexpr int kDesks = 4, kEach = 15;
    struct Outcome
    {
        QStringList tickets;
        QStringList errors;
    };
    const auto outcomes = together<Outcome>(f.temp().path(), kDesks, [&](Database &db, int desk) {
        Outcome o;
        Workflow wf(db);
        for (int i = 0; i < kEach; ++i) {
            CheckInRequest r;
            r.applicantName = QStringLiteral("Pemohon Meja %1").arg(QChar(u'A' + desk));
            r.applicantNik = QStringLiteral("6371011203850001");
            r.vendor.name = QStringLiteral("CV Meja %1").arg(QChar(u'A' + desk));
            r.vendor.legalForm = QStringLiteral("CV");
            r.serviceNumber = 1; // one letter: every desk draws from the same row of numbers
            const auto in = wf.guestBook().checkIn(helpdesk, r);
            if (in)
                o.tickets << in->queueNumber;
            else
                o.errors << in.error();
        }
        return o;
    });
    QStringList all;
    for (const Outcome &o : outcomes) {
        INFO(o.errors.join(QStringLiteral(" | ")).toStdString());
        CHECK(o.errors.isEmpty());
        all += o.tickets;
    }
    REQUIRE(all.size() == kDesks * kEach);
    CHECK(QSet<QString>(all.begin(), all.end()).size() == all.size()); // none twice
    all.sort();
    const QString letter = all.first().section(QLatin1Char('-'), 0, 0);
    for (int i = 0; i < all.size(); ++i) // gapless: 001 .. 060
        CHECK(all.at(i) == QStringLiteral("%1-%2").arg(letter).arg(i + 1, 3, 10, QLatin1Char('0')));
    EventLog log(f.db().connection());
    const auto chain = log.verifyChain();
    REQUIRE(chain.ok());
    CHECK(chain->firstBadId == 0);
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) = max(id) FROM events")).toBool()); // one chain, no gap, no fork
}

TEST_CASE("PostgreSQL: two verifikators pressing Ambil on one file at once: one gets it, the other a clear message", "[postgresql][concurrency]")
{
    REQUIRE(testOnServer());
    WorkflowFixture f;
    const User one = f.verifikator, two = f.verifikator2;
    for (int round = 0; round < 10; ++round) {
        const auto in = f.checkIn(1);
        REQUIRE(in.ok());
        f.tickAll(in->applicationId);
        REQUIRE(f.wf().documents().accept(f.helpdesk, in->applicationId).ok());
        const qint64 id = in->applicationId;
        const auto results = together<QString>(f.temp().path(), 2, [&](Database &db, int who) {
            Workflow wf(db);
            const Status s = wf.queue().claim(who == 0 ? one : two, id);
            return s ? QStringLiteral("OK") : s.error();
        });
        const int won = int(results[0] == QLatin1String("OK")) + int(results[1] == QLatin1String("OK"));
        INFO(results[0].toStdString() << " / " << results[1].toStdString());
        REQUIRE(won == 1);
        const QString lost = results[0] == QLatin1String("OK") ? results[1] : results[0];
        CHECK(lost.contains(QStringLiteral("Berkas")));
        CHECK_FALSE(lost.contains(QStringLiteral("ERROR")));
        const auto app = f.wf().files().application(id);
        REQUIRE(app.ok());
        CHECK(app->claimedBy == (results[0] == QLatin1String("OK") ? one.id : two.id));
        CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM events WHERE kind = 'claimed' AND application_id = %1").arg(id)).toInt() == 1);
    }
}

TEST_CASE("PostgreSQL: a write meeting a serialization failure or a deadlock is tried again as a whole, within a bound", "[postgresql][concurrency]")
{
    REQUIRE(testOnServer());
    TempDatabase t;
    auto raise = [&](const char *state) {
        QSqlQuery q(t.db().connection());
        q.exec(QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'test' USING ERRCODE = '%1'; END $$").arg(QLatin1String(state)));
        return SqlDialect::failure(q.lastError());
    };
    for (const char *state : {"40001", "40P01"}) {
        int attempts = 0;
        const Status s = runWriteTransaction(t.db().connection(), [&]() -> Status {
            ++attempts;
            SqlQuery w(t.db().connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, 'v')"));
            w.bind(QStringLiteral(":k"), QStringLiteral("try.%1.%2").arg(QLatin1String(state)).arg(attempts));
            if (const Status written = w.exec(); !written)
                return written;
            return attempts < 3 ? raise(state) : Status::success();
        });
        CHECK(s.ok());
        CHECK(attempts == 3);
        // Only the last attempt's row is there: the failed ones were rolled back whole.
        CHECK(scalar(t.db(), QStringLiteral("SELECT string_agg(key, ',') FROM settings WHERE key LIKE 'try.%1.%%'").arg(QLatin1String(state))).toString()
              == QStringLiteral("try.%1.3").arg(QLatin1String(state)));
    }
    int attempts = 0;
    const Status gaveUp = runWriteTransaction(t.db().connection(), [&]() -> Status { ++attempts; return raise("40001"); }, 4);
    CHECK_FALSE(gaveUp.ok());
    CHECK(attempts == 4);
    CHECK(gaveUp.error().contains(QStringLiteral("coba lagi")));
    attempts = 0;
    const Status duplicate = runWriteTransaction(t.db().connection(), [&]() -> Status { ++attempts; return raise("23505"); });
    CHECK_FALSE(duplicate.ok());
    CHECK(attempts == 1); // a duplicate is an answer, not a clash: never tried again
}

TEST_CASE("PostgreSQL: Loket's application role may add and read events, never change or delete them", "[postgresql][security]")
{
    REQUIRE(testOnServer());
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    exec(f.db(), QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'loket_desk_test') THEN "
                                "CREATE ROLE loket_desk_test NOLOGIN; END IF; END $$"));
    REQUIRE(ServerRoles::grantApplication(f.db(), QStringLiteral("loket_desk_test")).ok());
    CHECK_FALSE(ServerRoles::grantApplication(f.db(), QStringLiteral("x; DROP TABLE events")).ok());
    exec(f.db(), QStringLiteral("SET ROLE loket_desk_test"));
    // The counter works as that role...
    REQUIRE(f.checkIn(2).ok());
    // ...but an event cannot be changed or removed: by privilege (42501) before the trigger.
    for (const char *sql : {"UPDATE events SET reason = 'x' WHERE id = 1", "DELETE FROM events WHERE id = 1"}) {
        SqlQuery q(f.db().connection(), QString::fromLatin1(sql));
        const Status s = q.exec();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("tidak diizinkan")));
    }
    exec(f.db(), QStringLiteral("RESET ROLE"));
    // The owner is stopped by the trigger.
    SqlQuery owner(f.db().connection(), QStringLiteral("DELETE FROM events WHERE id = 1"));
    const Status s = owner.exec();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("tidak boleh diubah atau dihapus")));
    EventLog log(f.db().connection());
    CHECK(log.verifyChain()->firstBadId == 0);
}

TEST_CASE("PostgreSQL: times are stored in UTC whatever the server's or the session's time zone", "[postgresql][storage]")
{
    REQUIRE(testOnServer());
    WorkflowFixture f;
    // A desk whose server or session is set to another zone.
    const QString location = f.temp().path().replace(QStringLiteral("options='"), QStringLiteral("options='-c TimeZone=America/New_York "));
    auto db = Database::open(location);
    REQUIRE(db.ok());
    Workflow wf(*db.value());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 23:30")); // Banjarmasin: 15:30 UTC, still Monday here
    CheckInRequest r;
    r.applicantName = QStringLiteral("Budi Santoso");
    r.applicantNik = QStringLiteral("6371011203850001");
    r.vendor.name = QStringLiteral("CV Sinar Barito");
    r.vendor.legalForm = QStringLiteral("CV");
    r.serviceNumber = 1;
    const auto in = wf.guestBook().checkIn(f.helpdesk, r);
    INFO(in.error().toStdString());
    REQUIRE(in.ok());
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT to_char(arrived_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), local_date::text FROM visits WHERE id = %1")
                       .arg(in->visitId)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2026-11-23 15:30"));
    CHECK(q.value(1).toString() == QStringLiteral("2026-11-23")); // the office's day, from Loket's settings
    const auto file = wf.files().file(in->applicationId);
    REQUIRE(file.ok());
    CHECK(WorkflowFixture::localText(file->visit.arrivedAt) == QStringLiteral("2026-11-23 23:30"));
}

TEST_CASE("PostgreSQL: a commit is on disk before the desk is told so even on a server set to synchronous_commit off",
          "[postgresql][storage][faults]")
{
    // With synchronous_commit off the server answers COMMIT before the commit is on disk,
    // and a crash (pg_ctl restart -m immediate) loses what it acknowledged in the last
    // fraction of a second: a ticket in the applicant's hand for a check-in that is gone,
    // and its queue number given again (scripts/prove-office.sh found it). Loket's session
    // asks for the local flush then; a stronger setting (a synchronous standby's) stays.
    REQUIRE(testOnServer());
    TempDatabase t;
    const auto opened = [&](const QString &setting) {
        const QString location = t.path().replace(QStringLiteral("options='"), QStringLiteral("options='-c synchronous_commit=%1 ").arg(setting));
        auto db = Database::open(location);
        REQUIRE(db.ok());
        return std::move(db.value());
    };
    auto off = opened(QStringLiteral("off"));
    CHECK(scalar(*off, QStringLiteral("SHOW synchronous_commit")).toString() == QStringLiteral("local"));
    REQUIRE(off->reconnect().ok()); // a desk coming back after a lost connection
    CHECK(scalar(*off, QStringLiteral("SHOW synchronous_commit")).toString() == QStringLiteral("local"));
    auto remote = opened(QStringLiteral("remote_apply"));
    CHECK(scalar(*remote, QStringLiteral("SHOW synchronous_commit")).toString() == QStringLiteral("remote_apply"));
    auto on = opened(QStringLiteral("on"));
    CHECK(scalar(*on, QStringLiteral("SHOW synchronous_commit")).toString() == QStringLiteral("on"));
}

TEST_CASE("PostgreSQL: the same demo seed gives the same report, figure for figure, as on SQLite", "[postgresql][reports]")
{
    REQUIRE(testOnServer());
    QTemporaryDir dir;
    auto file = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    REQUIRE(file.ok());
    TempDatabase server;
    DemoOptions options;
    options.years = 1;
    options.perDay = 6;
    options.seed = 11;
    options.until = QDate(2026, 10, 31);
    REQUIRE(DemoData(*file.value()).generate(options).ok());
    REQUIRE(DemoData(server.db()).generate(options).ok());
    const QDateTime now = WorkflowFixture::local(QStringLiteral("2026-11-23 08:00")).toUTC();
    for (ReportGrouping grouping : {ReportGrouping::Service, ReportGrouping::Officer}) {
        const auto a = ReportBuilder(*file.value()).build(QDate(2025, 11, 1), QDate(2026, 10, 31), grouping, now);
        const auto b = ReportBuilder(server.db()).build(QDate(2025, 11, 1), QDate(2026, 10, 31), grouping, now);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(a->total.done > 100);
        CHECK(ReportFormat::text(a.value()) == ReportFormat::text(b.value()));
        CHECK(ReportFormat::csv(a.value()) == ReportFormat::csv(b.value()));
    }
    EventLog fileLog(file.value()->connection()), serverLog(server.db().connection());
    SqlQuery lastFile(file.value()->connection(), QStringLiteral("SELECT hash FROM events ORDER BY id DESC LIMIT 1"));
    SqlQuery lastServer(server.db().connection(), QStringLiteral("SELECT hash FROM events ORDER BY id DESC LIMIT 1"));
    REQUIRE(lastFile.exec().ok());
    REQUIRE(lastServer.exec().ok());
    REQUIRE(lastFile.next());
    REQUIRE(lastServer.next());
    CHECK(lastFile.value(0).toString() == lastServer.value(0).toString()); // the same chain, hash for hash
    CHECK(serverLog.verifyChain()->firstBadId == 0);
}

TEST_CASE("PostgreSQL: a desk whose role may not change the schema is told to have the server updated first, and changes nothing",
          "[postgresql][storage]")
{
    REQUIRE(testOnServer());
    QTemporaryDir dir;
    const QString location = newTestLocation(dir.path());
    TestServerRoles roles;
    {
        auto older = Database::open(location);
        REQUIRE(older.ok());
        exec(*older.value(), QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'loket_desk_behind') THEN "
                                            "CREATE ROLE loket_desk_behind NOLOGIN; END IF; END $$"));
        roles.roles << QStringLiteral("loket_desk_behind");
        REQUIRE(ServerRoles::grantApplication(*older.value(), QStringLiteral("loket_desk_behind")).ok());
        // As if a migration had come with this Loket after the server was set up.
        exec(*older.value(), QStringLiteral("UPDATE schema_version SET version = version - 1"));
    }
    // The desk connects as its role (as set up by `loket server setup`) with a newer Loket.
    QString asDesk = location;
    REQUIRE(asDesk.contains(QStringLiteral("options='")));
    asDesk.replace(QStringLiteral("options='"), QStringLiteral("options='-c role=loket_desk_behind "));
    const auto opened = Database::open(asDesk);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("petugas TI perlu memperbaruinya")));
    CHECK(opened.error().contains(QString::number(Database::latestSchemaVersion() - 1)));
    auto after = Database::open(location, Database::Mode::Inspect);
    REQUIRE(after.ok());
    CHECK(after.value()->schemaVersion() == Database::latestSchemaVersion() - 1);
    after.value().reset();
    dropServerLocation(location); // the role's privileges go with the schema, then the role
}
