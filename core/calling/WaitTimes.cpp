#include "calling/WaitTimes.h"

#include "common/Clock.h"
#include "storage/SqlQuery.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// A stored date as either driver gives it: a QDate (PostgreSQL) or its ISO text (SQLite).
QDate dayOf(const QVariant &stored)
{
    return stored.typeId() == QMetaType::QDate ? stored.toDate() : QDate::fromString(stored.toString(), Qt::ISODate);
}

Result<QList<QDate>> daysOf(SqlQuery &q)
{
    if (const Status s = q.exec(); !s)
        return Result<QList<QDate>>::failure(s.error());
    QList<QDate> days;
    while (q.next())
        days << dayOf(q.value(0));
    return days;
}

} // namespace

Result<QList<QDate>> WaitTimes::callDays(const QDate &from, const QDate &to)
{
    SqlQuery q(m_sql, QStringLiteral("SELECT DISTINCT local_date FROM calls WHERE purpose = 'serve' AND local_date BETWEEN :from AND :to "
                                     "ORDER BY local_date"));
    q.bind(QStringLiteral(":from"), iso(from)).bind(QStringLiteral(":to"), iso(to));
    return daysOf(q);
}

Result<QList<QDate>> WaitTimes::callDaysBefore(const QDate &day, int count)
{
    SqlQuery q(m_sql, QStringLiteral("SELECT DISTINCT local_date FROM calls WHERE purpose = 'serve' AND local_date < :day "
                                     "ORDER BY local_date DESC LIMIT :count"));
    q.bind(QStringLiteral(":day"), iso(day)).bind(QStringLiteral(":count"), count);
    return daysOf(q);
}

Result<QList<CallWait>> WaitTimes::waitsOn(const QList<QDate> &days)
{
    using R = Result<QList<CallWait>>;
    if (days.isEmpty())
        return QList<CallWait>();
    const auto [first, last] = std::minmax_element(days.begin(), days.end());
    const QSet<QDate> wanted(days.begin(), days.end());
    // The visits of the span with their calls to be served, the first call first.
    SqlQuery q(m_sql, QStringLiteral("SELECT v.id, v.local_date, v.service_number, v.arrived_at, c.called_at FROM visits v "
                                     "LEFT JOIN calls c ON c.visit_id = v.id AND c.purpose = 'serve' AND c.kind = 'call' "
                                     "WHERE v.local_date BETWEEN :from AND :to ORDER BY v.id, c.id"));
    q.bind(QStringLiteral(":from"), iso(*first)).bind(QStringLiteral(":to"), iso(*last));
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    QList<CallWait> waits;
    qint64 previous = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id == previous)
            continue; // a later call of the same visit
        previous = id;
        CallWait w;
        w.visitId = id;
        w.day = dayOf(q.value(1));
        if (!wanted.contains(w.day))
            continue;
        w.serviceNumber = q.value(2).toInt();
        w.arrivedAt = Clock::fromStorage(q.value(3));
        if (!q.value(4).isNull()) {
            const QDateTime called = Clock::fromStorage(q.value(4));
            w.waitSeconds = std::max<qint64>(0, w.arrivedAt.secsTo(called));
        }
        waits << w;
    }
    return waits;
}

std::optional<int> WaitTimes::typicalMinutes(const QList<CallWait> &history, int hour, const QTimeZone &zone)
{
    QList<qint64> waits;
    for (const CallWait &w : history)
        if (w.called() && w.arrivedAt.toTimeZone(zone).time().hour() == hour)
            waits << w.waitSeconds;
    if (waits.size() < kMinimumVisits)
        return std::nullopt;
    std::sort(waits.begin(), waits.end());
    const qsizetype n = waits.size();
    const double median = n % 2 ? double(waits.at(n / 2)) : (double(waits.at(n / 2 - 1)) + double(waits.at(n / 2))) / 2.0;
    return std::max(1, int(std::lround(median / 60.0)));
}

Result<std::optional<int>> WaitTimes::typicalMinutes(const QDateTime &arrivedAt, const QTimeZone &zone)
{
    using R = Result<std::optional<int>>;
    const QDateTime local = arrivedAt.toTimeZone(zone);
    const Result<QList<QDate>> days = callDaysBefore(local.date(), kHistoryDays);
    if (!days)
        return R::failure(days.error());
    const Result<QList<CallWait>> history = waitsOn(days.value());
    if (!history)
        return R::failure(history.error());
    return typicalMinutes(history.value(), local.time().hour(), zone);
}
