#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

// Everything that depends on the SQL engine lives here: connection set-up, schema
// versioning, script execution, write-transaction start, the statements whose syntax
// differs between SQLite and PostgreSQL (upsert, insert-ignoring, a list of ids bound
// as one value, case-blind and substring comparisons) and the meaning of the driver's
// error codes. The engine is the connection's: a QSQLITE or a QPSQL one (PgDialect.h).
namespace SqlDialect {

enum class Engine { Sqlite, PostgreSql };
Engine engineOf(const QSqlDatabase &db);

// Immutable: read-only, and the file cannot change while it is open (SQLite's
// "immutable" URI parameter: no locks, no -shm). For a file in a folder this account
// cannot write, without a -wal or -shm beside it: no process can be writing it then,
// and SQLite could not create the -shm a WAL file needs for reading.
enum class Access { ReadWrite, ReadOnly, Immutable };
// How to open the file at `path` only to read it: Immutable when its folder cannot be
// written and no -wal or -shm stands beside it, else ReadOnly.
Access readAccess(const QString &path);

// SQLite's driver (PostgreSQL's: PgDialect::driverName()).
QString driverName();
// Driver connect options for the given access mode.
QString connectOptions(Access access);
// The name to give the driver for the file at `path` in that access mode.
QString databaseName(const QString &path, Access access);
// PRAGMAs and session settings applied right after opening.
Status configureConnection(QSqlDatabase &db, Access access);
// Whether a transaction is open on the connection (SQLite: not in autocommit mode).
bool inTransaction(const QSqlDatabase &db);
// Whether a server connection still stands as libpq last saw it (no round trip); a file's
// always does.
bool isConnected(const QSqlDatabase &db);
// Whether the connection's file is in WAL mode (SQLite keeps a lock on its -shm).
bool usesWal(const QSqlDatabase &db);
// The schema version stored in the file (SQLite: PRAGMA user_version). When it cannot
// be read, `driverError` (if given) receives the driver's error, for Database::open to
// tell a foreign or read-only file by it.
Result<int> schemaVersion(const QSqlDatabase &db, QSqlError *driverError = nullptr);
Status setSchemaVersion(QSqlDatabase &db, int version);
// Runs a multi-statement script (a migration).
Status executeScript(QSqlDatabase &db, const QByteArray &script);
// Starts a transaction that will write: SQLite BEGIN IMMEDIATE; PostgreSQL BEGIN and
// Loket's write lock (PgDialect::beginWrite), in one round trip. For a caller that goes
// on through Qt's driver (migrations) and commits through it.
Status beginWrite(QSqlDatabase &db);
// The same for Transaction, whose statements all go through SqlQuery and FastQuery: on
// PostgreSQL the BEGIN and the lock are sent with the transaction's first statement, and
// its writes whose rows nobody reads with the next statement that waits, or with the
// COMMIT (PgSession.h). commitWrite's failure is the COMMIT's, or, when
// `statementFailed` is set, that of a write sent with it (its own message).
Status startWrite(QSqlDatabase &db);
Status commitWrite(QSqlDatabase &db, bool *statementFailed);
void rollbackWrite(QSqlDatabase &db);
// Sends what waits for the next round trip now: before Qt's driver runs a statement
// inside a Transaction (ServerRoles). Nothing on SQLite.
Status settle(QSqlDatabase &db);
// A number for the Transaction open on the connection (startWrite to commitWrite or
// rollbackWrite), different for each one; 0 when none is open.
quint64 writeTransactionId(const QSqlDatabase &db);
// For a writer of thousands of rows in one transaction (the copy of `loket migrate`, demo
// data): PostgreSQL announces no event of this transaction to the desks (the trigger of
// migration 0008 keeps quiet); nothing on SQLite, whose desks ask for changes themselves.
Status quietBulkWrites(QSqlDatabase &db);

// Personal values erased for good (retention, docs/security.md). Before the erasing
// transaction: SQLite zeroes the content it frees from then on (PRAGMA secure_delete on
// this connection); nothing on PostgreSQL. After it: SQLite rebuilds the file without the
// old pages (VACUUM) and empties the -wal (wal_checkpoint(TRUNCATE)); PostgreSQL
// vacuums `tables` (their dead row versions; its WAL and backups are the server's).
Status beginErasure(QSqlDatabase &db);
Status finishErasure(QSqlDatabase &db, const QStringList &tables);

// Statements whose syntax differs between engines. Table and column names are
// identifiers Loket writes itself, never input; every value is a named placeholder
// ":column", bound with SqlQuery::bind.
//
// Inserts a row, or, when a row with the same key columns exists, sets its value
// columns (none: keeps it as it is). SQLite and PostgreSQL:
// INSERT INTO t (k, v) VALUES (:k, :v) ON CONFLICT (k) DO UPDATE SET v = excluded.v
QString upsert(const QString &table, const QStringList &keyColumns, const QStringList &valueColumns);
// Inserts a row unless it would repeat a unique key; the row already there stays.
// INSERT INTO t (a, b) VALUES (:a, :b) ON CONFLICT DO NOTHING on both engines (a row
// that breaks a NOT NULL or CHECK constraint is refused, not skipped).
QString insertIgnoringDuplicates(const QString &table, const QStringList &columns);
// A list of ids bound as one value: `placeholder` is the name as bound (":ids"); the
// fragment goes after IN: "WHERE id IN " + idListParameter(":ids"), bound with
// idListValue(ids). An empty list matches no row. SQLite: (SELECT value FROM
// json_each(:ids)) with a JSON array; PostgreSQL: (SELECT unnest(CAST(:ids AS bigint[]))).
QString idListParameter(const QSqlDatabase &db, const QString &placeholder);
QVariant idListValue(const QList<qint64> &ids);
// `expression` (a column or a placeholder) compared without regard to case, byte by
// byte otherwise: SQLite expr COLLATE NOCASE; PostgreSQL lower(expr) COLLATE "C".
QString caseless(const QSqlDatabase &db, const QString &expression);
// Whether `needle` occurs in `haystack` as plain text (never a pattern): SQLite
// instr(h, n) > 0; PostgreSQL strpos(h, n) > 0.
QString containsText(const QSqlDatabase &db, const QString &haystack, const QString &needle);
// The last `count` characters of a text expression: SQLite substr(x, -n); PostgreSQL right(x, n).
QString lastCharacters(const QSqlDatabase &db, const QString &expression, int count);
// Whether the database has the table (unqualified: the connection's own schema).
bool hasTable(const QSqlDatabase &db, const QString &table);
// A join that keeps the tables in the order written: SQLite "CROSS JOIN" (its planner
// then never reorders them); PostgreSQL "JOIN" (its planner chooses well by itself).
QString orderedJoin(const QSqlDatabase &db);
// Full integrity check, or the quick one for large files: the damage found, each in
// Indonesian; empty when healthy. A failure when the check could not start; one that
// stopped part-way says why as its last problem.
Result<QStringList> integrityProblems(const QSqlDatabase &db, bool quick);
// The rows that refer to rows that do not exist, likewise.
Result<QStringList> foreignKeyProblems(const QSqlDatabase &db);
// A failed driver call as a Status: errorMessage(error), busy (Status::isBusy) when its
// code is SQLITE_BUSY or SQLITE_LOCKED.
Status failure(const QSqlError &error);
// The same for a result code of SQLite's own interface, with its text as the technical detail.
Status failure(int sqliteCode, const QString &technical = {});
// SQLITE_READONLY, for errorMessage() where Loket itself finds the file read-only.
constexpr int kReadOnlyCode = 8;
// SQLite's primary result code of a driver error (nativeErrorCode, extended codes
// folded: 1032 SQLITE_READONLY_DBMOVED -> 8); 0 when there is none.
int primaryCode(const QSqlError &error);
// Whether the error says the file cannot be written or its -shm not created (read-only
// file or folder): SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM.
bool isReadOnlyError(const QSqlError &error);
// A clear Indonesian sentence for a driver error, by SQLite's result code: read-only,
// disk full, cannot open, busy/locked, corrupt, not a database, I/O error ... The
// driver's own (English) text is written to the log (category "loket.storage"), never
// into the message.
QString errorMessage(const QSqlError &error);
QString errorMessage(int sqliteCode, const QString &technical = {});
// The message of SQLITE_BUSY / SQLITE_LOCKED (runWriteTransaction retries on it).
QString busyMessage();

} // namespace SqlDialect
