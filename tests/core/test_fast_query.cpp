// FastQuery, the bulk read path of the report: rows read side by side on one connection,
// and on PostgreSQL both ways of taking the rows (a whole result, or one row at a time in
// libpq's single-row mode), which must leave the connection clean for Qt's driver.
#include "TestSupport.h"
#include "WorkflowFixture.h"

#include "reports/ReportBuilder.h"
#include "reports/ReportFormat.h"
#include "storage/ConfigVersions.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/PgDialect.h"
#include "storage/SqlQuery.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QStringList>

#include <memory>

namespace {

// Sets how FastQuery reads on the server for one test, and back again.
class ServerRowsFor final
{
public:
    explicit ServerRowsFor(FastQuery::ServerRows rows) : m_kept(FastQuery::serverRows()) { FastQuery::setServerRows(rows); }
    ~ServerRowsFor() { FastQuery::setServerRows(m_kept); }
    ServerRowsFor(const ServerRowsFor &) = delete;
    ServerRowsFor &operator=(const ServerRowsFor &) = delete;

private:
    FastQuery::ServerRows m_kept;
};

void insertSettings(Database &db, int count)
{
    for (int i = 0; i < count; ++i) {
        SqlQuery q(db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"));
        q.bind(QStringLiteral(":k"), QStringLiteral("k%1").arg(i, 3, 10, QLatin1Char('0')));
        q.bind(QStringLiteral(":v"), QStringLiteral("v%1").arg(i));
        REQUIRE(q.exec().ok());
    }
}

// Whether the connection has a statement still running (or a transaction open): what
// Qt's driver must never find when it sends its own.
bool connectionBusy(Database &db)
{
    return db.isServer() && PgDialect::inTransaction(db.connection());
}

QStringList allKeys(int count)
{
    QStringList keys;
    for (int i = 0; i < count; ++i)
        keys << QStringLiteral("k%1").arg(i, 3, 10, QLatin1Char('0'));
    return keys;
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("fast queries read side by side on one connection give every row of each, both ways of reading on a server", "[storage]")
{
    const auto rows = GENERATE(FastQuery::ServerRows::Whole, FastQuery::ServerRows::OneByOne);
    ServerRowsFor mode(rows);
    TempDatabase t;
    constexpr int n = 300; // more than libpq takes in one read from the socket
    insertSettings(t.db(), n);
    QStringList up, down;
    {
        // The test's own rows only (a migration may seed settings of its own).
        FastQuery a(t.db().connection(), "SELECT key, value FROM settings WHERE key BETWEEN :from AND :to ORDER BY key");
        a.bind(":from", QStringLiteral("k000")).bind(":to", QStringLiteral("k999"));
        FastQuery b(t.db().connection(), "SELECT key FROM settings WHERE key BETWEEN 'k000' AND 'k999' ORDER BY key DESC");
        REQUIRE(a.next());
        up << a.string(0);
        CHECK(a.string(1) == QStringLiteral("v0"));
        // b starts while a is still being read: a's rest is set aside, then both go on in turn.
        while (b.next()) {
            down.prepend(b.string(0));
            if (a.next())
                up << a.string(0);
        }
        while (a.next())
            up << a.string(0);
        CHECK(a.status().ok());
        CHECK(b.status().ok());
        CHECK_FALSE(connectionBusy(t.db()));
        CHECK_FALSE(a.next()); // still at the end (SQLite would start again)
    }
    CHECK(up == allKeys(n));
    CHECK(down == allKeys(n));
}

TEST_CASE("a fast query gives a failure as a busy or failed Status, both ways of reading on a server", "[storage]")
{
    const auto rows = GENERATE(FastQuery::ServerRows::Whole, FastQuery::ServerRows::OneByOne);
    ServerRowsFor mode(rows);
    TempDatabase t;
    {
        FastQuery q(t.db().connection(), "SELECT value FROM no_such_table");
        CHECK_FALSE(q.next());
        CHECK_FALSE(q.status().ok());
        CHECK_FALSE(q.status().isBusy());
        CHECK(q.status().error().contains(QStringLiteral("Kesalahan basis data")));
        CHECK_FALSE(connectionBusy(t.db()));
    }
    {
        FastQuery q(t.db().connection(), "SELECT value FROM settings WHERE key = :key");
        q.bind(":no_such_name", QStringLiteral("a"));
        CHECK_FALSE(q.next());
        CHECK(q.status().error().contains(QStringLiteral("Kesalahan program")));
    }
}

TEST_CASE("PostgreSQL: a fast query read one row at a time leaves the connection clean however it ends", "[postgresql][storage]")
{
    REQUIRE(testOnServer());
    ServerRowsFor mode(FastQuery::ServerRows::OneByOne);
    TempDatabase t;
    constexpr int n = 300;
    insertSettings(t.db(), n);
    QSqlDatabase &sql = t.db().connection();

    SECTION("destroyed after a few rows")
    {
        {
            FastQuery q(sql, "SELECT key FROM settings ORDER BY key");
            REQUIRE(q.next());
            REQUIRE(q.next());
            CHECK(connectionBusy(t.db())); // the rest is still coming
        }
        CHECK_FALSE(connectionBusy(t.db()));
    }
    SECTION("clean once the last row is in hand, before next() says there is no more")
    {
        FastQuery q(sql, "SELECT key FROM settings WHERE key BETWEEN 'k000' AND 'k999' ORDER BY key");
        for (int i = 0; i < n; ++i)
            REQUIRE(q.next());
        CHECK(q.string(0) == QStringLiteral("k299"));
        CHECK_FALSE(connectionBusy(t.db()));
        CHECK_FALSE(q.next());
        CHECK(q.status().ok());

        FastQuery count(sql, "SELECT COUNT(*) FROM settings WHERE key BETWEEN 'k000' AND 'k999'");
        REQUIRE(count.next());
        CHECK(count.int64(0) == n);
        CHECK_FALSE(connectionBusy(t.db()));
    }
    SECTION("a statement failing after its first rows")
    {
        FastQuery q(sql, "SELECT 10 / (g - 250) FROM generate_series(1, 300) g");
        int read = 0;
        while (q.next())
            ++read;
        CHECK(read < 250);
        CHECK_FALSE(q.status().ok());
        CHECK(q.status().error().contains(QStringLiteral("Kesalahan program")));
        CHECK_FALSE(connectionBusy(t.db()));
    }
    SECTION("Qt's driver after it finds the connection free; the rows it discarded are a failure, never a short read")
    {
        auto q = std::make_unique<FastQuery>(sql, "SELECT key FROM settings ORDER BY key");
        REQUIRE(q->next());
        QSqlQuery other(sql);
        REQUIRE(other.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key BETWEEN 'k000' AND 'k999'")));
        REQUIRE(other.next());
        CHECK(other.value(0).toInt() == n);
        int read = 1;
        while (q->next())
            ++read;
        CHECK(read < n);
        CHECK_FALSE(q->status().ok());
        CHECK(q->status().error().contains(QStringLiteral("Kesalahan program")));
        q.reset();
        CHECK_FALSE(connectionBusy(t.db()));
        QSqlQuery after(sql);
        REQUIRE(after.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key BETWEEN 'k000' AND 'k999'")));
        REQUIRE(after.next());
        CHECK(after.value(0).toInt() == n);
    }
}

TEST_CASE("PostgreSQL: a fast query reads times as SQLite stores them, both ways of reading, set aside or not", "[postgresql][storage]")
{
    REQUIRE(testOnServer());
    const auto rows = GENERATE(FastQuery::ServerRows::Whole, FastQuery::ServerRows::OneByOne);
    ServerRowsFor mode(rows);
    TempDatabase t;
    QSqlDatabase &sql = t.db().connection();
    FastQuery a(sql, "SELECT CAST('2026-10-08 01:02:03.12+00' AS timestamptz) + g * interval '1 hour', CAST(NULL AS timestamptz), g = 2 "
                     "FROM generate_series(0, 3) g");
    REQUIRE(a.next());
    CHECK(a.text(0) == QByteArrayView("2026-10-08T01:02:03.120Z"));
    FastQuery b(sql, "SELECT CAST('2026-10-08 09:00:00+08' AS timestamptz)");
    REQUIRE(b.next()); // one by one, a's last rows are set aside now
    CHECK(b.text(0) == QByteArrayView("2026-10-08T01:00:00.000Z"));
    for (int g = 1; g <= 3; ++g) {
        INFO("row " << g);
        REQUIRE(a.next());
        CHECK(a.string(0) == QStringLiteral("2026-10-08T0%1:02:03.120Z").arg(g + 1));
        CHECK(a.isNull(1));
        CHECK(a.text(1).isNull());
        CHECK(a.int64(2) == (g == 2 ? 1 : 0));
    }
    CHECK_FALSE(a.next());
    CHECK(a.status().ok());
    CHECK_FALSE(b.next());
    CHECK(b.status().ok());
    CHECK_FALSE(connectionBusy(t.db()));
}

TEST_CASE("PostgreSQL: a fast query waiting too long for a lock is busy, both ways of reading", "[postgresql][storage]")
{
    REQUIRE(testOnServer());
    const auto rows = GENERATE(FastQuery::ServerRows::Whole, FastQuery::ServerRows::OneByOne);
    ServerRowsFor mode(rows);
    TempDatabase t;
    auto other = Database::open(t.path());
    REQUIRE(other);
    QSqlQuery lock(other.value()->connection());
    REQUIRE(lock.exec(QStringLiteral("BEGIN")));
    REQUIRE(lock.exec(QStringLiteral("LOCK TABLE settings IN ACCESS EXCLUSIVE MODE")));
    QSqlQuery shortWait(t.db().connection());
    REQUIRE(shortWait.exec(QStringLiteral("SET lock_timeout = '50ms'")));
    {
        FastQuery q(t.db().connection(), "SELECT value FROM settings");
        CHECK_FALSE(q.next());
        CHECK(q.status().isBusy());
        CHECK(q.status().error().contains(QStringLiteral("terkunci")));
    }
    CHECK_FALSE(connectionBusy(t.db()));
    REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
    REQUIRE(shortWait.exec(QStringLiteral("SET lock_timeout = '10s'")));
}

TEST_CASE("a report that reads a catalogue version in the middle of its files is whole, or fails, never short", "[storage][reports]")
{
    // Files done before migration 0004 (no stored clock) under a catalogue version no
    // longer in force: the report loads that version through Qt's driver while its files
    // are being read (ReportClock::allowance). Read whole, that is harmless; read one row
    // at a time on a server, Qt's driver discards the rows still coming, and the report
    // must say so instead of counting fewer files.
    WorkflowFixture f;
    QList<qint64> files;
    for (int i = 0; i < 4; ++i) {
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:%1").arg(10 * i, 2, 10, QLatin1Char('0')));
        const Result<CheckInResult> in = f.checkIn(1, false, QStringLiteral("01.234.567.8-90%1.000").arg(i));
        REQUIRE(in.ok());
        files << in->applicationId;
        f.tickAll(files.last());
        REQUIRE(f.wf().documents().accept(f.helpdesk, files.last()).ok());
        REQUIRE(f.wf().queue().claim(f.verifikator, files.last()).ok());
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:%1").arg(10 * i + 5, 2, 10, QLatin1Char('0')));
        REQUIRE(f.wf().queue().complete(f.verifikator, files.last(), QStringLiteral("User ID aktif")).ok());
    }
    exec(f.db(), QStringLiteral("UPDATE applications SET service_seconds = NULL"));
    exec(f.db(), QStringLiteral("INSERT INTO catalog_versions (created_at, note, content) "
                                "SELECT created_at, 'baru', content FROM catalog_versions ORDER BY id DESC LIMIT 1"));
    REQUIRE(ConfigVersions(f.db()).bump(ConfigTopic::Catalog).ok());

    const QDate day(2026, 11, 23);
    ServerRowsFor whole(FastQuery::ServerRows::Whole);
    const auto expected = ReportBuilder(f.db()).build(day, day, ReportGrouping::Service);
    REQUIRE(expected.ok());
    CHECK(expected->total.done == 4);
    {
        ServerRowsFor oneByOne(FastQuery::ServerRows::OneByOne);
        const auto report = ReportBuilder(f.db()).build(day, day, ReportGrouping::Service);
        if (report.ok()) {
            CHECK(ReportFormat::cells(report->total) == ReportFormat::cells(expected->total));
        } else {
            CHECK(f.db().isServer()); // SQLite reads the same way in both
            CHECK(report.error().contains(QStringLiteral("Kesalahan program")));
        }
        CHECK_FALSE(connectionBusy(f.db()));
    }
}
