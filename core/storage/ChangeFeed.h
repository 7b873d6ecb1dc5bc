#pragma once

#include "common/Result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class Database;
class QThread;
class QTimer;

// One change another desk committed: the event it recorded.
struct DatabaseChange
{
    qint64 eventId = 0;
    QString kind;
    qint64 applicationId = 0;
    qint64 visitId = 0;
};

// What other desks change, as soon as they commit it, and the state of the connection
// (issue 16). A desk's pages refresh in place on changed(); nobody polls the records.
//
//  - On PostgreSQL every new event is announced on the database's channel in its own
//    transaction (migration 0008: a trigger, so no action pays a round trip for it); the
//    feed LISTENs on the desk's connection and Qt's driver hands the announcements over
//    from the event loop (and, four times a second, any that libpq read while the desk
//    waited for an answer of its own). Its own announcements are left out: a page
//    already refreshes after its own action.
//  - On a file, SQLite's `PRAGMA data_version` (a read of shared memory, no disk) tells,
//    four times a second, whether another connection committed; the new events are
//    then read by id.
//
// The connection: when libpq finds it lost (the server restarted, the network dropped;
// keepalives in ServerAddress make a dead network noticed within half a minute) the feed
// says so at once (connectionChanged(false)); every write is refused meanwhile
// (Transaction), and the feed reconnects by itself: it pings the server off the GUI
// thread after 1, 2, 4, 8, 16 and then every 30 seconds, reconnects once it answers,
// listens again, and reports every event committed while it was away (changed()). It
// never falls back to a local file: that would split the office's records.
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    // What the feed reads of a change: the event itself (a desk), or only that something
    // changed (the waiting room's board, whose server role may not read the events:
    // changed() then comes without changes, `everything` after an absence).
    enum class Reads { Events, NothingElse };

    explicit ChangeFeed(Database &db, QObject *parent = nullptr, Reads reads = Reads::Events);
    ~ChangeFeed() override;
    ChangeFeed(const ChangeFeed &) = delete;
    ChangeFeed &operator=(const ChangeFeed &) = delete;

    // Starts listening from the newest event now.
    Status start();
    bool isConnected() const { return m_connected; }
    // Seconds until the next attempt to reconnect; -1 while connected or while a ping runs.
    int secondsToRetry() const;
    // Checks now instead of at the next tick (tests; "Coba sambung sekarang").
    void checkNow();
    void reconnectNow();

    // The most events reported one by one after an absence; beyond it changed() comes
    // with `everything`.
    static constexpr int kCatchUpLimit = 2000;

signals:
    // Another desk (or process) committed `changes`; `everything` when too much changed
    // to list (after a long absence): read everything again.
    void changed(const QList<DatabaseChange> &changes, bool everything);
    void connectionChanged(bool connected);

private:
    void tick();
    void pollFile();
    void onNotification(const QString &name, int source, const QVariant &payload);
    Status listen();
    void lost();
    void scheduleRetry();
    void tryReconnect();
    void catchUp();
    Result<qint64> newestEventId();

    Database &m_db;
    QTimer *m_timer = nullptr;
    QTimer *m_retry = nullptr;
    QTimer *m_flush = nullptr;
    QList<DatabaseChange> m_pending;
    QThread *m_ping = nullptr;
    std::shared_ptr<int> m_pingResult;
    QString m_channel;
    qint64 m_lastEventId = 0;
    qint64 m_dataVersion = -1;
    qint64 m_ownChanges = -1;
    int m_attempt = 0;
    bool m_connected = true;
    bool m_started = false;
    Reads m_reads = Reads::Events;
};
