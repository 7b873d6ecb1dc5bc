#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

struct pg_conn;
struct pg_result;
class ServerAddress;

// The PostgreSQL half of SqlDialect (SqlDialect.h dispatches here for a QPSQL
// connection). For core/storage only.
namespace PgDialect {

QString driverName();
// libpq's connection under a Qt connection; nullptr when it is not a PostgreSQL one.
pg_conn *handle(const QSqlDatabase &db);
// Whether libpq's connection is still good (PQstatus; no round trip): false once the
// server closed it or the network dropped it and libpq noticed.
bool isConnected(const QSqlDatabase &db);

// Session settings right after connecting: times in UTC (the office's zone is Loket's
// own setting, never the server's), ISO dates, a bound on waiting for a lock, and
// read-only transactions for a connection that only reads.
Status configureConnection(QSqlDatabase &db, bool readOnly);
bool inTransaction(const QSqlDatabase &db);
// The row of schema_version; 0 for a database with no tables yet; a failure for a
// database that has tables but is not Loket's.
Result<int> schemaVersion(const QSqlDatabase &db);
Status setSchemaVersion(QSqlDatabase &db, int version);
Status executeScript(QSqlDatabase &db, const QByteArray &script);
// BEGIN, then the transaction-scoped advisory lock every Loket write transaction takes
// first (one per Loket database, that is per schema): writers take turns as on SQLite, so the event chain has one head, a day's
// queue numbers are gapless and a claim sees the claim before it. Readers never wait.
// Both in one round trip; Transaction sends them with its first statement instead
// (PgSession::startWrite).
Status beginWrite(QSqlDatabase &db);
// The statement that takes the write lock.
QString writeLockStatement();
// amcheck's B-tree checks of Loket's indexes where the extension is installed.
Result<QStringList> integrityProblems(const QSqlDatabase &db);

// SQLSTATE is five characters (SQLite's codes are numbers of at most four digits).
bool isSqlState(const QString &code);
// Serialization failure, deadlock, lock timeout: the whole transaction may be tried again.
bool isRetryable(const QString &sqlState);
// A clear Indonesian sentence for a server's error by its SQLSTATE; the server's own
// text goes to the log.
QString errorMessage(const QString &sqlState, const QString &technical);
// libpq's failed `result` (nullptr: the connection's own error) as a Status: its
// errorMessage, busy when it may be tried again.
Status failureOf(const pg_result *result, pg_conn *conn);
// The message when the connection to the server is lost or cannot be made.
QString unreachableMessage();
// Why a connection to `address` could not be made, in Indonesian: no answer, a
// password needed but not in ~/.pgpass, refused by the server (account, database,
// pg_hba.conf). Asks libpq itself; libpq's text goes to the log.
QString serverRefusal(const ServerAddress &address);
// Why a server did not answer libpq's PQping (`ping`: PQPING_NO_RESPONSE and the
// like); empty when it answered (PQPING_OK).
QString unansweredReason(int ping, const ServerAddress &address);
// Why the connection `conn` to `address` (tried and failed, not yet finished) was
// refused, in Indonesian, by what libpq says of it; the server is not asked again.
QString refusalOf(pg_conn *conn, const ServerAddress &address);
// Why an encrypted connection (TLS, sslmode) failed, in Indonesian, from libpq's text for
// it (the server without ssl, no CA certificate on this PC, a certificate not trusted or
// for another name); empty when the failure was not about TLS. libpq tells such a failure
// as "no answer" to PQping, so it is asked first.
QString tlsReason(const QString &technical);

} // namespace PgDialect
