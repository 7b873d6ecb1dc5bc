#pragma once

#include "common/Result.h"
#include "reports/PerformanceReport.h"

#include <QCoreApplication>

class QTextDocument;

// The report on A4 (landscape table, then the charts), through DocumentPrinter.
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    ReportDocument() = delete;

    static Status writePdf(const PerformanceReport &report, const QString &path);
    // Fills a document bound to its device; `imageWidth` is the charts' width in the device's pixels.
    static void build(QTextDocument &doc, const PerformanceReport &report, qreal basePt, qreal imageWidth);
};
