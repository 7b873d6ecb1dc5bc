// The database's files are opened by SQLite alone while a connection is open
// (storage/LiveFiles.h): POSIX locks belong to the process, and any other open+close of
// those files would release them.
#include "TestSupport.h"
#include "FileLocks.h"

#include "backup/Backup.h"
#include "settings/OfficeSettings.h"
#include "storage/IntegrityCheck.h"
#include "storage/LiveFiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

TEST_CASE("a second connection, the integrity check and a backup keep the first connection's locks (SQLite)", "[storage][locks][sqlite]")
{
    TempDatabase t;
    const QString shm = t.path() + QStringLiteral("-shm");
    REQUIRE(OfficeSettings(t.db()).setValue(QStringLiteral("uji"), QStringLiteral("1")).ok());
    REQUIRE(locksHeldOn(t.path()) >= 1);
    REQUIRE(locksHeldOn(shm) >= 1);
    CHECK(LiveFiles::lockState(t.path()) == LiveFiles::LockState::Held);

    {
        auto second = Database::open(t.path(), Database::Mode::Inspect); // what the background check does
        REQUIRE(second.ok());
        auto third = Database::open(QDir(t.dir()).filePath(QStringLiteral("./loket.sqlite"))); // another spelling
        REQUIRE(third.ok());
    }
    CHECK(IntegrityCheck(t.path()).run().isEmpty());
    REQUIRE(Backup::rotate(t.path(), QDir(t.dir()).filePath(QStringLiteral("cadangan"))).ok());
    REQUIRE(Backup::rotate(t.db(), QDir(t.dir()).filePath(QStringLiteral("cadangan2"))).ok());

    CHECK(locksHeldOn(t.path()) >= 1);
    CHECK(locksHeldOn(shm) >= 1);
    CHECK(LiveFiles::lockState(t.path()) == LiveFiles::LockState::Held);
    CHECK(OfficeSettings(t.db()).setValue(QStringLiteral("uji"), QStringLiteral("2")).ok());
}

TEST_CASE("the guard stops every write once the process lost its locks on the database (SQLite)", "[storage][locks][sqlite]")
{
    TempDatabase t;
    REQUIRE(OfficeSettings(t.db()).setValue(QStringLiteral("sebelum"), QStringLiteral("ya")).ok());
    REQUIRE(LiveFiles::lockState(t.path()) == LiveFiles::LockState::Held);
    {
        QFile other(t.path() + QStringLiteral("-shm")); // what Qt's file dialog did
        REQUIRE(other.open(QIODevice::ReadOnly));
    }
    CHECK(locksHeldOn(t.path() + QStringLiteral("-shm")) == 0);
    CHECK(LiveFiles::lockState(t.path()) == LiveFiles::LockState::Lost);
    const Status refused = OfficeSettings(t.db()).setValue(QStringLiteral("sesudah"), QStringLiteral("ya"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == LiveFiles::lostMessage());
    CHECK(refused.error().contains(QStringLiteral("Tutup Loket dan buka kembali")));
    // Lost stays lost for this connection, even though nothing else changed.
    CHECK(LiveFiles::lockState(t.path()) == LiveFiles::LockState::Lost);

    // After a restart, the file is whole and holds what was written before.
    t.reopen();
    CHECK(LiveFiles::lockState(t.path()) == LiveFiles::LockState::Held);
    CHECK(t.db().integrityProblems(0).isEmpty());
    CHECK(OfficeSettings(t.db()).value(QStringLiteral("sebelum")).value() == QStringLiteral("ya"));
    CHECK(OfficeSettings(t.db()).value(QStringLiteral("sesudah"), QStringLiteral("-")).value() == QStringLiteral("-"));
}

TEST_CASE("a file a user picks is refused, unopened, when it is one of the live database's files (SQLite)", "[storage][locks][sqlite]")
{
    TempDatabase t;
    REQUIRE(OfficeSettings(t.db()).setValue(QStringLiteral("uji"), QStringLiteral("1")).ok());
    const QString link = QDir(t.dir()).filePath(QStringLiteral("tautan.sqlite"));
    REQUIRE(QFile::link(t.path(), link));
    const qint64 before = QFileInfo(t.path()).size(); // stat only: reading it would drop the locks
    for (const QString &path : QStringList{t.path(), t.path() + QStringLiteral("-wal"), t.path() + QStringLiteral("-shm"), link}) {
        INFO(path.toStdString());
        const auto read = LiveFiles::readUserFile(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().contains(QStringLiteral("basis data Loket yang sedang dipakai")));
        const Status written = LiveFiles::writeUserFile(path, "a,b\r\n");
        REQUIRE_FALSE(written.ok());
        CHECK(LiveFiles::checkUserTarget(path).error() == written.error());
    }
    CHECK(LiveFiles::lockState(t.path()) == LiveFiles::LockState::Held);
    CHECK(QFileInfo(t.path()).size() == before);

    // Other files are read and written, with Indonesian messages when they cannot be.
    const QString csv = QDir(t.dir()).filePath(QStringLiteral("ekspor.csv"));
    REQUIRE(LiveFiles::writeUserFile(csv, "a,b\r\n").ok());
    CHECK(LiveFiles::readUserFile(csv).value() == QByteArray("a,b\r\n"));
    CHECK(LiveFiles::readUserFile(QDir(t.dir()).filePath(QStringLiteral("tidak-ada.csv"))).error().contains(QStringLiteral("tidak ada")));
    CHECK(LiveFiles::readUserFile(t.dir()).error().contains(QStringLiteral("adalah folder")));
    CHECK(LiveFiles::writeUserFile(t.dir(), "x").error().contains(QStringLiteral("adalah folder")));
    CHECK(LiveFiles::writeUserFile(QDir(t.dir()).filePath(QStringLiteral("tidak/ada/x.csv")), "x").error().startsWith(QStringLiteral("Folder ")));
    CHECK_FALSE(QFileInfo::exists(QDir(t.dir()).filePath(QStringLiteral("tidak"))));
    // Once closed, the file is an ordinary file again.
    t.close();
    CHECK(LiveFiles::refuseUserFile(t.path()).ok());
}

TEST_CASE("damage the integrity check finds is said in Indonesian, SQLite's words only as the technical detail (SQLite)", "[storage][messages][sqlite]")
{
    TempDatabase t;
    for (int i = 0; i < 200; ++i)
        REQUIRE(OfficeSettings(t.db()).setValue(QStringLiteral("isi.%1").arg(i), QString(300, QLatin1Char('x'))).ok());
    const QString path = t.path();
    t.close();
    {
        // Scribble over the middle of a table page, as a failing disk would.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        REQUIRE(pages > 3);
        REQUIRE(file.seek(4096 * (pages - 2) + 8));
        REQUIRE(file.write(QByteArray(64, '\x7f')) == 64);
    }
    auto opened = Database::open(path, Database::Mode::Inspect);
    REQUIRE(opened.ok());
    const QStringList problems = opened.value()->integrityProblems(0);
    REQUIRE_FALSE(problems.isEmpty());
    for (const QString &p : problems)
        CHECK((p.startsWith(QStringLiteral("Struktur berkas basis data rusak (rincian teknis: ")) || p.contains(QStringLiteral("merujuk"))
               || p.startsWith(QStringLiteral("Basis data rusak"))));
}

TEST_CASE("the backup folder is decided once: the office's setting, else beside the database (SQLite)", "[storage][backup][sqlite]")
{
    TempDatabase t;
    CHECK(Backup::folderFor(t.db()) == Backup::defaultFolder(t.path()));
    const QString set = QDir(t.dir()).filePath(QStringLiteral("usb/cadangan-lpse"));
    REQUIRE(OfficeSettings(t.db()).setValue(QStringLiteral("backup.folder"), set).ok());
    CHECK(Backup::folderFor(t.db()) == set);
    t.close();
    CHECK(Backup::folderFor(t.path()) == set); // the restore offer reads it from the file
    CHECK(Backup::folderFor(QDir(t.dir()).filePath(QStringLiteral("tidak-ada.sqlite")))
          == Backup::defaultFolder(QDir(t.dir()).filePath(QStringLiteral("tidak-ada.sqlite"))));
}
