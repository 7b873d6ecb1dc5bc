#include "storage/SqlQuery.h"

#include "storage/LiveFiles.h"
#include "storage/SqlDialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlRecord>

struct SqlQuery::Cached
{
    QSqlQuery query;
    QStringList placeholders; // ":name" as written in the statement, each once
    bool inUse = false;
};

namespace {

constexpr qsizetype kMaxCachedPerConnection = 256; // statements built from varying text are not worth more

// Per thread (a connection belongs to the thread that opened it): connection -> text -> statement.
thread_local QHash<QString, QHash<QString, std::shared_ptr<SqlQuery::Cached>>> t_statements;

// The named placeholders of a statement, outside its quoted literals.
QStringList placeholdersOf(const QString &sql)
{
    QList<QString> names;
    PgSession::numbered(sql, &names);
    return names;
}

} // namespace

bool SqlQuery::writesRows(const QString &sql)
{
    const QStringView text = QStringView(sql).trimmed();
    for (const char *verb : {"INSERT", "UPDATE", "DELETE", "REPLACE"})
        if (text.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return true;
    if (!text.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive))
        return false;
    for (const char *verb : {"INSERT ", "UPDATE ", "DELETE "})
        if (text.contains(QLatin1String(verb), Qt::CaseInsensitive))
            return true;
    return false;
}

SqlQuery::SqlQuery(QSqlDatabase &db, const QString &sql) : m_db(&db), m_writes(writesRows(sql))
{
    if ((m_pg = PgSession::of(db))) {
        m_text = PgSession::textOf(sql);
        m_values.resize(m_text->names.size());
        return;
    }
    QHash<QString, std::shared_ptr<Cached>> &statements = t_statements[db.connectionName()];
    if (const auto it = statements.constFind(sql); it != statements.constEnd() && !it.value()->inUse) {
        m_cached = it.value();
        m_cached->inUse = true;
        m_query = m_cached->query; // shares the prepared statement
        // Nothing bound for an earlier use may reach this one: every value starts as NULL.
        for (const QString &name : std::as_const(m_cached->placeholders))
            m_query.bindValue(name, QVariant());
        return;
    }
    m_query = QSqlQuery(db);
    // Forward-only on SQLite (no copy of the rows). Not on PostgreSQL: Qt's driver reads a
    // forward-only result row by row from the server, and only one such read may be open
    // on a connection; a statement run while another is being read would lose its rows.
    m_query.setForwardOnly(SqlDialect::engineOf(db) == SqlDialect::Engine::Sqlite);
    if (!m_query.prepare(sql)) {
        m_prepareError = m_query.lastError();
        return;
    }
    if (!statements.contains(sql) && statements.size() < kMaxCachedPerConnection) {
        m_cached = std::make_shared<Cached>();
        m_cached->query = m_query;
        m_cached->placeholders = placeholdersOf(sql);
        m_cached->inUse = true;
        statements.insert(sql, m_cached);
    }
}

SqlQuery::SqlQuery(QSqlDatabase &db, const SqlStatement &statement) : SqlQuery(db, statement.sql)
{
    for (const auto &[name, value] : statement.binds)
        bind(name, value);
}

SqlQuery::~SqlQuery()
{
    if (m_cached) {
        m_query.finish(); // resets the statement: no read stays open, ready for the next use
        m_cached->inUse = false;
    }
}

void SqlQuery::forgetConnection(const QString &connectionName)
{
    t_statements.remove(connectionName);
    PgSession::forget(connectionName);
}

QVariant SqlQuery::boundValue(const QVariant &value)
{
    // A null QString means "no text", not SQL NULL: columns of text are NOT NULL with ''.
    // SQL NULL is bound explicitly as an invalid QVariant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    // Flags are INTEGER 0/1 on both engines; PostgreSQL would refuse a boolean there.
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
    return value;
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    const QVariant bound = boundValue(value);
    if (m_pg) {
        // PostgreSQL's text cannot hold U+0000; the statement is refused with a clear
        // message instead of the server's syntax error (SQLite stores it as it is).
        if (bound.typeId() == QMetaType::QString && bound.toString().contains(QChar(u'\0')))
            m_refusal = tr("Teks memuat karakter NUL (kode 0) yang tidak dapat disimpan di server basis data.");
        if (const qsizetype i = PgSession::parameterIndex(*m_text, placeholder); i >= 0)
            m_values[i] = bound;
        return *this;
    }
    m_query.bindValue(placeholder, bound);
    return *this;
}

SqlQuery &SqlQuery::expectRowsAffected(int rows, const QString &message)
{
    m_expectRows = rows;
    m_expectMessage = message;
    return *this;
}

bool SqlQuery::next()
{
    if (!m_pg)
        return m_query.next();
    if (!m_rows || m_row + 1 >= m_rows->count())
        return false;
    ++m_row;
    return true;
}

QVariant SqlQuery::value(int column) const
{
    if (!m_pg)
        return m_query.value(column);
    if (!m_rows || m_row < 0 || m_row >= m_rows->count() || column < 0 || column >= m_rows->columns)
        return QVariant();
    return m_rows->cells.at(qsizetype(m_row) * m_rows->columns + column);
}

QVariant SqlQuery::value(const QString &name) const
{
    if (!m_pg)
        return m_query.value(name);
    return m_rows ? value(int(m_rows->names.indexOf(name))) : QVariant();
}

int SqlQuery::columnCount() const
{
    if (!m_pg)
        return m_query.record().count();
    return m_rows ? m_rows->columns : 0;
}

int SqlQuery::numRowsAffected() const
{
    if (!m_pg)
        return m_query.numRowsAffected();
    if (m_outcome && !m_outcome->sent)
        (void)m_pg->settle(); // a write kept for later: its count is needed now
    return m_outcome ? m_outcome->affected : m_rows ? m_rows->affected : -1;
}

qint64 SqlQuery::insertedId()
{
    if (m_reservedId)
        return m_reservedId;
    if (m_pg)
        return next() ? value(0).toLongLong() : 0;
    const qint64 id = m_query.next() ? m_query.value(0).toLongLong() : 0;
    m_query.finish(); // SQLite: the statement ran to its end, nothing stays open
    return id;
}

Status SqlQuery::exec()
{
    if (m_prepareError.isValid())
        return Status::failure(SqlDialect::errorMessage(m_prepareError));
    if (!m_refusal.isEmpty())
        return Status::failure(m_refusal);
    // Inside a Transaction the guard ran when it began.
    if (m_writes && !SqlDialect::inTransaction(*m_db))
        if (const Status writable = LiveFiles::mayWrite(m_db->databaseName()); !writable)
            return writable;
    if (m_pg) {
        m_rows.reset();
        m_outcome.reset();
        m_row = -1;
        m_reservedId = 0;
        return m_pg->exec(m_text, m_values, m_expectRows, m_expectMessage, &m_rows, &m_outcome, &m_reservedId);
    }
    if (!m_query.exec())
        return SqlDialect::failure(m_query.lastError());
    if (m_expectRows >= 0 && m_query.numRowsAffected() != m_expectRows)
        return Status::failure(m_expectMessage);
    return Status::success();
}
