#include "TestSupport.h"

#include "events/EventLog.h"
#include "storage/DatabaseCopy.h"
#include "storage/ServerAddress.h"
#include "storage/SqlQuery.h"

#include <catch2/catch.hpp>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QAtomicInt schemaCounter;

QSqlDatabase adminConnection()
{
    const QString name = QStringLiteral("loket-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const QByteArray server = qgetenv("LOKET_TEST_PG");
    INFO("LOKET_TEST_PG is not set: the PostgreSQL run needs a server (scripts/test.sh starts a throwaway one)");
    REQUIRE_FALSE(server.isEmpty());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setConnectOptions(QString::fromLocal8Bit(server).replace(QLatin1Char(' '), QLatin1Char(';')));
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET client_min_messages = 'warning'"));
    return db;
}

void adminExec(const QString &sql)
{
    QSqlQuery q(adminConnection());
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

QString schemaOf(const QString &location)
{
    const qsizetype at = location.indexOf(QLatin1String("search_path="));
    return at < 0 ? QString() : location.mid(at + 12).section(QLatin1Char('\''), 0, 0);
}

} // namespace

bool testOnServer()
{
    return qgetenv("LOKET_TEST_ENGINE") == "postgresql";
}

QString newTestLocation(const QString &dir)
{
    if (!testOnServer())
        return dir + QStringLiteral("/loket.sqlite");
    const QString schema = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(schemaCounter.fetchAndAddRelaxed(1));
    adminExec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
    adminExec(QStringLiteral("CREATE SCHEMA %1").arg(schema));
    return QString::fromLocal8Bit(qgetenv("LOKET_TEST_PG")) + QStringLiteral(" options='-c search_path=%1'").arg(schema);
}

void dropServerLocation(const QString &location)
{
    if (const QString schema = schemaOf(location); !schema.isEmpty())
        adminExec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
}

TempDatabase::TempDatabase() : m_path(newTestLocation(m_dir.path()))
{
    reopen();
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (testOnServer())
        dropServerLocation(m_path);
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    m_db = std::move(opened).value();
}

TestLocation::TestLocation() : m_path(newTestLocation(m_dir.path()))
{
}

TestLocation::~TestLocation()
{
    if (!testOnServer())
        return;
    try {
        dropServerLocation(m_path);
    } catch (...) {
        // A failed REQUIRE in the drop is reported already; never throw from here.
    }
}

QByteArray databaseState(const QString &location)
{
    if (!ServerAddress::isServer(location))
        return readFile(location);
    auto opened = Database::open(location, Database::Mode::Inspect);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    QByteArray state;
    QStringList tables = DatabaseCopy::tables();
    tables << QStringLiteral("schema_version");
    for (const QString &table : tables) {
        SqlQuery q(opened.value()->connection(), table == QLatin1String("schema_version")
                                                     ? QStringLiteral("SELECT * FROM schema_version")
                                                     : QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        const Status s = q.exec();
        INFO(table.toStdString() << ": " << s.error().toStdString());
        REQUIRE(s.ok());
        state += table.toUtf8() + '\n';
        const int columns = q.columnCount();
        while (q.next()) {
            for (int i = 0; i < columns; ++i)
                state += q.value(i).toString().toUtf8() + '\x1f';
            state += '\n';
        }
    }
    return state;
}

TestServerDatabase::TestServerDatabase(bool create)
    : m_name(QStringLiteral("d%1_%2").arg(QCoreApplication::applicationPid()).arg(schemaCounter.fetchAndAddRelaxed(1)))
{
    REQUIRE(m_dir.isValid());
    adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    if (create)
        adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
}

TestServerDatabase::~TestServerDatabase()
{
    try {
        for (const QString &database : databases())
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(database));
    } catch (...) {
        // A failed REQUIRE in the drop is reported already; never throw from here.
    }
}

QString TestServerDatabase::locationOf(const QString &database)
{
    return QString::fromLocal8Bit(qgetenv("LOKET_TEST_PG")) + QStringLiteral(" dbname=") + database;
}

QStringList TestServerDatabase::databases() const
{
    return serverValues(QStringLiteral("SELECT datname FROM pg_database WHERE datname = '%1' OR datname LIKE '%1\\_%' ORDER BY 1").arg(m_name));
}

TestServerRoles::~TestServerRoles()
{
    try {
        for (const QString &role : std::as_const(roles))
            adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    } catch (...) {
        // A failed REQUIRE in the drop is reported already; never throw from here.
    }
}

TestSetupNames::TestSetupNames()
    : owner(database.name() + QStringLiteral("_pemilik")), role(database.name() + QStringLiteral("_meja")),
      display(database.name() + QStringLiteral("_display"))
{
    roles.roles = {display, role, owner};
}

QString lastEventHash(const QString &location)
{
    auto opened = Database::open(location, Database::Mode::Inspect);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const Result<QString> hash = EventLog(opened.value()->connection()).lastHash();
    REQUIRE(hash.ok());
    return hash.value();
}

QStringList serverValues(const QString &sql)
{
    QSqlQuery q(adminConnection());
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

TempPgPass::TempPgPass() : m_had(qEnvironmentVariableIsSet("PGPASSFILE")), m_old(qgetenv("PGPASSFILE"))
{
    REQUIRE(m_dir.isValid());
    m_path = QDir(m_dir.path()).filePath(QStringLiteral("pgpass"));
    qputenv("PGPASSFILE", QFile::encodeName(m_path));
}

TempPgPass::~TempPgPass()
{
    if (m_had)
        qputenv("PGPASSFILE", m_old);
    else
        qunsetenv("PGPASSFILE");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}
