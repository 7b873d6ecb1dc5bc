#include "reports/ReportDocument.h"

#include "print/DocumentPrinter.h"
#include "reports/ReportCharts.h"
#include "reports/ReportFormat.h"

#include <QChart>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>

void ReportDocument::build(QTextDocument &doc, const PerformanceReport &report, qreal basePt, qreal imageWidth)
{
    QString html;
    html += QStringLiteral("<h2 style=\"font-size:%1pt\">%2</h2>").arg(basePt * 1.5).arg(tr("Evaluasi Kinerja Pelayanan").toHtmlEscaped());
    html += QStringLiteral("<p>%1<br/>%2</p>")
                .arg(tr("Periode %1, per %2").arg(ReportFormat::periodText(report), ReportFormat::groupingTitle(report.grouping).toLower()).toHtmlEscaped(),
                     tr("Waktu dalam menit jam kerja; masa tunda tidak dihitung. Berkas dihitung pada periode kunjungannya.").toHtmlEscaped());
    const QStringList titles = ReportFormat::columnTitles(report.grouping);
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" style=\"font-size:%1pt\"><tr>").arg(basePt * 0.7);
    for (const QString &t : titles)
        html += QStringLiteral("<th>%1</th>").arg(t.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    QList<ReportRow> rows = report.rows;
    rows << report.total;
    for (const ReportRow &r : std::as_const(rows)) {
        html += QStringLiteral("<tr>");
        const QStringList cells = ReportFormat::cells(r);
        for (qsizetype i = 0; i < cells.size(); ++i)
            html += QStringLiteral("<td%1>%2</td>").arg(i > 0 && i < cells.size() - 2 ? QStringLiteral(" align=\"right\"") : QString(),
                                                        cells.at(i).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p></p><table cellpadding=\"2\">");
    for (const auto &[label, value] : ReportFormat::feedbackLines(report))
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    if (!report.total.pausedByReason.isEmpty())
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(tr("Tunda menurut alasan (menit)").toHtmlEscaped(),
                                                                     ReportFormat::pauseText(report.total).toHtmlEscaped());
    html += QStringLiteral("</table>");
    QTextCursor cursor(&doc);
    cursor.insertHtml(html);

    const QSize size(1600, 700);
    const std::pair<QString, std::unique_ptr<QChart>> charts[] = {
        {QStringLiteral("chart://daily"), ReportCharts::dailyVolume(report)},
        {QStringLiteral("chart://met"), ReportCharts::metPercent(report)},
        {QStringLiteral("chart://distribution"), ReportCharts::serviceTimeDistribution(report)},
    };
    for (const auto &[url, chart] : charts) {
        doc.addResource(QTextDocument::ImageResource, QUrl(url), ReportCharts::render(chart.get(), size));
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
    const qreal imageWidth = paper.printableWidthMm() / 25.4 * 600 * 0.98;
    DocumentPrinter::Options options;
    options.title = tr("Evaluasi Kinerja Pelayanan %1").arg(ReportFormat::periodText(report));
    return DocumentPrinter::writePdf(path, paper, [&](QTextDocument &doc, qreal pt) { build(doc, report, pt, imageWidth); }, options);
}
