#include "reports/FeedbackFigures.h"

#include "complaints/ComplaintRules.h"
#include "reports/StoredText.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

#include <array>

namespace {

QDateTime instantOf(const QVariant &stored)
{
    const qint64 ms = StoredText::instantMs(stored);
    return ms >= 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
}

bool decided(DeadlineState s)
{
    return s == DeadlineState::Met || s == DeadlineState::Missed || s == DeadlineState::Overdue;
}

// What one complaint adds to the figures (the report's and its service's alike).
void count(ComplaintFigures &figures, const TracedComplaint &c)
{
    figures.received++;
    if (c.refused)
        return;
    if (decided(c.deadlines.acknowledgement.state)) {
        figures.acknowledgeDecided++;
        if (c.deadlines.acknowledgement.state == DeadlineState::Met)
            figures.acknowledgedInTime++;
    }
    if (decided(c.deadlines.response.state)) {
        figures.respondDecided++;
        if (c.deadlines.response.state == DeadlineState::Met)
            figures.respondedInTime++;
    }
}

} // namespace

namespace FeedbackFigures {

bool isDecided(DeadlineState state)
{
    return decided(state);
}

Result<QList<TracedComplaint>> complaints(QSqlDatabase &sql, const WorkingCalendar &calendar, const QDate &from, const QDate &to,
                                          const QDateTime &now)
{
    SqlQuery c(sql, QStringLiteral("SELECT c.id, c.number, c.received_date, c.acknowledged_at, c.responded_at, c.window_decision, "
                                   "COALESCE(a.service_number, 0), COALESCE(a.number, '') FROM complaints c "
                                   "LEFT JOIN applications a ON a.id = c.application_id "
                                   "WHERE c.received_date BETWEEN :from AND :to ORDER BY c.id"));
    c.bind(QStringLiteral(":from"), from.toString(Qt::ISODate)).bind(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (const Status s = c.exec(); !s)
        return Result<QList<TracedComplaint>>::failure(s.error());
    QList<TracedComplaint> list;
    while (c.next()) {
        TracedComplaint t;
        t.id = c.value(0).toLongLong();
        t.number = c.value(1).toString();
        t.receivedDate = QDate::fromString(c.value(2).toString(), Qt::ISODate);
        t.refused = c.value(5).toString() == QLatin1String("refused");
        t.service = c.value(6).toInt();
        t.applicationNumber = c.value(7).toString();
        t.deadlines = ComplaintRules::deadlines(calendar, t.receivedDate, instantOf(c.value(3)), instantOf(c.value(4)), now);
        list << t;
    }
    return list;
}

} // namespace FeedbackFigures

namespace {

// The complaints of the period, and by service those about a file of each service.
Result<ComplaintFigures> complaintsOf(QSqlDatabase &sql, const WorkingCalendar &calendar, PerformanceReport &report, const QDateTime &now)
{
    const Result<QList<TracedComplaint>> all = FeedbackFigures::complaints(sql, calendar, report.from, report.to, now);
    if (!all)
        return Result<ComplaintFigures>::failure(all.error());
    ComplaintFigures figures;
    const bool byService = report.grouping == ReportGrouping::Service;
    if (byService)
        for (ReportRow &r : report.rows)
            r.complaints = ComplaintFigures();
    for (const TracedComplaint &c : all.value()) {
        count(figures, c);
        if (!byService)
            continue;
        for (ReportRow &r : report.rows)
            if (r.key == QString::number(c.service))
                count(*r.complaints, c);
    }
    return figures;
}

Result<int> suggestionsOf(QSqlDatabase &sql, const PerformanceReport &report)
{
    SqlQuery s(sql, QStringLiteral("SELECT COUNT(*) FROM suggestions WHERE local_date BETWEEN :from AND :to"));
    s.bind(QStringLiteral(":from"), report.from.toString(Qt::ISODate)).bind(QStringLiteral(":to"), report.to.toString(Qt::ISODate));
    if (const Status st = s.exec(); !st)
        return Result<int>::failure(st.error());
    return s.next() ? s.value(0).toInt() : 0;
}

// The IKM of the period, and of each service's row when the report is by service.
Status addSurvey(PerformanceReport &report, QSqlDatabase &sql)
{
    SqlQuery s(sql, QStringLiteral("SELECT COALESCE(service_number, 0), COUNT(*), SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), "
                                   "SUM(u6), SUM(u7), SUM(u8), SUM(u9) FROM survey_responses "
                                   "WHERE local_date BETWEEN :from AND :to GROUP BY 1"));
    s.bind(QStringLiteral(":from"), report.from.toString(Qt::ISODate)).bind(QStringLiteral(":to"), report.to.toString(Qt::ISODate));
    if (const Status st = s.exec(); !st)
        return st;
    int respondents = 0;
    std::array<qint64, SurveyElement::kCount> sums{};
    while (s.next()) {
        const int n = s.value(1).toInt();
        std::array<qint64, SurveyElement::kCount> own{};
        for (int i = 0; i < SurveyElement::kCount; ++i) {
            own[i] = s.value(2 + i).toLongLong();
            sums[i] += own[i];
        }
        respondents += n;
        if (report.grouping == ReportGrouping::Service) {
            for (ReportRow &r : report.rows)
                if (r.key == QString::number(s.value(0).toInt()))
                    r.ikm = Ikm::compute(n, own);
        }
    }
    if (respondents > 0) {
        report.ikm = Ikm::compute(respondents, sums);
        report.total.ikm = report.ikm;
    }
    return Status::success();
}

} // namespace

namespace FeedbackFigures {

Status addTo(PerformanceReport &report, QSqlDatabase &sql, const WorkingCalendar &calendar, const QDateTime &now)
{
    // Older files may lack the feedback tables.
    if (SqlDialect::hasTable(sql, QStringLiteral("complaints"))) {
        const Result<ComplaintFigures> complaints = complaintsOf(sql, calendar, report, now);
        if (!complaints)
            return Status::failure(complaints.error());
        report.complaints = complaints.value();
    }
    if (SqlDialect::hasTable(sql, QStringLiteral("suggestions"))) {
        const Result<int> suggestions = suggestionsOf(sql, report);
        if (!suggestions)
            return Status::failure(suggestions.error());
        report.suggestions = suggestions.value();
    }
    if (SqlDialect::hasTable(sql, QStringLiteral("survey_responses")))
        return addSurvey(report, sql);
    return Status::success();
}

} // namespace FeedbackFigures
