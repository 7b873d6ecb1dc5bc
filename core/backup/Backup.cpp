#include "backup/Backup.h"

#include "accounts/Permissions.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "settings/OfficeSettings.h"
#include "storage/Database.h"
#include "storage/LiveFiles.h"
#include "storage/ServerAddress.h"
#include "storage/SqliteBackup.h"
#include "storage/WriteRetry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace {

void prune(const QString &folder, const QString &pattern, int keep)
{
    QDir dir(folder);
    const QStringList files = dir.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = keep; i < files.size(); ++i)
        dir.remove(files.at(i));
}

// A database on a server is backed up with PostgreSQL's own tools (ServerBackup).
Status serverRefused()
{
    return Status::failure(Backup::tr("Basis data di server PostgreSQL dicadangkan dan dipulihkan dengan alat PostgreSQL sendiri "
                                      "(pg_dump, pg_restore), bukan sebagai salinan berkas: loket backup --db ALAMAT dan loket restore "
                                      "ARSIP --db ALAMAT. Tidak ada yang diubah."));
}

// A rotated backup's name for a day ("2026-12-01") or a month ("2026-12").
QString rotatedName(const QString &when, Backup::Format format)
{
    return QStringLiteral("loket-") + when + (format == Backup::Format::ServerDump ? QStringLiteral(".dump") : QStringLiteral(".sqlite"));
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

QString Backup::folderFor(Database &db)
{
    const Result<QString> set = OfficeSettings(db).value(QStringLiteral("backup.folder"));
    if (set && !set->trimmed().isEmpty())
        return set->trimmed();
    return db.isServer() ? QString() : defaultFolder(db.path());
}

QString Backup::folderFor(const QString &databasePath)
{
    if (ServerAddress::isServer(databasePath)) {
        auto opened = Database::open(databasePath, Database::Mode::Inspect);
        return opened ? folderFor(*opened.value()) : QString();
    }
    if (!QFileInfo(databasePath).isFile())
        return defaultFolder(databasePath);
    auto opened = Database::open(databasePath, Database::Mode::Inspect);
    return opened ? folderFor(*opened.value()) : defaultFolder(databasePath);
}

Status Backup::supports(const QString &location)
{
    return ServerAddress::isServer(location) ? serverRefused() : Status::success();
}

Status Backup::create(Database &db, const QString &target)
{
    if (db.isServer())
        return serverRefused();
    return write(target, [&db](const QString &partial) { return SqliteBackup::copy(db.connection(), partial, 256); });
}

Status Backup::create(const QString &databasePath, const QString &target)
{
    if (const Status s = supports(databasePath); !s)
        return s;
    if (!QFileInfo(databasePath).isFile())
        return Status::failure(tr("Basis data %1 tidak ditemukan.").arg(databasePath));
    return write(target, [&databasePath](const QString &partial) { return SqliteBackup::copy(databasePath, partial); });
}

Status Backup::write(const QString &target, const std::function<Status(const QString &)> &copyInto)
{
    // The target is a file a user names (loket backup --out): never the live database,
    // never a folder, and its folder must exist (rotate() makes its own subfolders).
    if (const Status checked = LiveFiles::checkUserTarget(target); !checked)
        return Status::failure(tr("Cadangan tidak dibuat: %1").arg(checked.error()));
    const QString partial = target + QStringLiteral(".partial");
    if (const Status checked = LiveFiles::checkUserTarget(partial); !checked)
        return Status::failure(tr("Cadangan tidak dibuat: %1").arg(checked.error()));
    QFile::remove(partial);
    {
        QFile f(partial);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Status::failure(tr("Berkas cadangan %1 tidak dapat dibuat: folder itu tidak boleh ditulis, atau disk penuh.").arg(partial));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    auto failed = [&partial](const QString &message) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        return Status::failure(message);
    };
    if (const Status copied = copyInto(partial); !copied)
        return failed(copied.error());
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return failed(tr("Berkas cadangan tidak dapat dinamai %1.").arg(target));
    return Status::success();
}

Result<QString> Backup::rotate(Database &db, const QString &folder, int keepDaily, int keepMonthly)
{
    if (db.isServer())
        return Result<QString>::failure(serverRefused().error()); // before any folder is made
    return rotateWith([&db](const QString &target) { return create(db, target); }, folder, keepDaily, keepMonthly);
}

Result<QString> Backup::rotate(const QString &databasePath, const QString &folder, int keepDaily, int keepMonthly)
{
    if (const Status s = supports(databasePath); !s)
        return Result<QString>::failure(s.error());
    return rotateWith([&databasePath](const QString &target) { return create(databasePath, target); }, folder, keepDaily, keepMonthly);
}

Result<QString> Backup::rotateWith(const std::function<Status(const QString &)> &create, const QString &folder, int keepDaily,
                                   int keepMonthly, Format format)
{
    const QDate today = Clock::nowUtc().toLocalTime().date();
    const QString daily = QDir(folder).filePath(QStringLiteral("harian/") + rotatedName(today.toString(Qt::ISODate), format));
    // The rotation's own folders are made here (the backup folder itself, too, the first time).
    for (const char *sub : {"harian", "bulanan"}) {
        const QString path = QDir(folder).filePath(QLatin1String(sub));
        if (!QDir().mkpath(path))
            return Result<QString>::failure(tr("Folder cadangan %1 tidak dapat dibuat (folder di atasnya tidak boleh ditulis?).").arg(path));
    }
    if (const Status s = create(daily); !s)
        return Result<QString>::failure(s.error());
    const QString monthly = QDir(folder).filePath(QStringLiteral("bulanan/") + rotatedName(today.toString(QStringLiteral("yyyy-MM")), format));
    if (!QFile::exists(monthly)) {
        if (!QFile::copy(daily, monthly))
            return Result<QString>::failure(tr("Cadangan bulanan %1 tidak dapat dibuat.").arg(monthly));
    }
    prune(QDir(folder).filePath(QStringLiteral("harian")), rotatedName(QStringLiteral("*"), format), keepDaily);
    prune(QDir(folder).filePath(QStringLiteral("bulanan")), rotatedName(QStringLiteral("*"), format), keepMonthly);
    return daily;
}

QString Backup::latest(const QString &folder, Format format)
{
    if (folder.isEmpty())
        return {};
    const QDir dir(QDir(folder).filePath(QStringLiteral("harian")));
    const QStringList files = dir.entryList({rotatedName(QStringLiteral("*"), format)}, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : dir.filePath(files.first());
}

QDateTime Backup::lastBackupTime(const QString &folder, Format format)
{
    const QString file = latest(folder, format);
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
    for (const QString &location : {target, backup})
        if (const Status s = supports(location); !s)
            return R::failure(s.error());
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

// ------------------------------------------------------------------ the backup folder

namespace {

const QString kFolderKey = QStringLiteral("backup.folder");

// Folders the system empties (at restart, or at logout for the runtime folder), as
// written and as they resolve.
QStringList temporaryFolders()
{
    QStringList folders;
    for (const QString &f : {QDir::tempPath(), QStringLiteral("/tmp"), QStringLiteral("/var/tmp"), QStringLiteral("/dev/shm"),
                             qEnvironmentVariable("XDG_RUNTIME_DIR")})
        folders << QDir::cleanPath(f) << QFileInfo(f).canonicalFilePath();
    folders.removeAll(QString());
    folders.removeAll(QStringLiteral("/"));
    folders.removeDuplicates();
    return folders;
}

// The temporary folder `path` lies in, or empty.
QString temporaryFolderOf(const QString &path)
{
    for (const QString &temporary : temporaryFolders())
        if (path == temporary || path.startsWith(temporary + QLatin1Char('/')))
            return temporary;
    return {};
}

} // namespace

Result<QString> Backup::folderSetting(Database &db)
{
    const Result<QString> set = OfficeSettings(db).value(kFolderKey);
    if (!set)
        return set;
    return set->trimmed();
}

Status Backup::checkFolder(const QString &folder)
{
    if (!QDir::isAbsolutePath(folder))
        return Status::failure(tr("Tulis folder cadangan lengkap dari akarnya, mis. /media/usb/cadangan-loket."));
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Status::failure(tr("%1 bukan folder.").arg(folder));
    // Before anything is made, and once more as the folder resolves (through links).
    for (const QString &path : {QDir::cleanPath(folder), info.canonicalFilePath()}) {
        if (const QString temporary = temporaryFolderOf(path); !temporary.isEmpty())
            return Status::failure(tr("Folder %1 ada di folder sementara %2, yang dikosongkan sistem (mis. saat komputer dinyalakan "
                                      "ulang). Pilih folder yang tetap, sebaiknya di diska lain.")
                                       .arg(folder, temporary));
    }
    if (!info.exists() && !QDir().mkpath(folder))
        return Status::failure(tr("Folder cadangan %1 tidak dapat dibuat (folder di atasnya tidak boleh ditulis?).").arg(folder));
    // Tried, not read from the permissions: a read-only mount or share says so only here.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".loket-uji-XXXXXX")));
    if (!probe.open())
        return Status::failure(tr("Folder %1 tidak boleh ditulis oleh akun ini; pilih folder lain.").arg(folder));
    return Status::success();
}

Status Backup::setFolder(Database &db, const User &actor, const QString &input)
{
    if (!Permissions::userMay(actor, Action::EditSettings))
        return Status::failure(tr("Hanya administrator yang boleh mengubah folder cadangan."));
    const QString folder = input.trimmed().isEmpty() ? QString() : QDir::cleanPath(input.trimmed());
    if (!folder.isEmpty()) {
        if (const Status s = checkFolder(folder); !s)
            return s;
    }
    return runWriteTransaction(db.connection(), [&]() -> Status {
        if (const Status s = OfficeSettings(db).setValue(kFolderKey, folder); !s)
            return s;
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("backup_folder_changed");
        e.data = QJsonObject{{QStringLiteral("folder"), folder}};
        return Status::from(EventLog(db.connection()).append(e));
    });
}

Backup::DailyState Backup::daily(const QString &folder, Format format)
{
    DailyState state;
    state.last = lastBackupTime(folder, format);
    const QDateTime now = Clock::nowUtc().toLocalTime();
    // Today's file, named as rotate() names it.
    state.due = folder.isEmpty()
                || !QFileInfo::exists(QDir(folder).filePath(QStringLiteral("harian/") + rotatedName(now.date().toString(Qt::ISODate), format)));
    state.overdue = !state.last.isValid() || state.last.secsTo(now) > 24 * 3600;
    return state;
}
