#include "reports/PerformanceReport.h"

#include <algorithm>
#include <cmath>

DurationStats DurationStats::of(QList<qint64> values)
{
    return ofReordering(values.data(), values.data() + values.size());
}

DurationStats DurationStats::ofReordering(qint64 *first, qint64 *last)
{
    // Selection, not a full sort: tens of thousands of values per report.
    DurationStats s;
    const qsizetype n = last - first;
    s.count = int(n);
    if (n == 0)
        return s;
    s.max = *std::max_element(first, last);
    const qsizetype rank = std::max<qsizetype>(qsizetype(std::ceil(0.9 * double(n))), 1);
    std::nth_element(first, first + rank - 1, last);
    s.p90 = first[rank - 1];
    // The middle lies among the values before the P90 one, which are all at most it.
    if (n / 2 < rank - 1)
        std::nth_element(first, first + n / 2, first + rank - 1);
    const qint64 upper = first[n / 2];
    if (n % 2) {
        s.median = double(upper);
    } else {
        // The lower middle value is the largest of those before the upper one.
        const qint64 lower = *std::max_element(first, first + n / 2);
        s.median = (double(lower) + double(upper)) / 2.0;
    }
    return s;
}

DurationStats DurationStats::ofSorted(const QList<qint64> &sorted)
{
    DurationStats s;
    const qsizetype n = sorted.size();
    s.count = int(n);
    if (n == 0)
        return s;
    s.max = sorted.constLast();
    s.p90 = sorted.at(std::max<qsizetype>(qsizetype(std::ceil(0.9 * double(n))), 1) - 1);
    s.median = n % 2 ? double(sorted.at(n / 2)) : (double(sorted.at(n / 2 - 1)) + double(sorted.at(n / 2))) / 2.0;
    return s;
}

qint64 ReportRow::pausedSeconds() const
{
    qint64 total = 0;
    for (qint64 s : pausedByReason)
        total += s;
    return total;
}
