#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

class QSqlDatabase;

// One walk-in of a day on which the helpdesk called visitors, and how long it waited
// for its first call to be served.
struct CallWait
{
    qint64 visitId = 0;
    QDate day; // the queue's day (the visit's)
    int serviceNumber = 0;
    QDateTime arrivedAt;     // the ticket, UTC
    qint64 waitSeconds = -1; // ticket to first call, wall-clock; -1: never called

    bool called() const { return waitSeconds >= 0; }
};

// The wait for the call (issue 17): from the ticket (visits.arrived_at) to the visit's
// first call to be served (calls: kind 'call', purpose 'serve'), in wall-clock seconds
// on the same day; the queue's day is one day, so nothing is counted across a night.
// Only days on which the helpdesk called anybody count: a day without calls says
// nothing about waiting for one. The report's figures and the ticket's typical wait
// both come from here.
class WaitTimes final
{
    Q_DECLARE_TR_FUNCTIONS(WaitTimes)

public:
    static constexpr int kHistoryDays = 20;  // the ticket's history: the last days that had calls
    static constexpr int kMinimumVisits = 5; // fewer called visits in that hour: no estimate

    explicit WaitTimes(QSqlDatabase &sql) : m_sql(sql) {}

    // The days of [from, to] on which a visitor was called to be served, in order.
    Result<QList<QDate>> callDays(const QDate &from, const QDate &to);
    // The last `count` such days before `day`, newest first.
    Result<QList<QDate>> callDaysBefore(const QDate &day, int count);
    // Every walk-in of `days` with its wait, in order of arrival (by visit).
    Result<QList<CallWait>> waitsOn(const QList<QDate> &days);

    // The typical wait, in whole minutes, of a ticket taken at `arrivedAt`: the median
    // wait of the visits called on the last kHistoryDays days with calls before its day
    // that arrived in the same hour of the day (office time); none with fewer than
    // kMinimumVisits of them.
    Result<std::optional<int>> typicalMinutes(const QDateTime &arrivedAt, const QTimeZone &zone);
    // The same rule over a history already read.
    static std::optional<int> typicalMinutes(const QList<CallWait> &history, int hour, const QTimeZone &zone);

private:
    QSqlDatabase &m_sql;
};
