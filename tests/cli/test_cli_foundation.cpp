#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

#include <functional>

#include "CatalogFixture.h"
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
    CHECK(h.out.contains(QStringLiteral("migrate --from BERKAS --to BASISDATA")));
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
    const TestLocation location;
    const QString db = location.path();
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
    const TestLocation location;
    const QString db = location.path();
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const CliResult r = runLoket({QStringLiteral("check"), QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Versi skema")));
    CHECK(r.out.contains(QStringLiteral("Integritas: baik")));
}

TEST_CASE("loket check never creates a missing database (SQLite)", "[cli][sqlite]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("none.sqlite"));
    const CliResult r = runLoket({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.err.isEmpty());
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("loket check refuses a newer database and a text file, changing neither (SQLite)", "[cli][sqlite]")
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

TEST_CASE("loket check names a hand-edited event", "[cli]")
{
    const TestLocation location;
    const QString db = location.path();
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    for (const char *login : {"admin", "vera", "adi"})
        REQUIRE(runLoket({QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(login), QStringLiteral("--name"),
                          QStringLiteral("Petugas Contoh"), QStringLiteral("--role"), QStringLiteral("administrator"), QStringLiteral("--db"), db},
                         QByteArrayLiteral("kata-sandi-1\n")).exitCode == 0);
    CHECK(runLoket({QStringLiteral("check"), QStringLiteral("--db"), db}).out.contains(QStringLiteral("utuh")));
    {
        auto opened = Database::open(db);
        REQUIRE(opened.ok());
        QSqlQuery q(opened.value()->connection());
        REQUIRE(q.exec(testOnServer() ? QStringLiteral("DROP TRIGGER events_append_only_update ON events")
                                      : QStringLiteral("DROP TRIGGER events_append_only_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE events SET data = '{\"user\":1,\"login\":\"mallory\"}' WHERE id = 2")));
    }
    const CliResult r = runLoket({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("#2")));
}

TEST_CASE("loket user add reads the password from stdin and never stores it in clear", "[cli]")
{
    const TestLocation location;
    const QString db = location.path();
    const QByteArray password = QByteArrayLiteral("Sangat-Rahasia-Banjarmasin-2026");
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0); // only init creates the file
    const CliResult r = runLoket({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("hana"), QStringLiteral("--name"),
                                  QStringLiteral("Hana Lestari"), QStringLiteral("--role"), QStringLiteral("administrator"),
                                  QStringLiteral("--role"), QStringLiteral("helpdesk"), QStringLiteral("--db"), db},
                                 password + '\n');
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.out.contains(QString::fromLatin1(password)));
    const CliResult list = runLoket({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(list.out.contains(QStringLiteral("hana")));
    CHECK(list.out.contains(QStringLiteral("helpdesk")));
    // Neither in the database (every row, on the server) nor in any file beside it.
    CHECK_FALSE(databaseState(db).contains(password));
    for (const QString &file : QDir(location.dir()).entryList(QDir::Files))
        CHECK_FALSE(readFile(location.filePath(file)).contains(password));
    CHECK(runLoket({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--db"), db}).exitCode == 2);
    CHECK(runLoket({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("budi"), QStringLiteral("--name"), QStringLiteral("Budi"),
                    QStringLiteral("--role"), QStringLiteral("raja"), QStringLiteral("--db"), db}).exitCode == 2);
}

TEST_CASE("loket due prints the local due time on its first line", "[cli]")
{
    // No database: the shipped calendar (a file that is not there is never created). On
    // the server, a fresh database there, whose calendar is the same.
    const TestLocation location;
    const QString db = testOnServer() ? location.path() : location.filePath(QStringLiteral("none.sqlite"));
    if (testOnServer())
        REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    auto due = [&](const QString &what, const QString &from) {
        const CliResult r = runLoket({QStringLiteral("due"), what, QStringLiteral("--from"), from, QStringLiteral("--db"), db});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out.section(QLatin1Char('\n'), 0, 0);
    };
    CHECK(due(QStringLiteral("1"), QStringLiteral("2026-11-23 11:50")) == QStringLiteral("2026-11-23 13:20"));
    CHECK(due(QStringLiteral("1"), QStringLiteral("2026-03-17 15:50")) == QStringLiteral("2026-03-25 07:50"));
    CHECK(due(QStringLiteral("3"), QStringLiteral("2025-12-24 15:45")) == QStringLiteral("2025-12-29 07:45"));
    CHECK(due(QStringLiteral("2"), QStringLiteral("2026-03-17 10:00")) == QStringLiteral("2026-03-25 16:00"));
    CHECK(due(QStringLiteral("7"), QStringLiteral("2026-11-23 11:15")) == QStringLiteral("2026-11-30 16:00"));
    // Received Thursday 17 December 2026: Christmas Eve (cuti bersama) and Christmas do not count.
    CHECK(due(QStringLiteral("complaint-ack"), QStringLiteral("2026-12-17 09:00")) == QStringLiteral("2026-12-22 16:00"));
    CHECK(due(QStringLiteral("complaint-response"), QStringLiteral("2026-12-17 09:00")) == QStringLiteral("2026-12-29 16:00"));
    if (!testOnServer())
        CHECK_FALSE(QFile::exists(db)); // never creates a database
    CHECK(runLoket({QStringLiteral("due"), QStringLiteral("9"), QStringLiteral("--from"), QStringLiteral("2026-01-05 08:00"),
                    QStringLiteral("--db"), db}).exitCode == 1);
    CHECK(runLoket({QStringLiteral("due"), QStringLiteral("1"), QStringLiteral("--from"), QStringLiteral("kemarin"),
                    QStringLiteral("--db"), db}).exitCode == 2);
}

TEST_CASE("loket holidays import and list", "[cli]")
{
    const TestLocation location;
    const QString db = location.path();
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const QString ics = location.filePath(QStringLiteral("libur.ics"));
    writeFile(ics, QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270924\r\n"
                                     "SUMMARY:Hari Jadi Kota Banjarmasin\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
    const CliResult imported = runLoket({QStringLiteral("holidays"), QStringLiteral("import"), ics, QStringLiteral("--kind"),
                                         QStringLiteral("local"), QStringLiteral("--db"), db});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const CliResult list = runLoket({QStringLiteral("holidays"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2027"),
                                     QStringLiteral("--db"), db});
    CHECK(list.out.contains(QStringLiteral("2027-09-24")));
    CHECK(list.out.contains(QStringLiteral("Hari Jadi Kota Banjarmasin")));
    const CliResult y2026 = runLoket({QStringLiteral("holidays"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2026"),
                                      QStringLiteral("--db"), db});
    CHECK(y2026.out.contains(QStringLiteral("2026-03-20")));
    // Without --kind, days the file does not classify are refused, not taken as national holidays.
    writeFile(ics, QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20271001\r\n"
                                     "SUMMARY:Haul Guru Sekumpul\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
    const CliResult unclassified = runLoket({QStringLiteral("holidays"), QStringLiteral("import"), ics, QStringLiteral("--db"), db});
    CHECK(unclassified.exitCode == 2);
    CHECK(unclassified.err.contains(QStringLiteral("--kind")));
    CHECK_FALSE(runLoket({QStringLiteral("holidays"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2027"),
                          QStringLiteral("--db"), db})
                    .out.contains(QStringLiteral("2027-10-01")));
    // A file that says what its days are needs no --kind.
    writeFile(ics, QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20271224\r\n"
                                     "SUMMARY:Cuti Bersama Hari Raya Natal\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
    const CliResult classified = runLoket({QStringLiteral("holidays"), QStringLiteral("import"), ics, QStringLiteral("--db"), db});
    INFO(classified.err.toStdString());
    CHECK(classified.exitCode == 0);
    CHECK(runLoket({QStringLiteral("holidays"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2027"),
                    QStringLiteral("--db"), db})
              .out.contains(QStringLiteral("Cuti Bersama Hari Raya Natal")));
    writeFile(ics, QByteArrayLiteral("ini bukan kalender"));
    const CliResult bad = runLoket({QStringLiteral("holidays"), QStringLiteral("import"), ics, QStringLiteral("--db"), db});
    CHECK(bad.exitCode == 1);
    CHECK_FALSE(bad.err.isEmpty());
}

namespace {

QList<int> catalogNumbers(const QString &db)
{
    const CliResult r = runLoket({QStringLiteral("catalog"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    REQUIRE(r.exitCode == 0);
    QList<int> numbers;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        numbers << v.toObject().value(QStringLiteral("number")).toInt();
    return numbers;
}

} // namespace

TEST_CASE("loket catalog import adds a version that is in force from its effective date", "[cli][catalog-import]")
{
    const TestLocation location;
    const QString db = location.path();
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("katalog-2027.json"));
    writeFile(file, catalogWithEighthService());
    // The office's date (the tests run the binary in Asia/Makassar, the shipped calendar's zone).
    const QDate today = QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Makassar"))).date();
    const QString regulation = QStringLiteral("Perwali Banjarmasin Nomor 5 Tahun 2027");

    // Effective tomorrow: stored, not yet used.
    const CliResult later = runLoket({QStringLiteral("catalog"), QStringLiteral("import"), file, QStringLiteral("--effective"),
                                      today.addDays(1).toString(Qt::ISODate), QStringLiteral("--regulation"), regulation, QStringLiteral("--db"), db});
    INFO(later.err.toStdString());
    REQUIRE(later.exitCode == 0);
    CHECK(later.out.contains(QStringLiteral("Katalog versi 2, berlaku sejak %1, %2").arg(today.addDays(1).toString(QStringLiteral("dd-MM-yyyy")), regulation)));
    CHECK(later.out.contains(QStringLiteral("8 layanan")));
    CHECK(later.out.contains(QStringLiteral("masih berlaku katalog versi 1")));
    CHECK(catalogNumbers(db) == QList<int>{1, 2, 3, 4, 5, 6, 7});

    // The same file effective today: in force now, the eighth service listed.
    const CliResult now = runLoket({QStringLiteral("catalog"), QStringLiteral("import"), file, QStringLiteral("--effective"),
                                    today.toString(Qt::ISODate), QStringLiteral("--regulation"), regulation, QStringLiteral("--db"), db});
    REQUIRE(now.exitCode == 0);
    CHECK_FALSE(now.out.contains(QStringLiteral("masih berlaku")));
    CHECK(catalogNumbers(db) == QList<int>{1, 2, 3, 4, 5, 6, 7, 8});
    const CliResult table = runLoket({QStringLiteral("catalog"), QStringLiteral("--db"), db});
    CHECK(table.out.contains(QStringLiteral("Legalisasi Dokumen Pengadaan")));

    // A broken file is refused, naming the service and the field, and nothing is stored.
    const QString broken = dir.filePath(QStringLiteral("rusak.json"));
    writeFile(broken, catalogWithEighthService([](QJsonObject &s) {
                  s.insert(QStringLiteral("service_time"), QJsonObject{{QStringLiteral("unit"), QStringLiteral("hours")}, {QStringLiteral("value"), 2}});
              }));
    const CliResult refused = runLoket({QStringLiteral("catalog"), QStringLiteral("import"), broken, QStringLiteral("--effective"),
                                        today.toString(Qt::ISODate), QStringLiteral("--db"), db});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("layanan 8 (Legalisasi Dokumen Pengadaan)")));
    CHECK(refused.err.contains(QStringLiteral("service_time.unit")));
    CHECK(refused.err.contains(QStringLiteral("tidak ada yang disimpan")));

    // The history: three versions, who imported them and under which regulation.
    const CliResult history = runLoket({QStringLiteral("catalog"), QStringLiteral("--history"), QStringLiteral("--db"), db});
    REQUIRE(history.exitCode == 0);
    const QStringList lines = history.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5); // header, rule, three versions
    CHECK(lines.at(2).contains(QStringLiteral("sejak awal")));
    CHECK(lines.at(2).contains(QStringLiteral("(bawaan)")));
    CHECK(lines.at(3).contains(today.addDays(1).toString(Qt::ISODate)));
    CHECK(lines.at(3).contains(regulation));
    CHECK(lines.at(3).contains(QStringLiteral("loket (baris perintah)")));
    CHECK(lines.at(4).startsWith(QStringLiteral("3 (berlaku)")));
    CHECK(lines.at(4).trimmed().endsWith(QStringLiteral("8")));

    // The date is required and must be a date.
    CHECK(runLoket({QStringLiteral("catalog"), QStringLiteral("import"), file, QStringLiteral("--db"), db}).exitCode == 2);
    CHECK(runLoket({QStringLiteral("catalog"), QStringLiteral("import"), file, QStringLiteral("--effective"), QStringLiteral("01-01-2027"),
                    QStringLiteral("--db"), db})
              .exitCode == 2);
}
