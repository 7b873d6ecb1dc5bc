#pragma once

#include "common/Result.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct pg_conn;

// A plain libpq connection for the server's administration (loket server setup, the
// server backup's restore): statements that Qt's driver cannot run well (CREATE
// DATABASE outside a transaction, a role's password), always with bound values ($1 ...);
// the names that must be pasted into a statement go through identifier() (libpq's
// PQescapeIdentifier). Errors come back in Indonesian (PgDialect), the server's own text
// goes to the log.
class ServerConnection final
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)

public:
    using Rows = QList<QStringList>; // a NULL is an empty text

    // Connects to `location` (a libpq address, never with a password); `database`, when
    // given, replaces the address's database (the same server, user and options).
    static Result<std::unique_ptr<ServerConnection>> open(const QString &location, const QString &database = {});
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    Result<Rows> query(const QString &sql, const QStringList &values = {});
    // The first column of the first row; empty when there is no row.
    Result<QString> value(const QString &sql, const QStringList &values = {});
    Status exec(const QString &sql, const QStringList &values = {});
    // The SQLSTATE of the last failed statement ("55006"), for callers that tell cases apart.
    QString lastSqlState() const { return m_lastState; }

    // A name quoted for a statement (libpq's PQescapeIdentifier), a value quoted for a
    // statement that cannot bind one (a role's password in CREATE ROLE).
    QString identifier(const QString &name) const;
    QString literal(const QString &text) const;
    // The SCRAM-SHA-256 verifier of `password` for `role`, made here (libpq), so that the
    // password itself never travels to the server or into its log.
    Result<QString> scramVerifier(const QString &password, const QString &role) const;

    int serverVersion() const;      // 150006
    QString serverMajor() const;    // "15"
    QString database() const;       // the database connected to
    const ServerAddress &address() const { return m_address; }
    // The address of `database` on this server, for Database::open (Qt's driver) and the
    // PostgreSQL tools: the same words with the database replaced.
    QString locationOf(const QString &database) const;

private:
    ServerConnection() = default;
    Status failure(void *result);

    pg_conn *m_conn = nullptr;
    ServerAddress m_address;
    QString m_lastState;
};
