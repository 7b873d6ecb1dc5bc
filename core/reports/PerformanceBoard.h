#pragma once

#include "common/Result.h"
#include "reports/PerformanceReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

// The public performance board (papan kinerja, issue 18): for a month or a quarter, per
// service, the files served, the promised time met, the median service time, the
// complaints received and answered within 3 and 6 working days, the IKM and its category.
// Every figure is the evaluation report's (ReportBuilder, by service), written as
// ReportFormat writes it: the board and `loket report` cannot disagree, and each figure
// is traced by `loket report --explain` (ReportExplain).
class PerformanceBoard final
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceBoard)

public:
    PerformanceBoard() = delete;

    struct Period
    {
        QDate from;
        QDate to;
        QString title; // "Oktober 2026", "Triwulan IV 2026"
    };

    // The month and the quarter a day falls in.
    static Period monthOf(const QDate &day);
    static Period quarterOf(const QDate &day);
    // "2026-10": that month; "2026-Q4" (or "2026-q4"): that quarter.
    static Result<Period> month(const QString &typed);
    static Result<Period> quarter(const QString &typed);

    // The columns and, per service of the report and then its total, their cells. The
    // report must be by service.
    static QStringList columnTitles();
    static QList<QStringList> rows(const PerformanceReport &report);
    // What the figures count, printed under the table.
    static QStringList notes(const PerformanceReport &report);
};
