#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;

// Online backups through SQLite's backup API (consistent while the app runs), their
// rotation, and a restore that checks a backup before it replaces anything.
class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static constexpr int kKeepDaily = 14;
    static constexpr int kKeepMonthly = 12;

    // Copies the open database into `target` (created readable by the owner only).
    static Status create(Database &db, const QString &target);
    // Writes today's backup into folder/daily (and this month's into folder/monthly when
    // missing), then removes the oldest beyond the limits. Returns the daily file.
    static Result<QString> rotate(Database &db, const QString &folder, int keepDaily = kKeepDaily, int keepMonthly = kKeepMonthly);
    // The newest backup file in a folder made by rotate(), or empty.
    static QString latest(const QString &folder);
    static QDateTime lastBackupTime(const QString &folder);
    // Beside the database: <folder of the database>/cadangan, so two databases never mix.
    static QString defaultFolder(const QString &databasePath);

    // Checks that `file` is a healthy Loket database this version can open.
    static Status verify(const QString &file);
    // Verifies `backup`, keeps the current `target` aside (returned), then replaces it.
    static Result<QString> restore(const QString &backup, const QString &target);
};
