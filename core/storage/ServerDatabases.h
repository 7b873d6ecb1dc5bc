#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ServerConnection;

// Whole databases on a PostgreSQL server, for the server restore (ServerBackup): who
// else is connected, a new database made like another, renamed, dropped, and the rows of
// its tables counted. `conn` is connected to another database of the same server (a
// database with a connection open cannot be renamed or dropped).
class ServerDatabases final
{
    Q_DECLARE_TR_FUNCTIONS(ServerDatabases)

public:
    // The other connections to `database`: how many, and from where (addresses, or "soket
    // lokal" for the server's own socket).
    struct Sessions {
        int count = 0;
        QStringList from;
    };
    static Result<Sessions> others(ServerConnection &conn, const QString &database);
    // The message refusing a change while `sessions` are open.
    static QString busyMessage(const QString &database, const Sessions &sessions);

    // Whether the account may make databases (superuser or CREATEDB).
    static Result<bool> mayCreate(ServerConnection &conn);
    static Result<bool> exists(ServerConnection &conn, const QString &database);
    // `base` + `suffix`, shortened to PostgreSQL's 63 bytes, with _2, _3 … when taken.
    static Result<QString> freeName(ServerConnection &conn, const QString &base, const QString &suffix);
    // An empty database with `like`'s owner, encoding, locale and database privileges.
    static Status createLike(ServerConnection &conn, const QString &database, const QString &like);
    static Status rename(ServerConnection &conn, const QString &from, const QString &to);
    // Drops `database`, ending any connection still open to it.
    static Status drop(ServerConnection &conn, const QString &database);
    // The rows of `table`, a name as pg_dump writes it (schema.table, each part plain or
    // double-quoted), in the database `conn` is connected to.
    static Result<qint64> countRows(ServerConnection &conn, const QString &table);
};
