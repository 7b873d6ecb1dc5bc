// The office server from the command line (issue 16): loket server setup, and loket
// backup / restore of a database on the server with pg_dump and pg_restore.
#include "TestSupport.h"

#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

QString lastHashIn(const QString &output)
{
    static const QRegularExpression hash(QStringLiteral("Hash kejadian terakhir: ([0-9a-f]{64})"));
    return hash.match(output).captured(1);
}

} // namespace

TEST_CASE("loket server setup: refuses a bad subnet as a usage error, makes the roles once with the password from stdin, and says what "
          "exists on a second run",
          "[cli][server][postgresql]")
{
    const TestSetupNames names;
    const auto &[roles, database, owner, role, display] = names;
    const QStringList setup = {QStringLiteral("server"), QStringLiteral("setup"), QStringLiteral("--admin"),
                               TestServerDatabase::locationOf(QStringLiteral("postgres")), QStringLiteral("--database"), database.name(),
                               QStringLiteral("--owner"), owner, QStringLiteral("--role"), role, QStringLiteral("--server"),
                               QStringLiteral("192.168.88.5")};

    for (const char *bad : {"0.0.0.0/0", "::/0", "192.168.88.9/24", "semua"}) {
        INFO(bad);
        const CliResult refused = runLoket(setup + QStringList{QStringLiteral("--subnet"), QString::fromLatin1(bad), QStringLiteral("--password-stdin")},
                                           QByteArrayLiteral("sandi-meja-yang-panjang\n"));
        CHECK(refused.exitCode == 2);
        CHECK_FALSE(refused.err.isEmpty());
    }
    CHECK(runLoket(setup + QStringList{QStringLiteral("--subnet"), QStringLiteral("0.0.0.0/0")}).err.contains(QStringLiteral("semua alamat")));
    // No terminal and no --password-stdin: the password cannot be asked; nothing is made.
    const CliResult noTerminal = runLoket(setup + QStringList{QStringLiteral("--subnet"), QStringLiteral("192.168.88.0/24")});
    CHECK(noTerminal.exitCode == 1);
    CHECK(noTerminal.err.contains(QStringLiteral("--password-stdin")));
    CHECK(database.databases().isEmpty());
    CHECK(serverValues(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN ('%1', '%2')").arg(role, owner)).isEmpty());
    // Too short a password: refused, nothing made.
    const CliResult shortPassword = runLoket(setup + QStringList{QStringLiteral("--subnet"), QStringLiteral("192.168.88.0/24"),
                                                                 QStringLiteral("--password-stdin")},
                                             QByteArrayLiteral("pendek\n"));
    CHECK(shortPassword.exitCode == 1);
    CHECK(shortPassword.err.contains(QStringLiteral("minimal 12 karakter")));
    CHECK(database.databases().isEmpty());

    const QStringList good = setup + QStringList{QStringLiteral("--subnet"), QStringLiteral("192.168.88.0/24"), QStringLiteral("--password-stdin")};
    // One line per role made: the desks', then the display's.
    const CliResult first = runLoket(good, QByteArrayLiteral("sandi-meja-yang-panjang\nsandi-layar-yang-panjang\n"));
    INFO(first.out.toStdString() << first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QString port = serverValues(QStringLiteral("SHOW port")).value(0);
    CHECK(first.out.contains(QStringLiteral("loket --db \"postgresql://%1@192.168.88.5:%2/%3\"").arg(role, port, database.name())));
    CHECK(first.out.contains(QStringLiteral("192.168.88.5:%1:%2:%3:SANDI").arg(port, database.name(), role)));
    CHECK(first.out.contains(QStringLiteral("Masih perlu dikerjakan petugas TI:")));
    CHECK(first.out.contains(QStringLiteral("host %1 %2 192.168.88.0/24 scram-sha-256").arg(database.name(), role)));
    CHECK_FALSE(first.out.contains(QStringLiteral("sandi-meja-yang-panjang")));
    CHECK_FALSE(first.out.contains(QStringLiteral("sandi-layar-yang-panjang")));
    CHECK(first.out.contains(QStringLiteral("loket display --db \"postgresql://%1@192.168.88.5:%2/%3\"").arg(display, port, database.name())));
    CHECK(database.databases() == QStringList{database.name()});

    const CliResult second = runLoket(good, QByteArrayLiteral("sandi-meja-yang-panjang\n"));
    INFO(second.out.toStdString() << second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("Peran meja layanan %1 sudah ada; sandinya tidak diubah.").arg(role)));
    CHECK(second.out.contains(QStringLiteral("Baris pg_hba.conf sudah ada")));
    CHECK(second.out.contains(QStringLiteral("Peran layar antrian %1 sudah ada; sandinya tidak diubah.").arg(display)));
    CHECK(second.out.count(QStringLiteral("sudah ada")) == 6);
}

TEST_CASE("loket backup then restore on the server: the check passes, the record counts and the last event hash are the backup's, the "
          "old database is kept aside",
          "[cli][server][backup][postgresql]")
{
    TestServerDatabase database;
    const QString db = database.location();
    const CliResult demo = runLoket({QStringLiteral("demo-data"), QStringLiteral("--db"), db, QStringLiteral("--years"), QStringLiteral("1"),
                                     QStringLiteral("--per-day"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("5")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const CliResult checked = runLoket({QStringLiteral("check"), QStringLiteral("--db"), db});
    REQUIRE(checked.exitCode == 0);
    const QString hashAtBackup = lastEventHash(db);
    REQUIRE_FALSE(hashAtBackup.isEmpty());

    const QString folder = database.filePath(QStringLiteral("cadangan"));
    const QStringList backup = {QStringLiteral("backup"), QStringLiteral("--if-due"), QStringLiteral("--folder"), folder, QStringLiteral("--db"), db};
    const CliResult made = runLoket(backup);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    // Today's, by the office's (the command's) clock.
    static const QRegularExpression written(QStringLiteral("Cadangan ditulis: (\\S+)"));
    const QString archive = written.match(made.out).captured(1);
    CHECK(QFileInfo(archive).absolutePath() == QDir(folder).filePath(QStringLiteral("harian")));
    CHECK(QFileInfo(archive).fileName().startsWith(QStringLiteral("loket-")));
    CHECK(archive.endsWith(QStringLiteral(".dump")));
    CHECK(QFileInfo::exists(archive));
    CHECK(runLoket(backup).out.contains(QStringLiteral("Cadangan hari ini sudah ada")));
    // --out: one archive where it is named.
    const QString single = database.filePath(QStringLiteral("satu.dump"));
    REQUIRE(runLoket({QStringLiteral("backup"), QStringLiteral("--out"), single, QStringLiteral("--db"), db}).exitCode == 0);
    QFile archiveFile(single);
    REQUIRE(archiveFile.open(QIODevice::ReadOnly));
    CHECK(archiveFile.read(5) == QByteArrayLiteral("PGDMP"));

    // After the backup: one more officer (a login the demo data has none of), who is gone after the restore.
    REQUIRE(runLoket({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("pulihuji"), QStringLiteral("--name"), QStringLiteral("Petugas Uji"),
                      QStringLiteral("--role"), QStringLiteral("helpdesk"), QStringLiteral("--db"), db},
                     QByteArrayLiteral("kata-sandi-uji-1\n"))
                .exitCode == 0);
    const CliResult restored = runLoket({QStringLiteral("restore"), archive, QStringLiteral("--db"), db});
    INFO(restored.out.toStdString() << restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("Integritas: baik")));
    CHECK(restored.out.contains(QStringLiteral("rantai hash utuh")));
    CHECK(restored.out.contains(QStringLiteral("Baris per tabel (arsip = hasil pemulihan):")));
    CHECK(restored.out.contains(QStringLiteral("Basis data %1 dipulihkan dari %2").arg(database.name(), archive)));
    const QStringList all = database.databases();
    REQUIRE(all.size() == 2);
    CHECK(all.at(1).startsWith(database.name() + QStringLiteral("_lama_")));
    CHECK(restored.out.contains(QStringLiteral("dropdb %1").arg(all.at(1))));

    // The same records, the same chain: the events counted in the check lines and the last hash.
    const CliResult after = runLoket({QStringLiteral("check"), QStringLiteral("--db"), db});
    REQUIRE(after.exitCode == 0);
    static const QRegularExpression events(QStringLiteral("Riwayat kejadian: (\\d+) kejadian"));
    CHECK(events.match(after.out).captured(1) == events.match(checked.out).captured(1));
    CHECK(lastHashIn(restored.out) == hashAtBackup);
    CHECK(lastEventHash(db) == hashAtBackup);
    const CliResult list = runLoket({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK_FALSE(list.out.contains(QStringLiteral("pulihuji")));
    const CliResult oldList = runLoket({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), TestServerDatabase::locationOf(all.at(1))});
    CHECK(oldList.out.contains(QStringLiteral("pulihuji")));
    // A second restore, from the archive written with --out, gives the same chain again.
    const CliResult again = runLoket({QStringLiteral("restore"), single, QStringLiteral("--db"), db});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(lastHashIn(again.out) == hashAtBackup);
    CHECK(database.databases().size() == 3); // two set aside by now
}

TEST_CASE("loket restore on the server is refused while another connection is open, naming how many and from where",
          "[cli][server][backup][postgresql]")
{
    TestServerDatabase database;
    const QString db = database.location();
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const QString archive = database.filePath(QStringLiteral("loket.dump"));
    REQUIRE(runLoket({QStringLiteral("backup"), QStringLiteral("--out"), archive, QStringLiteral("--db"), db}).exitCode == 0);
    const QByteArray before = databaseState(db);
    auto desk = Database::open(db);
    REQUIRE(desk.ok());
    const CliResult refused = runLoket({QStringLiteral("restore"), archive, QStringLiteral("--db"), db});
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("1 sambungan lain ke basis data %1 masih terbuka (dari soket lokal)").arg(database.name())));
    CHECK(database.databases() == QStringList{database.name()});
    desk.value().reset();
    CHECK(databaseState(db) == before);
}
