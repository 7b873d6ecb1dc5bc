#include "TestSupport.h"

#include "backup/Backup.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/FastQuery.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "storage/WriteRetry.h"

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

TEST_CASE("a new database is created and migrated to the latest schema (SQLite)", "[storage][sqlite]")
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

TEST_CASE("an older database is migrated forward, keeping its data (SQLite)", "[storage][sqlite]")
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

TEST_CASE("a database from a newer Loket is refused and left byte-for-byte untouched (SQLite)", "[storage][sqlite]")
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

TEST_CASE("a file that is not an SQLite database is refused, never overwritten (SQLite)", "[storage][sqlite]")
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

TEST_CASE("inspecting never creates a missing file (SQLite)", "[storage][sqlite]")
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

TEST_CASE("a backup from the database file on its own connection copies what is committed, even mid-transaction (SQLite)", "[storage][sqlite]")
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

namespace {

// The rows of a two-column query, as "first=second" lines in the order read.
QStringList rowsOf(SqlQuery &q)
{
    REQUIRE(q.exec().ok());
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    return rows;
}

void run(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("the dialect's upsert inserts a new key and updates the value of an existing one", "[storage][dialect]")
{
    TempDatabase t;
    const QString sql = SqlDialect::upsert(QStringLiteral("settings"), {QStringLiteral("key")}, {QStringLiteral("value")});
    // SQLite's text as the settings have always been written.
    CHECK(sql == QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const char *value : {"satu", "dua"}) {
        SqlQuery q(t.db().connection(), sql);
        q.bind(QStringLiteral(":key"), QStringLiteral("office.name")).bind(QStringLiteral(":value"), QString::fromLatin1(value));
        REQUIRE(q.exec().ok());
        SqlQuery other(t.db().connection(), sql);
        other.bind(QStringLiteral(":key"), QStringLiteral("office.city")).bind(QStringLiteral(":value"), QStringLiteral("Bandung"));
        REQUIRE(other.exec().ok());
    }
    SqlQuery read(t.db().connection(), QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    CHECK(rowsOf(read) == QStringList{QStringLiteral("office.city=Bandung"), QStringLiteral("office.name=dua")});

    // Several key and value columns; no value columns keeps the row there.
    run(t.db(), QStringLiteral("CREATE TEMP TABLE pairs (a INTEGER, b TEXT, x TEXT, y TEXT, PRIMARY KEY (a, b))"));
    const QString pairs = SqlDialect::upsert(QStringLiteral("pairs"), {QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("x"), QStringLiteral("y")});
    auto put = [&](int a, const QString &b, const QString &x, const QString &y) {
        SqlQuery q(t.db().connection(), pairs);
        q.bind(QStringLiteral(":a"), a).bind(QStringLiteral(":b"), b).bind(QStringLiteral(":x"), x).bind(QStringLiteral(":y"), y);
        REQUIRE(q.exec().ok());
    };
    put(1, QStringLiteral("p"), QStringLiteral("x1"), QStringLiteral("y1"));
    put(1, QStringLiteral("q"), QStringLiteral("x2"), QStringLiteral("y2"));
    put(1, QStringLiteral("p"), QStringLiteral("x3"), QStringLiteral("y3"));
    SqlQuery keep(t.db().connection(), SqlDialect::upsert(QStringLiteral("pairs"), {QStringLiteral("a"), QStringLiteral("b")}, {}));
    keep.bind(QStringLiteral(":a"), 1).bind(QStringLiteral(":b"), QStringLiteral("q"));
    REQUIRE(keep.exec().ok());
    SqlQuery all(t.db().connection(), QStringLiteral("SELECT a || b, x || y FROM pairs ORDER BY a, b"));
    CHECK(rowsOf(all) == QStringList{QStringLiteral("1p=x3y3"), QStringLiteral("1q=x2y2")});
}

TEST_CASE("the dialect's insert ignoring duplicates keeps the first row", "[storage][dialect]")
{
    TempDatabase t;
    CHECK(SqlDialect::insertIgnoringDuplicates(QStringLiteral("user_roles"), {QStringLiteral("user_id"), QStringLiteral("role")})
          == QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (:user_id, :role) ON CONFLICT DO NOTHING"));
    run(t.db(), QStringLiteral("CREATE TEMP TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"));
    const QString sql = SqlDialect::insertIgnoringDuplicates(QStringLiteral("notes"), {QStringLiteral("id"), QStringLiteral("text")});
    const std::pair<int, const char *> rows[] = {{1, "pertama"}, {2, "lain"}, {1, "kedua"}};
    for (const auto &[id, text] : rows) {
        SqlQuery q(t.db().connection(), sql);
        q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":text"), QString::fromLatin1(text));
        REQUIRE(q.exec().ok());
    }
    SqlQuery read(t.db().connection(), QStringLiteral("SELECT id, text FROM notes ORDER BY id"));
    CHECK(rowsOf(read) == QStringList{QStringLiteral("1=pertama"), QStringLiteral("2=lain")});
}

TEST_CASE("the dialect's id list parameter selects exactly the listed ids, none for an empty list", "[storage][dialect]")
{
    TempDatabase t;
    run(t.db(), QStringLiteral("CREATE TEMP TABLE files (id BIGINT PRIMARY KEY, name TEXT NOT NULL)"));
    const qint64 large = (qint64(1) << 53) + 1; // not exact as a double
    for (qint64 id : {qint64(1), qint64(2), qint64(3), qint64(5), qint64(8), large - 2, large}) {
        SqlQuery q(t.db().connection(), QStringLiteral("INSERT INTO files (id, name) VALUES (:id, :name)"));
        q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":name"), QStringLiteral("berkas %1").arg(id));
        REQUIRE(q.exec().ok());
    }
    const QString sql = QStringLiteral("SELECT id, name FROM files WHERE id IN ") + SqlDialect::idListParameter(t.db().connection(), QStringLiteral(":ids"))
                        + QStringLiteral(" ORDER BY id");
    auto select = [&](const QList<qint64> &ids) {
        SqlQuery q(t.db().connection(), sql);
        q.bind(QStringLiteral(":ids"), SqlDialect::idListValue(ids));
        QStringList found;
        for (const QString &row : rowsOf(q))
            found << row.section(QLatin1Char('='), 0, 0);
        return found;
    };
    CHECK(select({8, 2, 4, 2, 13}) == QStringList{QStringLiteral("2"), QStringLiteral("8")});
    CHECK(select({large}) == QStringList{QString::number(large)});
    CHECK(select({-1, 0}).isEmpty());
    CHECK(select({}).isEmpty());
}

TEST_CASE("a transaction another connection holds the database against is refused as busy, by its code (SQLite)", "[storage][busy][sqlite]")
{
    TempDatabase t;
    auto other = Database::open(t.path());
    REQUIRE(other.ok());
    QSqlDatabase &second = other.value()->connection();
    QSqlQuery impatient(second);
    REQUIRE(impatient.exec(QStringLiteral("PRAGMA busy_timeout = 0"))); // no five seconds' wait in a test
    Transaction holder(t.db().connection());
    REQUIRE(holder.isActive());
    {
        Transaction refused(second);
        CHECK_FALSE(refused.isActive());
        CHECK_FALSE(refused.status().ok());
        CHECK(refused.status().isBusy());
        CHECK(refused.status().error().contains(SqlDialect::busyMessage()));
        CHECK(refused.error() == refused.status().error());
        CHECK(refused.commit().isBusy());
    }
    REQUIRE(holder.commit().ok());
    Transaction later(second);
    CHECK(later.isActive());
    CHECK(later.status().ok());
}

TEST_CASE("a write transaction whose body meets a busy database is tried again, another failure is not", "[storage][busy]")
{
    TempDatabase t;
    int calls = 0;
    const Status retried = runWriteTransaction(t.db().connection(), [&]() -> Status {
        ++calls;
        if (calls == 1)
            return Status::busy(SqlDialect::busyMessage());
        insertSetting(t.db(), QStringLiteral("second try"));
        return Status::success();
    });
    CHECK(retried.ok());
    CHECK(calls == 2);
    CHECK(countRows(t.db(), QStringLiteral("settings")) == 1);

    calls = 0;
    const Status refused = runWriteTransaction(t.db().connection(), [&]() -> Status {
        ++calls;
        return Status::failure(QStringLiteral("ditolak"));
    });
    CHECK_FALSE(refused.ok());
    CHECK(calls == 1);
}

TEST_CASE("a fast query reports a failure as a Status in Indonesian", "[storage]")
{
    TempDatabase t;
    insertSetting(t.db(), QStringLiteral("a"));
    {
        FastQuery q(t.db().connection(), "SELECT value FROM settings WHERE key = :key");
        q.bind(":key", QStringLiteral("a"));
        REQUIRE(q.next());
        CHECK(q.string(0) == QStringLiteral("v"));
        CHECK_FALSE(q.next());
        CHECK(q.status().ok());
    }
    {
        FastQuery q(t.db().connection(), "SELECT value FROM no_such_table");
        CHECK_FALSE(q.next());
        CHECK_FALSE(q.status().ok());
        CHECK(q.status().error().contains(QStringLiteral("Kesalahan basis data")));
        CHECK(q.error() == q.status().error());
    }
    {
        FastQuery q(t.db().connection(), "SELECT value FROM settings WHERE key = :key");
        q.bind(":no_such_name", QStringLiteral("a"));
        CHECK_FALSE(q.next());
        CHECK(q.status().error().contains(QStringLiteral("Kesalahan program")));
    }
}

TEST_CASE("the dialect's builders take names, never values: anything but a plain identifier gives no statement", "[storage][dialect]")
{
    CHECK_FALSE(SqlDialect::upsert(QStringLiteral("settings"), {QStringLiteral("key")}, {QStringLiteral("value")}).isEmpty());
    CHECK(SqlDialect::upsert(QStringLiteral("settings; DROP TABLE users"), {QStringLiteral("key")}, {QStringLiteral("value")}).isEmpty());
    CHECK(SqlDialect::upsert(QStringLiteral("settings"), {}, {QStringLiteral("value")}).isEmpty());
    CHECK(SqlDialect::upsert(QStringLiteral("settings"), {QStringLiteral("key")}, {QStringLiteral("value = 1 --")}).isEmpty());
    CHECK(SqlDialect::insertIgnoringDuplicates(QStringLiteral("user_roles"), {QStringLiteral("user_id"), QStringLiteral("Role")}).isEmpty());
    TempDatabase t;
    CHECK(SqlDialect::idListParameter(t.db().connection(), QStringLiteral(":ids"))
          == (testOnServer() ? QStringLiteral("(SELECT CAST(value AS bigint) FROM json_array_elements_text(CAST(:ids AS json)))")
                             : QStringLiteral("(SELECT value FROM json_each(:ids))")));
    CHECK(SqlDialect::idListParameter(t.db().connection(), QStringLiteral("1) OR (1")).isEmpty());
    SqlQuery q(t.db().connection(), SqlDialect::upsert(QStringLiteral("settings x"), {QStringLiteral("key")}, {QStringLiteral("value")}));
    CHECK_FALSE(q.exec().ok()); // refused, nothing written
}

TEST_CASE("every migration exists for both engines under the same number", "[storage]")
{
    const int latest = Database::latestSchemaVersion();
    REQUIRE(latest >= 7);
    for (int version = 1; version <= latest + 1; ++version) {
        const QString number = QStringLiteral("%1").arg(version, 4, 10, QLatin1Char('0'));
        INFO(number.toStdString());
        CHECK(QFile::exists(QStringLiteral(":/migrations/%1.sql").arg(number)) == (version <= latest));
        CHECK(QFile::exists(QStringLiteral(":/migrations/postgresql/%1.sql").arg(number)) == (version <= latest));
    }
}

TEST_CASE("a copy takes the column names from Loket's own schema and refuses a source whose columns differ", "[storage][copy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("asing.sqlite"));
    {
        auto made = Database::open(path);
        REQUIRE(made.ok());
        QSqlQuery rename(made.value()->connection());
        REQUIRE(rename.exec(QStringLiteral("ALTER TABLE suggestions RENAME COLUMN contact TO \"x); DROP TABLE users; --\"")));
    }
    auto source = Database::open(path, Database::Mode::Inspect);
    REQUIRE(source.ok());
    TempDatabase target;
    const auto copied = DatabaseCopy::copy(*source.value(), target.db());
    REQUIRE_FALSE(copied.ok());
    CHECK(copied.error().contains(QStringLiteral("suggestions")));
    CHECK(DatabaseCopy::isEmpty(target.db()).value());
    CHECK(countRows(target.db(), QStringLiteral("users")) == 0); // nothing pasted, nothing run
}
