#pragma once

#include "common/Result.h"
#include "print/PaperProfile.h"
#include "reports/PerformanceReport.h"

#include <QCoreApplication>

class QTextDocument;

// The report on portrait A4 (the counts, the times, the missing papers, the waiting
// room's calls, the feedback, then the charts), through DocumentPrinter.
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    ReportDocument() = delete;

    static Status writePdf(const PerformanceReport &report, const QString &path);
    // Fills a document bound to its device; `imageWidth` is the charts' width in 96-dpi pixels.
    static void build(QTextDocument &doc, const PerformanceReport &report, qreal basePt, qreal imageWidth);
    // The waiting room's section (heading, wait for the call per service, no-shows, calls
    // per desk) as HTML, for the PDF and the report page alike.
    static QString callingHtml(const PerformanceReport &report, qreal basePt);
    // The signature on the right, as on a signed letter: place and date, the Kepala
    // Bagian, room to sign, the name and the NIP (every report the office signs).
    static QString signatureHtml(const OfficeIdentity &office, const QDate &day, qreal basePt);
    // A ruled table of the `columns` of `rows` in the report's style: the first column to
    // the left, the figures to the right and never broken, the last row (the total) in
    // bold. `widths`, when given, is each column's percent of the width (else the layout's).
    static QString tableHtml(const QStringList &titles, const QList<QStringList> &rows, const QList<int> &columns, qreal pt,
                             const QList<int> &widths = {});
    // Moves the blocks [first, last] to the next page when a page break would cut them.
    static void keepTogether(QTextDocument &doc, int first, int last);
    // The page size DocumentPrinter will give a document bound to its device, set now,
    // so that what must stay together can be kept on one page while it is built.
    static void setPageOf(QTextDocument &doc, const PaperProfile &paper);
};
