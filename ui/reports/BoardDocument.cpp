#include "reports/BoardDocument.h"

#include "print/PrintFormat.h"
#include "print/PublicDocuments.h"
#include "reports/ReportDocument.h"
#include "reports/ReportFormat.h"

#include <QTextDocument>

using namespace PrintFormat;

void BoardDocument::build(QTextDocument &doc, const PerformanceReport &report, const QString &periodTitle, qreal basePt)
{
    const OfficeIdentity &office = report.office;
    QString h = letterhead(office, basePt + 1) + rule();
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:10px; margin-bottom:2px\"><span style=\"font-size:%1pt; font-weight:bold\">%2</span></p>")
             .arg(basePt * 1.9)
             .arg(esc(tr("PAPAN KINERJA PELAYANAN")));
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:0; margin-bottom:2px\"><span style=\"font-size:%1pt; font-weight:bold\">%2</span></p>")
             .arg(basePt * 1.35)
             .arg(esc(periodTitle));
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:0; margin-bottom:10px\">%1</p>")
             .arg(esc(tr("%1 · periode %2").arg(office.unit.isEmpty() ? office.name : office.unit, ReportFormat::periodText(report))));
    const QStringList titles = PerformanceBoard::columnTitles();
    QList<int> columns;
    for (int c = 0; c < titles.size(); ++c)
        columns << c;
    // The names get the room; each heading's longest word still fits its column.
    h += ReportDocument::tableHtml(titles, PerformanceBoard::rows(report), columns, basePt * 0.95, {24, 8, 8, 9, 10, 10, 10, 7, 14});
    h += QStringLiteral("<ul style=\"margin-top:8px; -qt-list-indent:1\">");
    for (const QString &note : PerformanceBoard::notes(report))
        h += QStringLiteral("<li><span style=\"font-size:%1pt\">%2</span></li>").arg(basePt * 0.8).arg(esc(note));
    h += QStringLiteral("</ul>");
    h += QStringLiteral("<p style=\"margin-top:18px\"></p>")
         + ReportDocument::signatureHtml(office, report.computedOn.isValid() ? report.computedOn : report.computedAt.date(), basePt);
    doc.setHtml(QStringLiteral("<html><body style=\"font-size:%1pt\">%2</body></html>").arg(basePt).arg(h));
    doc.setMetaInformation(QTextDocument::DocumentTitle, tr("Papan Kinerja Pelayanan %1").arg(periodTitle));
}

DocumentPrinter::Builder BoardDocument::builder(const PerformanceReport &report, const QString &periodTitle)
{
    return [report, periodTitle](QTextDocument &doc, qreal basePt) { build(doc, report, periodTitle, basePt); };
}

DocumentPrinter::Options BoardDocument::options(const QString &periodTitle)
{
    DocumentPrinter::Options o;
    o.title = tr("Papan Kinerja Pelayanan %1").arg(periodTitle);
    o.fitPages = 1; // one sheet on the wall
    o.minimumPt = 6;
    return o;
}

Status BoardDocument::writePdf(const PerformanceReport &report, const QString &periodTitle, const QString &path)
{
    return DocumentPrinter::writePdf(path, PublicDocuments::posterPaper(), builder(report, periodTitle), options(periodTitle));
}

Status BoardDocument::writePng(const PerformanceReport &report, const QString &periodTitle, const QString &path)
{
    return DocumentPrinter::writePng(path, PublicDocuments::posterPaper(), builder(report, periodTitle), options(periodTitle), kPngDpi);
}
