#include "storage/ReadAhead.h"

#include "storage/PgSession.h"

ReadAhead::ReadAhead(QSqlDatabase &db) : m_pg(PgSession::of(db))
{
    if (m_pg)
        m_pg->enterReadAhead();
}

ReadAhead::~ReadAhead()
{
    if (m_pg)
        m_pg->leaveReadAhead();
}

ReadAhead &ReadAhead::add(const SqlStatement &statement)
{
    if (!m_pg)
        return *this;
    const std::shared_ptr<const PgSession::Text> text = PgSession::textOf(statement.sql);
    QList<QVariant> values(text->names.size());
    for (const auto &[name, value] : statement.binds)
        if (const qsizetype i = PgSession::parameterIndex(*text, name); i >= 0)
            values[i] = SqlQuery::boundValue(value);
    m_pg->readAhead(text, values);
    return *this;
}

ReadAhead &ReadAhead::reserveId(const QString &table)
{
    if (m_pg)
        m_pg->reserveId(table);
    return *this;
}
