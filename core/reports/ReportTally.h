#pragma once

#include "common/Result.h"
#include "reports/PerformanceReport.h"
#include "reports/ReportTrace.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <map>
#include <vector>

class ReportClock;
class ReportTrace;
class ServiceCatalog;
struct FileFacts;

// The report's rows as the files come: each file is counted when it is read, to the
// total and to the row of its service or of the officer who did each thing, so that no
// list of the period's files is ever held.
class ReportTally final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder) // the titles keep the report's translation context

public:
    // `expectedFiles` sizes the total's lists (about one value per file) once.
    // `trace`, when given, is told each file where it is counted (ReportTrace).
    ReportTally(ReportGrouping grouping, const QDate &from, const QDate &to, ReportClock &clock, qint64 nowMs, qint64 expectedFiles,
                ReportTrace *trace = nullptr);

    // Counts one file; an error when its promise cannot be read.
    Status add(const FileFacts &f);
    // The figures into `report`: its rows (every service of `current` by service; the
    // officers by name), the total and the days.
    void finishInto(PerformanceReport &report, const ServiceCatalog &current, const QHash<qint64, QString> &officerNames);

private:
    // A row with what it gathers before its figures are known.
    struct RowWork
    {
        ReportRow row;
        std::vector<qint64> waitHelpdesk, waitClaim;
        QHash<QString, int> missing; // label -> count
    };
    // A pause of the file at hand, as ServiceClock counts pauses (milliseconds).
    struct Pause
    {
        qint64 start;
        qint64 end; // -1 while open
        qint64 user;
        const QString *reasonKey;
    };

    RowWork *rowFor(const FileFacts &f, qint64 user);
    template<typename Add>
    void each(const FileFacts &f, qint64 user, Add &&add);
    DailyCount *dayEntry(qint64 julianDay);
    // Tells the trace (when there is one) that `f` counts in `figure` of the total and of its row.
    void trace(TracedFigure figure, const FileFacts &f, qint64 user, qint64 seconds = -1);
    void addVisit(const FileFacts &f);
    void addEvents(const FileFacts &f); // the pauses, and the missing papers of returns
    Status addClock(const FileFacts &f);
    static void finish(RowWork &w, bool isTotal);

    ReportClock &m_clock;
    ReportTrace *m_trace;
    const bool m_byService;
    const qint64 m_nowMs;
    RowWork m_total;
    std::map<qint64, RowWork> m_rows;        // by service number or user id; its nodes never move
    std::array<RowWork *, 64> m_quickRows{}; // small keys (services, most user ids) without a lookup
    QList<DailyCount> m_daily;               // one per day of the period, by its distance from the first
    qint64 m_fromDay = 0;
    std::vector<Pause> m_pauses; // of the file at hand; kept between files for its memory
};
