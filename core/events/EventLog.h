#pragma once

#include "common/Result.h"
#include "events/Event.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// Appends events and reads them back. Each event's SHA-256 covers its content and the
// previous event's hash, so an edited or deleted row breaks the chain. Appending must
// happen inside the caller's write transaction (which serialises writers).
class EventLog final
{
    Q_DECLARE_TR_FUNCTIONS(EventLog)

public:
    explicit EventLog(QSqlDatabase &db) : m_db(db) {}

    // The event gets the next id after the chain's head. Inside a Transaction the head
    // is read once: the events it appends follow one another (no other writer can
    // append meanwhile).
    Result<qint64> append(const Event &event);
    // The statement that reads the head of the chain, for a ReadAhead.
    static SqlStatement headStatement();
    // Writes `event`, its id and instant (millisecond precision) already set, as the link
    // after `previousHash`, and returns its hash: for a writer that keeps the end of the
    // chain itself (demo data, millions of events). append() ends here too.
    Result<QString> appendLinked(const Event &event, const QString &previousHash);
    Result<QList<Event>> forApplication(qint64 applicationId);
    SqlStatement forApplicationStatement(qint64 applicationId); // for a ReadAhead
    Result<QList<Event>> forVisit(qint64 visitId);
    // The event an action with this idempotency key recorded, if it was committed.
    Result<std::optional<Event>> byActionKey(const QString &key);

    struct ChainCheck
    {
        qint64 checked = 0;
        qint64 firstBadId = 0; // 0 when the chain holds
        QString problem;
    };
    Result<ChainCheck> verifyChain();
    // The hash stored on the last event, empty when there is none yet: what two copies
    // of one history agree on (`loket migrate` compares the source's and the target's).
    Result<QString> lastHash();

    static QString hashOf(const Event &event, const QString &previousHash);

private:
    SqlStatement readStatement(const QString &where, qint64 id);
    Result<QList<Event>> read(const QString &where, qint64 id);
    bool withComplaintColumn(); // older schemas lack events.complaint_id; asked once per connection
    QSqlDatabase &m_db;
};
