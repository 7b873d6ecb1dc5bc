#include "reports/CallFigures.h"

#include "applications/ApplicationStatus.h"
#include "calling/WaitTimes.h"
#include "catalog/ServiceCatalog.h"
#include "common/Clock.h"
#include "reports/ReportBuilder.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"

#include <QSqlDatabase>
#include <QTimeZone>

#include <map>

namespace {

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

Status addWaits(CallingFigures &figures, QSqlDatabase &sql, const PerformanceReport &report, const ServiceCatalog &catalog)
{
    WaitTimes times(sql);
    const Result<QList<QDate>> days = times.callDays(report.from, report.to);
    if (!days)
        return Status::failure(days.error());
    figures.callDays = int(days->size());
    const Result<QList<CallWait>> waits = times.waitsOn(days.value());
    if (!waits)
        return Status::failure(waits.error());
    struct Work
    {
        int visits = 0;
        QList<qint64> seconds;
    };
    Work total;
    std::map<int, Work> byService;
    for (const CallWait &w : waits.value())
        for (Work *work : {&total, &byService[w.serviceNumber]}) {
            ++work->visits;
            if (w.called())
                work->seconds << w.waitSeconds;
        }
    for (auto &[number, work] : byService) {
        CallWaitRow row;
        row.key = QString::number(number);
        const Service *s = catalog.service(number);
        row.title = s ? s->name : ReportBuilder::tr("Layanan %1").arg(number);
        row.visits = work.visits;
        row.wait = DurationStats::of(work.seconds);
        figures.waits << row;
    }
    figures.waitTotal.key = QStringLiteral("total");
    figures.waitTotal.title = ReportBuilder::tr("Jumlah");
    figures.waitTotal.visits = total.visits;
    figures.waitTotal.wait = DurationStats::of(total.seconds);
    return Status::success();
}

// Each visit's calls to be served, oldest first: set aside by a no-show, called back by a
// call after it, served when its file then left the line for the helpdesk's check.
Status addNoShows(CallingFigures &figures, QSqlDatabase &sql, const PerformanceReport &report)
{
    SqlQuery q(sql, QStringLiteral("SELECT c.visit_id, c.kind, a.status FROM calls c JOIN applications a ON a.visit_id = c.visit_id "
                                   "WHERE c.purpose = 'serve' AND c.local_date BETWEEN :from AND :to ORDER BY c.visit_id, c.id"));
    q.bind(QStringLiteral(":from"), iso(report.from)).bind(QStringLiteral(":to"), iso(report.to));
    if (const Status s = q.exec(); !s)
        return s;
    const QString registered = ApplicationStatuses::key(ApplicationStatus::Registered);
    const QString cancelled = ApplicationStatuses::key(ApplicationStatus::Cancelled);
    qint64 visit = 0;
    bool setAside = false, calledBack = false;
    QString status;
    auto close = [&] {
        if (!setAside)
            return;
        ++figures.noShows;
        if (!calledBack)
            return;
        ++figures.calledBack;
        if (status != registered && status != cancelled)
            ++figures.servedAfter;
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != visit) {
            close();
            visit = id;
            setAside = calledBack = false;
            status = q.value(2).toString();
        }
        const QString kind = q.value(1).toString();
        if (kind == QLatin1String("no_show"))
            setAside = true;
        else if (kind == QLatin1String("call") && setAside)
            calledBack = true;
    }
    close();
    return Status::success();
}

// Counted on the day of the call: a visitor is called to collect days after the visit
// (calls.local_date is the visit's day).
Status addDesks(CallingFigures &figures, QSqlDatabase &sql, const PerformanceReport &report, const QTimeZone &zone)
{
    SqlQuery q(sql, QStringLiteral("SELECT desk, purpose, kind, COUNT(*) FROM calls WHERE local_date <= :to AND called_at >= :start "
                                   "AND called_at < :end AND kind <> 'no_show' GROUP BY desk, purpose, kind ORDER BY desk"));
    q.bind(QStringLiteral(":to"), iso(report.to))
        .bind(QStringLiteral(":start"), Clock::toStorage(QDateTime(report.from, QTime(0, 0), zone).toUTC()))
        .bind(QStringLiteral(":end"), Clock::toStorage(QDateTime(report.to.addDays(1), QTime(0, 0), zone).toUTC()));
    if (const Status s = q.exec(); !s)
        return s;
    figures.deskTotal.desk = ReportBuilder::tr("Jumlah");
    while (q.next()) {
        const QString desk = q.value(0).toString();
        if (figures.desks.isEmpty() || figures.desks.last().desk != desk) {
            figures.desks << DeskCalls();
            figures.desks.last().desk = desk;
        }
        const bool collect = q.value(1).toString() == QLatin1String("collect");
        const bool repeat = q.value(2).toString() == QLatin1String("recall");
        const int n = q.value(3).toInt();
        for (DeskCalls *d : {&figures.desks.last(), &figures.deskTotal})
            (collect ? (repeat ? d->collectRepeats : d->collectCalls) : (repeat ? d->serveRepeats : d->serveCalls)) += n;
    }
    return Status::success();
}

} // namespace

namespace CallFigures {

Status addTo(PerformanceReport &report, QSqlDatabase &sql, const ServiceCatalog &catalog, const QTimeZone &zone)
{
    // Older files may lack the waiting room.
    if (!SqlDialect::hasTable(sql, QStringLiteral("calls")))
        return Status::success();
    CallingFigures figures;
    if (const Status s = addWaits(figures, sql, report, catalog); !s)
        return s;
    if (const Status s = addNoShows(figures, sql, report); !s)
        return s;
    if (const Status s = addDesks(figures, sql, report, zone); !s)
        return s;
    report.calling = figures;
    return Status::success();
}

} // namespace CallFigures
