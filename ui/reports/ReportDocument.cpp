#include "reports/ReportDocument.h"

#include "print/DocumentPrinter.h"
#include "reports/ReportCharts.h"
#include "reports/ReportFormat.h"

#include <QChart>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>

namespace {

// The columns of ReportFormat::cells in the two printed tables (a single table of 17
// columns does not fit a portrait A4 sheet): the counts, then the times.
const QList<int> kCountColumns = {0, 1, 2, 3, 4, 5, 6, 7, 8, 16};
const QList<int> kTimeColumns = {0, 9, 10, 11, 12, 13, 14};
constexpr int kMissingColumn = 15;

QString table(const QStringList &titles, const QList<QStringList> &rows, const QList<int> &columns, qreal pt)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"font-size:%1pt; "
                                  "border-color:#777\"><tr>").arg(pt);
    for (int c : columns)
        html += QStringLiteral("<th%1>%2</th>").arg(c == 0 ? QStringLiteral(" width=\"34%\" align=\"left\"") : QString(),
                                                   titles.at(c).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool total = r == rows.size() - 1;
        html += QStringLiteral("<tr>");
        for (int c : columns) {
            const QString text = rows.at(r).at(c).toHtmlEscaped();
            html += QStringLiteral("<td%1>%2</td>").arg(c == 0 ? QString() : QStringLiteral(" align=\"right\""),
                                                       total ? QStringLiteral("<b>%1</b>").arg(text) : text);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

void ReportDocument::build(QTextDocument &doc, const PerformanceReport &report, qreal basePt, qreal imageWidth)
{
    const QStringList titles = ReportFormat::columnTitles(report.grouping);
    QList<ReportRow> rows = report.rows;
    rows << report.total;
    QList<QStringList> cells;
    for (const ReportRow &r : std::as_const(rows))
        cells << ReportFormat::cells(r);
    const qreal small = basePt * 0.8;

    QString html;
    html += QStringLiteral("<h2 style=\"font-size:%1pt\">%2</h2>").arg(basePt * 1.5).arg(tr("Evaluasi Kinerja Pelayanan").toHtmlEscaped());
    html += QStringLiteral("<p>%1<br/>%2</p>")
                .arg(tr("Periode %1, per %2").arg(ReportFormat::periodText(report), ReportFormat::groupingTitle(report.grouping).toLower()).toHtmlEscaped(),
                     tr("Waktu dalam menit jam kerja; masa tunda tidak dihitung. Berkas dihitung pada periode kunjungannya.").toHtmlEscaped());
    html += QStringLiteral("<h3 style=\"font-size:%1pt\">%2</h3>").arg(basePt * 1.1).arg(tr("Jumlah berkas dan janji waktu").toHtmlEscaped());
    html += table(titles, cells, kCountColumns, small);
    html += QStringLiteral("<h3 style=\"font-size:%1pt\">%2</h3>").arg(basePt * 1.1).arg(tr("Waktu layanan dan waktu tunggu (menit jam kerja)").toHtmlEscaped());
    html += table(titles, cells, kTimeColumns, small);

    QString missing;
    for (qsizetype r = 0; r + 1 < cells.size(); ++r)
        if (!cells.at(r).at(kMissingColumn).isEmpty())
            missing += QStringLiteral("<li><b>%1</b>: %2</li>").arg(cells.at(r).at(0).toHtmlEscaped(), cells.at(r).at(kMissingColumn).toHtmlEscaped());
    if (!missing.isEmpty())
        html += QStringLiteral("<h3 style=\"font-size:%1pt\">%2</h3><ul style=\"font-size:%3pt\">%4</ul>")
                    .arg(basePt * 1.1).arg(titles.at(kMissingColumn).toHtmlEscaped()).arg(small).arg(missing);

    html += QStringLiteral("<h3 style=\"font-size:%1pt\">%2</h3><table cellpadding=\"2\">").arg(basePt * 1.1).arg(tr("Pengaduan, saran dan survei").toHtmlEscaped());
    for (const auto &[label, value] : ReportFormat::feedbackLines(report))
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    if (!report.total.pausedByReason.isEmpty())
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(tr("Tunda menurut alasan (menit)").toHtmlEscaped(),
                                                                     ReportFormat::pauseText(report.total).toHtmlEscaped());
    html += QStringLiteral("</table>");
    QTextCursor cursor(&doc);
    cursor.insertHtml(html);

    // Charts drawn at twice their size, for sharp print.
    const QSize size(900, 360);
    const std::pair<QString, std::unique_ptr<QChart>> charts[] = {
        {QStringLiteral("chart://daily"), ReportCharts::dailyVolume(report)},
        {QStringLiteral("chart://met"), ReportCharts::metPercent(report)},
        {QStringLiteral("chart://distribution"), ReportCharts::serviceTimeDistribution(report)},
    };
    for (const auto &[url, chart] : charts) {
        doc.addResource(QTextDocument::ImageResource, QUrl(url), ReportCharts::render(chart.get(), size, 2.0));
        cursor.insertBlock();
        QTextImageFormat image;
        image.setName(url);
        image.setWidth(imageWidth);
        image.setHeight(imageWidth * size.height() / size.width());
        cursor.insertImage(image);
    }
}

Status ReportDocument::writePdf(const PerformanceReport &report, const QString &path)
{
    const PaperProfile paper(PaperProfile::Size::A4);
    // Image sizes in a text document are in 96-dpi pixels, whatever the device.
    const qreal imageWidth = paper.printableWidthMm() / 25.4 * 96 * 0.98;
    DocumentPrinter::Options options;
    options.title = tr("Evaluasi Kinerja Pelayanan %1").arg(ReportFormat::periodText(report));
    return DocumentPrinter::writePdf(path, paper, [&](QTextDocument &doc, qreal pt) { build(doc, report, pt, imageWidth); }, options);
}
