#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Which engine this run of the suite tests: SQLite files by default; a PostgreSQL
// server when LOKET_TEST_ENGINE=postgresql (ctest's "(PostgreSQL)" run), reached at
// LOKET_TEST_PG (scripts/test.sh starts a throwaway server and sets it).
bool testOnServer();
// A new, empty database location: a file in `dir`, or a fresh schema on the test
// server (dropped again by dropServerLocation or at exit).
QString newTestLocation(const QString &dir);
void dropServerLocation(const QString &location);

// A fresh database in a temporary folder (or its own schema on the test server),
// migrated to the latest schema.
class TempDatabase final
{
public:
    TempDatabase();
    ~TempDatabase();
    Database &db() { return *m_db; }
    // The database's location: a file's path, or a server address on the PostgreSQL run.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes the connection (for tests that reopen the file).
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// A database location for a test of the command line, which opens it in other processes:
// a file's path in a temporary folder, or a fresh schema on the test server on the
// PostgreSQL run (dropped when the test ends). Nothing is opened here.
class TestLocation final
{
public:
    TestLocation();
    ~TestLocation();
    TestLocation(const TestLocation &) = delete;
    TestLocation &operator=(const TestLocation &) = delete;
    const QString &path() const { return m_path; }
    // The temporary folder, for the test's other files (on both runs).
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// A whole database of its own on the test server (CREATE DATABASE), for what works on
// whole databases: the server backup's restore renames them, server setup makes them.
// Dropped at the end, together with what a restore left beside it (<name>_pulih_…,
// <name>_lama_…). `create` false: only the name is chosen (server setup makes it).
class TestServerDatabase final
{
public:
    explicit TestServerDatabase(bool create = true);
    ~TestServerDatabase();
    TestServerDatabase(const TestServerDatabase &) = delete;
    TestServerDatabase &operator=(const TestServerDatabase &) = delete;
    const QString &name() const { return m_name; }
    // LOKET_TEST_PG with this database (libpq takes the last dbname).
    QString location() const { return locationOf(m_name); }
    static QString locationOf(const QString &database);
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // The databases on the server whose names start with this one's.
    QStringList databases() const;

private:
    QTemporaryDir m_dir;
    QString m_name;
};

// Roles of the test server (they are the cluster's, not a database's), dropped at the end:
// declared before the TestServerDatabase whose objects they own, so dropped after it.
struct TestServerRoles final
{
    QStringList roles;
    ~TestServerRoles();
};

// What a test of `loket server setup` names: a database of its own (the setup makes it)
// and its owner and desk roles named after it; all dropped at the end, the roles after
// the database (members go in reverse order).
struct TestSetupNames final
{
    TestSetupNames();
    TestServerRoles roles;
    TestServerDatabase database{false};
    QString owner;
    QString role;
    QString display; // the waiting room screen's role, as server setup names it by default
};

// The last event's hash in the database at `location`, read as `loket check` reads it.
QString lastEventHash(const QString &location);

// Runs SQL on the test server as its superuser (the suite's own setup and checks); the
// first column of each row.
QStringList serverValues(const QString &sql);

// What a database holds, to show that a command changed nothing: a file's bytes; on a
// server, every row of every Loket table in order (read through Database::Mode::Inspect).
QByteArray databaseState(const QString &location);

// PGPASSFILE pointed at a file in a temporary folder for the test's length: never the
// account's own ~/.pgpass.
class TempPgPass final
{
public:
    TempPgPass();
    ~TempPgPass();
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_had;
    QByteArray m_old;
};

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &content);
