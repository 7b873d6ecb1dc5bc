#pragma once

#include "reports/PerformanceReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// The report as a table (shared by the text, the CSV, the screen and the PDF), as
// plain text for the command line and as CSV for spreadsheets.
class ReportFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    ReportFormat() = delete;

    static QStringList columnTitles(ReportGrouping grouping);
    static QStringList cells(const ReportRow &row);
    // Working seconds as minutes with one decimal ("12.5"); empty without a value.
    static QString minutes(double seconds);
    static QString percent(double value); // "87.5"; empty when negative (no data)
    static QString missingText(const ReportRow &row, int top = 5);
    static QString pauseText(const ReportRow &row);
    // The figures about the public's feedback, as (label, value) pairs.
    static QList<std::pair<QString, QString>> feedbackLines(const PerformanceReport &report);
    static QString periodText(const PerformanceReport &report);
    static QString groupingTitle(ReportGrouping grouping);

    static QString text(const PerformanceReport &report);
    // UTF-8 with a BOM, RFC 4180, CRLF: the table, an empty line, then the feedback figures.
    static QByteArray csv(const PerformanceReport &report);
};
