#pragma once

#include <QSqlDatabase>

#include <cstdio>

struct sqlite3;
struct pg_conn;

// Counts, exactly, what one connection asks of its database: the statements it runs and,
// on a PostgreSQL server, the round trips (each wait for the server). For the benchmark
// and the round-trip budget test (docs/performance.md); nothing in Loket itself uses it.
//
// PostgreSQL: libpq's own protocol trace on the connection (PQtrace), read back as text.
// A round trip is one ReadyForQuery message from the server: libpq ends every simple
// query (PQexec, Qt's driver), every extended-protocol exchange and every pipeline sync
// with exactly one, and the client waits for it before it sends anything else. A
// statement is one CommandComplete or ErrorResponse (BEGIN, COMMIT, Qt's PREPARE and
// DEALLOCATE included; a protocol-level Parse is not a statement of its own).
// SQLite: sqlite3_trace_v2's SQLITE_TRACE_STMT, once per statement that starts running
// (trigger programs, reported with a "--" comment, are left out); no round trips.
//
// The trace costs time itself: count in runs of their own, never inside a timed run.
// LOKET_TRACE_DUMP=1 in the environment: each take() on a server also prints the trace it
// counted (every protocol message), to see which statements went in which round trip.
class StatementCounter final
{
public:
    explicit StatementCounter(QSqlDatabase &db);
    ~StatementCounter();
    StatementCounter(const StatementCounter &) = delete;
    StatementCounter &operator=(const StatementCounter &) = delete;

    struct Counts
    {
        int statements = 0;
        int roundTrips = 0; // always 0 on SQLite
    };
    // What the connection did since the counter started or since the last take().
    Counts take();
    bool onServer() const { return m_pg != nullptr; }

private:
    pg_conn *m_pg = nullptr;
    sqlite3 *m_sqlite = nullptr;
    // PostgreSQL: the trace, written into memory.
    FILE *m_trace = nullptr;
    char *m_buffer = nullptr;
    size_t m_size = 0;
    size_t m_read = 0; // how much of the trace take() has counted
    // SQLite: statements started since the last take().
    int m_stepped = 0;
};
