#pragma once

#include "survey/Ikm.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The IKM of a period (and optionally one service), with what the sample should reach.
struct IkmReport
{
    QDate from;
    QDate to;
    int serviceNumber = 0; // 0: every service
    IkmResult result;
    qint64 population = 0; // visits in the guest book in the period
    int sampleSize = 0;    // Krejcie-Morgan for that population
};

// One row of the report per service.
struct IkmServiceLine
{
    enum class Kind { Service, NoService, Unit };
    Kind kind = Kind::Service;
    int serviceNumber = 0; // Kind::Service only
    QString serviceName;   // the catalogue's; empty for a number no longer in it
    IkmReport report;      // NoService: no population, no sample (a visit always names its service)
};

// How many respondents gave each answer of one item of the profile.
struct ProfileTally
{
    QString title;                       // "Jenis kelamin"
    QList<std::pair<QString, int>> rows; // each option's title and count, then "Tidak diisi" when any
};

// The IKM report as PermenPAN-RB 14/2017 sets it out, for a period: the unit's NRR per
// element, weighted NRR, IKM, quality category and performance; the same per service;
// the respondents by sex, age, education and occupation; the sample against the
// population (Krejcie-Morgan). Built by SurveyStore::unitReport, read by the screen, the
// PDF and `loket ikm --by service` through IkmReportFormat.
struct IkmUnitReport
{
    QDate from;
    QDate to;
    IkmReport unit;
    // Every service of the catalogue in force, then any other service number that has
    // answers, then the answers that name no service (when there are any).
    QList<IkmServiceLine> services;
    QList<ProfileTally> profile; // sex, age, education, occupation

    // The services, then the unit as the last row.
    QList<IkmServiceLine> rows() const;
};

// The report as tables of text (Indonesian numbers, IdNumber), one layout for every
// reader: the screen's model, the PDF and the command line pick their columns from it.
class IkmReportFormat final
{
    Q_DECLARE_TR_FUNCTIONS(IkmReportFormat)

public:
    IkmReportFormat() = delete;

    // The columns of serviceCells().
    enum Column {
        NumberColumn,
        ServiceColumn,
        RespondentsColumn,
        FirstElementColumn, // U1 .. U9 follow
        WeightedColumn = FirstElementColumn + SurveyElement::kCount,
        IkmColumn,
        CategoryColumn,
        PerformanceColumn,
        PopulationColumn,
        SampleColumn,
        SampleNoteColumn,
        ColumnCount
    };
    static QStringList serviceTitles();
    // Empty cells where there is no figure (no respondents, no population).
    static QStringList serviceCells(const IkmServiceLine &line);
    static QString lineTitle(const IkmServiceLine &line); // "Aktivasi User ID ...", "Unit pelayanan (semua layanan)"

    // The element table of one result: code, title, sum of scores, NRR, weight, weighted NRR.
    static QStringList elementTitles();
    static QStringList elementCells(const IkmResult &result, int element);
    // The last row: "Jumlah", total of scores, sum of NRR, "", sum of weighted NRR.
    static QStringList elementTotalCells(const IkmResult &result);

    static QString weight();                          // "1/9 (0,111)"
    static QString ikm(const IkmResult &result);      // "80,56"; empty without respondents
    static QString nrr(double value);                 // "3,25"
    static QString weighted(double value);            // "3,222"
    static QString sampleNote(const IkmReport &report); // "terpenuhi", "kurang 3"; empty without population
    static QString periodText(const QDate &from, const QDate &to); // "2026-10-01 s.d. 2026-10-31"
    // "IKM = 3,222 × 25 = 80,56: mutu B, kinerja Baik"
    static QString verdict(const IkmResult &result);
    // "A  88,31 – 100,00  Sangat Baik", one per category.
    static QList<QStringList> categoryRows();
    static QStringList categoryTitles();
    // A profile tally's rows: title, count, percent of the respondents.
    static QList<QStringList> profileRows(const ProfileTally &tally, int respondents);

    // The whole report as plain text for the command line: the per-service table, the
    // unit's element table, the respondents and the sample.
    static QString text(const IkmUnitReport &report, const QString &unitName);
};
