#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// Owns the one connection to the Loket database: opens it (named connection, WAL,
// foreign keys, busy timeout), refuses files that are not Loket databases or that
// come from a newer Loket, migrates older ones forward, and closes cleanly.
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

    // `upToVersion` stops migrating at that schema version (tests of migrations only).
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::Open, int upToVersion = -1);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
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
    Status migrate(int upToVersion);

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    QSqlDatabase m_db;
    bool m_registered = false; // counted in LiveFiles while open
};
