#include "storage/FastQuery.h"

#include "storage/PgDialect.h"
#include "storage/PgSession.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cctype>
#include <cstdlib>

namespace {

constexpr unsigned kTimestamptzOid = 1184;

FastQuery::ServerRows g_serverRows = FastQuery::ServerRows::Whole;

// The FastQuery whose rows are still coming, one by one, on each server connection of
// this thread (a Qt connection belongs to the thread that opened it).
thread_local QHash<PGconn *, FastQuery *> t_streaming;

// ":name" placeholders (outside quoted literals) become $1, $2 ...; each name once.
QByteArray numbered(const char *sql, QList<QByteArray> *names)
{
    QByteArray out;
    bool quoted = false;
    for (const char *p = sql; *p; ++p) {
        if (*p == '\'')
            quoted = !quoted;
        const bool starts = !quoted && *p == ':' && p[1] && (std::isalpha(static_cast<unsigned char>(p[1])) || p[1] == '_') && (p == sql || p[-1] != ':');
        if (!starts) {
            out += *p;
            continue;
        }
        const char *end = p + 1;
        while (*end && (std::isalnum(static_cast<unsigned char>(*end)) || *end == '_'))
            ++end;
        const QByteArray name(p, end - p);
        qsizetype index = names->indexOf(name);
        if (index < 0) {
            names->append(name);
            index = names->size() - 1;
        }
        out += '$' + QByteArray::number(index + 1);
        p = end - 1;
    }
    return out;
}

// PostgreSQL's "2026-10-08 01:02:03.12+00" (UTC session, ISO style) as SQLite holds
// it: "2026-10-08T01:02:03.120Z".
QByteArray storedTime(QByteArrayView pg)
{
    if (pg.size() < 19)
        return pg.toByteArray();
    QByteArray out = pg.first(19).toByteArray();
    out[10] = 'T';
    QByteArray fraction;
    qsizetype i = 19;
    if (i < pg.size() && pg[i] == '.') {
        ++i;
        while (i < pg.size() && pg[i] >= '0' && pg[i] <= '9')
            fraction += pg[i++];
    }
    fraction = QByteArray(fraction + "000").left(3);
    out += '.' + fraction + 'Z';
    return out;
}

} // namespace

// The rows of a statement set aside when another statement needed the connection:
// every value once in one buffer (each ends with a NUL, as libpq's do), NULLs as -1.
struct FastQuery::Parked
{
    QByteArray bytes;
    QList<std::pair<qsizetype, int>> cells; // offset and length, row after row
    int columns = 0;
    qsizetype rows = 0;
    qsizetype row = -1;
    Status end;                             // how the statement ended after its rows

    void add(const PGresult *result)
    {
        const int n = PQntuples(result);
        columns = PQnfields(result);
        for (int r = 0; r < n; ++r) {
            for (int c = 0; c < columns; ++c) {
                if (PQgetisnull(result, r, c)) {
                    cells.append({-1, 0});
                    continue;
                }
                const int length = PQgetlength(result, r, c);
                cells.append({bytes.size(), length});
                bytes.append(PQgetvalue(result, r, c), length).append('\0');
            }
        }
        rows += n;
    }
    const std::pair<qsizetype, int> &cell(int column) const { return cells.at(row * columns + column); }
};

void FastQuery::setServerRows(ServerRows rows)
{
    g_serverRows = rows;
}

FastQuery::ServerRows FastQuery::serverRows()
{
    return g_serverRows;
}

FastQuery::FastQuery(QSqlDatabase &db, const char *sql)
{
    if ((m_pg = PgDialect::handle(db))) {
        // What SqlQuery keeps for the next round trip goes first: this reads what it wrote.
        if (const Status settled = PgSession::of(db)->settle(); !settled)
            m_status = settled;
        m_serverSql = numbered(sql, &m_names);
        m_values.resize(m_names.size());
        m_bound.fill(false, m_names.size());
        return;
    }
    m_db = sqliteHandle(db);
    if (!m_db) {
        m_status = Status::failure(QCoreApplication::translate("SqlQuery", "Basis data tidak terbuka."));
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        fail(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

FastQuery::~FastQuery()
{
    sqlite3_finalize(m_stmt);
    PQclear(m_result); // PQclear takes nullptr
    PQclear(m_ahead);
    finishOnServer();
}

int FastQuery::parameter(const char *name)
{
    if (onServer()) {
        const qsizetype index = m_names.indexOf(QByteArray(name));
        if (index < 0 && m_status)
            m_status = Status::failure(PgDialect::errorMessage(QStringLiteral("42P02"), QStringLiteral("no parameter %1").arg(QLatin1String(name))));
        return int(index + 1);
    }
    if (!m_stmt)
        return 0;
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0)
        fail(SQLITE_RANGE, QStringLiteral("no parameter %1").arg(QLatin1String(name)));
    return index;
}

void FastQuery::fail(int code, const QString &technical)
{
    if (m_status)
        m_status = SqlDialect::failure(code, technical);
}

FastQuery &FastQuery::bind(const char *name, qint64 value)
{
    if (onServer()) {
        if (const int i = parameter(name)) {
            m_values[i - 1] = QByteArray::number(value);
            m_bound[i - 1] = true;
        }
        return *this;
    }
    if (const int i = parameter(name))
        sqlite3_bind_int64(m_stmt, i, value);
    return *this;
}

FastQuery &FastQuery::bind(const char *name, const QString &value)
{
    if (onServer()) {
        if (const int i = parameter(name)) {
            m_values[i - 1] = value.toUtf8();
            m_bound[i - 1] = true;
        }
        return *this;
    }
    if (const int i = parameter(name)) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Status FastQuery::serverFailure(const PGresult *result) const
{
    return PgDialect::failureOf(result, m_pg);
}

void FastQuery::failOnServer(const PGresult *result)
{
    if (m_status)
        m_status = serverFailure(result);
}

void FastQuery::takeColumns(const PGresult *result)
{
    if (!m_timeColumn.isEmpty())
        return;
    const int columns = PQnfields(result);
    m_timeColumn.resize(columns);
    m_times.resize(columns);
    for (int c = 0; c < columns; ++c)
        m_timeColumn[c] = PQftype(result, c) == kTimestamptzOid;
}

bool FastQuery::startOnServer()
{
    m_started = true;
    // One statement at a time on a connection: the one still sending sets its rows aside.
    if (FastQuery *other = t_streaming.value(m_pg); other && other != this)
        other->park();
    QList<const char *> values;
    for (qsizetype i = 0; i < m_values.size(); ++i)
        values << (m_bound.at(i) ? m_values.at(i).constData() : nullptr);
    if (g_serverRows == ServerRows::Whole) {
        m_ahead = PQexecParams(m_pg, m_serverSql.constData(), int(values.size()), nullptr, values.constData(), nullptr, nullptr, 0);
        m_ended = true;
        if (PQresultStatus(m_ahead) != PGRES_TUPLES_OK) {
            failOnServer(m_ahead);
            PQclear(m_ahead);
            m_ahead = nullptr;
            return false;
        }
        return true;
    }
    if (!PQsendQueryParams(m_pg, m_serverSql.constData(), int(values.size()), nullptr, values.constData(), nullptr, nullptr, 0)) {
        m_ended = true;
        failOnServer(nullptr);
        return false;
    }
    // Refused only right after a failed send; the rows then come in one result, which
    // readAhead() takes as well.
    PQsetSingleRowMode(m_pg);
    m_streaming = true;
    t_streaming.insert(m_pg, this);
    readAhead();
    return true;
}

void FastQuery::readAhead()
{
    if (!m_streaming)
        return;
    PGresult *result = PQgetResult(m_pg);
    if (!result) {
        // The end came without this statement's last result: another statement on the
        // connection (Qt's driver discards what is pending) took the rest.
        finishOnServer();
        return;
    }
    if (PQresultStatus(result) != PGRES_SINGLE_TUPLE) {
        // The last result: no rows (single-row mode's end), all of them, or a failure.
        m_ended = true;
        finishOnServer();
    }
    m_ahead = result;
}

void FastQuery::finishOnServer()
{
    if (!m_streaming)
        return;
    while (PGresult *result = PQgetResult(m_pg))
        PQclear(result);
    m_streaming = false;
    if (t_streaming.value(m_pg) == this)
        t_streaming.remove(m_pg);
}

void FastQuery::park()
{
    m_parked = std::make_unique<Parked>();
    while (PGresult *result = PQgetResult(m_pg)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK) {
            takeColumns(result);
            m_parked->add(result);
        } else if (!m_ended) {
            m_parked->end = serverFailure(result);
        }
        m_ended |= status != PGRES_SINGLE_TUPLE;
        PQclear(result);
    }
    if (!m_ended)
        m_parked->end = Status::failure(PgDialect::errorMessage(QStringLiteral("42000"),
                                                                QStringLiteral("FastQuery: another statement took the rest of the rows")));
    m_ended = true;
    m_streaming = false;
    t_streaming.remove(m_pg);
}

bool FastQuery::nextOnServer()
{
    if (!m_started && !startOnServer())
        return false;
    if (m_result && ++m_row < PQntuples(m_result))
        return true;
    PQclear(m_result);
    m_result = nullptr;
    if (m_ahead) {
        PGresult *result = m_ahead;
        m_ahead = nullptr;
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK) {
            failOnServer(result);
            PQclear(result);
            return false;
        }
        takeColumns(result);
        if (PQntuples(result) == 0) {
            PQclear(result);
            return false;
        }
        m_result = result;
        m_row = 0;
        readAhead(); // the row after this one, or the end: then the connection is clean already
        return true;
    }
    if (m_parked) {
        if (++m_parked->row < m_parked->rows)
            return true;
        if (!m_parked->end && m_status)
            m_status = m_parked->end;
        return false;
    }
    if (!m_ended && m_status) // see readAhead(): the rest was taken
        m_status = Status::failure(PgDialect::errorMessage(QStringLiteral("42000"),
                                                           QStringLiteral("FastQuery: another statement took the rest of the rows")));
    return false;
}

const char *FastQuery::serverValue(int column) const
{
    if (m_result)
        return PQgetvalue(m_result, m_row, column);
    const auto &cell = m_parked->cell(column);
    return cell.first < 0 ? "" : m_parked->bytes.constData() + cell.first;
}

int FastQuery::serverLength(int column) const
{
    return m_result ? PQgetlength(m_result, m_row, column) : m_parked->cell(column).second;
}

bool FastQuery::serverNull(int column) const
{
    return m_result ? PQgetisnull(m_result, m_row, column) : m_parked->cell(column).first < 0;
}

bool FastQuery::next()
{
    if (onServer())
        return m_status && nextOnServer();
    if (!m_stmt || !m_status || m_ended) // SQLite would start the statement again after its end
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_ended = true;
    if (rc != SQLITE_DONE)
        fail(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

bool FastQuery::isNull(int column) const
{
    if (onServer())
        return serverNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 FastQuery::int64(int column) const
{
    if (onServer()) {
        const char *value = serverValue(column);
        if (value[0] == 't' || value[0] == 'f') // a boolean
            return value[0] == 't' ? 1 : 0;
        return std::strtoll(value, nullptr, 10);
    }
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView FastQuery::text(int column) const
{
    if (onServer()) {
        if (serverNull(column))
            return {};
        const QByteArrayView value(serverValue(column), serverLength(column));
        if (!m_timeColumn.at(column))
            return value;
        m_times[column] = storedTime(value);
        return m_times.at(column);
    }
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QString FastQuery::string(int column) const
{
    const QByteArrayView t = text(column);
    return QString::fromUtf8(t.data(), t.size());
}
