// libpq's password file as the database dialog writes it (PgPass), and the dialog's
// connection test (ServerCheck). The file tests run anywhere, on a temporary PGPASSFILE
// (never the account's own ~/.pgpass); the connection tests that need the suite's
// PostgreSQL server are tagged [postgresql] and run in ctest's "(PostgreSQL)" run.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/PgPass.h"
#include "storage/ServerAddress.h"
#include "storage/ServerCheck.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace {

unsigned modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

const PgPass::Entry kantor{QStringLiteral("kantor-lpse"), QStringLiteral("5432"), QStringLiteral("loket"), QStringLiteral("loket")};

// The suite's server with its own empty schema (newTestLocation), as an address.
ServerAddress serverAt(const QString &location)
{
    const Result<ServerAddress> address = ServerAddress::parse(location);
    INFO(address.error().toStdString());
    REQUIRE(address.ok());
    return address.value();
}

void execOn(const QString &location, const QString &sql)
{
    const QString name = QStringLiteral("pgpass-test-exec");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(serverAt(location).connectOptions());
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("a .pgpass field escapes colons and backslashes as libpq reads them", "[pgpass]")
{
    CHECK(PgPass::escape(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(PgPass::escape(QStringLiteral("a:b\\c")) == QStringLiteral("a\\:b\\\\c"));
    CHECK(PgPass::escape(QStringLiteral("*")) == QStringLiteral("\\*")); // a real '*', not "any"
    CHECK(PgPass::line(kantor, QStringLiteral("rah:as\\ia")) == QStringLiteral("kantor-lpse:5432:loket:loket:rah\\:as\\\\ia"));
    // libpq's own defaults for what is left out: localhost, 5432, the user's name.
    CHECK(PgPass::line({QString(), QString(), QString(), QStringLiteral("u")}, QStringLiteral("p")) == QStringLiteral("localhost:5432:u:u:p"));
}

TEST_CASE("PGPASSFILE names the password file, else ~/.pgpass", "[pgpass]")
{
    {
        TempPgPass file;
        CHECK(PgPass::path() == file.path());
    }
    if (qEnvironmentVariableIsEmpty("PGPASSFILE"))
        CHECK(PgPass::path() == QDir::home().filePath(QStringLiteral(".pgpass")));
}

TEST_CASE("a new .pgpass is made with mode 0600 and holds the one line", "[pgpass]")
{
    TempPgPass file;
    const Status written = PgPass::save(kantor, QStringLiteral("s:nd\\i"));
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    CHECK(modeOf(file.path()) == 0600);
    CHECK(readFile(file.path()) == QByteArray("kantor-lpse:5432:loket:loket:s\\:nd\\\\i\n"));
    CHECK(PgPass::lookup(kantor) == QStringLiteral("s:nd\\i"));
    // No temporary file is left beside it.
    CHECK(QDir(file.dir()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("pgpass")});
}

TEST_CASE("saving again replaces the account's line and keeps every other line", "[pgpass]")
{
    TempPgPass file;
    writeFile(file.path(), "# kantor\n"
                           "other-host:5432:loket:loket:lain\n"
                           "kantor-lpse:5432:loket:loket:lama\n"
                           "kantor-lpse:5433:loket:loket:port-lain\n"
                           "kantor-lpse:5432:loket:loket:lama-lagi\n");
    REQUIRE(QFile::setPermissions(file.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    REQUIRE(PgPass::save(kantor, QStringLiteral("baru")).ok());
    CHECK(readFile(file.path()) == QByteArray("# kantor\n"
                                              "other-host:5432:loket:loket:lain\n"
                                              "kantor-lpse:5432:loket:loket:baru\n"
                                              "kantor-lpse:5433:loket:loket:port-lain\n"));
    CHECK(modeOf(file.path()) == 0600);
    REQUIRE(PgPass::save(kantor, QStringLiteral("baru-lagi")).ok());
    CHECK(readFile(file.path()).count("kantor-lpse:5432:loket:loket:") == 1);
    CHECK(PgPass::lookup(kantor) == QStringLiteral("baru-lagi"));
}

TEST_CASE("a new line goes before a wildcard line that would answer for the account first", "[pgpass]")
{
    TempPgPass file;
    writeFile(file.path(), "kantor-lpse:5432:arsip:loket:arsip\n*:*:*:loket:umum\n");
    REQUIRE(QFile::setPermissions(file.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    CHECK(PgPass::lookup(kantor) == QStringLiteral("umum"));
    REQUIRE(PgPass::save(kantor, QStringLiteral("khusus")).ok());
    CHECK(readFile(file.path()) == QByteArray("kantor-lpse:5432:arsip:loket:arsip\nkantor-lpse:5432:loket:loket:khusus\n*:*:*:loket:umum\n"));
    CHECK(PgPass::lookup(kantor) == QStringLiteral("khusus"));
    CHECK(PgPass::lookup({QStringLiteral("lain"), QStringLiteral("5432"), QStringLiteral("x"), QStringLiteral("loket")}) == QStringLiteral("umum"));
}

TEST_CASE("a last line without a newline is kept whole", "[pgpass]")
{
    TempPgPass file;
    writeFile(file.path(), "other-host:5432:loket:loket:lain");
    REQUIRE(QFile::setPermissions(file.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    REQUIRE(PgPass::save(kantor, QStringLiteral("baru")).ok());
    CHECK(readFile(file.path()) == QByteArray("other-host:5432:loket:loket:lain\nkantor-lpse:5432:loket:loket:baru\n"));
}

TEST_CASE("a .pgpass others may read is refused and left as it was", "[pgpass]")
{
    TempPgPass file;
    writeFile(file.path(), "other-host:5432:loket:loket:lain\n");
    REQUIRE(QFile::setPermissions(file.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                   | QFileDevice::ReadOther));
    const Status written = PgPass::save(kantor, QStringLiteral("baru"));
    REQUIRE_FALSE(written.ok());
    INFO(written.error().toStdString());
    CHECK(written.error().contains(QStringLiteral("chmod 600")));
    CHECK(written.error().contains(QStringLiteral("0644")));
    CHECK(written.error().contains(QStringLiteral("mengabaikannya")));
    CHECK(readFile(file.path()) == QByteArray("other-host:5432:loket:loket:lain\n"));
    CHECK(modeOf(file.path()) == 0644);
}

TEST_CASE("a .pgpass that is a folder, an empty password or a line break is refused", "[pgpass]")
{
    TempPgPass file;
    CHECK_FALSE(PgPass::save(kantor, QString()).ok());
    CHECK_FALSE(PgPass::save(kantor, QStringLiteral("dua\nbaris")).ok());
    CHECK_FALSE(PgPass::save({QStringLiteral("h"), QStringLiteral("5432"), QStringLiteral("d"), QString()}, QStringLiteral("p")).ok());
    CHECK_FALSE(QFile::exists(file.path()));
    REQUIRE(QDir().mkpath(file.path()));
    const Status written = PgPass::save(kantor, QStringLiteral("baru"));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().contains(QStringLiteral("bukan berkas biasa")));
}

TEST_CASE("a .pgpass that is a link is followed: the file it names is written", "[pgpass]")
{
    TempPgPass file;
    const QString real = QDir(file.dir()).filePath(QStringLiteral("real-pgpass"));
    writeFile(real, "");
    REQUIRE(QFile::setPermissions(real, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    REQUIRE(QFile::link(real, file.path()));
    REQUIRE(PgPass::save(kantor, QStringLiteral("baru")).ok());
    CHECK(QFileInfo(file.path()).isSymLink());
    CHECK(readFile(real) == QByteArray("kantor-lpse:5432:loket:loket:baru\n"));
    CHECK(modeOf(real) == 0600);
}

TEST_CASE("the connection test says clearly that no server answers at that port", "[pgpass][servercheck]")
{
    const Result<ServerCheck::Report> checked = ServerCheck::test(serverAt(QStringLiteral("postgresql://loket@127.0.0.1:1/loket")), QString());
    REQUIRE_FALSE(checked.ok());
    INFO(checked.error().toStdString());
    CHECK(checked.error().startsWith(QStringLiteral("Sambungan gagal: ")));
    CHECK(checked.error().contains(QStringLiteral("tidak menjawab")));
    CHECK(checked.error().contains(QStringLiteral("127.0.0.1")));
}

TEST_CASE("PostgreSQL: the connection test reports the server's version and an empty database", "[postgresql][servercheck]")
{
    const QString location = newTestLocation(QString());
    const Result<ServerCheck::Report> checked = ServerCheck::test(serverAt(location), QString());
    INFO(checked.error().toStdString());
    REQUIRE(checked.ok());
    CHECK(checked->serverVersionNumber >= 150000);
    CHECK(checked->serverVersion.startsWith(QString::number(checked->serverVersionNumber / 10000)));
    CHECK(checked->schemaVersion == 0);
    CHECK(checked->usable);
    CHECK_FALSE(checked->passwordUsed); // the suite's server trusts its socket
    INFO(checked->text.toStdString());
    CHECK(checked->text.contains(QStringLiteral("Tersambung ke PostgreSQL ") + checked->serverVersion));
    CHECK(checked->text.contains(QStringLiteral("masih kosong")));
    dropServerLocation(location);
}

TEST_CASE("PostgreSQL: the connection test reads Loket's schema version, and refuses a newer one or foreign tables",
          "[postgresql][servercheck]")
{
    const int latest = Database::latestSchemaVersion();
    {
        TempDatabase temp;
        const QString location = temp.path();
        temp.close();
        Result<ServerCheck::Report> checked = ServerCheck::test(serverAt(location), QString());
        INFO(checked.error().toStdString());
        REQUIRE(checked.ok());
        CHECK(checked->schemaVersion == latest);
        CHECK(checked->usable);
        CHECK(checked->text.contains(QStringLiteral("berisi data Loket (versi skema %1)").arg(latest)));

        execOn(location, QStringLiteral("UPDATE schema_version SET version = %1").arg(latest + 1));
        checked = ServerCheck::test(serverAt(location), QString());
        REQUIRE(checked.ok());
        CHECK(checked->schemaVersion == latest + 1);
        CHECK_FALSE(checked->usable);
        INFO(checked->text.toStdString());
        CHECK(checked->text.contains(QStringLiteral("Loket yang lebih baru")));
    }
    const QString foreign = newTestLocation(QString());
    execOn(foreign, QStringLiteral("CREATE TABLE pelanggan (id integer)"));
    const Result<ServerCheck::Report> checked = ServerCheck::test(serverAt(foreign), QString());
    REQUIRE(checked.ok());
    CHECK(checked->schemaVersion == -1);
    CHECK_FALSE(checked->usable);
    CHECK(checked->text.contains(QStringLiteral("bukan basis data Loket")));
    dropServerLocation(foreign);
}

TEST_CASE("PostgreSQL: the connection test names a missing database, and says when no password was asked for",
          "[postgresql][servercheck]")
{
    const ServerAddress server = serverAt(QString::fromLocal8Bit(qgetenv("LOKET_TEST_PG")));
    const Result<ServerCheck::Report> missing = ServerCheck::test(
        serverAt(QStringLiteral("host='%1' port='%2' user='%3' dbname='tidak_ada_di_sini'").arg(server.host(), server.port(), server.user())),
        QString());
    REQUIRE_FALSE(missing.ok());
    INFO(missing.error().toStdString());
    CHECK(missing.error().contains(QStringLiteral("basis data tidak_ada_di_sini belum ada")));

    const Result<ServerCheck::Report> typed = ServerCheck::test(server, QStringLiteral("sandi-yang-tidak-diminta"));
    INFO(typed.error().toStdString());
    REQUIRE(typed.ok());
    CHECK_FALSE(typed->passwordUsed);
    CHECK(typed->text.contains(QStringLiteral("tidak meminta sandi")));
}
