#pragma once

#include "common/Result.h"
#include "storage/PgSession.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QList>
#include <QVariant>

#include <memory>
#include <utility>

// A statement and its bound values: what an owner runs (SqlQuery), and what a ReadAhead
// sends ahead for it, the same text with the same values.
struct SqlStatement
{
    QString sql;
    QList<std::pair<QString, QVariant>> binds;
};

// A prepared statement with named bound values that reports failures as a Status.
// All SQL in core goes through prepare() + bind(): values are never pasted into SQL.
// SQLite: Qt's driver. PostgreSQL: libpq on Qt's connection (PgSession.h), in as few
// round trips as the action allows; the rows come back as Qt's driver gives them.
class SqlQuery final
{
    Q_DECLARE_TR_FUNCTIONS(SqlQuery)

public:
    SqlQuery(QSqlDatabase &db, const QString &sql);
    // The statement's text with its values bound.
    SqlQuery(QSqlDatabase &db, const SqlStatement &statement);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    // Prepared statements are kept per connection and reused by the next SqlQuery with
    // the same text (preparing costs about as much as running a small insert). Database
    // calls this before it closes a connection.
    static void forgetConnection(const QString &connectionName);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    // A value as bind() hands it to the engine: a null QString as '' (SQL NULL is an
    // invalid QVariant), a bool as 1 or 0 (ReadAhead binds the same way).
    static QVariant boundValue(const QVariant &value);
    // Whether a statement changes rows: INSERT, UPDATE, DELETE, REPLACE, or a WITH that
    // ends in one of them.
    static bool writesRows(const QString &sql);
    // A write that must change exactly `rows` rows: otherwise exec() fails with
    // `message` (and on a server nothing after it in the transaction is written), the
    // same as reading numRowsAffected() after it, without waiting for the server.
    SqlQuery &expectRowsAffected(int rows, const QString &message);
    Status exec();
    bool next();
    QVariant value(int column) const;
    QVariant value(const QString &name) const;
    // The id an INSERT ... RETURNING id gave (both engines; PostgreSQL has no "last
    // insert id"), read once after exec(); the statement is finished then.
    qint64 insertedId();
    int numRowsAffected() const;
    // The columns of the rows exec() gave.
    int columnCount() const;

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
    int m_expectRows = -1;
    QString m_expectMessage;
    // PostgreSQL (PgSession.h): the text, the values in $n order, and the rows, or the
    // outcome of a write sent later.
    PgSession *m_pg = nullptr;
    std::shared_ptr<const PgSession::Text> m_text;
    QList<QVariant> m_values;
    std::shared_ptr<PgSession::Rows> m_rows;
    std::shared_ptr<PgSession::Outcome> m_outcome;
    int m_row = -1;
    qint64 m_reservedId = 0;
};
