#pragma once

#include "reports/PerformanceReport.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

#include <memory>

class QChart;

// The report's three charts, for the screen and the PDF: visits and finished files per
// day, promised time met in percent per row, and how long the finished files took.
class ReportCharts final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    ReportCharts() = delete;

    static std::unique_ptr<QChart> dailyVolume(const PerformanceReport &report);
    static std::unique_ptr<QChart> metPercent(const PerformanceReport &report);
    static std::unique_ptr<QChart> serviceTimeDistribution(const PerformanceReport &report);

    // Bucket bounds in working minutes and their counts, for the distribution chart.
    static QList<std::pair<QString, int>> distribution(const QList<qint64> &seconds);
    // Paints a chart on a white image of `size` pixels.
    // Draws the chart at `size` logical pixels, `pixelRatio` times as many device pixels.
    static QImage render(QChart *chart, const QSize &size, qreal pixelRatio = 1.0);
};
