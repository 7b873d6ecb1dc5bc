#include "storage/FastQuery.h"

#include "storage/PgDialect.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cctype>
#include <cstdlib>

namespace {

constexpr unsigned kTimestamptzOid = 1184;

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

FastQuery::FastQuery(QSqlDatabase &db, const char *sql)
{
    if ((m_pg = PgDialect::handle(db))) {
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
    if (m_result)
        PQclear(m_result);
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

bool FastQuery::nextOnServer()
{
    if (!m_result) {
        QList<const char *> values;
        for (qsizetype i = 0; i < m_values.size(); ++i)
            values << (m_bound.at(i) ? m_values.at(i).constData() : nullptr);
        m_result = PQexecParams(m_pg, m_serverSql.constData(), int(values.size()), nullptr, values.constData(), nullptr, nullptr, 0);
        if (PQresultStatus(m_result) != PGRES_TUPLES_OK) {
            const char *state = PQresultErrorField(m_result, PG_DIAG_SQLSTATE);
            const QString code = QString::fromLatin1(state ? state : "");
            const QString message = PgDialect::errorMessage(code, QString::fromUtf8(PQresultErrorMessage(m_result)));
            m_status = PgDialect::isRetryable(code) ? Status::busy(message) : Status::failure(message);
            return false;
        }
        const int columns = PQnfields(m_result);
        m_timeColumn.resize(columns);
        m_times.resize(columns);
        for (int c = 0; c < columns; ++c)
            m_timeColumn[c] = PQftype(m_result, c) == kTimestamptzOid;
    }
    ++m_row;
    return m_row < PQntuples(m_result);
}

bool FastQuery::next()
{
    if (onServer())
        return m_status && nextOnServer();
    if (!m_stmt || !m_status)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

bool FastQuery::isNull(int column) const
{
    if (onServer())
        return PQgetisnull(m_result, m_row, column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 FastQuery::int64(int column) const
{
    if (onServer()) {
        const char *value = PQgetvalue(m_result, m_row, column);
        if (value[0] == 't' || value[0] == 'f') // a boolean
            return value[0] == 't' ? 1 : 0;
        return std::strtoll(value, nullptr, 10);
    }
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView FastQuery::text(int column) const
{
    if (onServer()) {
        if (PQgetisnull(m_result, m_row, column))
            return {};
        const QByteArrayView value(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
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
