#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
struct pg_result;
class QSqlDatabase;

// A forward-only read on the engine's own C interface (SQLite's, or libpq's on
// PostgreSQL), for bulk reads where a QVariant per value costs more than the query
// itself: the performance report reads tens of thousands of rows. Prepared, with
// bound values, like every other statement; only for reading. Text comes back as
// UTF-8 bytes valid until the next call of next(); a time column reads as the text
// SQLite stores (Clock::toStorage's form) on both engines.
class FastQuery final
{
public:
    FastQuery(QSqlDatabase &db, const char *sql);
    FastQuery(QSqlDatabase &db, const QByteArray &sql) : FastQuery(db, sql.constData()) {}
    ~FastQuery();
    FastQuery(const FastQuery &) = delete;
    FastQuery &operator=(const FastQuery &) = delete;

    FastQuery &bind(const char *name, qint64 value);
    FastQuery &bind(const char *name, const QString &value);
    // The next row; false at the end or on an error (then status() says which).
    bool next();
    // Success, or the first failure (preparing, binding or reading), busy when its code
    // was SQLITE_BUSY or SQLITE_LOCKED.
    const Status &status() const { return m_status; }
    // status().error(), for callers not on status() yet (core/reports/ReportBuilder).
    const QString &error() const { return m_status.error(); }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QByteArrayView text(int column) const;
    QString string(int column) const;

private:
    int parameter(const char *name);
    bool nextOnServer();
    bool onServer() const { return m_pg != nullptr; }
    // Keeps the first failure: later calls say nothing new.
    void fail(int code, const QString &technical);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    // PostgreSQL: the statement with $n for each :name, the values bound by name, and
    // the result, read once all of it on the first next().
    pg_conn *m_pg = nullptr;
    pg_result *m_result = nullptr;
    QByteArray m_serverSql;
    QList<QByteArray> m_names;
    QList<QByteArray> m_values;
    QList<bool> m_bound;
    QList<bool> m_timeColumn;
    mutable QList<QByteArray> m_times; // a time column of the current row, as stored on SQLite
    int m_row = -1;
    Status m_status;
};
