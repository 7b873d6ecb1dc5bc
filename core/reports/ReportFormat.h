#pragma once

#include "reports/PerformanceReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// How a spreadsheet expects its CSV: one set to Indonesian (Excel's list separator is
// then ";" and the decimal mark ","; "80.4" would be read as text, or as 804) or to an
// English/international format (RFC 4180's "," and the decimal point).
enum class CsvStyle { Indonesian, International };

// The report as a table (shared by the text, the CSV, the screen and the PDF), as
// plain text for the command line and as CSV for spreadsheets.
class ReportFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    ReportFormat() = delete;

    // For a reader (the screen, the PDF, the text): the figures in Indonesian format
    // (IdNumber: "1.234", "87,5"), paused time as hours and minutes, dates in words.
    static QStringList columnTitles(ReportGrouping grouping);
    static QStringList cells(const ReportRow &row);
    // Working seconds as minutes with one decimal ("12,5"); empty without a value.
    static QString minutes(double seconds);
    static QString percent(double value); // "87,5"; empty when negative (no data)
    // Working seconds as a reader takes them in: "45 menit", "3 jam 20 menit", "1.234 jam".
    static QString duration(qint64 seconds);
    static QString pauseText(const ReportRow &row);
    // The figures about the public's feedback, as (label, value) pairs.
    static QList<std::pair<QString, QString>> feedbackLines(const PerformanceReport &report);
    static QString periodText(const PerformanceReport &report); // "1 Januari 2026 s.d. 30 November 2026"

    // The waiting room (issue 17): the wait for the call per service, the calls per
    // desk, and the lines around them: the days with calls and the no-shows, or why
    // there is nothing to show ("belum ada panggilan").
    static QString callingTitle();
    static QString callingNote(const PerformanceReport &report); // what the wait counts; empty without calls
    static QStringList callWaitTitles();
    static QStringList callWaitCells(const CallWaitRow &row);
    static QStringList deskTitles();
    static QStringList deskCells(const DeskCalls &desk);
    static QList<std::pair<QString, QString>> callingLines(const PerformanceReport &report);
    static QStringList callWaitCells(const CallWaitRow &row, QChar decimal);
    static QStringList deskCells(const DeskCalls &desk, QChar decimal);
    static QList<std::pair<QString, QString>> callingLines(const PerformanceReport &report, QChar decimal);

    // For a CSV, as they have always been: no thousands separator, `decimal` as the
    // decimal mark, paused time in minutes, ISO dates.
    static QStringList csvColumnTitles(ReportGrouping grouping);
    static QStringList cells(const ReportRow &row, QChar decimal);
    static QString minutes(double seconds, QChar decimal);
    static QString percent(double value, QChar decimal);
    static QString pauseText(const ReportRow &row, QChar decimal);
    static QList<std::pair<QString, QString>> feedbackLines(const PerformanceReport &report, QChar decimal);

    static QString missingText(const ReportRow &row, int top = 5);
    static QString groupingTitle(ReportGrouping grouping);

    static QString text(const PerformanceReport &report);
    // UTF-8 with a BOM, RFC 4180 quoting, CRLF: the table, an empty line, then the
    // feedback figures. International: "," between fields and "80.4"; Indonesian: ";"
    // between fields and "80,4".
    static QByteArray csv(const PerformanceReport &report, CsvStyle style = CsvStyle::International);
    static QChar separatorOf(CsvStyle style) { return style == CsvStyle::Indonesian ? QLatin1Char(';') : QLatin1Char(','); }
    static QChar decimalOf(CsvStyle style) { return style == CsvStyle::Indonesian ? QLatin1Char(',') : QLatin1Char('.'); }
};
