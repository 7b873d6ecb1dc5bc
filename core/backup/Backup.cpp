#include "backup/Backup.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QStandardPaths>

#include <sqlite3.h>

namespace {

sqlite3 *handleOf(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

void prune(const QString &folder, const QString &pattern, int keep)
{
    QDir dir(folder);
    const QStringList files = dir.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = keep; i < files.size(); ++i)
        dir.remove(files.at(i));
}

} // namespace

QString Backup::defaultFolder(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString stem = info.completeBaseName();
    // The default database keeps the short folder name; others get their own.
    const QString name = stem == QLatin1String("loket") ? QStringLiteral("cadangan") : QStringLiteral("cadangan-") + stem;
    return QDir(info.absolutePath()).filePath(name);
}

Status Backup::create(Database &db, const QString &target)
{
    sqlite3 *source = handleOf(db);
    if (!source)
        return Status::failure(tr("Cadangan hanya dapat dibuat dari basis data SQLite."));
    return copy(source, target, 256);
}

Status Backup::create(const QString &databasePath, const QString &target)
{
    if (!QFileInfo(databasePath).isFile())
        return Status::failure(tr("Basis data %1 tidak ditemukan.").arg(databasePath));
    sqlite3 *source = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString message = source ? QString::fromUtf8(sqlite3_errmsg(source)) : QString();
        sqlite3_close(source);
        return Status::failure(tr("Basis data %1 tidak dapat dibuka untuk dicadangkan: %2").arg(databasePath, message));
    }
    sqlite3_busy_timeout(source, 5000);
    const Status copied = copy(source, target, -1);
    sqlite3_close(source);
    return copied;
}

Status Backup::copy(sqlite3 *source, const QString &target, int pagesPerStep)
{
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(tr("Folder cadangan %1 tidak dapat dibuat.").arg(info.absolutePath()));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        QFile f(partial);
        if (!f.open(QIODevice::WriteOnly))
            return Status::failure(tr("Berkas cadangan %1 tidak dapat dibuat: %2").arg(partial, f.errorString()));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    sqlite3 *dest = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &dest, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(dest);
        return Status::failure(tr("Berkas cadangan %1 tidak dapat dibuka.").arg(partial));
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        int waits = 0; // a source kept locked for half a minute fails the backup, with its message
        do {
            rc = sqlite3_backup_step(backup, pagesPerStep);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(20);
        } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++waits < 1500));
        sqlite3_backup_finish(backup);
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(dest));
    sqlite3_close(dest);
    if (rc != SQLITE_DONE) {
        QFile::remove(partial);
        return Status::failure(tr("Pencadangan gagal: %1").arg(message));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return Status::failure(tr("Berkas cadangan tidak dapat dinamai %1.").arg(target));
    return Status::success();
}

Result<QString> Backup::rotate(Database &db, const QString &folder, int keepDaily, int keepMonthly)
{
    return rotateWith([&db](const QString &target) { return create(db, target); }, folder, keepDaily, keepMonthly);
}

Result<QString> Backup::rotate(const QString &databasePath, const QString &folder, int keepDaily, int keepMonthly)
{
    return rotateWith([&databasePath](const QString &target) { return create(databasePath, target); }, folder, keepDaily, keepMonthly);
}

Result<QString> Backup::rotateWith(const std::function<Status(const QString &)> &create, const QString &folder, int keepDaily,
                                   int keepMonthly)
{
    const QDate today = Clock::nowUtc().toLocalTime().date();
    const QString daily = QDir(folder).filePath(QStringLiteral("harian/loket-%1.sqlite").arg(today.toString(Qt::ISODate)));
    if (const Status s = create(daily); !s)
        return Result<QString>::failure(s.error());
    const QString monthly = QDir(folder).filePath(QStringLiteral("bulanan/loket-%1.sqlite").arg(today.toString(QStringLiteral("yyyy-MM"))));
    if (!QFile::exists(monthly)) {
        QDir().mkpath(QFileInfo(monthly).absolutePath());
        if (!QFile::copy(daily, monthly))
            return Result<QString>::failure(tr("Cadangan bulanan %1 tidak dapat dibuat.").arg(monthly));
    }
    prune(QDir(folder).filePath(QStringLiteral("harian")), QStringLiteral("loket-*.sqlite"), keepDaily);
    prune(QDir(folder).filePath(QStringLiteral("bulanan")), QStringLiteral("loket-*.sqlite"), keepMonthly);
    return daily;
}

QString Backup::latest(const QString &folder)
{
    const QDir dir(QDir(folder).filePath(QStringLiteral("harian")));
    const QStringList files = dir.entryList({QStringLiteral("loket-*.sqlite")}, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : dir.filePath(files.first());
}

QDateTime Backup::lastBackupTime(const QString &folder)
{
    const QString file = latest(folder);
    return file.isEmpty() ? QDateTime() : QFileInfo(file).lastModified();
}

Status Backup::verify(const QString &file)
{
    auto opened = Database::open(file, Database::Mode::Inspect);
    if (!opened)
        return Status::failure(opened.error());
    const QStringList problems = opened.value()->integrityProblems(0);
    if (!problems.isEmpty())
        return Status::failure(tr("Cadangan %1 rusak: %2").arg(file, problems.first()));
    if (opened.value()->schemaVersion() < 1)
        return Status::failure(tr("Berkas %1 bukan cadangan Loket.").arg(file));
    return Status::success();
}

Result<QString> Backup::restore(const QString &backup, const QString &target)
{
    using R = Result<QString>;
    if (QFileInfo(backup).canonicalFilePath() == QFileInfo(target).canonicalFilePath() && QFileInfo::exists(target))
        return R::failure(tr("Cadangan dan basis data adalah berkas yang sama."));
    if (const Status s = verify(backup); !s)
        return R::failure(tr("Pemulihan dibatalkan, tidak ada yang diubah. %1").arg(s.error()));
    QString aside;
    if (QFileInfo::exists(target)) {
        aside = target + QStringLiteral(".diganti-") + Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(target, aside))
            return R::failure(tr("Basis data lama tidak dapat disisihkan ke %1; tidak ada yang diubah.").arg(aside));
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = target + QLatin1String(suffix);
            if (QFile::exists(side))
                QFile::rename(side, aside + QLatin1String(suffix));
        }
    }
    if (!QFile::copy(backup, target)) {
        if (!aside.isEmpty())
            QFile::rename(aside, target);
        return R::failure(tr("Cadangan tidak dapat disalin ke %1; basis data lama dikembalikan.").arg(target));
    }
    QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return aside;
}
