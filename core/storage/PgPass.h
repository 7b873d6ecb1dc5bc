#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// libpq's password file: $PGPASSFILE, else ~/.pgpass. One line per server account,
// host:port:database:user:password, with ':' and '\' inside a field written as "\:" and
// "\\"; '*' in a field matches anything; the first matching line wins. libpq ignores a
// file that others may read or write (mode looser than 0600), so Loket never writes a
// password into one. The password is the account's own, never Loket's setting.
class PgPass final
{
    Q_DECLARE_TR_FUNCTIONS(PgPass)

public:
    // Which server account a line is for: the four fields before the password, each as
    // libpq compares it (host as given in the address, even a socket folder; the port's
    // number as text).
    struct Entry {
        QString host;
        QString port;
        QString database;
        QString user;
    };

    // The file libpq reads: PGPASSFILE when set, else .pgpass in the home folder.
    static QString path();
    // A field as it is written in the file.
    static QString escape(const QString &field);
    // The line written for `entry` (no newline).
    static QString line(const Entry &entry, const QString &password);
    // Writes the line for `entry` into path(): replaces the line for the same four fields
    // (no duplicate is added); a new line goes before the first wildcard line that would
    // otherwise answer for this account, else at the end. A new file is made with mode
    // 0600, and the file is replaced whole, so a failure leaves the old one as it was. An
    // existing file with looser permissions, or one that is not a plain file, is refused
    // with the reason and what to do.
    static Status save(const Entry &entry, const QString &password);
    // The password libpq would take from the file for `entry` (the first matching line,
    // wildcards included); nothing when no line matches or the file cannot be read.
    static std::optional<QString> lookup(const Entry &entry);
};
