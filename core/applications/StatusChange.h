#pragma once

#include "accounts/User.h"
#include "applications/Application.h"
#include "applications/FileActions.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

struct CounterContext;
class FileClock;
class ReadAhead;
struct PausePeriod;

// The one way a file's status changes: the action's rule is checked (FileActions), the
// row is written only if no other desk moved it in between, the event is appended, the
// due time is stored, all in one transaction.
class StatusChange final
{
    Q_DECLARE_TR_FUNCTIONS(StatusChange)

public:
    StatusChange(CounterContext &context, FileClock &clock) : m_ctx(context), m_clock(clock) {}

    // Runs on the loaded file inside the transaction; a failure refuses the change.
    using Step = std::function<Status(Application &)>;
    struct Move
    {
        FileAction action;
        QString reason;   // the event's reason (the officer's words)
        QJsonObject data; // the event's data
        Step before;      // before the rule is checked (what is checked first, e.g. completeness)
        Step body;        // after: sets the fields the action changes
    };

    // In its own write transaction.
    Status apply(const User &actor, qint64 applicationId, const Move &move);
    // Inside the caller's write transaction, on a file it loaded there.
    Status applyWithin(const User &actor, Application &file, const Move &move);
    // The statements a move of the file reads (its row, the chain's head, the calendar's
    // version, its pauses), for the caller's ReadAhead: one round trip on a server.
    static void readAheadFor(ReadAhead &ahead, qint64 applicationId);

private:
    Status write(const User &actor, Application &file, ApplicationStatus to, const QString &kind, const QString &reason,
                 const QJsonObject &data, QList<PausePeriod> &history);

    CounterContext &m_ctx;
    FileClock &m_clock;
};
