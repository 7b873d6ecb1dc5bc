#pragma once

#include "common/Result.h"
#include "survey/SurveyResponse.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// A row of an import that was refused, with why.
struct CsvProblem
{
    int line = 0;
    QString reason;
};

struct SurveyCsvContent
{
    QList<SurveyResponse> rows; // the good rows, source Import
    QList<CsvProblem> problems; // the bad rows, by line number
    int dataRows = 0;           // rows after the header, blank ones not counted
};

// Reads SKM answers collected elsewhere (paper, online forms) from CSV: a header row;
// `tanggal` (YYYY-MM-DD); optional `layanan` (catalogue number); `U1`..`U9` with 1-4 in
// the element order of SurveyElement; optional `jenis_kelamin`, `usia` (years or a band),
// `pendidikan` and `pekerjaan` (SurveyProfile's keys or titles, see docs/ikm.md); other
// columns ignored. Header names are matched without regard to case or surrounding spaces.
class SurveyCsv final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyCsv)

public:
    SurveyCsv() = delete;

    // Fails when the file cannot be read as a whole (not UTF-8, no header, a required
    // column missing); bad rows are returned in `problems`, never fatal. `services`: the
    // catalogue numbers accepted in `layanan` (empty: any positive number); dates after
    // `today` are refused when it is valid.
    static Result<SurveyCsvContent> parse(const QByteArray &bytes, const QList<int> &services = {}, const QDate &today = {});
};
