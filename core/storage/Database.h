#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// Owns the one connection to the Loket database: opens it (named connection, WAL,
// foreign keys, busy timeout), refuses files that are not Loket databases or that
// come from a newer Loket, migrates older ones forward, and closes cleanly.
// The database is a file (SQLite) or a database on the office's PostgreSQL server,
// named by a libpq address (ServerAddress.h); the same schema versions on both.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        // Create the file if missing and migrate to the latest schema.
        Open,
        // Open an existing file read-only; never create, migrate or write.
        Inspect,
    };

    // `location` is a file's path or a server's address. `upToVersion` stops migrating
    // at that schema version (tests of migrations only).
    static Result<std::unique_ptr<Database>> open(const QString &location, Mode mode = Mode::Open, int upToVersion = -1);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    // The file's path, or the server's address as given (it never holds a password).
    const QString &path() const { return m_path; }
    // Whether the database is on a PostgreSQL server rather than in a local file.
    bool isServer() const { return m_server; }
    // Whether the connection to the server still stands, as libpq last saw it (no round
    // trip); always true for a file. A write is refused at once while it is not.
    bool isConnected() const;
    // After a lost connection: connects to the server again with the same address and
    // settings (the prepared statements of the lost connection are forgotten). The
    // server must answer; ServerLink (ChangeFeed.h) pings it first, off the GUI thread.
    Status reconnect();
    // libpq's connection string of the server (no password), for a ping; empty for a file.
    const QString &conninfo() const { return m_conninfo; }
    bool isReadOnly() const { return m_mode == Mode::Inspect; }
    int schemaVersion() const;

    // Runs the integrity check (quick on files above `quickAbove` bytes) and the check
    // of references, and returns the problems found, a check that could not run among
    // them; empty when healthy.
    QStringList integrityProblems(qint64 quickAbove = 32LL * 1024 * 1024) const;

    static int latestSchemaVersion();
    static QString defaultPath();

    // Reads the schema version from the file header without opening it through
    // SQLite. Returns an error for a file that is not an SQLite database.
    static Result<int> peekSchemaVersion(const QString &path);

private:
    Database(QString path, QString connectionName, Mode mode);
    static Result<std::unique_ptr<Database>> openServer(const QString &location, Mode mode, int upToVersion);
    Status migrate(int upToVersion);

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    QSqlDatabase m_db;
    bool m_registered = false; // counted in LiveFiles while open
    bool m_server = false;
    QString m_conninfo;
};
