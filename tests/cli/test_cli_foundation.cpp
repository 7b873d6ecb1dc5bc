#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "CliRunner.h"

TEST_CASE("loket --version and --help answer without a display", "[cli]")
{
    const CliResult v = runLoket({QStringLiteral("--version")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.startsWith(QStringLiteral("loket ")));
    const CliResult h = runLoket({QStringLiteral("--help")});
    CHECK(h.exitCode == 0);
    CHECK(h.out.contains(QStringLiteral("catalog")));
    CHECK(h.out.contains(QStringLiteral("check")));
}

TEST_CASE("unknown commands and options are usage errors", "[cli]")
{
    CHECK(runLoket({QStringLiteral("frobnicate")}).exitCode == 2);
    const CliResult r = runLoket({QStringLiteral("catalog"), QStringLiteral("--bogus")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--bogus")));
}

TEST_CASE("loket catalog --json lists the seven services with their times", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("l.sqlite"));
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const CliResult r = runLoket({QStringLiteral("catalog"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    REQUIRE(r.exitCode == 0);
    const QJsonArray services = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(services.size() == 7);
    for (const QJsonValue &v : services) {
        const QJsonObject s = v.toObject();
        const int n = s.value(QStringLiteral("number")).toInt();
        const QJsonObject time = s.value(QStringLiteral("service_time")).toObject();
        if (n == 2 || n == 7) {
            CHECK(time.value(QStringLiteral("unit")).toString() == QStringLiteral("working_days"));
            CHECK(time.value(QStringLiteral("value")).toInt() == (n == 2 ? 1 : 5));
        } else {
            CHECK(time.value(QStringLiteral("unit")).toString() == QStringLiteral("minutes"));
            CHECK(time.value(QStringLiteral("value")).toInt() == 30);
        }
        CHECK_FALSE(s.value(QStringLiteral("name")).toString().isEmpty());
        CHECK_FALSE(s.value(QStringLiteral("handled_by")).toString().isEmpty());
        const QJsonObject components = s.value(QStringLiteral("components")).toObject();
        CHECK(components.size() == 14);
        for (auto it = components.begin(); it != components.end(); ++it)
            CHECK_FALSE(it.value().toArray().isEmpty());
    }
    const CliResult table = runLoket({QStringLiteral("catalog"), QStringLiteral("--db"), db});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Gratis")));
    CHECK(table.out.contains(QStringLiteral("5 hari kerja")));
}

TEST_CASE("loket check reports a healthy database and its schema version", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("l.sqlite"));
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const CliResult r = runLoket({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Versi skema")));
}

TEST_CASE("loket check never creates a missing database", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("none.sqlite"));
    const CliResult r = runLoket({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.err.isEmpty());
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("loket check refuses a newer database and a text file, changing neither", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("newer.sqlite"));
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    {
        auto opened = Database::open(db);
        REQUIRE(opened.ok());
        QSqlQuery q(opened.value()->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QByteArray before = readFile(db);
    const CliResult r = runLoket({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("lebih baru")));
    CHECK(readFile(db) == before);

    const QString text = dir.filePath(QStringLiteral("catatan.txt"));
    writeFile(text, QByteArrayLiteral("bukan basis data\n"));
    const CliResult t = runLoket({QStringLiteral("check"), QStringLiteral("--db"), text});
    CHECK(t.exitCode == 1);
    CHECK(t.err.contains(QStringLiteral("bukan basis data")));
    CHECK(readFile(text) == QByteArrayLiteral("bukan basis data\n"));
}
