#pragma once

#include "accounts/User.h"
#include "applications/Priority.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

struct CounterContext;

// What a call is for: to serve the visitor (the helpdesk's document check, the order
// of the line), or to hand over what is ready (the verifikator calls the visitor to
// collect the completion proof).
enum class CallPurpose { Serve, Collect };
// A call, a repeat of it ("Panggil ulang"), or the visitor set aside as not present.
enum class CallKind { Call, Recall, NoShow };

// One row of the waiting room's log (table `calls`): queue numbers and desks only.
struct CallRecord
{
    qint64 id = 0;
    qint64 visitId = 0;
    QString queueNumber; // "A-007"
    int serviceNumber = 0;
    QString desk;
    QDateTime at;
    qint64 calledBy = 0;
    CallKind kind = CallKind::Call;
    CallPurpose purpose = CallPurpose::Serve;
    bool outOfTurn = false;
};

// A walk-in of the day not yet at a desk: waiting for the call, called, or set aside.
struct WaitingVisit
{
    enum class State { Waiting, Called, SetAside };

    qint64 visitId = 0;
    qint64 applicationId = 0;
    QString queueNumber;
    int serviceNumber = 0;
    QDateTime arrivedAt;
    Priority priority = Priority::None;
    State state = State::Waiting;
    int calls = 0;       // calls and repeats since it last joined the line
    QString desk;        // the desk it was last called to
    QDateTime lastCalledAt;
    qint64 lastCallId = 0; // the latest row of `calls` (order of calls, whatever the clock)
};

// The waiting room (issue 17): who is next, and every call of a number to a desk.
//
// The line of a day is its walk-ins whose file still waits for the helpdesk's check
// (status "registered"), priority visitors first, then in order of arrival. "Panggil
// berikutnya" calls the first of them among the services the desk serves; the number
// then leaves the line (it is called, at that desk) until the officer opens its file.
// "Panggil ulang" repeats the desk's current call; after the office's set number of
// calls ("calling.no_show_after", default 3) the visitor may be set aside as not
// present ("Tidak hadir"), and is called again, without a reason, when they turn up.
// Calling any other waiting number is out of turn and needs a written reason. Every
// call is one row of `calls` (what the board reads) and one event of the chain (who
// called which number to which desk, when), in one transaction.
class WaitingRoom final
{
    Q_DECLARE_TR_FUNCTIONS(WaitingRoom)

public:
    static constexpr int kDefaultNoShowAfter = 3;
    static constexpr int kMaxNoShowAfter = 10;

    explicit WaitingRoom(CounterContext &context) : m_ctx(context) {}

    // The day's walk-ins at the helpdesk not yet checked: waiting ones in the order they
    // are called, then the called ones, then those set aside. `services` empty: every
    // service.
    Result<QList<WaitingVisit>> line(const QDate &day, const QList<int> &services = {});
    // The first waiting visit among `services` (empty: every service), if any.
    Result<std::optional<WaitingVisit>> next(const QDate &day, const QList<int> &services = {});

    // The office's date now (the queue's day).
    QDate today();

    // "Panggil berikutnya": the next waiting number among `services`, to `desk`.
    Result<CallRecord> callNext(const User &actor, const QString &desk, const QList<int> &services);
    // Calls one visit to `desk`. A visit set aside is called back without a reason; any
    // other waiting visit that is not the next of `services` needs `reason` (out of turn).
    Result<CallRecord> call(const User &actor, const QString &desk, qint64 visitId, const QList<int> &services,
                            const QString &reason = {});
    // "Panggil ulang": the desk's current call again.
    Result<CallRecord> recall(const User &actor, const QString &desk);
    // "Tidak hadir": the desk's current call, called noShowAfter() times, is set aside.
    Result<CallRecord> noShow(const User &actor, const QString &desk);
    // The verifikator (or admin sistem) calls the visitor of a file to `desk`, to collect
    // what is ready; any state of the file.
    Result<CallRecord> callToCollect(const User &actor, const QString &desk, qint64 applicationId);

    // The desk's latest call or repeat today, while that visitor is still called there.
    Result<std::optional<WaitingVisit>> currentAt(const QString &desk, const QDate &day);
    // The day's calls and repeats, newest first (no-shows left out), at most `limit`.
    Result<QList<CallRecord>> calls(const QDate &day, int limit);

    // The office's number of calls before "Tidak hadir" (settings "calling.no_show_after").
    int noShowAfter();
    Status setNoShowAfter(const User &actor, int calls);

    // The one writer of `calls`: a row as it is (demo histories write theirs here too).
    static Result<qint64> insertRow(QSqlDatabase &sql, const CallRecord &call, const QDate &visitDay);

    static QString kindKey(CallKind kind);
    static QString purposeKey(CallPurpose purpose);

private:
    Result<CallRecord> record(const User &actor, const QString &desk, const WaitingVisit &visit, CallKind kind,
                              CallPurpose purpose, const QString &reason);
    Result<std::optional<WaitingVisit>> findCurrent(const QString &desk, const QDate &day);
    // A repeat or a no-show of the desk's current call.
    Result<CallRecord> atCurrent(const User &actor, const QString &desk, CallKind kind);
    // Who may make this call, the desk's name checked, then `body` (given the name) in one
    // write transaction.
    Result<CallRecord> inTransaction(const User &actor, CallPurpose purpose, const QString &desk,
                                     const std::function<Result<CallRecord>(const QString &desk)> &body);
    CounterContext &m_ctx;
};
