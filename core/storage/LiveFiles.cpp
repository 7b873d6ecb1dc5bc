#include "storage/LiveFiles.h"

#include "storage/SqlDialect.h"

#include "common/FileSize.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

namespace {

struct Identity {
    quint64 device = 0;
    quint64 inode = 0;
    bool valid = false;
    bool operator==(const Identity &o) const { return valid && o.valid && device == o.device && inode == o.inode; }
};

struct Entry {
    int count = 0;
    bool wal = false;
    bool lost = false;
    Identity file; // the inode the connection opened
};

QMutex registryMutex;
QMutex openMutex;
QHash<QString, Entry> registry; // by canonical path

// The canonical path of a database file: links resolved, so two spellings of one file
// share one entry. realpath() only reads directories, it opens no file.
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

Identity identityOf(const QString &path)
{
    Identity id;
#ifdef Q_OS_LINUX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        id.device = st.st_dev;
        id.inode = st.st_ino;
        id.valid = true;
    }
#else
    Q_UNUSED(path)
#endif
    return id;
}

const char *const kSideSuffixes[] = {"-wal", "-shm", "-journal"};

#ifdef Q_OS_LINUX
// Whether /proc/locks lists a lock of this process on the file `id`. A line reads
// "1: POSIX  ADVISORY  READ 5955 fe:00:10953155 128 128" (blocked waiters have "->"
// after the number); the device is major:minor in hex, the inode in decimal.
struct LockScan {
    bool readable = false;
    bool onFile = false;
    bool onShm = false;
};

LockScan scanLocks(const Identity &file, const Identity &shm)
{
    LockScan scan;
    // Read and looked through without Qt's file engine, from a descriptor kept open (the
    // kernel writes the list anew for each read from the start): every write
    // transaction asks.
    thread_local int fd = -1;
    if (fd < 0)
        fd = ::open("/proc/locks", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return scan;
    QByteArray all;
    char buffer[16384];
    ssize_t n = 0;
    for (off_t at = 0; (n = ::pread(fd, buffer, sizeof buffer, at)) > 0; at += n)
        all.append(buffer, n);
    if (n < 0) {
        ::close(fd);
        fd = -1;
        return scan;
    }
    scan.readable = true;
    const QByteArray pid = QByteArray::number(static_cast<qint64>(::getpid()));
    for (qsizetype from = 0; from < all.size();) {
        qsizetype end = all.indexOf('\n', from);
        if (end < 0)
            end = all.size();
        const QByteArrayView line = QByteArrayView(all).sliced(from, end - from);
        from = end + 1;
        if (!line.contains(pid)) // not this process's (a quick look before the fields)
            continue;
        const QList<QByteArray> fields = line.toByteArray().simplified().split(' ');
        qsizetype at = fields.indexOf(QByteArrayLiteral("POSIX"));
        if (at < 0)
            at = fields.indexOf(QByteArrayLiteral("OFDLCK"));
        if (at < 0 || fields.size() < at + 5 || fields.at(at + 3) != pid)
            continue;
        const QList<QByteArray> where = fields.at(at + 4).split(':');
        if (where.size() != 3)
            continue;
        bool ok1 = false, ok2 = false, ok3 = false;
        const quint64 device = makedev(where.at(0).toUInt(&ok1, 16), where.at(1).toUInt(&ok2, 16));
        const quint64 inode = where.at(2).toULongLong(&ok3);
        if (!ok1 || !ok2 || !ok3)
            continue;
        const Identity id{device, inode, true};
        scan.onFile = scan.onFile || id == file;
        scan.onShm = scan.onShm || id == shm;
    }
    return scan;
}
#endif

} // namespace

namespace LiveFiles {

OpenLock::OpenLock()
{
    openMutex.lock();
}

OpenLock::~OpenLock()
{
    openMutex.unlock();
}

void acquire(const QString &path, bool wal)
{
    const QString key = canonical(path);
    QMutexLocker lock(&registryMutex);
    Entry &entry = registry[key];
    if (entry.count++ == 0) {
        entry.wal = wal;
        entry.lost = false;
        entry.file = identityOf(key);
    }
}

void release(const QString &path)
{
    const QString key = canonical(path);
    QMutexLocker lock(&registryMutex);
    auto it = registry.find(key);
    if (it != registry.end() && --it->count <= 0)
        registry.erase(it);
}

bool isHeld(const QString &path)
{
    const QString key = canonical(path);
    QMutexLocker lock(&registryMutex);
    return registry.contains(key);
}

bool isLiveDatabaseFile(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QString key = canonical(path);
    const Identity id = identityOf(key);
    QMutexLocker lock(&registryMutex);
    for (auto it = registry.cbegin(); it != registry.cend(); ++it) {
        if (key == it.key() || (id.valid && id == it->file))
            return true;
        for (const char *suffix : kSideSuffixes) {
            const QString side = it.key() + QLatin1String(suffix);
            if (key == side || (id.valid && id == identityOf(side)))
                return true;
        }
    }
    return false;
}

Status refuseUserFile(const QString &path)
{
    if (!isLiveDatabaseFile(path))
        return Status::success();
    return Status::failure(QCoreApplication::translate("LiveFiles", "Berkas %1 adalah basis data Loket yang sedang dipakai (atau berkas "
                                                                    "pendampingnya). Pilih berkas lain; basis data itu tidak disentuh.")
                               .arg(QFileInfo(path).fileName()));
}

static QString fileErrorText(QFileDevice::FileError error, const QString &path, bool writing)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return QCoreApplication::translate("LiveFiles", "%1 adalah folder, bukan berkas.").arg(name);
    if (!writing && !info.exists())
        return QCoreApplication::translate("LiveFiles", "Berkas %1 tidak ada.").arg(name);
    if (writing && !info.absoluteDir().exists())
        return QCoreApplication::translate("LiveFiles", "Folder %1 tidak ada.").arg(QDir::toNativeSeparators(info.absolutePath()));
    if (error == QFileDevice::PermissionsError || (writing ? !QFileInfo(info.absolutePath()).isWritable() : !info.isReadable()))
        return writing ? QCoreApplication::translate("LiveFiles", "Berkas %1 tidak boleh ditulis (hak akses).").arg(name)
                       : QCoreApplication::translate("LiveFiles", "Berkas %1 tidak boleh dibaca (hak akses).").arg(name);
    return writing ? QCoreApplication::translate("LiveFiles", "Berkas %1 tidak dapat ditulis (disk penuh atau rusak?).").arg(name)
                   : QCoreApplication::translate("LiveFiles", "Berkas %1 tidak dapat dibaca.").arg(name);
}

Result<QByteArray> readUserFile(const QString &path)
{
    if (const Status refused = refuseUserFile(path); !refused)
        return Result<QByteArray>::failure(refused.error());
    if (QFileInfo(path).isDir())
        return Result<QByteArray>::failure(fileErrorText(QFileDevice::OpenError, path, false));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(fileErrorText(file.error(), path, false));
    QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(fileErrorText(file.error(), path, false));
    return content;
}

Result<QByteArray> readUserFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (info.isFile() && info.size() > maxBytes && refuseUserFile(path))
        return Result<QByteArray>::failure(QCoreApplication::translate("LiveFiles", "Berkas %1 terlalu besar (%2; paling besar %3).")
                                               .arg(QDir::toNativeSeparators(path), FileSize::text(info.size()), FileSize::text(maxBytes)));
    return readUserFile(path);
}

Status checkUserTarget(const QString &path)
{
    if (const Status refused = refuseUserFile(path); !refused)
        return refused;
    const QFileInfo info(path);
    if (info.isDir() || !info.absoluteDir().exists() || (info.exists() && !info.isWritable())
        || (!info.exists() && !QFileInfo(info.absolutePath()).isWritable()))
        return Status::failure(fileErrorText(QFileDevice::OpenError, path, true));
    return Status::success();
}

Status writeUserFile(const QString &path, const QByteArray &content)
{
    if (const Status target = checkUserTarget(path); !target)
        return target;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Status::failure(fileErrorText(file.error(), path, true));
    return Status::success();
}

LockState lockState(const QString &path)
{
    // The database's own path, asked at every write transaction: resolved once.
    thread_local QString lastPath, lastKey;
    if (path != lastPath || lastKey.isEmpty()) {
        lastKey = canonical(path);
        lastPath = path;
    }
    const QString key = lastKey;
    Entry entry;
    {
        QMutexLocker lock(&registryMutex);
        const auto it = registry.constFind(key);
        if (it == registry.cend())
            return LockState::Unknown;
        entry = *it;
    }
    if (entry.lost)
        return LockState::Lost;
    if (!entry.wal)
        return LockState::Unknown;
#ifdef Q_OS_LINUX
    const Identity file = identityOf(key);
    const Identity shm = identityOf(key + QStringLiteral("-shm"));
    bool lost = !(file == entry.file) || !shm.valid; // the file was replaced, or the -shm deleted
    if (!lost) {
        const LockScan scan = scanLocks(file, shm);
        if (!scan.readable)
            return LockState::Unknown;
        lost = !scan.onFile || !scan.onShm;
    }
    if (!lost)
        return LockState::Held;
    QMutexLocker lock(&registryMutex);
    if (const auto it = registry.find(key); it != registry.end())
        it->lost = true;
    return LockState::Lost;
#else
    return LockState::Unknown;
#endif
}

Status mayWrite(const QString &path)
{
    // Read-only first: such a file's locks cannot look like a writer's either. (One
    // access() for a writable file, as QFileInfo::isWritable asks; its existence only when
    // it is not.)
    if (::access(QFile::encodeName(path).constData(), W_OK) != 0 && QFileInfo::exists(path))
        return Status::failure(SqlDialect::errorMessage(SqlDialect::kReadOnlyCode));
    if (lockState(path) == LockState::Lost)
        return Status::failure(lostMessage());
    return Status::success();
}

QString lostMessage()
{
    return QCoreApplication::translate("LiveFiles", "Loket tidak lagi memegang kunci berkas basis data (ada program lain yang membuka "
                                                    "berkas itu). Agar tidak ada catatan yang hilang, Loket berhenti menyimpan. "
                                                    "Tutup Loket dan buka kembali; yang sudah tersimpan tetap aman.");
}

} // namespace LiveFiles
