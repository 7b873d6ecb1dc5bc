#pragma once

#include "backup/Backup.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

class Database;

// Backups of a database on the office's PostgreSQL server, with PostgreSQL's own tools:
// pg_dump's custom archive (-Fc) written and rotated like the file backups
// (Backup::rotateWith: harian/loket-DATE.dump, bulanan/loket-MONTH.dump, the same limits
// and daily rule), and a restore with pg_restore into a NEW database on the same server
// that is checked before it takes the original's name, so that every desk's address
// stays the same. The tools run with the address as --dbname: it never holds a password
// (libpq reads ~/.pgpass or the service file), so none is on a command line.
class ServerBackup final
{
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)

public:
    // A PostgreSQL program found on this computer.
    struct Tool {
        QString path;
        int major = 0;
        int minor = 0;
    };
    // The newest `name` (pg_dump, pg_restore) on PATH or in /usr/lib/postgresql/*/bin; only
    // in the folder LOKET_PG_BIN when that is set. A clear message when there is none.
    static Result<Tool> findTool(const QString &name);
    // The tool able to work with a server of major version `serverMajor` (not older).
    static Result<Tool> toolFor(const QString &name, int serverMajor);

    // Whether `file` is a pg_dump custom archive (it starts with "PGDMP").
    static bool isArchive(const QString &file);

    // pg_dump -Fc of the database at `location` into `target` (mode 0600; nothing is left
    // behind when it fails).
    static Status create(const QString &location, const QString &target);
    // Today's archive into folder/harian (and this month's into folder/bulanan when
    // missing), the oldest beyond the limits removed: Backup's rotation. Returns the daily file.
    static Result<QString> rotate(const QString &location, const QString &folder, int keepDaily = Backup::kKeepDaily,
                                  int keepMonthly = Backup::kKeepMonthly);

    struct Restored {
        QString database; // the original name, which the restored database now has
        QString aside;    // the name the database before the restore now has
        QString archive;
        QList<std::pair<QString, qint64>> rows; // per table: in the archive, and the same in the restored database
        qint64 total = 0;
    };
    // Restores `archive` into a new database <db>_pulih_YYYYMMDD_HHMM beside the one at
    // `location`, compares the rows of every table with the archive's, runs `check` on it
    // (what `loket check` runs), and only when all of that passes, with no other
    // connection to the original open, renames the original aside (<db>_lama_…) and the
    // restored one to the original's name. On any failure the original is untouched and
    // the new database is dropped. `say` is told each step as it begins.
    static Result<Restored> restore(const QString &archive, const QString &location, const std::function<Status(Database &)> &check,
                                    const std::function<void(const QString &)> &say);
};
