#include "storage/ServerDatabases.h"

#include "storage/ServerConnection.h"

#include <QRegularExpression>

namespace {

using Rows = ServerConnection::Rows;

} // namespace

Result<ServerDatabases::Sessions> ServerDatabases::others(ServerConnection &conn, const QString &database)
{
    const Result<Rows> rows = conn.query(
        QStringLiteral("SELECT coalesce(host(client_addr), '') FROM pg_catalog.pg_stat_activity "
                       "WHERE datname = $1 AND pid <> pg_catalog.pg_backend_pid() AND backend_type = 'client backend' ORDER BY 1"),
        {database});
    if (!rows)
        return Result<Sessions>::failure(rows.error());
    Sessions sessions;
    sessions.count = int(rows->size());
    for (const QStringList &row : rows.value()) {
        const QString from = row.value(0).isEmpty() ? tr("soket lokal") : row.value(0);
        if (!sessions.from.contains(from))
            sessions.from << from;
    }
    return sessions;
}

QString ServerDatabases::busyMessage(const QString &database, const Sessions &sessions)
{
    return tr("%1 sambungan lain ke basis data %2 masih terbuka (dari %3). Tutup Loket di setiap PC loket (dan program lain yang memakai "
              "basis data itu) dulu, lalu ulangi. Tidak ada yang diubah.")
        .arg(sessions.count)
        .arg(database, sessions.from.join(QStringLiteral(", ")));
}

Result<bool> ServerDatabases::mayCreate(ServerConnection &conn)
{
    const Result<QString> may =
        conn.value(QStringLiteral("SELECT rolsuper OR rolcreatedb FROM pg_catalog.pg_roles WHERE rolname = current_user"));
    if (!may)
        return Result<bool>::failure(may.error());
    return may.value() == QLatin1String("t");
}

Result<bool> ServerDatabases::exists(ServerConnection &conn, const QString &database)
{
    const Result<QString> found = conn.value(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_database WHERE datname = $1"), {database});
    if (!found)
        return Result<bool>::failure(found.error());
    return found.value() != QLatin1String("0");
}

Result<QString> ServerDatabases::freeName(ServerConnection &conn, const QString &base, const QString &suffix)
{
    for (int n = 1; n < 100; ++n) {
        const QString tail = suffix + (n > 1 ? QStringLiteral("_%1").arg(n) : QString());
        QString head = base;
        while (!head.isEmpty() && (head + tail).toUtf8().size() > 63)
            head.chop(1);
        const QString name = head + tail;
        const Result<bool> taken = exists(conn, name);
        if (!taken)
            return Result<QString>::failure(taken.error());
        if (!taken.value())
            return name;
    }
    return Result<QString>::failure(tr("Tidak ada nama bebas untuk basis data baru di server (%1%2…).").arg(base, suffix));
}

Status ServerDatabases::createLike(ServerConnection &conn, const QString &database, const QString &like)
{
    const Result<Rows> facts =
        conn.query(QStringLiteral("SELECT pg_catalog.pg_get_userbyid(datdba), pg_catalog.pg_encoding_to_char(encoding), datcollate, datctype "
                                  "FROM pg_catalog.pg_database WHERE datname = $1"),
                   {like});
    if (!facts)
        return Status::failure(facts.error());
    if (facts->isEmpty())
        return Status::failure(tr("Basis data %1 tidak ada di server.").arg(like));
    const QStringList f = facts->first();
    const QString name = conn.identifier(database);
    if (const Status made = conn.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2 ENCODING %3 LC_COLLATE %4 LC_CTYPE %5 TEMPLATE template0")
                                          .arg(name, conn.identifier(f.value(0)), conn.literal(f.value(1)), conn.literal(f.value(2)),
                                               conn.literal(f.value(3))));
        !made)
        return made;
    // The database's own privileges (who may connect), as the original has them.
    const Result<Rows> acl = conn.query(
        QStringLiteral("SELECT CASE WHEN a.grantee = 0 THEN '' ELSE pg_catalog.pg_get_userbyid(a.grantee) END, a.privilege_type "
                       "FROM pg_catalog.pg_database d, LATERAL pg_catalog.aclexplode(d.datacl) a WHERE d.datname = $1"),
        {like});
    if (!acl)
        return Status::failure(acl.error());
    if (acl->isEmpty())
        return Status::success(); // the defaults, as the new database has them
    QStringList grants{QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(name)};
    static const QStringList privileges{QStringLiteral("CONNECT"), QStringLiteral("TEMPORARY"), QStringLiteral("CREATE")};
    for (const QStringList &row : acl.value())
        if (privileges.contains(row.value(1)))
            grants << QStringLiteral("GRANT %1 ON DATABASE %2 TO %3")
                          .arg(row.value(1), name, row.value(0).isEmpty() ? QStringLiteral("PUBLIC") : conn.identifier(row.value(0)));
    for (const QString &grant : std::as_const(grants))
        if (const Status s = conn.exec(grant); !s)
            return s;
    return Status::success();
}

Status ServerDatabases::rename(ServerConnection &conn, const QString &from, const QString &to)
{
    return conn.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(conn.identifier(from), conn.identifier(to)));
}

Status ServerDatabases::drop(ServerConnection &conn, const QString &database)
{
    return conn.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(conn.identifier(database)));
}

Result<qint64> ServerDatabases::countRows(ServerConnection &conn, const QString &table)
{
    // pg_dump's own spelling of a name: each part plain, or double-quoted with "" inside.
    static const QRegularExpression name(QStringLiteral("^(?:\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)\\.(?:\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)$"));
    if (!name.match(table).hasMatch())
        return Result<qint64>::failure(tr("Nama tabel %1 di arsip tidak dapat dibaca.").arg(table));
    const Result<QString> rows = conn.value(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!rows)
        return Result<qint64>::failure(rows.error());
    return rows->toLongLong();
}
