#include "storage/SqlQuery.h"

#include <QSqlError>

SqlQuery::SqlQuery(QSqlDatabase &db, const QString &sql) : m_query(db)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        m_prepareError = m_query.lastError().text();
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString means "no text", not SQL NULL: columns of text are NOT NULL with ''.
    // SQL NULL is bound explicitly as an invalid QVariant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        m_query.bindValue(placeholder, QStringLiteral(""));
        return *this;
    }
    m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepareError.isEmpty())
        return Status::failure(tr("Kesalahan basis data: %1").arg(m_prepareError));
    if (!m_query.exec())
        return Status::failure(tr("Kesalahan basis data: %1").arg(m_query.lastError().text()));
    return Status::success();
}
