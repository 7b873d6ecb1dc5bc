#pragma once

#include <QSqlDatabase>
#include <QString>

// Everything that depends on the SQL dialect lives here, so that a PostgreSQL
// backend needs changes in this one place: connection set-up, schema versioning,
// script execution, write-transaction start and time functions.
namespace SqlDialect {

enum class Access { ReadWrite, ReadOnly };

QString driverName();
// Driver connect options for the given access mode.
QString connectOptions(Access access);
// PRAGMAs and session settings applied right after opening.
bool configureConnection(QSqlDatabase &db, Access access, QString *error);
// Whether a transaction is open on the connection (SQLite: not in autocommit mode).
bool inTransaction(const QSqlDatabase &db);
// Whether the connection's file is in WAL mode (SQLite keeps a lock on its -shm).
bool usesWal(const QSqlDatabase &db);
int schemaVersion(const QSqlDatabase &db, bool *ok);
bool setSchemaVersion(QSqlDatabase &db, int version, QString *error);
// Runs a multi-statement script (a migration).
bool executeScript(QSqlDatabase &db, const QByteArray &script, QString *error);
// The statement that starts a transaction that will write.
QString beginWriteTransaction();
// Full integrity check, or the quick one for large files. Returns the problems found.
QStringList integrityProblems(const QSqlDatabase &db, bool quick, QString *error);
// Whether an error from the driver is a lock/busy condition worth retrying.
bool isBusyError(const QString &nativeErrorCode);

} // namespace SqlDialect
