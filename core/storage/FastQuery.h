#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

// A forward-only read on SQLite's own C interface, for bulk reads where a QVariant per
// value costs more than the query itself: the performance report reads tens of
// thousands of rows. Prepared, with bound values, like every other statement; only
// for reading. Text comes back as UTF-8 bytes valid until the next call of next().
class FastQuery final
{
public:
    FastQuery(QSqlDatabase &db, const char *sql);
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
    // Keeps the first failure: later calls say nothing new.
    void fail(int code, const QString &technical);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Status m_status;
};
