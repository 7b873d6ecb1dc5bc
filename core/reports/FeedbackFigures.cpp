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

Result<ComplaintFigures> complaintsOf(QSqlDatabase &sql, const WorkingCalendar &calendar, const PerformanceReport &report,
                                      const QDateTime &now)
{
    SqlQuery c(sql, QStringLiteral("SELECT received_date, acknowledged_at, responded_at, window_decision FROM complaints "
                                   "WHERE received_date BETWEEN :from AND :to"));
    c.bind(QStringLiteral(":from"), report.from.toString(Qt::ISODate)).bind(QStringLiteral(":to"), report.to.toString(Qt::ISODate));
    if (const Status s = c.exec(); !s)
        return Result<ComplaintFigures>::failure(s.error());
    ComplaintFigures figures;
    while (c.next()) {
        figures.received++;
        if (c.value(3).toString() == QLatin1String("refused"))
            continue;
        const QDate received = QDate::fromString(c.value(0).toString(), Qt::ISODate);
        const ComplaintDeadlines d = ComplaintRules::deadlines(calendar, received, instantOf(c.value(1)), instantOf(c.value(2)), now);
        if (decided(d.acknowledgement.state)) {
            figures.acknowledgeDecided++;
            if (d.acknowledgement.state == DeadlineState::Met)
                figures.acknowledgedInTime++;
        }
        if (decided(d.response.state)) {
            figures.respondDecided++;
            if (d.response.state == DeadlineState::Met)
                figures.respondedInTime++;
        }
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
