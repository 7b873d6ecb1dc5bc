#include "reports/ReportBuilder.h"

#include "common/Clock.h"
#include "reports/CallFigures.h"
#include "reports/FeedbackFigures.h"
#include "reports/PeriodFiles.h"
#include "reports/ReportClock.h"
#include "reports/ReportTally.h"
#include "settings/OfficeSettings.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace {

// The officers' names for the rows of a report by officer.
Result<QHash<qint64, QString>> officerNames(QSqlDatabase &sql)
{
    SqlQuery users(sql, QStringLiteral("SELECT id, full_name FROM users"));
    if (const Status s = users.exec(); !s)
        return Result<QHash<qint64, QString>>::failure(s.error());
    QHash<qint64, QString> names;
    while (users.next())
        names.insert(users.value(0).toLongLong(), users.value(1).toString());
    return names;
}

} // namespace

Result<PerformanceReport> ReportBuilder::build(const QDate &from, const QDate &to, ReportGrouping grouping, const QDateTime &nowInput,
                                               ReportTrace *trace)
{
    using R = Result<PerformanceReport>;
    if (!from.isValid() || !to.isValid())
        return R::failure(tr("Tanggal periode laporan tidak sah."));
    if (to < from)
        return R::failure(tr("Akhir periode (%1) sebelum awalnya (%2).").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    if (from.daysTo(to) >= kMaxDays)
        return R::failure(tr("Periode laporan paling panjang %1 hari.").arg(kMaxDays));

    // What the report counts by: the calendar, the catalogue in force and the office. One
    // that cannot be read is the report's error, never the shipped defaults in disguise.
    const Result<const WorkingCalendar *> calendar = m_calendar.current();
    if (!calendar)
        return R::failure(calendar.error());
    const Result<std::pair<int, const ServiceCatalog *>> current =
        m_catalogs.current((nowInput.isValid() ? nowInput : Clock::nowUtc()).toTimeZone(calendar.value()->timeZone()).date());
    if (!current)
        return R::failure(current.error());
    const Result<OfficeIdentity> office = OfficeSettings(m_db).load();
    if (!office)
        return R::failure(office.error());
    QSqlDatabase &sql = m_db.connection();
    QHash<qint64, QString> names;
    if (grouping == ReportGrouping::Officer) {
        Result<QHash<qint64, QString>> read = officerNames(sql);
        if (!read)
            return R::failure(read.error());
        names = std::move(read).value();
    }

    const QDateTime now = nowInput.isValid() ? nowInput.toUTC() : Clock::nowUtc();
    PerformanceReport report;
    report.from = from;
    report.to = to;
    report.grouping = grouping;
    report.computedAt = now;
    report.computedOn = now.toTimeZone(calendar.value()->timeZone()).date();
    report.office = office.value();

    // Each file is counted as it is read, without holding the period's files in memory.
    const qint64 nowMs = now.toMSecsSinceEpoch();
    PeriodFiles files(sql, from, to);
    ReportClock clock(*calendar.value(), m_catalogs, *current->second, from, to, nowMs);
    ReportTally tally(grouping, from, to, clock, nowMs, files.idSpan(), trace);
    FileFacts f;
    while (files.next(f))
        if (const Status s = tally.add(f); !s)
            return R::failure(s.error());
    if (const QString error = files.error(); !error.isEmpty())
        return R::failure(error);
    tally.finishInto(report, *current->second, names);

    if (const Status s = FeedbackFigures::addTo(report, sql, *calendar.value(), now); !s)
        return R::failure(s.error());
    if (const Status s = CallFigures::addTo(report, sql, *current->second, calendar.value()->timeZone()); !s)
        return R::failure(s.error());
    return report;
}
