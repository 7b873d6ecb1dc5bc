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
