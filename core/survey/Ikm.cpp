#include "survey/Ikm.h"

#include <cmath>

qint64 IkmResult::total() const
{
    qint64 total = 0;
    for (qint64 s : sums)
        total += s;
    return total;
}

QString IkmResult::text() const
{
    return Ikm::formatHundredths(hundredths);
}

IkmResult Ikm::compute(int respondents, const std::array<qint64, SurveyElement::kCount> &sums)
{
    IkmResult r;
    r.respondents = respondents;
    r.sums = sums;
    if (respondents <= 0)
        return r;
    const qint64 total = r.total();
    // round(2500 total / (9 n)) = floor((5000 total + 9 n) / (18 n))
    const qint64 n = respondents;
    r.hundredths = (5000 * total + 9 * n) / (18 * n);
    r.category = category(r.hundredths);
    return r;
}

IkmResult Ikm::compute(const QList<SurveyResponse> &responses)
{
    std::array<qint64, SurveyElement::kCount> sums{};
    for (const SurveyResponse &response : responses)
        for (int i = 0; i < SurveyElement::kCount; ++i)
            sums[i] += response.answers.at(i);
    return compute(static_cast<int>(responses.size()), sums);
}

const QList<IkmCategoryRange> &Ikm::categories()
{
    static const QList<IkmCategoryRange> list = {{QLatin1Char('A'), 8831, 10000},
                                                 {QLatin1Char('B'), 7661, 8830},
                                                 {QLatin1Char('C'), 6500, 7660},
                                                 {QLatin1Char('D'), 2500, 6499}};
    return list;
}

QChar Ikm::category(qint64 hundredths)
{
    for (const IkmCategoryRange &range : categories())
        if (hundredths >= range.from)
            return range.category;
    return categories().last().category;
}

QString Ikm::categoryTitle(QChar category)
{
    switch (category.unicode()) {
    case 'A': return tr("Sangat Baik");
    case 'B': return tr("Baik");
    case 'C': return tr("Kurang Baik");
    case 'D': return tr("Tidak Baik");
    }
    return {};
}

QString Ikm::formatHundredths(qint64 hundredths)
{
    return QStringLiteral("%1.%2").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

int Ikm::sampleSize(qint64 population)
{
    if (population <= 0)
        return 0;
    if (population >= 100000)
        return 384;
    constexpr double chiSquare = 3.841;
    constexpr double p = 0.5;
    constexpr double d = 0.05;
    const double n = double(population);
    const double s = chiSquare * n * p * (1 - p) / (d * d * (n - 1) + chiSquare * p * (1 - p));
    return static_cast<int>(std::min<qint64>(population, static_cast<qint64>(std::floor(s + 0.5))));
}
