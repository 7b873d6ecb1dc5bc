#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

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
//
// On PostgreSQL the statement runs at the first next(), and its rows come either all
// at once (one result held whole) or one by one as the server sends them (libpq's
// single-row mode); see ServerRows. Read one by one, the connection is busy with the
// statement until its last row: it is left clean (read to libpq's final result) as soon
// as the last row is in hand, when the statement fails, and when the FastQuery is
// destroyed early. Several FastQuery may be read side by side on one connection: when
// one starts, the rest of the rows of the one still being sent are set aside, in
// memory, and it goes on reading from there. Qt's own statements (QSqlQuery,
// SqlQuery) on the same connection must wait until the last row is in hand: libpq
// would discard the rows not yet read, and that FastQuery's next() would fail (never
// a short read).
class FastQuery final
{
public:
    // How a read on PostgreSQL takes its rows (docs/performance.md has the measurements).
    enum class ServerRows {
        // PQexecParams: every row in one result, then read from memory. The default:
        // never slower in the measurements beyond the machine's noise (the yearly
        // report about 10 % faster), and the connection is free while the caller works
        // through the rows (the report may load an old catalogue version through Qt's
        // driver in the middle of its files).
        Whole,
        // PQsendQueryParams + PQsetSingleRowMode: each row as it arrives, in constant
        // memory. Only where nothing else runs on the connection until the last row.
        OneByOne,
    };
    // The way every FastQuery started afterwards reads (loket_bench's comparison).
    static void setServerRows(ServerRows rows);
    static ServerRows serverRows();

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
    struct Parked;

    int parameter(const char *name);
    bool startOnServer();
    bool nextOnServer();
    // The connection's next result into m_ahead; at the end of the statement (its last
    // result, or a failure) the connection is read to its final NULL.
    void readAhead();
    // Reads the rest of this statement's results to the final NULL, freeing them.
    void finishOnServer();
    // Another statement needs the connection: the rest of this one's rows into m_parked.
    void park();
    void takeColumns(const pg_result *result);
    Status serverFailure(const pg_result *result) const; // nullptr: the connection's own error
    void failOnServer(const pg_result *result);
    const char *serverValue(int column) const;
    int serverLength(int column) const;
    bool serverNull(int column) const;
    bool onServer() const { return m_pg != nullptr; }
    // Keeps the first failure: later calls say nothing new.
    void fail(int code, const QString &technical);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    // PostgreSQL: the statement with $n for each :name, the values bound by name, the
    // result holding the current row, the result after it (one by one: read ahead, so
    // that the connection is clean once the last row is in hand), and the rows set
    // aside when another FastQuery took the connection.
    pg_conn *m_pg = nullptr;
    pg_result *m_result = nullptr;
    pg_result *m_ahead = nullptr;
    std::unique_ptr<Parked> m_parked;
    QByteArray m_serverSql;
    QList<QByteArray> m_names;
    QList<QByteArray> m_values;
    QList<bool> m_bound;
    QList<bool> m_timeColumn;
    mutable QList<QByteArray> m_times; // a time column of the current row, as stored on SQLite
    int m_row = -1;
    bool m_started = false;
    bool m_streaming = false; // this statement's results are still coming on the connection
    bool m_ended = false;     // its last result (or its failure) has come; on SQLite: stepped to the end
    Status m_status;
};
