#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

// What the kernel says, independent of Loket's own guard: how many POSIX locks this
// process holds on `path` (from /proc/locks), and which of its open files were deleted.
inline int locksHeldOn(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    const QByteArray where = QByteArray::number(major(st.st_dev), 16).rightJustified(2, '0') + ':'
                             + QByteArray::number(minor(st.st_dev), 16).rightJustified(2, '0') + ':' + QByteArray::number(qulonglong(st.st_ino));
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    int count = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        const qsizetype at = f.indexOf(QByteArrayLiteral("POSIX"));
        if (at >= 0 && f.size() > at + 4 && f.at(at + 3) == pid && f.at(at + 4) == where)
            ++count;
    }
    return count;
}

// The files this process has open under `prefix` that were deleted meanwhile.
inline QStringList deletedOpenFiles(const QString &prefix)
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(prefix) && target.endsWith(QLatin1String(" (deleted)")))
            deleted << target;
    }
    return deleted;
}
