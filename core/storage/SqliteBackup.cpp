#include "storage/SqliteBackup.h"

#include "storage/SqlDialect.h"
#include "storage/SqliteHandle.h"

#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

namespace {

Status copyFrom(sqlite3 *source, const QString &destination, int pagesPerStep)
{
    sqlite3 *dest = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(destination).constData(), &dest, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(dest);
        return Status::failure(SqliteBackup::tr("Berkas cadangan %1 tidak dapat dibuka.").arg(destination));
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    int rc = backup ? SQLITE_OK : sqlite3_extended_errcode(dest);
    QString technical = backup ? QString() : QString::fromUtf8(sqlite3_errmsg(dest));
    if (backup) {
        // Finishes or fails within seconds: a source kept locked for half a minute fails
        // the backup, and so does one that stops making progress; read-only, cannot-open
        // and other errors end it at once (they are not retried).
        QElapsedTimer clock;
        clock.start();
        int lastRemaining = -1;
        int stalled = 0;
        for (;;) {
            rc = sqlite3_backup_step(backup, pagesPerStep);
            if (rc == SQLITE_DONE)
                break;
            if (rc == SQLITE_OK) {
                const int remaining = sqlite3_backup_remaining(backup);
                stalled = remaining == lastRemaining ? stalled + 1 : 0;
                lastRemaining = remaining;
                if (stalled > 1000 || clock.elapsed() > 10 * 60 * 1000) {
                    rc = SQLITE_BUSY;
                    break;
                }
                continue;
            }
            if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
                if (clock.elapsed() > 30 * 1000)
                    break;
                sqlite3_sleep(20);
                continue;
            }
            break;
        }
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            // The step's code tells, not the destination's last error.
            technical = QString::fromUtf8(sqlite3_errstr(rc)) + QStringLiteral(" / ") + QString::fromUtf8(sqlite3_errmsg(dest));
        }
    }
    sqlite3_close(dest);
    if (rc != SQLITE_DONE)
        return Status::failure(SqliteBackup::tr("Pencadangan gagal: %1").arg(SqlDialect::errorMessage(rc, technical)));
    return Status::success();
}

} // namespace

Status SqliteBackup::copy(QSqlDatabase &db, const QString &destination, int pagesPerStep)
{
    sqlite3 *source = sqliteHandle(db);
    if (!source)
        return Status::failure(tr("Cadangan hanya dapat dibuat dari basis data SQLite."));
    return copyFrom(source, destination, pagesPerStep);
}

Status SqliteBackup::copy(const QString &databasePath, const QString &destination)
{
    const SqlDialect::Access access = SqlDialect::readAccess(databasePath);
    sqlite3 *source = nullptr;
    const int flags = SQLITE_OPEN_READONLY | (access == SqlDialect::Access::Immutable ? SQLITE_OPEN_URI : 0);
    if (const int rc = sqlite3_open_v2(QFile::encodeName(SqlDialect::databaseName(databasePath, access)).constData(), &source, flags, nullptr);
        rc != SQLITE_OK) {
        const QString message = SqlDialect::errorMessage(source ? sqlite3_extended_errcode(source) : rc,
                                                         source ? QString::fromUtf8(sqlite3_errmsg(source)) : QString());
        sqlite3_close(source);
        return Status::failure(tr("Basis data %1 tidak dapat dibuka untuk dicadangkan: %2").arg(databasePath, message));
    }
    sqlite3_busy_timeout(source, 5000);
    const Status copied = copyFrom(source, destination, -1);
    sqlite3_close(source);
    return copied;
}
