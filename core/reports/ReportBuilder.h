#pragma once

#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "common/Result.h"
#include "reports/PerformanceReport.h"

#include <QCoreApplication>

class Database;
class ReportTrace;

// Computes the performance evaluation of a period from the guest book, the event log
// and the calendar, the way ServiceClock reads one file: working time from acceptance
// to completion, paused working time excluded. The period's files and their events are
// read in two queries (PeriodFiles), counted as they come (ReportTally) on working time
// in constant time (ReportClock); nothing is queried per file.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    static constexpr int kMaxDays = 3700; // about ten years

    explicit ReportBuilder(Database &db) : m_db(db), m_calendar(db), m_catalogs(db) {}

    // `now` reads the clock of files still open (and of pending complaint deadlines);
    // invalid means Clock::nowUtc(). A stored calendar or catalogue that cannot be read
    // is the report's error. `trace`, when given, gets the files behind each figure.
    Result<PerformanceReport> build(const QDate &from, const QDate &to, ReportGrouping grouping, const QDateTime &now = {},
                                    ReportTrace *trace = nullptr);

private:
    Database &m_db;
    // Kept between reports of one builder (the report page keeps its builder) while
    // their versions stay.
    OfficeCalendar m_calendar;
    ServiceCatalogs m_catalogs;
};
