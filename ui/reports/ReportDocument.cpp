#include "reports/ReportDocument.h"

#include "print/DocumentPrinter.h"
#include "print/PrintFormat.h"
#include "reports/ReportCharts.h"
#include "reports/ReportFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextOption>
#include <QUrl>

using namespace PrintFormat;

namespace {

const PaperProfile kPaper(PaperProfile::Size::A4);

// The columns of ReportFormat::cells in the two printed tables (a single table of 17
// columns does not fit a portrait A4 sheet): the counts, then the times.
const QList<int> kCountColumns = {0, 1, 2, 3, 4, 5, 6, 7, 8, 16};
const QList<int> kTimeColumns = {0, 9, 10, 11, 12, 13, 14};
constexpr int kMissingColumn = 15;

// Headers wrap between words only (the document wraps at word boundaries, see build());
// a figure ("1.747.742", "12 jam 5 menit") is never broken.
QString table(const QStringList &titles, const QList<QStringList> &rows, const QList<int> &columns, qreal pt,
              const QList<int> &widths = {})
{
    const auto width = [&](qsizetype i) {
        return widths.size() == columns.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString();
    };
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"font-size:%1pt; "
                                  "border-color:#777\"><tr>").arg(pt);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const int c = columns.at(i);
        html += QStringLiteral("<th%1><span style=\"font-size:%2pt\">%3</span></th>")
                    .arg((c == 0 ? QStringLiteral(" align=\"left\"") : QString()) + width(i))
                    .arg(pt * 0.88)
                    .arg(titles.at(c).toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool total = r == rows.size() - 1;
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const int c = columns.at(i);
            QString text = rows.at(r).at(c).toHtmlEscaped();
            if (total)
                text = QStringLiteral("<b>%1</b>").arg(text);
            // A line break may fall after a thousands point: a figure's line never breaks.
            html += c == 0 ? QStringLiteral("<td%1>%2</td>").arg(width(i), text)
                           : QStringLiteral("<td align=\"right\" valign=\"top\"%1><p align=\"right\" style=\"margin:0; "
                                            "white-space:nowrap\">%2</p></td>")
                                 .arg(width(i), text);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString headTitle(const OfficeIdentity &office)
{
    if (office.name.startsWith(QLatin1String("Bagian ")))
        return QStringLiteral("Kepala ") + office.name;
    return ReportDocument::tr("Kepala Bagian");
}

QList<int> allColumns(const QStringList &titles)
{
    QList<int> columns;
    for (int c = 0; c < titles.size(); ++c)
        columns << c;
    return columns;
}

QString h3Of(qreal basePt)
{
    return QStringLiteral("<h3 style=\"font-size:%1pt; margin-top:10px; margin-bottom:4px\">%2</h3>").arg(basePt * 1.1);
}

} // namespace

// Moves the blocks [first, last] to the next page when they would be cut by a page
// break: a chart stays with its heading, the signature stays whole.
void ReportDocument::keepTogether(QTextDocument &doc, int first, int last)
{
    const qreal page = doc.pageSize().height();
    if (page <= 0)
        return;
    QTextBlock top = doc.findBlockByNumber(first);
    const QTextBlock bottom = doc.findBlockByNumber(last);
    if (!top.isValid() || !bottom.isValid())
        return;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal start = layout->blockBoundingRect(top).top();
    const qreal end = layout->blockBoundingRect(bottom).bottom();
    if (int(start / page) == int((end - 1) / page) || end - start > page)
        return;
    QTextCursor cursor(top);
    QTextBlockFormat format = cursor.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(format);
}

void ReportDocument::setPageOf(QTextDocument &doc, const PaperProfile &paper)
{
    if (const QPaintDevice *device = doc.documentLayout()->paintDevice()) {
        const QMarginsF m = paper.marginsMm();
        doc.setPageSize(QSizeF(paper.printableWidthMm() / 25.4 * device->logicalDpiX(),
                               (paper.fixedHeightMm() - m.top() - m.bottom()) / 25.4 * device->logicalDpiY()));
    }
}

QString ReportDocument::tableHtml(const QStringList &titles, const QList<QStringList> &rows, const QList<int> &columns, qreal pt,
                                  const QList<int> &widths)
{
    return table(titles, rows, columns, pt, widths);
}

QString ReportDocument::signatureHtml(const OfficeIdentity &office, const QDate &day, qreal basePt)
{
    const QString place = office.city.isEmpty() ? QString() : office.city + QStringLiteral(", ");
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"52%\"></td><td>");
    h += QStringLiteral("<p style=\"margin:0\">%1</p>").arg(esc(place + PrintFormat::date(day)));
    h += QStringLiteral("<p style=\"margin:0\">%1</p>").arg(esc(headTitle(office)));
    h += QStringLiteral("<p style=\"margin-top:%1px; margin-bottom:0\"><span style=\"font-weight:bold; text-decoration:underline\">%2</span></p>")
             .arg(qRound(basePt * 7))
             .arg(esc(office.headName.isEmpty() ? QStringLiteral("(........................................)") : office.headName));
    h += QStringLiteral("<p style=\"margin:0\">%1</p>")
             .arg(esc(tr("NIP. %1").arg(office.headNip.isEmpty() ? QStringLiteral("....................") : nip(office.headNip))));
    return h + QStringLiteral("</td></tr></table>");
}

QString ReportDocument::callingHtml(const PerformanceReport &report, qreal basePt)
{
    const qreal small = basePt * 0.75;
    const QString h3 = h3Of(basePt);
    QString html = h3.arg(ReportFormat::callingTitle().toHtmlEscaped());
    if (const QString note = ReportFormat::callingNote(report); !note.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:0\"><span style=\"font-size:%1pt\">%2</span></p>").arg(small).arg(note.toHtmlEscaped());
    if (report.calling && report.calling->callDays > 0) {
        QList<CallWaitRow> waits = report.calling->waits;
        waits << report.calling->waitTotal;
        QList<QStringList> cells;
        for (const CallWaitRow &w : std::as_const(waits))
            cells << ReportFormat::callWaitCells(w);
        const QStringList titles = ReportFormat::callWaitTitles();
        html += table(titles, cells, allColumns(titles), small);
    }
    html += QStringLiteral("<table cellpadding=\"2\">");
    for (const auto &[label, value] : ReportFormat::callingLines(report))
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (report.calling && !report.calling->desks.isEmpty()) {
        QList<DeskCalls> desks = report.calling->desks;
        desks << report.calling->deskTotal;
        QList<QStringList> cells;
        for (const DeskCalls &d : std::as_const(desks))
            cells << ReportFormat::deskCells(d);
        const QStringList titles = ReportFormat::deskTitles();
        html += QStringLiteral("<p style=\"margin-top:6px; margin-bottom:2px\"><b>%1</b></p>").arg(ReportDocument::tr("Panggilan per meja").toHtmlEscaped());
        html += table(titles, cells, allColumns(titles), small);
    }
    return html;
}

void ReportDocument::build(QTextDocument &doc, const PerformanceReport &report, qreal basePt, qreal imageWidth)
{
    // Column headers and figures wrap between words only, never inside one.
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(wrap);
    // The page as DocumentPrinter lays it out, known now so that charts can be kept with their headings.
    setPageOf(doc, kPaper);

    const QStringList titles = ReportFormat::columnTitles(report.grouping);
    QList<ReportRow> rows = report.rows;
    rows << report.total;
    QList<QStringList> cells;
    for (const ReportRow &r : std::as_const(rows))
        cells << ReportFormat::cells(r);
    const qreal small = basePt * 0.75;
    const QString h3 = h3Of(basePt);

    QString html = letterhead(report.office, basePt) + rule();
    html += QStringLiteral("<h2 align=\"center\" style=\"font-size:%1pt; margin-bottom:2px\">%2</h2>")
                .arg(basePt * 1.4)
                .arg(tr("Evaluasi Kinerja Pelayanan").toUpper().toHtmlEscaped());
    html += QStringLiteral("<p align=\"center\" style=\"margin-top:0\">%1</p>")
                .arg(tr("Periode %1, per %2").arg(ReportFormat::periodText(report), ReportFormat::groupingTitle(report.grouping).toLower()).toHtmlEscaped());
    html += QStringLiteral("<p><span style=\"font-size:%1pt\">%2</span></p>")
                .arg(small)
                .arg(tr("Waktu dalam menit jam kerja; masa tunda tidak dihitung. Berkas dihitung pada periode kunjungannya.").toHtmlEscaped());
    html += h3.arg(tr("Jumlah berkas dan janji waktu").toHtmlEscaped());
    html += table(titles, cells, kCountColumns, small);
    html += h3.arg(tr("Waktu layanan dan waktu tunggu").toHtmlEscaped());
    html += table(titles, cells, kTimeColumns, small);

    QString missing;
    for (qsizetype r = 0; r + 1 < cells.size(); ++r)
        if (!cells.at(r).at(kMissingColumn).isEmpty())
            missing += QStringLiteral("<li><b>%1</b>: %2</li>").arg(cells.at(r).at(0).toHtmlEscaped(), cells.at(r).at(kMissingColumn).toHtmlEscaped());
    if (!missing.isEmpty())
        html += h3.arg(titles.at(kMissingColumn).toHtmlEscaped()) + QStringLiteral("<ul style=\"font-size:%1pt\">%2</ul>").arg(small).arg(missing);

    html += callingHtml(report, basePt);

    html += h3.arg(tr("Pengaduan, saran dan survei").toHtmlEscaped()) + QStringLiteral("<table cellpadding=\"2\">");
    for (const auto &[label, value] : ReportFormat::feedbackLines(report))
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    if (!report.total.pausedByReason.isEmpty())
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(tr("Tunda menurut alasan").toHtmlEscaped(),
                                                                     ReportFormat::pauseText(report.total).toHtmlEscaped());
    html += QStringLiteral("</table>");
    QTextCursor cursor(&doc);
    cursor.insertHtml(html);
    QList<std::pair<int, int>> keep; // first and last block of what stays on one page
    // A heading never ends a page: it goes with the first line of what it heads.
    int callingFirst = -1;
    for (QTextBlock b = doc.begin(); b.isValid() && b.next().isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0)
            continue;
        keep << std::pair(b.blockNumber(), b.next().blockNumber());
        // The waiting room's section (short) stays on one page, up to the next heading.
        if (b.text() == ReportFormat::callingTitle())
            callingFirst = b.blockNumber();
        else if (callingFirst >= 0) {
            keep << std::pair(callingFirst, b.blockNumber() - 1);
            callingFirst = -1;
        }
    }

    // Each chart under its own heading (the heading is the chart's title), drawn at twice
    // its size for sharp print.
    const QSize size(900, 360);
    std::pair<QString, std::unique_ptr<QChart>> charts[] = {
        {QStringLiteral("chart://daily"), ReportCharts::dailyVolume(report)},
        {QStringLiteral("chart://met"), ReportCharts::metPercent(report)},
        {QStringLiteral("chart://distribution"), ReportCharts::serviceTimeDistribution(report)},
    };
    for (auto &[url, chart] : charts) {
        const QString heading = chart->title();
        chart->setTitle(QString());
        doc.addResource(QTextDocument::ImageResource, QUrl(url), ReportCharts::render(chart.get(), size, 2.0));
        cursor.insertBlock();
        const int first = cursor.blockNumber();
        cursor.insertHtml(h3.arg(heading.toHtmlEscaped()));
        cursor.insertBlock();
        QTextImageFormat image;
        image.setName(url);
        image.setWidth(imageWidth);
        image.setHeight(imageWidth * size.height() / size.width());
        cursor.insertImage(image);
        keep << std::pair(first, cursor.blockNumber());
    }
    cursor.insertBlock();
    const int signatureFirst = cursor.blockNumber();
    cursor.insertHtml(QStringLiteral("<p style=\"margin-top:16px\"></p>") + signatureHtml(report.office, report.computedOn.isValid() ? report.computedOn : report.computedAt.date(), basePt));
    keep << std::pair(signatureFirst, doc.blockCount() - 1);
    for (const auto &[first, last] : std::as_const(keep))
        keepTogether(doc, first, last);
}

Status ReportDocument::writePdf(const PerformanceReport &report, const QString &path)
{
    // Image sizes in a text document are in 96-dpi pixels, whatever the device.
    const qreal imageWidth = kPaper.printableWidthMm() / 25.4 * 96 * 0.98;
    DocumentPrinter::Options options;
    options.title = tr("Evaluasi Kinerja Pelayanan %1").arg(ReportFormat::periodText(report));
    return DocumentPrinter::writePdf(path, kPaper, [&](QTextDocument &doc, qreal pt) { build(doc, report, pt, imageWidth); }, options);
}
