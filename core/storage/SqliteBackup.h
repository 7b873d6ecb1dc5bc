#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

// SQLite's online backup API: copies a database page by page into another file while
// the database stays in use. This is the engine's part of core/backup's Backup, which
// decides where copies go, writes them under a temporary name and keeps them; the
// messages are the backup's own.
class SqliteBackup final
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Copies the database open on `db` into the existing file `destination`,
    // `pagesPerStep` pages at a time: the connection's writer goes on between steps.
    // pagesPerStep < 0 copies everything in one step (one read transaction).
    static Status copy(QSqlDatabase &db, const QString &destination, int pagesPerStep);
    // The same from the database file at `databasePath`, on a read-only connection of its
    // own, in one step: the copy is one read transaction, the database as it was when the
    // copy began (WAL lets a writer in another connection go on meanwhile).
    static Status copy(const QString &databasePath, const QString &destination);
};
