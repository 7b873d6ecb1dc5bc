#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

class Database;
struct User;

// Online backups through the engine's backup API (storage/SqliteBackup: consistent
// while the app runs), their rotation, and a restore that checks a backup before it
// replaces anything.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static constexpr int kKeepDaily = 14;
    static constexpr int kKeepMonthly = 12;

    // What a rotated backup is: a copy of an SQLite file (loket-DATE.sqlite), or a
    // PostgreSQL server's pg_dump archive (loket-DATE.dump, ServerBackup). The rotation,
    // its names and the daily rule are the same for both.
    enum class Format { File, ServerDump };

    // Whether this class (a copy of the file) backs up and restores the database at
    // `location`: a file, yes; a database on a PostgreSQL server is backed up with the
    // server's own tools instead (ServerBackup): a clear refusal, before anything is
    // opened or written. create, rotate and restore ask it too.
    static Status supports(const QString &location);

    // Copies the open database into `target` (created readable by the owner only).
    static Status create(Database &db, const QString &target);
    // The same from the database file at `databasePath`, on a read-only connection of its
    // own, so that a worker thread can copy while the counter goes on writing: the copy
    // is one read transaction, the database as it was when the copy began (WAL lets the
    // writer go on meanwhile).
    static Status create(const QString &databasePath, const QString &target);
    // Writes today's backup into folder/daily (and this month's into folder/monthly when
    // missing), then removes the oldest beyond the limits. Returns the daily file.
    static Result<QString> rotate(Database &db, const QString &folder, int keepDaily = kKeepDaily, int keepMonthly = kKeepMonthly);
    // The same from the file at `databasePath`, on its own connection (any thread).
    static Result<QString> rotate(const QString &databasePath, const QString &folder, int keepDaily = kKeepDaily,
                                  int keepMonthly = kKeepMonthly);
    // The newest backup file in a folder made by rotate(), or empty.
    static QString latest(const QString &folder, Format format = Format::File);
    static QDateTime lastBackupTime(const QString &folder, Format format = Format::File);
    // Beside the database: <folder of the database>/cadangan, so two databases never mix.
    static QString defaultFolder(const QString &databasePath);
    // The office's backup folder, decided here once for the window, the command line and
    // the restore offer: the one set in the settings ("backup.folder"), else defaultFolder.
    // A database on a server has no folder "beside" it: empty unless one is set.
    static QString folderFor(Database &db);
    // The same for a file that may be damaged: its setting when it can be read.
    static QString folderFor(const QString &databasePath);
    // The folder set in the settings, empty when none is (defaultFolder is used then).
    static Result<QString> folderSetting(Database &db);
    // Sets the office's backup folder, for an administrator (Action::EditSettings), after
    // checkFolder; recorded as an event. An empty text returns to defaultFolder.
    static Status setFolder(Database &db, const User &actor, const QString &folder);
    // A folder backups may go to: an absolute path, a folder that exists or is made here,
    // that this account may write into, and not in a temporary folder (emptied at restart).
    static Status checkFolder(const QString &folder);

    // The daily backup rule, decided here once for the window and `loket backup --if-due`:
    // a backup is due when `folder` has no daily backup for today (local time, Clock) yet;
    // it is overdue, which the window shows in red, when there is none or the latest is
    // more than a day old.
    struct DailyState
    {
        QDateTime last; // the latest backup's time; invalid when there is none
        bool due = true;
        bool overdue = true;
    };
    static DailyState daily(const QString &folder, Format format = Format::File);

    // Checks that `file` is a healthy Loket database this version can open.
    static Status verify(const QString &file);
    // Verifies `backup`, keeps the current `target` aside (returned), then replaces it.
    static Result<QString> restore(const QString &backup, const QString &target);

    // The two halves every kind of backup shares (ServerBackup uses them for its dumps):
    // Checks `target`, lets `copyInto` fill a new file beside it (made readable by the owner
    // only), then gives that file the target's name; nothing is left behind when the copy
    // fails.
    static Status write(const QString &target, const std::function<Status(const QString &partial)> &copyInto);
    // The rotation: `create` writes today's backup into folder/harian (this month's is a
    // copy of it in folder/bulanan when missing), then the oldest beyond the limits go.
    static Result<QString> rotateWith(const std::function<Status(const QString &)> &create, const QString &folder, int keepDaily,
                                      int keepMonthly, Format format = Format::File);
};
