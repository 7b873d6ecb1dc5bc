#pragma once

#include "survey/SurveyResponse.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

// The Indeks Kepuasan Masyarakat of a set of responses (PermenPAN-RB 14/2017):
// NRR per element = sum of its scores / respondents; IKM = (sum of NRR x 1/9) x 25 with
// the exact 1/9. As the sum of NRR is (all scores) / respondents, the IKM is the exact
// fraction 25 x total / (9 x respondents); it is rounded half up to 2 decimals in integer
// arithmetic, and the category is read from that rounded value.
struct IkmResult
{
    int respondents = 0;
    std::array<qint64, SurveyElement::kCount> sums{};
    qint64 hundredths = 0; // IKM x 100, rounded half up; 0 without respondents
    QChar category;        // 'A'..'D'; null without respondents

    bool isValid() const { return respondents > 0; }
    double nrr(int element) const { return respondents ? double(sums.at(element)) / respondents : 0.0; }
    double weightedNrr(int element) const { return nrr(element) / SurveyElement::kCount; }
    // Every score given, all elements together.
    qint64 total() const;
    // The sum of the weighted NRR (x 1/9 exactly): total / (9 x respondents); IKM = this x 25.
    double weightedSum() const { return respondents ? double(total()) / (SurveyElement::kCount * respondents) : 0.0; }
    double value() const { return hundredths / 100.0; }
    // "82.64"
    QString text() const;
};

// A category of the regulation and the IKM values (x 100, rounded to 2 decimals) it covers.
struct IkmCategoryRange
{
    QChar category;
    qint64 from = 0; // hundredths, inclusive
    qint64 to = 0;
};

class Ikm final
{
    Q_DECLARE_TR_FUNCTIONS(Ikm)

public:
    Ikm() = delete;

    static IkmResult compute(int respondents, const std::array<qint64, SurveyElement::kCount> &sums);
    static IkmResult compute(const QList<SurveyResponse> &responses);

    // On the IKM rounded to 2 decimals (x 100): A 88.31-100.00, B 76.61-88.30,
    // C 65.00-76.60, D 25.00-64.99.
    static QChar category(qint64 hundredths);
    // The four categories from A down, with their ranges: the one table category() reads.
    static const QList<IkmCategoryRange> &categories();
    static QString categoryTitle(QChar category); // "Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"
    static QString formatHundredths(qint64 hundredths);

    // Krejcie-Morgan: s = X2 N P(1-P) / (d2 (N-1) + X2 P(1-P)), X2 = 3.841, P = 0.5,
    // d = 0.05, rounded to the nearest as the published table is (100 -> 80,
    // 500 -> 217, 1,000 -> 278, 10,000 -> 370), and 384 from 100,000 up as the table
    // lists. Never more than the population.
    static int sampleSize(qint64 population);
};
