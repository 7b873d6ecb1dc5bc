#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

// The database files this process holds open through SQLite, and the rule that keeps
// them safe.
//
// SQLite's locks on a file are POSIX advisory locks, and those belong to the process,
// not to the file descriptor: when any code in the process closes ANY descriptor of
// the database file, or of its -wal or -shm, every lock that SQLite's connections hold
// on that file is released at once (sqlite.org/howtocorrupt.html, section 2.2). Another
// Loket process then believes it is alone, and on closing deletes the -wal and -shm this
// process still writes into. So, while a connection is open, no code of Loket's other
// than SQLite itself opens those files:
//
//  - Database::open reads a file's header only when the process does not hold it yet;
//  - a file a user picks (import, export) is refused when it is one of them
//    (`refuseUserFile`), before it is opened;
//  - the guard (`lockState`) notices if it ever happens all the same, and every write
//    transaction refuses to start from then on (Transaction), so nothing more is
//    written into files another process may already have deleted.
namespace LiveFiles {

// Registry of the open database files (Database::open and its destructor). Counted:
// several connections of one process may hold the same file.
void acquire(const QString &path, bool wal);
void release(const QString &path);
// Whether this process holds that database file open.
bool isHeld(const QString &path);
// Serialises the check "held?" + header read + first open of a file across threads.
class OpenLock final
{
public:
    OpenLock();
    ~OpenLock();
    OpenLock(const OpenLock &) = delete;
    OpenLock &operator=(const OpenLock &) = delete;
};

// True when `path` names a file of a database this process holds open: the file itself
// or its -wal, -shm or -journal, by name (after resolving links) or by identity.
bool isLiveDatabaseFile(const QString &path);
// A clear message for a file a user chose that Loket must not open itself; success
// otherwise.
Status refuseUserFile(const QString &path);

// Reads or writes a file a user chose (an import, an export), refusing the live
// database's files first, with clear messages instead of the system's English. A write
// replaces the file whole (QSaveFile): a failure leaves the old one as it was.
Result<QByteArray> readUserFile(const QString &path);
// The same, refusing a file above `maxBytes` before reading it, with its real size.
Result<QByteArray> readUserFile(const QString &path, qint64 maxBytes);
Status writeUserFile(const QString &path, const QByteArray &content);
// For writers that open the file themselves (PDF): refused when live, a folder, or in
// a folder that does not exist.
Status checkUserTarget(const QString &path);

enum class LockState {
    Held,    // the process holds its locks on the file and on its shared memory
    Lost,    // it no longer does: stop writing, restart
    Unknown, // not a WAL file on Linux (nothing to check), or not held
};
// Whether the process still holds SQLite's locks on an open WAL database: a lock on
// the database file and one on its -shm, both on the files that the names point to
// now (read from /proc/locks). Once lost, a file stays lost for this process.
LockState lockState(const QString &path);
// The message every refused write shows when the locks are lost.
QString lostMessage();
// Asked before every write (Transaction, and SqlQuery outside one): a file this account
// may not write is said to be read-only; a file whose locks were lost refuses with
// lostMessage(); success otherwise.
Status mayWrite(const QString &path);

} // namespace LiveFiles
