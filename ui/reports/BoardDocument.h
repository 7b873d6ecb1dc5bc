#pragma once

#include "common/Result.h"
#include "print/DocumentPrinter.h"
#include "reports/PerformanceBoard.h"

#include <QCoreApplication>

class QTextDocument;

// The public performance board (papan kinerja) on one portrait A4 sheet for the wall,
// and the same sheet as a PNG picture for the LPSE website: the letterhead, the figures
// per service as PerformanceBoard gives them (the evaluation report's), what they count,
// and the Kepala Bagian's signature block.
class BoardDocument final
{
    Q_DECLARE_TR_FUNCTIONS(BoardDocument)

public:
    BoardDocument() = delete;

    static constexpr int kPngDpi = 150;

    // `report`: by service, for the board's period.
    static void build(QTextDocument &doc, const PerformanceReport &report, const QString &periodTitle, qreal basePt);
    static DocumentPrinter::Builder builder(const PerformanceReport &report, const QString &periodTitle);
    static DocumentPrinter::Options options(const QString &periodTitle);
    static Status writePdf(const PerformanceReport &report, const QString &periodTitle, const QString &path);
    static Status writePng(const PerformanceReport &report, const QString &periodTitle, const QString &path);
};
