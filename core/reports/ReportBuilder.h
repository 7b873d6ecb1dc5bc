#pragma once

#include "common/Result.h"
#include "reports/PerformanceReport.h"

#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"

#include <QByteArray>
#include <QCoreApplication>

#include <map>
#include <optional>

class Database;

// Computes the performance evaluation of a period from the guest book, the event log
// and the calendar, the way ServiceClock reads one file: working time from acceptance
// to completion, paused working time excluded. The files' events are read in one
// query; nothing is queried per file.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    static constexpr int kMaxDays = 3700; // about ten years

    explicit ReportBuilder(Database &db) : m_db(db) {}

    // `now` reads the clock of files still open (and of pending complaint deadlines);
    // invalid means Clock::nowUtc().
    Result<PerformanceReport> build(const QDate &from, const QDate &to, ReportGrouping grouping, const QDateTime &now = {});

private:
    Database &m_db;
    // Kept between reports of one builder (the report page keeps its builder).
    std::optional<WorkingCalendar> m_calendar;
    QByteArray m_calendarText;
    std::map<int, ServiceCatalog> m_catalogs;
};
