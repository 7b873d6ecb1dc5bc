// Running the office server (issue 16): loket server setup's rules (ServerSetup), and the
// server backup with PostgreSQL's own tools (ServerBackup): pg_dump archives rotated like
// the file backups, a restore into a new database that is checked before it takes the
// original's name.
#include "TestSupport.h"

#include "accounts/AccountStore.h"
#include "backup/ServerBackup.h"
#include "events/EventLog.h"
#include "storage/DatabaseCopy.h"
#include "storage/ServerSetup.h"
#include "storage/SqlQuery.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

// A connection of the test's own, as `user` to `database` on the test server (the
// suite's server trusts its socket, so no password is asked).
struct RawConnection {
    RawConnection(const QString &database, const QString &user = QStringLiteral("postgres"))
        : name(QStringLiteral("raw-%1-%2").arg(database, user))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        QString options = QString::fromLocal8Bit(qgetenv("LOKET_TEST_PG")) + QStringLiteral(" dbname=") + database
                          + QStringLiteral(" user=") + user;
        db.setConnectOptions(options.replace(QLatin1Char(' '), QLatin1Char(';')));
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(name); }
    // Whether `sql` runs; the SQLSTATE of its failure in *state.
    bool runs(const QString &sql, QString *state = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        const bool ok = q.exec(sql);
        if (state)
            *state = q.lastError().nativeErrorCode();
        return ok;
    }
    QString value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toString();
    }
    QString name;
};

QString hbaFile()
{
    return serverValues(QStringLiteral("SHOW hba_file")).value(0);
}

int linesEqual(const QString &file, const QString &line)
{
    return int(QString::fromUtf8(readFile(file)).split(QLatin1Char('\n')).count(line));
}

// Every Loket table's rows, as the check of a restore compares them.
QMap<QString, qint64> rowCounts(const QString &location)
{
    auto db = Database::open(location, Database::Mode::Inspect);
    REQUIRE(db.ok());
    QMap<QString, qint64> counts;
    for (const QString &table : DatabaseCopy::tables()) {
        SqlQuery q(db.value()->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        REQUIRE(q.exec().ok());
        REQUIRE(q.next());
        counts.insert(table, q.value(0).toLongLong());
    }
    return counts;
}

void addUser(const QString &location, const QString &login)
{
    auto db = Database::open(location);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    const Result<User> added = AccountStore(*db.value()).addUser(login, QStringLiteral("Petugas ") + login, QString(), {Role::Administrator},
                                                                 QStringLiteral("kata-sandi-panjang"));
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
}

bool hasUser(const QString &location, const QString &login)
{
    auto db = Database::open(location, Database::Mode::Inspect);
    REQUIRE(db.ok());
    SqlQuery q(db.value()->connection(), QStringLiteral("SELECT count(*) FROM users WHERE login = :login"));
    q.bind(QStringLiteral(":login"), login);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toInt() == 1;
}

Status chainWhole(Database &db)
{
    const Result<EventLog::ChainCheck> chain = EventLog(db.connection()).verifyChain();
    if (!chain)
        return Status::failure(chain.error());
    return chain->firstBadId ? Status::failure(QStringLiteral("chain broken")) : Status::success();
}

void touch(const QString &path)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    writeFile(path, QByteArrayLiteral("x"));
}

} // namespace

TEST_CASE("server setup: the subnet is a network of the office, never every address", "[server][setup]")
{
    CHECK(ServerSetup::checkSubnet(QStringLiteral("192.168.10.0/24")).value() == QStringLiteral("192.168.10.0/24"));
    CHECK(ServerSetup::checkSubnet(QStringLiteral(" 10.0.0.0/8 ")).value() == QStringLiteral("10.0.0.0/8"));
    CHECK(ServerSetup::checkSubnet(QStringLiteral("FD00:0::/64")).value() == QStringLiteral("fd00::/64"));
    CHECK(ServerSetup::checkSubnet(QStringLiteral("192.168.10.7/32")).value() == QStringLiteral("192.168.10.7/32"));

    const Result<QString> host = ServerSetup::checkSubnet(QStringLiteral("192.168.10.5/24"));
    REQUIRE_FALSE(host.ok());
    CHECK(host.error().contains(QStringLiteral("Maksudnya 192.168.10.0/24?")));
    for (const char *everything : {"0.0.0.0/0", "::/0"}) {
        const Result<QString> all = ServerSetup::checkSubnet(QString::fromLatin1(everything));
        REQUIRE_FALSE(all.ok());
        CHECK(all.error().contains(QStringLiteral("semua alamat")));
    }
    for (const char *bad : {"", "192.168.10.0", "192.168.10.0/33", "fd00::/129", "300.1.1.0/24", "kantor/24", "192.168.10.0/x"}) {
        INFO(bad);
        CHECK_FALSE(ServerSetup::checkSubnet(QString::fromLatin1(bad)).ok());
    }
    ServerSetup::Options o;
    o.subnet = QStringLiteral("192.168.10.0/24");
    CHECK(ServerSetup::checkOptions(o).ok());
    o.role = o.owner;
    CHECK(ServerSetup::checkOptions(o).error().contains(QStringLiteral("berbeda")));
    o.role = QStringLiteral("Loket; DROP");
    CHECK(ServerSetup::checkOptions(o).error().contains(QStringLiteral("tidak sah")));
    o.role = QStringLiteral("pg_loket");
    CHECK(ServerSetup::checkOptions(o).error().contains(QStringLiteral("milik PostgreSQL")));
}

TEST_CASE("server setup on PostgreSQL: an owner that cannot log in, a desk role with least privilege, one pg_hba line, and a second run "
          "changes nothing",
          "[server][setup][postgresql]")
{
    const TestSetupNames names;
    const TestServerDatabase &database = names.database;
    const QString &owner = names.owner;
    const QString &role = names.role;
    ServerSetup::Options o;
    o.admin = TestServerDatabase::locationOf(QStringLiteral("postgres"));
    o.subnet = QStringLiteral("192.168.77.0/24");
    o.database = database.name();
    o.owner = owner;
    o.role = role;
    o.server = QStringLiteral("kantor-lpse");
    int asked = 0;
    QStringList askedFor;
    auto password = [&asked, &askedFor](const QString &role) -> Result<QString> {
        ++asked;
        askedFor << role;
        return QStringLiteral("sandi-meja-yang-panjang");
    };
    const QString hba = hbaFile();
    const QString line = QStringLiteral("host %1 %2 192.168.77.0/24 scram-sha-256").arg(database.name(), role);
    const auto copies = [&hba] {
        return QDir(QFileInfo(hba).absolutePath()).entryList({QFileInfo(hba).fileName() + QStringLiteral(".loket-*")}, QDir::Files);
    };
    const QStringList copiesBefore = copies();

    const Result<ServerSetup::Report> first = ServerSetup::run(o, password);
    INFO(first.error().toStdString());
    REQUIRE(first.ok());
    CHECK(asked == 2); // the desks' role, then the display's
    CHECK(askedFor == QStringList{role, names.display});
    INFO(first->done.join(QLatin1Char('\n')).toStdString());
    CHECK(first->done.join(QLatin1Char('\n')).contains(QStringLiteral("dibuat")));
    CHECK(first->deskLocation == QStringLiteral("postgresql://%1@kantor-lpse:%2/%3").arg(role, serverValues(QStringLiteral("SHOW port")).value(0),
                                                                                          database.name()));
    CHECK(first->pgpassLine == QStringLiteral("kantor-lpse:%1:%2:%3:SANDI").arg(serverValues(QStringLiteral("SHOW port")).value(0),
                                                                               database.name(), role));
    // The suite's server listens on its socket only: IT is told what to set.
    CHECK(first->advice.join(QLatin1Char('\n')).contains(QStringLiteral("listen_addresses")));

    // The roles: the owner cannot log in; the desk's role can, with a SCRAM verifier.
    CHECK(serverValues(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(owner)) == QStringList{QStringLiteral("false")});
    CHECK(serverValues(QStringLiteral("SELECT rolcanlogin::text || rolsuper::text FROM pg_roles WHERE rolname = '%1'").arg(role))
          == QStringList{QStringLiteral("truefalse")});
    CHECK(serverValues(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(role)).value(0).startsWith(
        QStringLiteral("SCRAM-SHA-256$")));
    CHECK(serverValues(QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '%1'").arg(database.name()))
          == QStringList{owner});
    {
        // Every table and sequence of Loket belongs to the owner.
        RawConnection admin(database.name());
        CHECK(admin.value(QStringLiteral("SELECT version FROM schema_version")).toInt() == Database::latestSchemaVersion());
        CHECK(admin.value(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                                         "'public' AND c.relkind IN ('r', 'S') AND pg_get_userbyid(c.relowner) <> '%1'")
                              .arg(owner))
                  .toInt()
              == 0);
        CHECK(admin.value(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                                         "'public' AND c.relkind = 'r'"))
                  .toInt()
              > 10);
    }
    {
        // The desk's role works the counter's tables, adds and reads events, and can do
        // nothing else: no change to an event, no table of its own.
        RawConnection desk(database.name(), role);
        CHECK(desk.runs(QStringLiteral("SELECT count(*) FROM events")));
        CHECK(desk.runs(QStringLiteral("SELECT count(*) FROM visits")));
        QString state;
        CHECK_FALSE(desk.runs(QStringLiteral("UPDATE events SET kind = kind"), &state));
        CHECK(state == QStringLiteral("42501"));
        CHECK_FALSE(desk.runs(QStringLiteral("DELETE FROM events"), &state));
        CHECK(state == QStringLiteral("42501"));
        CHECK_FALSE(desk.runs(QStringLiteral("CREATE TABLE meja_sendiri (a int)"), &state));
        CHECK(state == QStringLiteral("42501"));
        CHECK(desk.value(QStringLiteral("SELECT has_table_privilege(current_user, 'visits', 'INSERT, UPDATE, DELETE')")) == QStringLiteral("true"));
    }
    {
        // The waiting room screen's role logs in and reads the board's columns only.
        CHECK(serverValues(QStringLiteral("SELECT rolcanlogin::text || rolsuper::text FROM pg_roles WHERE rolname = '%1'").arg(names.display))
              == QStringList{QStringLiteral("truefalse")});
        RawConnection board(database.name(), names.display);
        CHECK(board.runs(QStringLiteral("SELECT queue_number, desk, called_at FROM calls")));
        CHECK(board.runs(QStringLiteral("SELECT service_number, local_date FROM visits")));
        QString state;
        for (const char *sql : {"SELECT applicant_name FROM visits", "SELECT count(*) FROM events", "SELECT * FROM users",
                                "SELECT called_by FROM calls", "UPDATE settings SET value = value"}) {
            INFO(sql);
            CHECK_FALSE(board.runs(QString::fromLatin1(sql), &state));
            CHECK(state == QStringLiteral("42501"));
        }
    }
    CHECK(first->displayLocation == QStringLiteral("postgresql://%1@kantor-lpse:%2/%3").arg(names.display,
                                                                                         serverValues(QStringLiteral("SHOW port")).value(0),
                                                                                         database.name()));
    CHECK(linesEqual(hba, QStringLiteral("host %1 %2 192.168.77.0/24 scram-sha-256").arg(database.name(), names.display)) == 1);
    // One pg_hba line for each login role, read by the server without error, one copy of the
    // old file beside it.
    CHECK(linesEqual(hba, line) == 1);
    CHECK(serverValues(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL")) == QStringList{QStringLiteral("0")});
    CHECK(serverValues(QStringLiteral("SELECT auth_method FROM pg_hba_file_rules WHERE database = ARRAY['%1']").arg(database.name()))
          == QStringList{QStringLiteral("scram-sha-256"), QStringLiteral("scram-sha-256")});
    CHECK(copies().size() == copiesBefore.size() + 1);

    // Again: nothing is made or asked twice, and the file is not touched.
    const QByteArray hbaBefore = readFile(hba);
    const Result<ServerSetup::Report> second = ServerSetup::run(o, password);
    INFO(second.error().toStdString());
    REQUIRE(second.ok());
    CHECK(asked == 2);
    const QString said = second->done.join(QLatin1Char('\n'));
    INFO(said.toStdString());
    CHECK_FALSE(said.contains(QStringLiteral("dibuat")));
    CHECK(said.count(QStringLiteral("sudah ada")) == 6); // owner, database, the two roles, their pg_hba lines
    CHECK(readFile(hba) == hbaBefore);
    CHECK(copies().size() == copiesBefore.size() + 1);

    // --tls on a server whose ssl is off (the suite's): refused, with what to set, nothing changed.
    o.tls = true;
    const Result<ServerSetup::Report> tls = ServerSetup::run(o, password);
    REQUIRE_FALSE(tls.ok());
    CHECK(tls.error().contains(QStringLiteral("ssl di server ini mati")));
    CHECK(readFile(hba) == hbaBefore);
    o.tls = false;

    // A subnet that opens everything is refused before the server is asked anything.
    o.subnet = QStringLiteral("0.0.0.0/0");
    const Result<ServerSetup::Report> open = ServerSetup::run(o, password);
    CHECK_FALSE(open.ok());
    CHECK(readFile(hba) == hbaBefore);
}

TEST_CASE("server backup: pg_dump and pg_restore are found, and a missing or older one is refused clearly", "[server][backup]")
{
    QTemporaryDir dir;
    const QByteArray had = qgetenv("LOKET_PG_BIN");
    struct Restore {
        QByteArray value;
        ~Restore()
        {
            if (value.isEmpty())
                qunsetenv("LOKET_PG_BIN");
            else
                qputenv("LOKET_PG_BIN", value);
        }
    } restore{had};
    qputenv("LOKET_PG_BIN", QFile::encodeName(dir.path()));
    const Result<ServerBackup::Tool> missing = ServerBackup::findTool(QStringLiteral("pg_dump"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("tidak ditemukan")));
    // A pg_dump of PostgreSQL 13 cannot dump a server of 15.
    const QString old = dir.filePath(QStringLiteral("pg_dump"));
    writeFile(old, QByteArrayLiteral("#!/bin/sh\necho 'pg_dump (PostgreSQL) 13.4'\n"));
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK(ServerBackup::findTool(QStringLiteral("pg_dump")).value().major == 13);
    const Result<ServerBackup::Tool> older = ServerBackup::toolFor(QStringLiteral("pg_dump"), 15);
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().contains(QStringLiteral("lebih lama dari server PostgreSQL 15")));
    CHECK(older.error().contains(QStringLiteral("postgresql-client-15")));
    // Without the setting: the machine's own, the newest of PATH and /usr/lib/postgresql.
    qunsetenv("LOKET_PG_BIN");
    if (testOnServer()) {
        const Result<ServerBackup::Tool> found = ServerBackup::toolFor(QStringLiteral("pg_restore"), 15);
        INFO(found.error().toStdString());
        CHECK(found.ok());
    }
}

TEST_CASE("server backup on PostgreSQL: backup then restore gives back the same rows and event chain, under the same name",
          "[server][backup][postgresql]")
{
    TestServerDatabase database;
    const QString location = database.location();
    addUser(location, QStringLiteral("ani"));
    addUser(location, QStringLiteral("budi"));
    const QMap<QString, qint64> before = rowCounts(location);
    const QString hashBefore = lastEventHash(location);
    REQUIRE_FALSE(hashBefore.isEmpty());

    const QString folder = database.filePath(QStringLiteral("cadangan"));
    const Result<QString> daily = ServerBackup::rotate(location, folder);
    INFO(daily.error().toStdString());
    REQUIRE(daily.ok());
    CHECK(daily.value() == QDir(folder).filePath(QStringLiteral("harian/loket-%1.dump").arg(QDate::currentDate().toString(Qt::ISODate))));
    CHECK(ServerBackup::isArchive(daily.value()));
    CHECK(QFile(daily.value()).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(Backup::latest(folder, Backup::Format::ServerDump) == daily.value());
    CHECK(Backup::latest(folder).isEmpty()); // the file backups' names are others
    CHECK_FALSE(Backup::daily(folder, Backup::Format::ServerDump).due);
    CHECK(QDir(folder + QStringLiteral("/bulanan")).entryList(QDir::Files).size() == 1);

    // A user added after the backup is gone after the restore; the chain is the backup's.
    addUser(location, QStringLiteral("citra"));
    QStringList steps;
    const Result<ServerBackup::Restored> restored =
        ServerBackup::restore(daily.value(), location, chainWhole, [&steps](const QString &step) { steps << step; });
    INFO(restored.error().toStdString());
    REQUIRE(restored.ok());
    CHECK(restored->database == database.name());
    CHECK(restored->aside.startsWith(database.name() + QStringLiteral("_lama_")));
    CHECK(steps.size() == 4);
    CHECK(lastEventHash(location) == hashBefore);
    CHECK(rowCounts(location) == before);
    CHECK(hasUser(location, QStringLiteral("budi")));
    CHECK_FALSE(hasUser(location, QStringLiteral("citra")));
    qint64 total = 0;
    for (const auto &[table, rows] : restored->rows) {
        if (const QString name = table.section(QLatin1Char('.'), 1); before.contains(name)) {
            INFO(table.toStdString());
            CHECK(rows == before.value(name));
        }
        total += rows;
    }
    CHECK(total == restored->total);
    // The database before the restore is kept aside, as it was (citra in it); nothing else is left.
    CHECK(hasUser(TestServerDatabase::locationOf(restored->aside), QStringLiteral("citra")));
    CHECK(database.databases() == QStringList{database.name(), restored->aside});
    // The restored database is checked as the original was, with its owner's privileges.
    CHECK(serverValues(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE '%1\\_pulih\\_%'").arg(database.name()))
          == QStringList{QStringLiteral("0")});
}

TEST_CASE("server restore on PostgreSQL: refused while a desk is connected, for a file that is not an archive, and when the check fails, "
          "the original untouched",
          "[server][backup][postgresql]")
{
    TestServerDatabase database;
    const QString location = database.location();
    addUser(location, QStringLiteral("ani"));
    const QString archive = database.filePath(QStringLiteral("loket.dump"));
    REQUIRE(ServerBackup::create(location, archive).ok());
    const QByteArray state = databaseState(location);
    auto never = [](Database &) { return Status::success(); };
    auto quiet = [](const QString &) {};

    {
        // A desk still has the database open.
        auto desk = Database::open(location);
        REQUIRE(desk.ok());
        const Result<ServerBackup::Restored> busy = ServerBackup::restore(archive, location, never, quiet);
        REQUIRE_FALSE(busy.ok());
        CHECK(busy.error().contains(QStringLiteral("1 sambungan lain ke basis data %1 masih terbuka (dari soket lokal)").arg(database.name())));
        CHECK(busy.error().contains(QStringLiteral("Tidak ada yang diubah")));
    }
    CHECK(database.databases() == QStringList{database.name()});

    // An SQLite backup, or anything else, is no pg_dump archive.
    const QString file = database.filePath(QStringLiteral("loket.sqlite"));
    REQUIRE(Database::open(file).ok());
    const Result<ServerBackup::Restored> notArchive = ServerBackup::restore(file, location, never, quiet);
    REQUIRE_FALSE(notArchive.ok());
    CHECK(notArchive.error().contains(QStringLiteral("bukan arsip pg_dump")));
    CHECK_FALSE(ServerBackup::isArchive(file));

    // A check that does not pass: the new database is dropped, the original stays.
    const Result<ServerBackup::Restored> failed = ServerBackup::restore(
        archive, location, [](Database &) { return Status::failure(QStringLiteral("tidak lolos")); }, quiet);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("tidak lolos")));
    CHECK(failed.error().contains(QStringLiteral("dihapus lagi")));
    CHECK(database.databases() == QStringList{database.name()});

    // A damaged archive: pg_restore cannot read it; nothing is made.
    QByteArray bytes = readFile(archive);
    bytes.truncate(bytes.size() / 2);
    const QString damaged = database.filePath(QStringLiteral("rusak.dump"));
    writeFile(damaged, bytes);
    const Result<ServerBackup::Restored> broken = ServerBackup::restore(damaged, location, never, quiet);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().contains(QStringLiteral("tidak diubah")));
    CHECK(database.databases() == QStringList{database.name()});
    CHECK(databaseState(location) == state);
}

TEST_CASE("server backup on PostgreSQL: the rotation keeps the limits, and leaves the file backups' names alone", "[server][backup][postgresql]")
{
    TestServerDatabase database;
    const QString location = database.location();
    REQUIRE(Database::open(location).ok());
    const QString folder = database.filePath(QStringLiteral("cadangan"));
    for (int day = 1; day <= 5; ++day)
        touch(QDir(folder).filePath(QStringLiteral("harian/loket-2020-01-0%1.dump").arg(day)));
    for (int month = 1; month <= 4; ++month)
        touch(QDir(folder).filePath(QStringLiteral("bulanan/loket-2020-0%1.dump").arg(month)));
    touch(QDir(folder).filePath(QStringLiteral("harian/loket-2020-01-01.sqlite")));
    const Result<QString> daily = ServerBackup::rotate(location, folder, 3, 2);
    INFO(daily.error().toStdString());
    REQUIRE(daily.ok());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    CHECK(QDir(folder + QStringLiteral("/harian")).entryList({QStringLiteral("*.dump")}, QDir::Files, QDir::Name)
          == QStringList{QStringLiteral("loket-2020-01-04.dump"), QStringLiteral("loket-2020-01-05.dump"), QStringLiteral("loket-%1.dump").arg(today)});
    CHECK(QDir(folder + QStringLiteral("/bulanan")).entryList(QDir::Files, QDir::Name)
          == QStringList{QStringLiteral("loket-2020-04.dump"), QStringLiteral("loket-%1.dump").arg(month)});
    CHECK(QFile::exists(QDir(folder).filePath(QStringLiteral("harian/loket-2020-01-01.sqlite"))));
    // With the defaults, nothing of these goes.
    CHECK(ServerBackup::rotate(location, folder).ok());
    CHECK(QDir(folder + QStringLiteral("/harian")).entryList({QStringLiteral("*.dump")}, QDir::Files).size() == 3);
    // No folder: refused before anything runs.
    const Result<QString> nowhere = ServerBackup::rotate(location, QString());
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.error().contains(QStringLiteral("belum diatur")));
}
