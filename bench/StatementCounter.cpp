#include "StatementCounter.h"

#include <QByteArray>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>

namespace {

template<typename T>
T *driverHandle(QSqlDatabase &db, const char *type, const char *alias = nullptr)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (!h.isValid() || (qstrcmp(h.typeName(), type) != 0 && (!alias || qstrcmp(h.typeName(), alias) != 0)))
        return nullptr;
    return *static_cast<T *const *>(h.data());
}

int countStatement(unsigned, void *context, void *, void *text)
{
    // Trigger programs are reported as "-- TRIGGER name": part of their statement.
    const char *sql = static_cast<const char *>(text);
    if (!sql || std::strncmp(sql, "--", 2) != 0)
        ++*static_cast<int *>(context);
    return 0;
}

} // namespace

StatementCounter::StatementCounter(QSqlDatabase &db)
{
    if ((m_pg = driverHandle<PGconn>(db, "PGconn*", "pg_conn*"))) {
        m_trace = open_memstream(&m_buffer, &m_size);
        PQtrace(m_pg, m_trace);
        PQsetTraceFlags(m_pg, PQTRACE_SUPPRESS_TIMESTAMPS);
        return;
    }
    if ((m_sqlite = driverHandle<sqlite3>(db, "sqlite3*")))
        sqlite3_trace_v2(m_sqlite, SQLITE_TRACE_STMT, countStatement, &m_stepped);
}

StatementCounter::~StatementCounter()
{
    if (m_pg) {
        PQuntrace(m_pg);
        std::fclose(m_trace);
        std::free(m_buffer);
    }
    if (m_sqlite)
        sqlite3_trace_v2(m_sqlite, 0, nullptr, nullptr);
}

StatementCounter::Counts StatementCounter::take()
{
    Counts counts;
    if (m_sqlite) {
        counts.statements = m_stepped;
        m_stepped = 0;
        return counts;
    }
    if (!m_pg)
        return counts;
    std::fflush(m_trace);
    // One message a line: direction, length, name, then its fields, tab-separated.
    const QByteArray trace(m_buffer + m_read, qsizetype(m_size - m_read));
    m_read = m_size;
    if (qEnvironmentVariableIsSet("LOKET_TRACE_DUMP"))
        fprintf(stderr, "%s\n----\n", trace.constData());
    for (const QByteArray &line : trace.split('\n')) {
        if (!line.startsWith("B\t"))
            continue;
        if (line.contains("\tReadyForQuery"))
            ++counts.roundTrips;
        else if (line.contains("\tCommandComplete") || line.contains("\tErrorResponse"))
            ++counts.statements;
    }
    return counts;
}
