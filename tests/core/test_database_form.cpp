// The rules behind the window's database dialog (DatabaseForm): a server filled in there
// becomes a libpq URI without a password that ServerAddress reads back field for field;
// a file must be one Loket can open or make.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/DatabaseForm.h"
#include "storage/ServerAddress.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

namespace {

DatabaseForm::Server server(const QString &host, const QString &port, const QString &database, const QString &user,
                            const QString &sslmode = QStringLiteral("prefer"))
{
    DatabaseForm::Server s;
    s.host = host;
    s.port = port;
    s.database = database;
    s.user = user;
    s.sslmode = sslmode;
    return s;
}

} // namespace

TEST_CASE("a server from the dialog is a percent-encoded libpq URI that reads back as typed", "[databaseform]")
{
    CHECK(DatabaseForm::serverLocation(server(QStringLiteral("kantor-lpse"), QStringLiteral("5432"), QStringLiteral("loket"),
                                              QStringLiteral("loket"), QStringLiteral("require")))
          == QStringLiteral("postgresql://loket@kantor-lpse:5432/loket?sslmode=require"));
    CHECK(DatabaseForm::serverLocation(server(QStringLiteral("192.168.1.10"), QStringLiteral(" 6543 "), QStringLiteral("loket"),
                                              QStringLiteral("loket")))
          == QStringLiteral("postgresql://loket@192.168.1.10:6543/loket"));

    const QList<DatabaseForm::Server> cases = {
        server(QStringLiteral("kantor-lpse"), QStringLiteral("5432"), QStringLiteral("loket"), QStringLiteral("loket"), QStringLiteral("verify-full")),
        server(QStringLiteral("/tmp/pg dev"), QStringLiteral("55432"), QStringLiteral("loket_test"), QStringLiteral("postgres")),
        server(QStringLiteral("::1"), QStringLiteral("5432"), QStringLiteral("basis data/ß"), QStringLiteral("pe@tugas:1"), QStringLiteral("require")),
    };
    for (const DatabaseForm::Server &s : cases) {
        const QString location = DatabaseForm::serverLocation(s);
        INFO(location.toStdString());
        CHECK(DatabaseForm::serverProblem(s).isEmpty());
        CHECK(ServerAddress::isServer(location));
        const Result<ServerAddress> address = ServerAddress::parse(location);
        INFO(address.error().toStdString());
        REQUIRE(address.ok());
        CHECK(address->host() == s.host);
        CHECK(address->port() == s.port.trimmed());
        CHECK(address->database() == s.database);
        CHECK(address->user() == s.user);
        const DatabaseForm::Server back = DatabaseForm::serverFields(location);
        CHECK(back.host == s.host);
        CHECK(back.port == s.port);
        CHECK(back.database == s.database);
        CHECK(back.user == s.user);
        CHECK(back.sslmode == s.sslmode);
        CHECK_FALSE(location.contains(QStringLiteral("password")));
    }
}

TEST_CASE("the dialog's server fields are checked with a clear reason", "[databaseform]")
{
    CHECK(DatabaseForm::serverProblem(server(QString(), QStringLiteral("5432"), QStringLiteral("loket"), QStringLiteral("loket")))
              .contains(QStringLiteral("alamat server")));
    CHECK(DatabaseForm::serverProblem(server(QStringLiteral("kantor lpse"), QStringLiteral("5432"), QStringLiteral("loket"), QStringLiteral("loket")))
              .contains(QStringLiteral("spasi")));
    for (const QString &port : {QString(), QStringLiteral("0"), QStringLiteral("65536"), QStringLiteral("54x")})
        CHECK(DatabaseForm::serverProblem(server(QStringLiteral("kantor-lpse"), port, QStringLiteral("loket"), QStringLiteral("loket")))
                  .contains(QStringLiteral("Port")));
    CHECK(DatabaseForm::serverProblem(server(QStringLiteral("kantor-lpse"), QStringLiteral("5432"), QString(), QStringLiteral("loket")))
              .contains(QStringLiteral("nama basis data")));
    CHECK(DatabaseForm::serverProblem(server(QStringLiteral("kantor-lpse"), QStringLiteral("5432"), QStringLiteral("loket"), QString()))
              .contains(QStringLiteral("nama pengguna")));
    CHECK_FALSE(DatabaseForm::serverProblem(server(QStringLiteral("kantor-lpse"), QStringLiteral("5432"), QStringLiteral("loket"),
                                                   QStringLiteral("loket"), QStringLiteral("disable")))
                    .isEmpty());
    // A saved service= address says nothing of the fields: the defaults are shown.
    const DatabaseForm::Server fromService = DatabaseForm::serverFields(QStringLiteral("service=loket"));
    CHECK(fromService.host.isEmpty());
    CHECK(fromService.port == QStringLiteral("5432"));
    CHECK(fromService.database == QStringLiteral("loket"));
}

TEST_CASE("a file from the dialog must be one Loket can open or make", "[databaseform]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CHECK(DatabaseForm::fileProblem(QString()).contains(QStringLiteral("Telusuri")));
    CHECK(DatabaseForm::fileProblem(QStringLiteral("postgresql://loket@kantor-lpse/loket")).contains(QStringLiteral("alamat server")));
    CHECK(DatabaseForm::fileProblem(dir.path()).contains(QStringLiteral("folder")));
    CHECK(DatabaseForm::fileProblem(QDir(dir.path()).filePath(QStringLiteral("tidak-ada/loket.sqlite"))).contains(QStringLiteral("tidak ada")));
    CHECK(DatabaseForm::fileProblem(QDir(dir.path()).filePath(QStringLiteral("baru.sqlite"))).isEmpty()); // made at the first opening
    const QString text = QDir(dir.path()).filePath(QStringLiteral("catatan.txt"));
    writeFile(text, "bukan basis data, cukup panjang untuk sebuah kepala berkas SQLite yang seratus bita panjangnya............");
    CHECK(DatabaseForm::fileProblem(text).contains(QStringLiteral("bukan basis data Loket")));

    CHECK(DatabaseForm::fileLocation(Database::defaultPath()).isEmpty()); // the default follows the data folder
    CHECK(DatabaseForm::fileLocation(QDir(dir.path()).filePath(QStringLiteral("baru.sqlite")))
          == QDir(dir.path()).filePath(QStringLiteral("baru.sqlite")));
}
