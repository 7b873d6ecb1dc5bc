#include "TestSupport.h"

#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

TEST_CASE("loket backup and restore: a damaged backup is refused and changes nothing (SQLite)", "[cli][backup][sqlite]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("l.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("cadangan.sqlite"));
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    REQUIRE(runLoket({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("Admin"),
                      QStringLiteral("--role"), QStringLiteral("administrator"), QStringLiteral("--db"), db},
                     QByteArrayLiteral("kata-sandi-1\n")).exitCode == 0);
    const CliResult made = runLoket({QStringLiteral("backup"), QStringLiteral("--out"), backup, QStringLiteral("--db"), db});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(QFile(backup).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(runLoket({QStringLiteral("check"), QStringLiteral("--db"), backup}).exitCode == 0);

    // A user added after the backup disappears when the backup is restored.
    REQUIRE(runLoket({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("hana"), QStringLiteral("--name"), QStringLiteral("Hana"),
                      QStringLiteral("--role"), QStringLiteral("helpdesk"), QStringLiteral("--db"), db},
                     QByteArrayLiteral("kata-sandi-2\n")).exitCode == 0);

    // A damaged copy of the backup is refused; the live database stays byte-for-byte.
    const QString damaged = dir.filePath(QStringLiteral("rusak.sqlite"));
    QByteArray bytes = readFile(backup);
    bytes.truncate(bytes.size() / 2);
    for (qsizetype i = 200; i < bytes.size(); i += 97)
        bytes[i] = char(0x5A);
    writeFile(damaged, bytes);
    const QByteArray before = readFile(db);
    const CliResult refused = runLoket({QStringLiteral("restore"), damaged, QStringLiteral("--db"), db});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("dibatalkan")));
    CHECK(readFile(db) == before);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("l.sqlite.diganti-*")}).isEmpty());

    const CliResult restored = runLoket({QStringLiteral("restore"), backup, QStringLiteral("--db"), db});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("l.sqlite.diganti-*")}).size() == 1);
    const CliResult list = runLoket({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(list.out.contains(QStringLiteral("admin")));
    CHECK_FALSE(list.out.contains(QStringLiteral("hana")));
}

TEST_CASE("rotated backups land in daily and monthly folders (SQLite)", "[cli][backup][sqlite]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("l.sqlite"));
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const QString folder = dir.filePath(QStringLiteral("usb"));
    const CliResult r = runLoket({QStringLiteral("backup"), QStringLiteral("--folder"), folder, QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QDir(folder + QStringLiteral("/harian")).entryList(QDir::Files).size() == 1);
    CHECK(QDir(folder + QStringLiteral("/bulanan")).entryList(QDir::Files).size() == 1);
}

TEST_CASE("loket backup --if-due writes the day's backup once, by the window's daily rule (SQLite)", "[cli][backup][sqlite]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("l.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("usb"));
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const QStringList ifDue = {QStringLiteral("backup"), QStringLiteral("--if-due"), QStringLiteral("--folder"), folder, QStringLiteral("--db"), db};
    const CliResult first = runLoket(ifDue);
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Cadangan ditulis")));
    const QString daily = QDir(folder + QStringLiteral("/harian")).entryList(QDir::Files).value(0);
    REQUIRE_FALSE(daily.isEmpty());
    const QDateTime written = QFileInfo(QDir(folder + QStringLiteral("/harian")).filePath(daily)).lastModified();

    const CliResult second = runLoket(ifDue);
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("sudah ada")));
    CHECK(QFileInfo(QDir(folder + QStringLiteral("/harian")).filePath(daily)).lastModified() == written); // not written again
    // Without --if-due the command always writes; with --out the option makes no sense.
    CHECK(runLoket({QStringLiteral("backup"), QStringLiteral("--folder"), folder, QStringLiteral("--db"), db}).out.contains(QStringLiteral("Cadangan ditulis")));
    CHECK(runLoket({QStringLiteral("backup"), QStringLiteral("--if-due"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.sqlite")),
                    QStringLiteral("--db"), db}).exitCode == 2);
}

TEST_CASE("loket backup on the server without a backup folder, and loket restore of a file that is no pg_dump archive, are refused and "
          "write nothing",
          "[cli][backup][postgresql]")
{
    TestLocation db;
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db.path()}).exitCode == 0);
    const QByteArray before = databaseState(db.path());
    // A healthy backup file of a file database: not what a server restores from.
    const QString file = db.filePath(QStringLiteral("berkas.sqlite"));
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), file}).exitCode == 0);
    const QList<std::pair<QStringList, QString>> commands = {
        {{QStringLiteral("backup")}, QStringLiteral("belum diatur")},
        {{QStringLiteral("backup"), QStringLiteral("--if-due")}, QStringLiteral("belum diatur")},
        {{QStringLiteral("restore"), file}, QStringLiteral("bukan arsip pg_dump")},
    };
    for (auto [args, reason] : commands) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        args << QStringLiteral("--db") << db.path();
        const CliResult r = runLoket(args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(reason));
        CHECK((r.err.contains(QStringLiteral("Tidak ada yang dicadangkan")) || r.err.contains(QStringLiteral("tidak diubah"))));
        CHECK(r.out.isEmpty());
    }
    // Nothing was written: no backup, no rotation folders; the database on the server is as it was.
    CHECK(filesUnder(db.dir()) == QStringList{QStringLiteral("berkas.sqlite")});
    CHECK(databaseState(db.path()) == before);
    // A file is still backed up and restored as before, on this run too.
    const CliResult fileBackup = runLoket({QStringLiteral("backup"), QStringLiteral("--out"), db.filePath(QStringLiteral("c.sqlite")),
                                           QStringLiteral("--db"), file});
    INFO(fileBackup.err.toStdString());
    CHECK(fileBackup.exitCode == 0);
}
