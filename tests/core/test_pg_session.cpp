// SqlQuery on a PostgreSQL server goes through libpq in as few round trips as it can
// (storage/PgSession.h, issue 16): what it reads is what Qt's driver reads, a write sent
// later fails the transaction as it would have failed at once, and rows read ahead are
// never stale. The rules that hold on both engines run on both.
#include "TestSupport.h"

#include "StatementCounter.h"
#include "common/Clock.h"
#include "storage/ReadAhead.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace {

QString settingOf(Database &db, const QString &key)
{
    SqlQuery q(db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    REQUIRE(q.exec().ok());
    return q.next() ? q.value(0).toString() : QStringLiteral("(none)");
}

Status insertSetting(Database &db, const QString &key, const QVariant &value)
{
    SqlQuery q(db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    return q.exec();
}

} // namespace

TEST_CASE("a write that must change one row and changes none fails, and its transaction writes nothing", "[storage]")
{
    TempDatabase t;
    const Status s = runWriteTransaction(t.db().connection(), [&]() -> Status {
        if (const Status inserted = insertSetting(t.db(), QStringLiteral("a"), QStringLiteral("1")); !inserted)
            return inserted;
        SqlQuery q(t.db().connection(), QStringLiteral("UPDATE settings SET value = :value WHERE key = :key"));
        q.bind(QStringLiteral(":value"), QStringLiteral("2")).bind(QStringLiteral(":key"), QStringLiteral("no-such-key"));
        q.expectRowsAffected(1, QStringLiteral("tidak ada baris itu"));
        return q.exec();
    });
    CHECK_FALSE(s.ok());
    CHECK(s.error() == QStringLiteral("tidak ada baris itu"));
    CHECK(settingOf(t.db(), QStringLiteral("a")) == QStringLiteral("(none)"));
}

TEST_CASE("PostgreSQL: SqlQuery reads every type as Qt's driver does, an instant in UTC", "[postgresql][storage]")
{
    TempDatabase t;
    const QString sql = QStringLiteral(
        "SELECT CAST(5 AS bigint), CAST(-5 AS bigint), CAST(7 AS integer), CAST(2 AS smallint), CAST('teks' AS text), "
        "CAST('2026-11-23' AS date), CAST('2026-11-23T01:02:03.12Z' AS timestamptz), CAST(NULL AS timestamptz), CAST(NULL AS bigint), "
        "CAST(NULL AS text), CAST(1.5 AS double precision), CAST(2.25 AS numeric), CAST('{\"b\": 1, \"a\": [2]}' AS jsonb), true, "
        "CAST('\\x00ff41' AS bytea), count(*) FROM (VALUES (1)) x");
    QSqlQuery qt(t.db().connection());
    REQUIRE(qt.exec(sql));
    REQUIRE(qt.next());
    SqlQuery ours(t.db().connection(), sql);
    REQUIRE(ours.exec().ok());
    REQUIRE(ours.next());
    REQUIRE(ours.columnCount() == 16);
    for (int c = 0; c < 16; ++c) {
        INFO("column " << c << ": Qt " << qt.value(c).typeName() << " " << qt.value(c).toString().toStdString() << ", SqlQuery "
                       << ours.value(c).typeName() << " " << ours.value(c).toString().toStdString());
        CHECK(ours.value(c).typeId() == qt.value(c).typeId());
        CHECK(ours.value(c).isNull() == qt.value(c).isNull());
        CHECK(ours.value(c) == qt.value(c)); // an instant the same one (Qt's in local time, ours in UTC)
        if (qt.value(c).typeId() == QMetaType::QDateTime)
            CHECK(ours.value(c).toDateTime().toUTC().toString(Qt::ISODateWithMs) == qt.value(c).toDateTime().toUTC().toString(Qt::ISODateWithMs));
        else
            CHECK(ours.value(c).toString() == qt.value(c).toString());
    }
    // Every precision of a fraction the server writes, read as Clock reads a stored instant.
    SqlQuery times(t.db().connection(), QStringLiteral("SELECT CAST('2026-11-23T01:02:03Z' AS timestamptz), CAST('2026-11-23T01:02:03.5Z' AS timestamptz), "
                                                       "CAST('2026-11-23T01:02:03.123456Z' AS timestamptz), CAST('1999-12-31T23:59:59.999Z' AS timestamptz)"));
    REQUIRE(times.exec().ok());
    REQUIRE(times.next());
    CHECK(Clock::toStorage(Clock::fromStorage(times.value(0))) == QStringLiteral("2026-11-23T01:02:03.000Z"));
    CHECK(Clock::toStorage(Clock::fromStorage(times.value(1))) == QStringLiteral("2026-11-23T01:02:03.500Z"));
    CHECK(Clock::toStorage(Clock::fromStorage(times.value(2))) == QStringLiteral("2026-11-23T01:02:03.123Z"));
    CHECK(Clock::toStorage(Clock::fromStorage(times.value(3))) == QStringLiteral("1999-12-31T23:59:59.999Z"));
    CHECK_FALSE(ours.next());
}

TEST_CASE("PostgreSQL: a write sent with the commit fails as it would at once, and nothing of its transaction stays", "[postgresql][storage]")
{
    TempDatabase t;
    StatementCounter counter(t.db().connection());
    const Status s = runWriteTransaction(t.db().connection(), [&]() -> Status {
        if (const Status first = insertSetting(t.db(), QStringLiteral("a"), QStringLiteral("1")); !first)
            return first;
        return insertSetting(t.db(), QStringLiteral("b"), QVariant()); // NOT NULL: refused by the server, at the commit
    });
    CHECK(counter.take().roundTrips == 2); // BEGIN, lock, both inserts and the COMMIT in one; then the ROLLBACK
    CHECK_FALSE(s.ok());
    // The message of the statement itself, as when it ran at once (not "cannot be saved: ...").
    CHECK(s.error() == QStringLiteral("Perubahan ditolak oleh aturan basis data (data ganda atau tidak sah)."));
    CHECK(settingOf(t.db(), QStringLiteral("a")) == QStringLiteral("(none)"));
}

TEST_CASE("PostgreSQL: rows read ahead are read again once this connection changed their table", "[postgresql][storage]")
{
    TempDatabase t;
    REQUIRE(insertSetting(t.db(), QStringLiteral("a"), QStringLiteral("1")).ok());
    StatementCounter counter(t.db().connection());
    const SqlStatement read{QStringLiteral("SELECT value FROM settings WHERE key = :key"), {{QStringLiteral(":key"), QStringLiteral("a")}}};
    const Status s = runWriteTransaction(t.db().connection(), [&]() -> Status {
        ReadAhead ahead(t.db().connection());
        ahead.add(read).add({QStringLiteral("SELECT COUNT(*) FROM users"), {}});
        SqlQuery users(t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM users"));
        REQUIRE(users.exec().ok()); // sends both, with the BEGIN and the lock
        CHECK(counter.take().roundTrips == 1);
        CHECK(settingOf(t.db(), QStringLiteral("a")) == QStringLiteral("1")); // kept: no round trip
        CHECK(counter.take().roundTrips == 0);
        SqlQuery update(t.db().connection(), QStringLiteral("UPDATE settings SET value = :value WHERE key = :key"));
        update.bind(QStringLiteral(":value"), QStringLiteral("2")).bind(QStringLiteral(":key"), QStringLiteral("a"));
        REQUIRE(update.exec().ok()); // kept for the next round trip
        CHECK(counter.take().roundTrips == 0);
        CHECK(settingOf(t.db(), QStringLiteral("a")) == QStringLiteral("2")); // read again, with the update before it
        CHECK(counter.take().roundTrips == 1);
        SqlQuery again(t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM users"));
        REQUIRE(again.exec().ok()); // another table: still kept
        CHECK(counter.take().roundTrips == 0);
        CHECK(update.numRowsAffected() == 1);
        return Status::success();
    });
    REQUIRE(s.ok());
    CHECK(settingOf(t.db(), QStringLiteral("a")) == QStringLiteral("2"));
}

TEST_CASE("PostgreSQL: an INSERT RETURNING id takes the id reserved for it and waits for nothing", "[postgresql][storage]")
{
    TempDatabase t;
    StatementCounter counter(t.db().connection());
    qint64 id = 0;
    const Status s = runWriteTransaction(t.db().connection(), [&]() -> Status {
        ReadAhead ahead(t.db().connection());
        ahead.reserveId(QStringLiteral("catalog_versions")).add({QStringLiteral("SELECT COUNT(*) FROM users"), {}});
        SqlQuery users(t.db().connection(), QStringLiteral("SELECT COUNT(*) FROM users"));
        REQUIRE(users.exec().ok());
        SqlQuery insert(t.db().connection(), QStringLiteral("INSERT INTO catalog_versions (created_at, note, content) VALUES "
                                                            "(:at, :note, :content) RETURNING id"));
        insert.bind(QStringLiteral(":at"), QStringLiteral("2026-11-23T01:00:00.000Z"))
            .bind(QStringLiteral(":note"), QStringLiteral("uji"))
            .bind(QStringLiteral(":content"), QStringLiteral("{}"));
        if (const Status inserted = insert.exec(); !inserted)
            return inserted;
        id = insert.insertedId();
        return Status::success();
    });
    REQUIRE(s.ok());
    CHECK(counter.take().roundTrips == 2); // the reads with the reservation, then the insert with the COMMIT
    REQUIRE(id > 0);
    SqlQuery q(t.db().connection(), QStringLiteral("SELECT note FROM catalog_versions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("uji"));
}
