#pragma once

#include "accounts/User.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct CounterContext;

// What the waiting room's screen shows (issue 17), and nothing else: queue numbers and
// desks, how many wait per service, and the administrator's running text. No name, NIK,
// phone, e-mail or company can reach it: it is read from the waiting room's own log
// (`calls`), the day's count of waiting files per service and the catalogue, never from
// the guest book's personal columns (the display's database role may read no more,
// ServerSetup).
struct BoardCall
{
    qint64 id = 0;
    QString queueNumber; // "A-007"
    QString desk;        // "Meja Helpdesk 1"
    QDateTime at;
    bool repeat = false; // "Panggil ulang"
};

struct BoardQueue
{
    int serviceNumber = 0;
    QString letter;  // the service's queue letter
    QString service; // its name
    int waiting = 0; // tickets of the day not yet called
};

struct BoardSnapshot
{
    QDate day;
    std::optional<BoardCall> current; // the latest call (or its repeat)
    QList<BoardCall> recent;          // the five calls before it, newest first, each number once
    QList<BoardQueue> queues;         // every service of the catalogue in force
    QString ticker;                   // the running line
    // Every text the board shows, for the test that nothing personal reaches it.
    QStringList texts() const;
};

class DisplayBoard final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayBoard)

public:
    static constexpr int kRecent = 5;
    static constexpr int kMaxTicker = 500;

    explicit DisplayBoard(CounterContext &context) : m_ctx(context) {}

    // The board of the office's today.
    Result<BoardSnapshot> read();
    Result<BoardSnapshot> read(const QDate &day);
    // The day's calls and repeats after the call `afterId`, oldest first (no-shows left
    // out), at most `limit`: what the board announces, one by one, when they arrive.
    Result<QList<BoardCall>> callsAfter(const QDate &day, qint64 afterId, int limit = 20);

    // The running line (settings "display.ticker"); until one is set, the Maklumat's
    // first statement.
    Result<QString> ticker();
    // Sets it (administrators): one line, at most kMaxTicker characters; empty: the default.
    Status setTicker(const User &actor, const QString &text);

private:
    CounterContext &m_ctx;
};
