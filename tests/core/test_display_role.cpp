// The waiting room screen's role on the office server (issue 17): it reads the board, and
// the server refuses it everything personal.
#include "TestSupport.h"
#include "WorkflowFixture.h"

#include "applications/CounterContext.h"
#include "applications/DisplayBoard.h"
#include "applications/WaitingRoom.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/ServerRoles.h"
#include "storage/SqlQuery.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

TEST_CASE("PostgreSQL: the display's role reads the board, and the server refuses it names, NIKs, companies, events and officers",
          "[display][postgresql]")
{
    REQUIRE(testOnServer());
    // Declared first: the role goes after the fixture's schema, which holds its privileges.
    TestServerRoles roles;
    WorkflowFixture f;
    const QString role = QStringLiteral("loket_display_%1").arg(QCoreApplication::applicationPid());
    roles.roles << role;
    serverValues(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 NOLOGIN; "
                                "END IF; END $$; SELECT 1")
                     .arg(role));
    REQUIRE(f.checkIn(1).ok());
    REQUIRE(f.checkIn(2, true).ok());
    REQUIRE(f.checkIn(1).ok());
    const auto call = f.wf().waitingRoom().callNext(f.helpdesk, QStringLiteral("Meja Helpdesk 1"), {1});
    REQUIRE(call.ok());
    REQUIRE(f.wf().board().setTicker(f.admin, QStringLiteral("Selamat datang di LPSE Kota Banjarmasin")).ok());
    // A role granted more before (by hand) keeps only the board's privileges.
    serverValues(QStringLiteral("GRANT SELECT ON %1.events TO %2; SELECT 1").arg(f.temp().path().section(QStringLiteral("search_path="), 1).chopped(1), role));
    REQUIRE(ServerRoles::grantDisplay(f.db(), role).ok());
    CHECK_FALSE(ServerRoles::grantDisplay(f.db(), QStringLiteral("x; DROP TABLE visits")).ok());

    QString asDisplay = f.temp().path();
    REQUIRE(asDisplay.contains(QStringLiteral("options='")));
    asDisplay.replace(QStringLiteral("options='"), QStringLiteral("options='-c role=%1 ").arg(role));
    auto opened = Database::open(asDisplay, Database::Mode::Inspect);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());

    // The board, as the screen reads it.
    CounterContext ctx(db);
    DisplayBoard board(ctx);
    const Result<BoardSnapshot> read = board.read();
    INFO(read.error().toStdString());
    REQUIRE(read.ok());
    REQUIRE(read->current.has_value());
    CHECK(read->current->queueNumber == call->queueNumber);
    CHECK(read->current->desk == QStringLiteral("Meja Helpdesk 1"));
    REQUIRE(read->queues.size() == 7);
    CHECK(read->queues.at(0).waiting == 1);
    CHECK(read->queues.at(1).waiting == 1);
    CHECK(read->ticker == QStringLiteral("Selamat datang di LPSE Kota Banjarmasin"));
    const Result<QList<BoardCall>> after = board.callsAfter(read->day, 0);
    REQUIRE(after.ok());
    CHECK(after->size() == 1);
    // Its live updates: it listens, and reads no events.
    ChangeFeed feed(db, nullptr, ChangeFeed::Reads::NothingElse);
    const Status started = feed.start();
    INFO(started.error().toStdString());
    CHECK(started.ok());

    // Everything else is refused by the server (42501), whatever the statement.
    const char *const refused[] = {
        "SELECT applicant_name FROM visits",  "SELECT applicant_nik FROM visits",  "SELECT applicant_phone FROM visits",
        "SELECT vendor_name FROM visits",     "SELECT vendor_npwp FROM visits",    "SELECT vendor_email FROM visits",
        "SELECT vendor_id FROM visits",       "SELECT note FROM visits",           "SELECT helpdesk_user_id FROM visits",
        "SELECT * FROM visits",               "SELECT number FROM applications",   "SELECT called_by FROM calls",
        "SELECT * FROM calls",                "SELECT * FROM events",              "SELECT count(*) FROM events",
        "SELECT * FROM users",                "SELECT * FROM user_roles",          "SELECT * FROM vendors",
        "SELECT * FROM checklist_items",      "SELECT * FROM complaints",          "SELECT * FROM suggestions",
        "SELECT * FROM survey_responses",     "SELECT * FROM desk_sessions",
    };
    for (const char *sql : refused) {
        INFO(sql);
        QSqlQuery q(db.connection());
        CHECK_FALSE(q.exec(QString::fromLatin1(sql)));
        CHECK(q.lastError().nativeErrorCode() == QStringLiteral("42501"));
    }
    // ...and it changes nothing, even where it may read.
    for (const char *sql : {"UPDATE settings SET value = value", "DELETE FROM calls", "INSERT INTO config_versions (topic, version) VALUES ('x', 1)"}) {
        INFO(sql);
        QSqlQuery q(db.connection());
        CHECK_FALSE(q.exec(QString::fromLatin1(sql)));
    }
    // Through a role of its own the privileges are those listed, and nothing personal.
    const QStringList columns = serverValues(QStringLiteral("SELECT table_name || '.' || column_name FROM information_schema.column_privileges "
                                                            "WHERE grantee = '%1' ORDER BY 1")
                                                 .arg(role));
    for (const QString &c : columns) {
        INFO(c.toStdString());
        CHECK_FALSE(c.contains(QStringLiteral("applicant")));
        CHECK_FALSE(c.contains(QStringLiteral("vendor")));
        CHECK_FALSE(c.contains(QStringLiteral("called_by")));
        CHECK_FALSE(c.startsWith(QStringLiteral("events.")));
        CHECK_FALSE(c.startsWith(QStringLiteral("users.")));
    }
    CHECK(columns.contains(QStringLiteral("calls.desk")));
    CHECK(columns.contains(QStringLiteral("visits.service_number")));
}
