// The test suite's PostgreSQL server (issue 15, first step): scripts/test.sh starts a
// throwaway PostgreSQL 15 (scripts/pg-test-server.sh) and names it in LOKET_TEST_PG; Qt's
// QPSQL driver reaches it. The storage tests on PostgreSQL build on this.
#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// "host=/tmp/x port=55432 user=postgres dbname=loket_test" as QSqlDatabase's fields.
void configure(QSqlDatabase &db, const QString &conninfo)
{
    for (const QString &pair : conninfo.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        const QString value = pair.section(QLatin1Char('='), 1);
        if (key == QLatin1String("host"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
    }
}

} // namespace

TEST_CASE("PostgreSQL: the test suite's server answers through Qt's driver", "[postgresql]")
{
    const QString conninfo = qEnvironmentVariable("LOKET_TEST_PG");
    if (conninfo.isEmpty()) {
        WARN("LOKET_TEST_PG is not set: run the suite with scripts/test.sh, which starts the server");
        return;
    }
    REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-harness"));
        configure(db, conninfo);
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SHOW server_version_num")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() >= 150000);
        // A prepared statement with a bound value, as all of Loket's SQL is.
        REQUIRE(q.prepare(QStringLiteral("SELECT $1::text || '-' || $2::int")));
        q.addBindValue(QStringLiteral("A"));
        q.addBindValue(7);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("A-7"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-harness"));
}
