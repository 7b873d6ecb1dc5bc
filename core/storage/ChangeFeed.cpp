#include "storage/ChangeFeed.h"

#include "storage/Database.h"
#include "storage/PgDialect.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteHandle.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

constexpr int kFileTickMs = 250;  // PRAGMA data_version: shared memory, no disk
constexpr int kServerTickMs = 250; // PQstatus and a non-blocking read: no round trip
constexpr int kLongestWaitSeconds = 30;

// "id kind application visit", as the trigger of migration 0008 writes it.
std::optional<DatabaseChange> parsePayload(const QString &payload)
{
    const QStringList parts = payload.split(QLatin1Char(' '));
    if (parts.size() != 4)
        return std::nullopt;
    DatabaseChange c;
    bool ok[3] = {false, false, false};
    c.eventId = parts.at(0).toLongLong(&ok[0]);
    c.kind = parts.at(1);
    c.applicationId = parts.at(2).toLongLong(&ok[1]);
    c.visitId = parts.at(3).toLongLong(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2])
        return std::nullopt;
    return c;
}

} // namespace

ChangeFeed::ChangeFeed(Database &db, QObject *parent, Reads reads) : QObject(parent), m_db(db), m_reads(reads)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(db.isServer() ? kServerTickMs : kFileTickMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::tick);
    m_flush = new QTimer(this);
    m_flush->setSingleShot(true);
    m_flush->setInterval(10);
    connect(m_flush, &QTimer::timeout, this, [this] {
        const QList<DatabaseChange> changes = std::exchange(m_pending, {});
        if (!changes.isEmpty())
            emit changed(changes, false);
    });
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ChangeFeed::tryReconnect);
}

ChangeFeed::~ChangeFeed()
{
    if (m_ping) { // a ping ends within the connection's connect_timeout
        m_ping->wait();
        delete m_ping;
    }
    if (m_started && m_db.isServer() && m_db.isConnected() && !m_channel.isEmpty())
        if (QSqlDriver *driver = m_db.connection().driver())
            driver->unsubscribeFromNotification(m_channel);
}

Status ChangeFeed::start()
{
    const Result<qint64> newest = newestEventId();
    if (!newest)
        return Status::failure(newest.error());
    m_lastEventId = newest.value();
    if (m_db.isServer()) {
        if (const Status s = listen(); !s)
            return s;
    } else {
        pollFile(); // learns the current data_version
    }
    m_started = true;
    m_timer->start();
    return Status::success();
}

Result<qint64> ChangeFeed::newestEventId()
{
    if (m_reads == Reads::NothingElse)
        return m_lastEventId;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"));
    if (const Status s = q.exec(); !s)
        return Result<qint64>::failure(s.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status ChangeFeed::listen()
{
    SqlQuery channel(m_db.connection(), QStringLiteral("SELECT loket_channel()"));
    if (const Status s = channel.exec(); !s)
        return s;
    if (!channel.next())
        return Status::failure(PgDialect::unreachableMessage());
    m_channel = channel.value(0).toString();
    QSqlDriver *driver = m_db.connection().driver();
    // The same driver object stays through a reconnection (Database::reconnect), but its
    // subscriptions do not: subscribed again each time, connected once.
    if (!m_started)
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    onNotification(name, static_cast<int>(source), payload);
                });
    if (!driver->subscribeToNotification(m_channel))
        return Status::failure(PgDialect::unreachableMessage());
    return Status::success();
}

void ChangeFeed::onNotification(const QString &name, int source, const QVariant &payload)
{
    if (name != m_channel)
        return;
    const std::optional<DatabaseChange> change = parsePayload(payload.toString());
    if (!change) {
        qCWarning(lcStorage) << "unexpected announcement" << payload.toString();
        return;
    }
    m_lastEventId = std::max(m_lastEventId, change->eventId);
    if (source == QSqlDriver::SelfSource)
        return; // this desk's own change: its page refreshed already
    // One transaction announces each of its events (an acceptance: several): they come
    // together and are reported once.
    m_pending << change.value();
    if (!m_flush->isActive())
        m_flush->start();
}

void ChangeFeed::tick()
{
    if (m_db.isServer()) {
        if (m_connected && !m_db.isConnected()) {
            lost();
            return;
        }
        // An announcement read while this connection waited for a statement's answer
        // sits in libpq's queue with nothing left on the socket to wake Qt's driver:
        // its own check (a non-blocking read, then the queue) hands it over now.
        if (m_connected && m_started)
            QMetaObject::invokeMethod(m_db.connection().driver(), "_q_handleNotification", Qt::DirectConnection);
        return;
    }
    pollFile();
}

void ChangeFeed::checkNow()
{
    tick();
}

void ChangeFeed::pollFile()
{
    SqlQuery version(m_db.connection(), QStringLiteral("PRAGMA data_version"));
    if (!version.exec() || !version.next())
        return;
    const qint64 now = version.value(0).toLongLong();
    const bool first = m_dataVersion < 0;
    const bool moved = now != m_dataVersion;
    m_dataVersion = now;
    // data_version moves for other connections' commits only; this connection's own are
    // counted by sqlite3_total_changes, and its events are skipped by moving past them
    // (when both wrote between two ticks, this desk's events are reported too: one
    // refresh more, nothing missed).
    sqlite3 *handle = sqliteHandle(m_db.connection());
    const qint64 ownChanges = handle ? sqlite3_total_changes64(handle) : 0;
    const bool ownWrote = ownChanges != m_ownChanges;
    m_ownChanges = ownChanges;
    if (first)
        return;
    if (moved) {
        catchUp();
    } else if (ownWrote) {
        if (const Result<qint64> newest = newestEventId(); newest)
            m_lastEventId = newest.value();
    }
}

void ChangeFeed::catchUp()
{
    if (m_reads == Reads::NothingElse) {
        emit changed({}, true);
        return;
    }
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, kind, COALESCE(application_id, 0), COALESCE(visit_id, 0) FROM events "
                                                 "WHERE id > :last ORDER BY id LIMIT :limit"));
    q.bind(QStringLiteral(":last"), m_lastEventId).bind(QStringLiteral(":limit"), kCatchUpLimit + 1);
    if (const Status s = q.exec(); !s) {
        emit changed({}, true);
        return;
    }
    QList<DatabaseChange> changes;
    while (q.next()) {
        DatabaseChange c;
        c.eventId = q.value(0).toLongLong();
        c.kind = q.value(1).toString();
        c.applicationId = q.value(2).toLongLong();
        c.visitId = q.value(3).toLongLong();
        changes << c;
    }
    if (changes.size() > kCatchUpLimit) {
        const Result<qint64> newest = newestEventId();
        m_lastEventId = newest ? newest.value() : changes.last().eventId;
        emit changed({}, true);
        return;
    }
    if (changes.isEmpty()) {
        // Something other than an event changed (a desk's presence): the pages read again.
        emit changed({}, false);
        return;
    }
    m_lastEventId = changes.last().eventId;
    emit changed(changes, false);
}

void ChangeFeed::lost()
{
    m_connected = false;
    m_attempt = 0;
    qCWarning(lcStorage) << "connection to the server lost";
    emit connectionChanged(false);
    scheduleRetry();
}

void ChangeFeed::scheduleRetry()
{
    const int seconds = std::min(kLongestWaitSeconds, 1 << std::min(m_attempt, 5));
    ++m_attempt;
    m_retry->start(seconds * 1000);
}

int ChangeFeed::secondsToRetry() const
{
    if (m_connected || !m_retry->isActive())
        return -1;
    return (m_retry->remainingTime() + 999) / 1000;
}

void ChangeFeed::reconnectNow()
{
    if (m_connected || m_ping)
        return;
    m_retry->stop();
    tryReconnect();
}

void ChangeFeed::tryReconnect()
{
    if (m_connected || m_ping)
        return;
    // PQping waits up to the address's connect_timeout for a server that does not
    // answer: off the GUI thread, so the desk stays usable (its typed input included).
    const QByteArray conninfo = m_db.conninfo().toUtf8();
    auto result = std::make_shared<int>(PQPING_NO_RESPONSE);
    m_pingResult = result;
    m_ping = QThread::create([conninfo, result] { *result = PQping(conninfo.constData()); });
    connect(m_ping, &QThread::finished, this, [this] {
        const int answer = *m_pingResult;
        m_ping->deleteLater();
        m_ping = nullptr;
        if (answer != PQPING_OK) {
            scheduleRetry();
            return;
        }
        if (const Status s = m_db.reconnect(); !s) {
            qCWarning(lcStorage) << "reconnection failed:" << s.error();
            scheduleRetry();
            return;
        }
        if (const Status s = listen(); !s) {
            scheduleRetry();
            return;
        }
        m_connected = true;
        m_attempt = 0;
        emit connectionChanged(true);
        catchUp(); // what other desks committed meanwhile
    });
    m_ping->start();
}
