#include "storage/SqlDialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace SqlDialect {

QString driverName()
{
    return QStringLiteral("QSQLITE");
}

QString connectOptions(Access access)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return options;
}

static bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool configureConnection(QSqlDatabase &db, Access access, QString *error)
{
    if (!run(db, QStringLiteral("PRAGMA foreign_keys = ON"), error))
        return false;
    if (!run(db, QStringLiteral("PRAGMA busy_timeout = 5000"), error))
        return false;
    if (access == Access::ReadWrite) {
        if (!run(db, QStringLiteral("PRAGMA journal_mode = WAL"), error))
            return false;
        // FULL: a commit is on disk before Loket prints the receipt that names it, even
        // if the power goes a moment later (docs/security.md). About 0.3 ms a commit here.
        if (!run(db, QStringLiteral("PRAGMA synchronous = FULL"), error))
            return false;
    }
    return true;
}

bool inTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
    return connection && sqlite3_get_autocommit(connection) == 0;
}

bool usesWal(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
}

int schemaVersion(const QSqlDatabase &db, bool *ok)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (ok)
            *ok = false;
        return -1;
    }
    if (ok)
        *ok = true;
    return q.value(0).toInt();
}

bool setSchemaVersion(QSqlDatabase &db, int version, QString *error)
{
    // PRAGMA takes no bound parameters; the value is an integer we produce ourselves.
    return run(db, QStringLiteral("PRAGMA user_version = ") + QString::number(version), error);
}

bool executeScript(QSqlDatabase &db, const QByteArray &script, QString *error)
{
    QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (error)
            *error = QStringLiteral("no SQLite handle");
        return false;
    }
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.data());
    char *message = nullptr;
    const QByteArray text = script + '\0';
    if (sqlite3_exec(raw, text.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return false;
    }
    return true;
}

QString beginWriteTransaction()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QStringList integrityProblems(const QSqlDatabase &db, bool quick, QString *error)
{
    QSqlQuery q(db);
    QStringList problems;
    if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"))) {
        if (error)
            *error = q.lastError().text();
        problems << q.lastError().text();
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery fk(db);
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (fk.next())
            problems << QStringLiteral("foreign key: %1 row %2").arg(fk.value(0).toString(), fk.value(1).toString());
    }
    return problems;
}

bool isBusyError(const QString &nativeErrorCode)
{
    const int code = nativeErrorCode.toInt();
    return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

} // namespace SqlDialect
