#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

// SqlQuery's engine on a PostgreSQL server: libpq on Qt's own connection (the driver's
// PGconn), so that an action waits for the server as few times as it can (issue 16; each
// wait costs the network's round trip; docs/architecture.md, "Round trips").
//
// - Every statement is prepared once per connection at the protocol level, in the same
//   round trip as its first run (Qt's driver prepares with a round trip of its own, and
//   deallocates with another when its QSqlQuery goes).
// - Everything that waits is sent together with the next statement whose answer is
//   needed, in one libpq pipeline (one round trip):
//   - a write transaction's BEGIN and its write lock (startWrite);
//   - the writes of a write transaction whose rows nobody reads (deferred writes): an
//     INSERT, UPDATE or DELETE that returns nothing, or an INSERT ... RETURNING id given
//     an id reserved beforehand (ReadAhead::reserveId). Their failures come back with
//     that statement, or with the commit, which goes in the same round trip as they do;
//     a number of rows the caller expects (SqlQuery::expectRowsAffected) is checked by the
//     server in the same statement, so that nothing commits when it is not met;
//   - the statements of a ReadAhead, whose rows are kept for the SqlQuery that runs the
//     same text with the same values.
// - The rows come back whole and as Qt's driver gives them (the same QVariant types).
//
// Per connection (a connection belongs to its thread). Only storage code uses it.
class PgSession final
{
public:
    // A statement's text as the server takes it: ":name" placeholders as $1, $2 ...
    struct Text;
    // The rows of one statement, and the rows it changed.
    struct Rows
    {
        int columns = 0;
        QStringList names;
        QList<QVariant> cells; // row after row
        int affected = 0;
        int count() const { return columns ? int(cells.size() / columns) : 0; }
    };
    // How a deferred write went, once it was sent.
    struct Outcome
    {
        bool sent = false;
        int affected = 0;
    };

    // The connection's session (made at first use); nullptr for SQLite.
    static PgSession *of(const QSqlDatabase &db);
    static void forget(const QString &connectionName);
    static std::shared_ptr<const Text> textOf(const QString &sql);
    static qsizetype parameterIndex(const Text &text, const QString &name); // -1: not in the text
    // ":name" placeholders (outside quoted literals, not a "::" cast) as $1, $2 ...; each
    // name once, in `names` in the order of their numbers.
    static QByteArray numbered(const QString &sql, QList<QString> *names);

    // Runs the statement, or keeps it for the next round trip (a deferred write: then
    // `outcome` is set and `rows` stays empty). `expectRows` >= 0: the rows it must
    // change, else the failure is `expectMessage`. `reservedId` receives the id an
    // INSERT ... RETURNING id took from the reserved ones.
    Status exec(const std::shared_ptr<const Text> &text, const QList<QVariant> &values, int expectRows, const QString &expectMessage,
                std::shared_ptr<Rows> *rows, std::shared_ptr<Outcome> *outcome, qint64 *reservedId);
    // Sends whatever waits (deferred writes, the pending BEGIN): before Qt's driver or
    // FastQuery runs a statement inside a write transaction.
    Status settle();

    // A write transaction whose BEGIN and lock go with its first statement.
    void startWrite();
    // BEGIN and the lock now, in one round trip (SqlDialect::beginWrite: the caller goes
    // on with Qt's driver and commits through it).
    Status beginNow();
    // `statementFailed`: the failure is a deferred write's, not the COMMIT's.
    Status commit(bool *statementFailed);
    void rollback();
    bool inTransaction() const;

    // ReadAhead (ReadAhead.h).
    void enterReadAhead();
    void leaveReadAhead();
    void readAhead(const std::shared_ptr<const Text> &text, const QList<QVariant> &values);
    void reserveId(const QString &table);

private:
    struct Item;
    PgSession(pg_conn *conn, class QSqlDriver *driver);
    // Sends `items` in one round trip (the pending BEGIN and lock first); the first
    // failure, and in `failedItem` the index of its item in `items` (-1: none).
    Status send(QList<Item> items, qsizetype *failedItem = nullptr);
    Status readResults(QList<Item> &items, const QList<std::pair<qsizetype, QByteArray>> &parses, qsizetype *failedItem);
    void wrote(const Text &text);
    void dropReadAhead();
    void endWrite();
    std::optional<Item> deferrable(const std::shared_ptr<const Text> &text, const QList<std::optional<QByteArray>> &params,
                                   int expectRows, const QString &expectMessage, qint64 *reservedId);

    pg_conn *m_conn;
    int m_backend;
    class QSqlDriver *m_driver;
    QHash<QByteArray, QByteArray> m_prepared; // text -> statement name on this connection
    int m_names = 0;
    enum class Write { None, Pending, Open } m_write = Write::None;
    QList<Item> m_deferred;
    int m_aheadDepth = 0;
    QList<Item> m_aheadPending;
    QHash<QByteArray, std::shared_ptr<Rows>> m_ahead;              // read ahead, by text and values
    QHash<QByteArray, std::shared_ptr<const Text>> m_aheadTexts;   // their texts, for invalidation
    QHash<QString, QList<qint64>> m_reserved;                      // ids reserved, by table

    friend class PgSessionTest;
};

struct PgSession::Text
{
    QString source;
    QByteArray sql;          // with $1, $2 ...
    QList<QString> names;    // ":name" of $1, $2 ...
    bool writes = false;     // INSERT, UPDATE, DELETE (or a WITH ending in one)
    QString table;           // the table it writes ("" when not known: every read is stale then)
    QByteArray withId;       // INSERT ... RETURNING id: the same with the id as parameter $n+1, returning nothing
    QByteArray counted;      // UPDATE/DELETE: fails (22012) unless it changes $n+1 rows (expectRowsAffected)
    QSet<QString> words;     // its identifiers: the tables a read mentions
};
