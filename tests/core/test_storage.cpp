#include "TestSupport.h"

#include "backup/Backup.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

int countRows(Database &db, const QString &table)
{
    SqlQuery q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void insertSetting(Database &db, const QString &key)
{
    SqlQuery q(db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, 'v')"));
    q.bind(QStringLiteral(":k"), key);
    REQUIRE(q.exec().ok());
}

void setUserVersion(const QString &path, int version)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = ") + QString::number(version)));
}

} // namespace

TEST_CASE("a new database is created and migrated to the latest schema", "[storage]")
{
    TempDatabase t;
    REQUIRE(Database::latestSchemaVersion() >= 1);
    CHECK(t.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK(t.db().integrityProblems().isEmpty());

    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    // Readable by its owner only.
    const QFileDevice::Permissions p = QFileInfo(t.path()).permissions();
    CHECK_FALSE(p.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(p.testFlag(QFileDevice::ReadOther));
}

TEST_CASE("reopening an up-to-date database changes nothing", "[storage]")
{
    TempDatabase t;
    const int version = t.db().schemaVersion();
    t.reopen();
    CHECK(t.db().schemaVersion() == version);
}

TEST_CASE("an older database is migrated forward, keeping its data", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto old = Database::open(path, Database::Mode::Open, 1);
        REQUIRE(old.ok());
        CHECK(old.value()->schemaVersion() == 1);
        SqlQuery insert(old.value()->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"));
        insert.bind(QStringLiteral(":k"), QStringLiteral("office.name")).bind(QStringLiteral(":v"), QStringLiteral("LPSE"));
        REQUIRE(insert.exec().ok());
    }
    auto current = Database::open(path);
    REQUIRE(current.ok());
    CHECK(current.value()->schemaVersion() == Database::latestSchemaVersion());
    CHECK(countRows(*current.value(), QStringLiteral("settings")) == 1);
    CHECK(current.value()->integrityProblems().isEmpty());
}

TEST_CASE("a database from a newer Loket is refused and left byte-for-byte untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
    }
    setUserVersion(path, Database::latestSchemaVersion() + 5);
    const QByteArray before = readFile(path);

    for (Database::Mode mode : {Database::Mode::Open, Database::Mode::Inspect}) {
        auto refused = Database::open(path, mode);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("lebih baru")));
    }
    CHECK(readFile(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a file that is not an SQLite database is refused, never overwritten", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    const QByteArray text = QByteArrayLiteral("Daftar tamu hari ini\nini bukan basis data, tetapi cukup panjang untuk header SQLite: "
                                              "0123456789012345678901234567890123456789012345678901234567890123456789\n");
    writeFile(path, text);
    for (Database::Mode mode : {Database::Mode::Open, Database::Mode::Inspect}) {
        auto refused = Database::open(path, mode);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("bukan basis data")));
    }
    CHECK(readFile(path) == text);

    const QString tiny = dir.filePath(QStringLiteral("tiny"));
    writeFile(tiny, QByteArrayLiteral("x"));
    CHECK_FALSE(Database::open(tiny).ok());
    CHECK(readFile(tiny) == QByteArrayLiteral("x"));
}

TEST_CASE("inspecting never creates a missing file", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    auto refused = Database::open(path, Database::Mode::Inspect);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a transaction rolls back unless committed", "[storage]")
{
    TempDatabase t;
    auto insert = [&](const QString &key) { insertSetting(t.db(), key); };
    {
        Transaction tx(t.db().connection());
        REQUIRE(tx.isActive());
        insert(QStringLiteral("dropped"));
        // leaves scope without commit
    }
    CHECK(countRows(t.db(), QStringLiteral("settings")) == 0);
    {
        Transaction tx(t.db().connection());
        insert(QStringLiteral("kept"));
        REQUIRE(tx.commit().ok());
    }
    CHECK(countRows(t.db(), QStringLiteral("settings")) == 1);
    {
        Transaction tx(t.db().connection());
        insert(QStringLiteral("also dropped"));
        tx.rollback();
        CHECK_FALSE(tx.commit().ok());
    }
    CHECK(countRows(t.db(), QStringLiteral("settings")) == 1);
}

TEST_CASE("a failing statement reports a database error", "[storage]")
{
    TempDatabase t;
    SqlQuery q(t.db().connection(), QStringLiteral("SELECT * FROM no_such_table"));
    const Status s = q.exec();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("Kesalahan basis data")));
}

TEST_CASE("bound values are stored verbatim, never interpreted as SQL", "[storage]")
{
    TempDatabase t;
    const QString hostile = QStringLiteral("x'); DROP TABLE settings; --");
    SqlQuery q(t.db().connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"));
    q.bind(QStringLiteral(":k"), QStringLiteral("k")).bind(QStringLiteral(":v"), hostile);
    REQUIRE(q.exec().ok());
    SqlQuery r(t.db().connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'k'"));
    REQUIRE(r.exec().ok());
    REQUIRE(r.next());
    CHECK(r.value(0).toString() == hostile);
}

TEST_CASE("reused prepared statements start with nothing bound and never clash", "[storage]")
{
    TempDatabase t;
    QSqlDatabase &db = t.db().connection();
    const QString insert = QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)");
    {
        SqlQuery first(db, insert);
        first.bind(QStringLiteral(":key"), QStringLiteral("a")).bind(QStringLiteral(":value"), QStringLiteral("satu"));
        REQUIRE(first.exec().ok());
    }
    {
        // The same text again reuses the statement; the value bound last time is gone, so
        // leaving it out stores NULL (refused here by NOT NULL) rather than "satu".
        SqlQuery again(db, insert);
        again.bind(QStringLiteral(":key"), QStringLiteral("b"));
        CHECK_FALSE(again.exec().ok());
    }
    // Two live queries with the same text: the second gets its own statement.
    const QString select = QStringLiteral("SELECT key FROM settings WHERE key >= :from ORDER BY key");
    {
        SqlQuery outer(db, select);
        outer.bind(QStringLiteral(":from"), QStringLiteral(""));
        REQUIRE(outer.exec().ok());
        int rows = 0;
        while (outer.next()) {
            SqlQuery inner(db, select);
            inner.bind(QStringLiteral(":from"), outer.value(0).toString());
            REQUIRE(inner.exec().ok());
            REQUIRE(inner.next());
            CHECK(inner.value(0).toString() == outer.value(0).toString());
            ++rows;
        }
        CHECK(rows >= 1);
    }
    // A statement text used again after the database was closed and opened again.
    t.reopen();
    SqlQuery reopened(t.db().connection(), select);
    reopened.bind(QStringLiteral(":from"), QStringLiteral("a"));
    REQUIRE(reopened.exec().ok());
    REQUIRE(reopened.next());
    CHECK(reopened.value(0).toString() == QStringLiteral("a"));
}

TEST_CASE("a backup from the database file on its own connection copies what is committed, even mid-transaction", "[storage]")
{
    TempDatabase t;
    auto insert = [&](const QString &key) { insertSetting(t.db(), key); };
    insert(QStringLiteral("committed"));
    const QString target = QDir(t.dir()).filePath(QStringLiteral("cadangan/salinan.sqlite"));
    REQUIRE(QDir().mkpath(QFileInfo(target).absolutePath())); // a backup never makes the folder it is told to write into
    {
        // The counter is in the middle of writing: the copy neither waits for it nor takes its half.
        Transaction tx(t.db().connection());
        insert(QStringLiteral("in flight"));
        REQUIRE(Backup::create(t.path(), target).ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(Backup::verify(target).ok());
    CHECK((QFileInfo(target).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    {
        auto copy = Database::open(target, Database::Mode::Inspect);
        REQUIRE(copy.ok());
        CHECK(countRows(*copy.value(), QStringLiteral("settings")) == 1);
    }
    // Rotation from the file: today's daily copy, then this month's.
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("rotasi"));
    const Result<QString> daily = Backup::rotate(t.path(), folder);
    REQUIRE(daily.ok());
    CHECK(Backup::latest(folder) == daily.value());
    auto copy = Database::open(daily.value(), Database::Mode::Inspect);
    REQUIRE(copy.ok());
    CHECK(countRows(*copy.value(), QStringLiteral("settings")) == 2);
    CHECK(QDir(QDir(folder).filePath(QStringLiteral("bulanan"))).entryList(QDir::Files).size() == 1);

    // A missing file is a clear message, and nothing is written.
    const Result<QString> missing = Backup::rotate(QDir(t.dir()).filePath(QStringLiteral("tidak-ada.sqlite")), folder);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("tidak ditemukan")));
}
