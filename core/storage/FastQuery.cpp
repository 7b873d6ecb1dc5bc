#include "storage/FastQuery.h"

#include "storage/SqlDialect.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <sqlite3.h>

FastQuery::FastQuery(QSqlDatabase &db, const char *sql)
{
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
}

int FastQuery::parameter(const char *name)
{
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
    if (const int i = parameter(name))
        sqlite3_bind_int64(m_stmt, i, value);
    return *this;
}

FastQuery &FastQuery::bind(const char *name, const QString &value)
{
    if (const int i = parameter(name)) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

bool FastQuery::next()
{
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
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 FastQuery::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView FastQuery::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QString FastQuery::string(int column) const
{
    const QByteArrayView t = text(column);
    return QString::fromUtf8(t.data(), t.size());
}
