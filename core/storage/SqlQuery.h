#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <QVariant>

// A prepared statement with named bound values that reports failures as a Status.
// All SQL in core goes through prepare() + bind(): values are never pasted into SQL.
class SqlQuery final
{
    Q_DECLARE_TR_FUNCTIONS(SqlQuery)

public:
    SqlQuery(QSqlDatabase &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // Prepared statements are kept per connection and reused by the next SqlQuery with
    // the same text (preparing costs about as much as running a small insert). Database
    // calls this before it closes a connection.
    static void forgetConnection(const QString &connectionName);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    // The id an INSERT ... RETURNING id gave (both engines; PostgreSQL has no "last
    // insert id"), read once after exec(); the statement is finished then.
    qint64 insertedId();
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

    struct Cached;

private:
    QSqlQuery m_query;
    QSqlError m_prepareError;
    QString m_refusal; // a value this engine cannot take
    std::shared_ptr<Cached> m_cached; // the reused statement, while this object holds it
    // A statement that writes, run outside a Transaction, is checked by the lock guard
    // (LiveFiles.h) just as a Transaction is.
    QSqlDatabase *m_db = nullptr;
    bool m_writes = false;
};
