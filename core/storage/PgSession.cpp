#include "storage/PgSession.h"

#include "storage/PgDialect.h"
#include "storage/PgValues.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QRegularExpression>
#include <QSqlDriver>

#include <libpq-fe.h>
#include <poll.h>

#include <cstdlib>

namespace {

// Statements prepared per connection; text beyond that (built from varying parts) runs
// unnamed, parsed each time.
constexpr qsizetype kMaxPrepared = 512;
// Deferred writes sent together at most (a bulk copy writes millions).
constexpr qsizetype kMaxDeferred = 256;

// The cache key of a statement with its values.
QByteArray keyOf(const QByteArray &sql, const QList<std::optional<QByteArray>> &params)
{
    QByteArray key = sql;
    for (const std::optional<QByteArray> &p : params) {
        key += '\0';
        key += p ? QByteArray('=' + *p) : QByteArray("N");
    }
    return key;
}

struct Sessions
{
    QHash<QString, std::shared_ptr<PgSession>> byConnection;
    QHash<QString, std::shared_ptr<const PgSession::Text>> texts;
};

thread_local Sessions t_sessions;

Status unreachable(PGconn *conn)
{
    return Status::failure(PgDialect::errorMessage(QString(), QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
}

// Sends what libpq holds for the server, reading the server's answers meanwhile so that
// neither side waits on a full socket (libpq's advice for pipeline mode).
bool flushAll(PGconn *conn)
{
    for (;;) {
        const int left = PQflush(conn);
        if (left == 0)
            return true;
        if (left < 0)
            return false;
        pollfd socket{PQsocket(conn), POLLIN | POLLOUT, 0};
        if (poll(&socket, 1, -1) < 0)
            continue;
        if ((socket.revents & POLLIN) && !PQconsumeInput(conn))
            return false;
    }
}

// Back out of pipeline mode, whatever went wrong on the way: the results still coming are
// read and dropped up to the sync (a connection that broke stays broken; Qt's driver
// says so at its next statement).
void leavePipeline(PGconn *conn)
{
    if (PQexitPipelineMode(conn))
        return;
    for (int guard = 0; guard < 100000 && PQstatus(conn) == CONNECTION_OK; ++guard) {
        PGresult *result = PQgetResult(conn);
        const bool synced = result && PQresultStatus(result) == PGRES_PIPELINE_SYNC;
        PQclear(result);
        if (synced && PQexitPipelineMode(conn))
            return;
        if (!result && PQisBusy(conn) == 0 && PQexitPipelineMode(conn))
            return;
    }
}

const QByteArray kBegin = QByteArrayLiteral("BEGIN");
const QByteArray kCommit = QByteArrayLiteral("COMMIT");
const QByteArray kRollback = QByteArrayLiteral("ROLLBACK");

} // namespace

struct PgSession::Item
{
    std::shared_ptr<const Text> text; // nullptr for the session's own statements
    QByteArray sql;                   // what is sent
    QList<std::optional<QByteArray>> params;
    std::shared_ptr<Rows> rows;       // where its rows go (nullptr: not kept)
    std::shared_ptr<Outcome> outcome; // a deferred write's
    int expectRows = -1;
    QString expectMessage;
    QByteArray aheadKey; // read ahead: kept under this key
    QString reserveFor;  // reserves an id of this table
};

PgSession::PgSession(pg_conn *conn, QSqlDriver *driver) : m_conn(conn), m_backend(PQbackendPID(conn)), m_driver(driver)
{
}

PgSession *PgSession::of(const QSqlDatabase &db)
{
    PGconn *conn = PgDialect::handle(db);
    if (!conn)
        return nullptr;
    std::shared_ptr<PgSession> &session = t_sessions.byConnection[db.connectionName()];
    // A new connection under the same name (or one libpq reset) knows none of the
    // prepared statements.
    if (!session || session->m_conn != conn || session->m_backend != PQbackendPID(conn))
        session.reset(new PgSession(conn, db.driver()));
    return session.get();
}

void PgSession::forget(const QString &connectionName)
{
    t_sessions.byConnection.remove(connectionName);
}

std::shared_ptr<const PgSession::Text> PgSession::textOf(const QString &sql)
{
    if (const auto it = t_sessions.texts.constFind(sql); it != t_sessions.texts.constEnd())
        return it.value();
    auto text = std::make_shared<Text>();
    text->source = sql;
    text->sql = numbered(sql, &text->names);
    text->writes = SqlQuery::writesRows(sql);
    static const QRegularExpression target(QStringLiteral("^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+([a-z_]+)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (text->writes)
        text->table = target.match(sql).captured(1).toLower();
    const QByteArray next = '$' + QByteArray::number(text->names.size() + 1);
    // INSERT INTO t (a, b) VALUES (:a, :b) RETURNING id, given a reserved id.
    static const QRegularExpression returning(
        QStringLiteral("^\\s*INSERT INTO ([a-z_]+) \\(([a-z_, ]+)\\) VALUES \\((.*)\\) RETURNING id\\s*$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = returning.match(QString::fromUtf8(text->sql)); m.hasMatch()) {
        const QStringList columns = m.captured(2).split(QStringLiteral(", "));
        if (!columns.contains(QStringLiteral("id")))
            text->withId = QStringLiteral("INSERT INTO %1 (%2, id) VALUES (%3, %4)")
                               .arg(m.captured(1), m.captured(2), m.captured(3), QString::fromLatin1(next))
                               .toUtf8();
    }
    // UPDATE/DELETE with a number of rows it must change: the server refuses it (a
    // division by zero, code 22012) otherwise, so nothing after it runs or commits.
    static const QRegularExpression counted(QStringLiteral("^\\s*(UPDATE|DELETE)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (counted.match(sql).hasMatch() && !sql.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive))
        text->counted = "WITH lk_changed AS (" + text->sql + " RETURNING 1) SELECT 1 / CASE WHEN count(*) = " + next
                        + " THEN 1 ELSE 0 END FROM lk_changed";
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    for (auto it = word.globalMatch(sql); it.hasNext();)
        text->words.insert(it.next().captured().toLower());
    if (t_sessions.texts.size() >= 4 * kMaxPrepared)
        t_sessions.texts.clear();
    t_sessions.texts.insert(sql, text);
    return text;
}

qsizetype PgSession::parameterIndex(const Text &text, const QString &name)
{
    return text.names.indexOf(name);
}

QByteArray PgSession::numbered(const QString &sql, QList<QString> *names)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'')
            quoted = !quoted;
        const bool starts = !quoted && c == u':' && i + 1 < sql.size() && (sql.at(i + 1).isLetter() || sql.at(i + 1) == u'_')
                            && (i == 0 || sql.at(i - 1) != u':');
        if (!starts) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && (sql.at(end).isLetterOrNumber() || sql.at(end) == u'_'))
            ++end;
        const QString name = sql.mid(i, end - i);
        qsizetype index = names->indexOf(name);
        if (index < 0) {
            names->append(name);
            index = names->size() - 1;
        }
        out += u'$' + QString::number(index + 1);
        i = end - 1;
    }
    return out.toUtf8();
}

bool PgSession::inTransaction() const
{
    if (m_write != Write::None)
        return true;
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status != PQTRANS_IDLE && status != PQTRANS_UNKNOWN;
}

void PgSession::startWrite()
{
    // Rows read before the transaction are read again under its lock; what a ReadAhead
    // asked for and did not send yet goes with the transaction's first statement.
    m_ahead.clear();
    m_aheadTexts.clear();
    m_deferred.clear();
    m_write = Write::Pending;
}

namespace {

QByteArray writeLock()
{
    // The key: "LOKE" and the database's schema (PgDialect::beginWrite).
    return PgDialect::writeLockStatement().toUtf8();
}

} // namespace

Status PgSession::beginNow()
{
    QList<Item> items;
    items << Item{nullptr, kBegin, {}, {}, {}, -1, {}, {}, {}} << Item{nullptr, writeLock(), {}, {}, {}, -1, {}, {}, {}};
    const Status sent = send(items);
    if (!sent && PQtransactionStatus(m_conn) != PQTRANS_IDLE) {
        QList<Item> rollback{Item{nullptr, kRollback, {}, {}, {}, -1, {}, {}, {}}};
        (void)send(rollback);
    }
    return sent;
}

std::optional<PgSession::Item> PgSession::deferrable(const std::shared_ptr<const Text> &text, const QList<std::optional<QByteArray>> &params,
                                                      int expectRows, const QString &expectMessage, qint64 *reservedId)
{
    if (m_write == Write::None || !text->writes)
        return std::nullopt;
    Item item{text, text->sql, params, {}, std::make_shared<Outcome>(), -1, {}, {}, {}};
    const bool returning = text->source.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive);
    if (returning) {
        QList<qint64> &reserved = m_reserved[text->table];
        if (text->withId.isEmpty() || reserved.isEmpty())
            return std::nullopt; // the caller reads what it returns
        const qint64 id = reserved.takeFirst();
        *reservedId = id;
        item.sql = text->withId;
        item.params << QByteArray::number(id);
    }
    if (expectRows >= 0) {
        if (text->counted.isEmpty())
            return std::nullopt;
        item.sql = text->counted;
        item.params << QByteArray::number(expectRows);
        item.expectRows = expectRows;
        item.expectMessage = expectMessage;
    }
    return item;
}

Status PgSession::exec(const std::shared_ptr<const Text> &text, const QList<QVariant> &values, int expectRows, const QString &expectMessage,
                       std::shared_ptr<Rows> *rows, std::shared_ptr<Outcome> *outcome, qint64 *reservedId)
{
    const QList<std::optional<QByteArray>> params = PgValues::parameters(values);
    if (std::optional<Item> later = deferrable(text, params, expectRows, expectMessage, reservedId)) {
        *outcome = later->outcome;
        m_deferred << *later;
        wrote(*text);
        return m_deferred.size() >= kMaxDeferred ? settle() : Status::success();
    }
    QByteArray key;
    if (!text->writes && !m_ahead.isEmpty()) {
        key = keyOf(text->sql, params);
        if (const auto it = m_ahead.constFind(key); it != m_ahead.constEnd()) {
            *rows = it.value();
            return Status::success();
        }
    }
    auto mine = std::make_shared<Rows>();
    QList<Item> items = m_deferred;
    m_deferred.clear();
    // A statement a ReadAhead asked for runs now, and is kept like the others it asked for.
    QByteArray kept;
    if (!text->writes && !m_aheadPending.isEmpty()) {
        if (key.isEmpty())
            key = keyOf(text->sql, params);
        if (m_aheadPending.removeIf([&](const Item &i) { return i.aheadKey == key; }) > 0)
            kept = key;
    }
    const Item current{text, text->sql, params, mine, {}, expectRows, expectMessage, kept, {}};
    if (text->writes) {
        // What it changes is read ahead after it, never before.
        wrote(*text);
        items << current << m_aheadPending;
    } else {
        items << m_aheadPending << current;
    }
    m_aheadPending.clear();
    const Status sent = send(items);
    if (!sent)
        return sent;
    *rows = mine;
    return Status::success();
}

Status PgSession::settle()
{
    if (m_deferred.isEmpty() && m_aheadPending.isEmpty() && m_write != Write::Pending)
        return Status::success();
    QList<Item> items = m_deferred + m_aheadPending;
    m_deferred.clear();
    m_aheadPending.clear();
    return send(items);
}

Status PgSession::commit(bool *statementFailed)
{
    if (m_write == Write::Pending && m_deferred.isEmpty()) {
        endWrite(); // nothing was sent: there is nothing to commit
        return Status::success();
    }
    QList<Item> items = m_deferred;
    m_deferred.clear();
    items << Item{nullptr, kCommit, {}, {}, {}, -1, {}, {}, {}};
    qsizetype failedItem = -1;
    const Status sent = send(items, &failedItem);
    if (!sent) {
        *statementFailed = failedItem >= 0 && failedItem + 1 < items.size();
        rollback();
        return sent;
    }
    endWrite();
    return Status::success();
}

void PgSession::rollback()
{
    const bool open = m_write == Write::Open || (m_write == Write::None && PQtransactionStatus(m_conn) != PQTRANS_IDLE);
    m_deferred.clear();
    m_write = Write::None;
    if (open) {
        QList<Item> items{Item{nullptr, kRollback, {}, {}, {}, -1, {}, {}, {}}};
        (void)send(items);
    }
    endWrite();
}

void PgSession::endWrite()
{
    m_write = Write::None;
    m_deferred.clear();
    m_reserved.clear();
    // What was read inside the transaction is not kept past it.
    m_ahead.clear();
    m_aheadTexts.clear();
}

void PgSession::enterReadAhead()
{
    ++m_aheadDepth;
}

void PgSession::leaveReadAhead()
{
    if (--m_aheadDepth == 0)
        dropReadAhead();
}

void PgSession::dropReadAhead()
{
    m_aheadPending.clear();
    m_ahead.clear();
    m_aheadTexts.clear();
    m_reserved.clear();
}

void PgSession::readAhead(const std::shared_ptr<const Text> &text, const QList<QVariant> &values)
{
    if (m_aheadDepth == 0 || text->writes)
        return;
    const QList<std::optional<QByteArray>> params = PgValues::parameters(values);
    const QByteArray key = keyOf(text->sql, params);
    if (m_ahead.contains(key))
        return;
    for (const Item &i : std::as_const(m_aheadPending))
        if (i.aheadKey == key)
            return;
    m_aheadPending << Item{text, text->sql, params, std::make_shared<Rows>(), {}, -1, {}, key, {}};
}

void PgSession::reserveId(const QString &table)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    if (m_aheadDepth == 0 || !identifier.match(table).hasMatch())
        return;
    // The table's name is Loket's own constant, checked above; never a value.
    m_aheadPending << Item{nullptr, QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id'))").arg(table).toUtf8(),
                           {}, std::make_shared<Rows>(), {}, -1, {}, {}, table};
}

void PgSession::wrote(const Text &text)
{
    // Rows read ahead from a table this statement changes are stale now.
    for (auto it = m_aheadTexts.begin(); it != m_aheadTexts.end();) {
        if (text.table.isEmpty() || it.value()->words.contains(text.table)) {
            m_ahead.remove(it.key());
            it = m_aheadTexts.erase(it);
        } else {
            ++it;
        }
    }
}

Status PgSession::send(QList<Item> items, qsizetype *failedItem)
{
    qsizetype opening = 0; // the BEGIN and the lock sent first
    if (m_write == Write::Pending) {
        items.prepend(Item{nullptr, writeLock(), {}, {}, {}, -1, {}, {}, {}});
        items.prepend(Item{nullptr, kBegin, {}, {}, {}, -1, {}, {}, {}});
        m_write = Write::Open;
        opening = 2;
    }
    if (items.isEmpty())
        return Status::success();
    if (PQstatus(m_conn) != CONNECTION_OK)
        return unreachable(m_conn);
    if (PQpipelineStatus(m_conn) != PQ_PIPELINE_OFF || !PQenterPipelineMode(m_conn))
        return Status::failure(PgDialect::errorMessage(QStringLiteral("42000"), QStringLiteral("PgSession: the connection is busy")));
    PQsetnonblocking(m_conn, 1);
    // Each item: its Parse first when its text is new on this connection.
    QList<std::pair<qsizetype, QByteArray>> parses; // item, statement name
    QHash<QByteArray, QByteArray> parsing;          // text -> name, parsed earlier in this pipeline
    bool queued = true;
    for (qsizetype i = 0; i < items.size() && queued; ++i) {
        Item &item = items[i];
        QByteArray name = m_prepared.value(item.sql, parsing.value(item.sql));
        if (name.isEmpty() && m_prepared.size() + parsing.size() < kMaxPrepared) {
            name = "lk_" + QByteArray::number(++m_names);
            queued = PQsendPrepare(m_conn, name.constData(), item.sql.constData(), int(item.params.size()), nullptr) == 1;
            parses << std::pair(i, name);
            parsing.insert(item.sql, name);
        }
        QList<const char *> values;
        values.reserve(item.params.size());
        for (const std::optional<QByteArray> &p : std::as_const(item.params))
            values << (p ? p->constData() : nullptr);
        if (queued)
            queued = (name.isEmpty() ? PQsendQueryParams(m_conn, item.sql.constData(), int(values.size()), nullptr, values.constData(), nullptr,
                                                         nullptr, 0)
                                     : PQsendQueryPrepared(m_conn, name.constData(), int(values.size()), values.constData(), nullptr, nullptr, 0))
                     == 1;
    }
    if (!queued || !PQpipelineSync(m_conn) || !flushAll(m_conn)) {
        PQsetnonblocking(m_conn, 0);
        leavePipeline(m_conn);
        return unreachable(m_conn);
    }
    PQsetnonblocking(m_conn, 0);
    qsizetype failed = -1;
    Status read = readResults(items, parses, &failed);
    leavePipeline(m_conn);
    // Notifications that came with the answers wait in libpq: Qt's driver hands them on
    // when it looks again (as after its own statements).
    if (m_driver && !m_driver->subscribedToNotifications().isEmpty()
        && m_driver->metaObject()->indexOfMethod("_q_handleNotification()") >= 0)
        QMetaObject::invokeMethod(m_driver, "_q_handleNotification", Qt::QueuedConnection);
    if (failed >= 0 && failed < opening) // as Transaction says a failed start
        read = read.isBusy() ? Status::busy(QCoreApplication::translate("Transaction", "Perubahan tidak dapat dimulai: %1").arg(read.error()))
                             : Status::failure(QCoreApplication::translate("Transaction", "Perubahan tidak dapat dimulai: %1").arg(read.error()));
    if (failedItem)
        *failedItem = failed - opening;
    return read;
}

Status PgSession::readResults(QList<Item> &items, const QList<std::pair<qsizetype, QByteArray>> &parses, qsizetype *failedItem)
{
    Status first;
    qsizetype current = 0;
    auto fail = [&](const Status &s) {
        if (first) {
            first = s;
            *failedItem = current;
        }
    };
    qsizetype nextParse = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        current = i;
        Item &item = items[i];
        const bool parsed = nextParse < parses.size() && parses.at(nextParse).first == i;
        for (int step = parsed ? 0 : 1; step < 2; ++step) {
            PGresult *result = PQgetResult(m_conn);
            if (!result) {
                fail(unreachable(m_conn));
                return first;
            }
            const ExecStatusType status = PQresultStatus(result);
            if (step == 0) {
                if (status == PGRES_COMMAND_OK)
                    m_prepared.insert(item.sql, parses.at(nextParse).second);
                ++nextParse;
            }
            if (status == PGRES_EMPTY_QUERY) {
                fail(Status::failure(PgDialect::errorMessage(QStringLiteral("42601"), QStringLiteral("an empty statement"))));
            } else if (status == PGRES_FATAL_ERROR) {
                const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
                const bool counted = item.text && !item.text->counted.isEmpty() && item.sql == item.text->counted;
                fail(counted && qstrcmp(state, "22012") == 0 ? Status::failure(item.expectMessage) : PgDialect::failureOf(result, m_conn));
            } else if (step == 1 && (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)) {
                const int affected = QByteArray(PQcmdTuples(result)).toInt();
                if (item.outcome) {
                    item.outcome->sent = true;
                    item.outcome->affected = item.expectRows >= 0 ? item.expectRows : affected;
                }
                if (item.rows) {
                    Rows &rows = *item.rows;
                    rows.affected = affected;
                    rows.columns = PQnfields(result);
                    const int count = PQntuples(result);
                    rows.names.clear();
                    for (int c = 0; c < rows.columns; ++c)
                        rows.names << QString::fromUtf8(PQfname(result, c));
                    rows.cells.reserve(qsizetype(count) * rows.columns);
                    for (int r = 0; r < count; ++r)
                        for (int c = 0; c < rows.columns; ++c)
                            rows.cells << PgValues::cell(result, r, c);
                    if (item.expectRows >= 0 && affected != item.expectRows)
                        fail(Status::failure(item.expectMessage));
                    if (!item.reserveFor.isEmpty() && count == 1)
                        m_reserved[item.reserveFor] << rows.cells.first().toLongLong();
                    if (!item.aheadKey.isEmpty() && m_aheadDepth > 0) {
                        m_ahead.insert(item.aheadKey, item.rows);
                        m_aheadTexts.insert(item.aheadKey, item.text);
                    }
                }
            }
            PQclear(result);
            // The end of this command's results.
            while (PGresult *rest = PQgetResult(m_conn))
                PQclear(rest);
        }
    }
    current = items.size();
    PGresult *sync = PQgetResult(m_conn);
    if (!sync || PQresultStatus(sync) != PGRES_PIPELINE_SYNC)
        fail(unreachable(m_conn));
    PQclear(sync);
    return first;
}
