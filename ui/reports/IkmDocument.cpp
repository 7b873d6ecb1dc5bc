#include "reports/IkmDocument.h"

#include "common/IdNumber.h"
#include "print/DocumentPrinter.h"
#include "print/PrintFormat.h"
#include "reports/ReportDocument.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

using namespace PrintFormat;

namespace {

const PaperProfile kPaper(PaperProfile::Size::A4);

using F = IkmReportFormat;

// A ruled table of `columns` of `rows`; the columns in `textColumns` to the left, the
// figures to the right and never broken; the last row in bold when `totalLast`; column
// `wide` (when given) takes a quarter of the width.
QString table(const QStringList &titles, const QList<QStringList> &rows, const QList<int> &columns, const QList<int> &textColumns,
              qreal size, bool totalLast, int wide = -1)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"font-size:%1pt; "
                                  "border-color:#777\"><tr>")
                       .arg(size);
    for (int c : columns)
        html += QStringLiteral("<th%1><span style=\"font-size:%2pt\">%3</span></th>")
                    .arg((textColumns.contains(c) ? QStringLiteral(" align=\"left\"") : QString())
                         + (c == wide ? QStringLiteral(" width=\"24%\"") : QString()))
                    .arg(size * 0.9)
                    .arg(esc(titles.value(c)));
    html += QStringLiteral("</tr>");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c : columns) {
            QString text = esc(rows.at(r).value(c));
            if (totalLast && r + 1 == rows.size())
                text = QStringLiteral("<b>%1</b>").arg(text);
            html += textColumns.contains(c)
                        ? QStringLiteral("<td valign=\"top\"%1>%2</td>").arg(c == wide ? QStringLiteral(" width=\"24%\"") : QString(), text)
                        : QStringLiteral("<td align=\"right\" valign=\"top\"><p align=\"right\" style=\"margin:0; white-space:nowrap\">%1</p></td>")
                              .arg(text);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QList<int> range(int first, int count)
{
    QList<int> list;
    for (int i = 0; i < count; ++i)
        list << first + i;
    return list;
}

} // namespace

void IkmDocument::build(QTextDocument &doc, const IkmUnitReport &report, const OfficeIdentity &office, const QDate &signedOn, qreal basePt)
{
    ReportDocument::setPageOf(doc, kPaper); // known now, so that the signature stays whole
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap); // a figure never breaks inside
    doc.setDefaultTextOption(wrap);
    const qreal small = basePt * 0.78;
    const QString h3 = QStringLiteral("<h3 style=\"font-size:%1pt; margin-top:10px; margin-bottom:4px\">%2</h3>").arg(basePt * 1.1);
    const IkmResult &unit = report.unit.result;

    QString html = letterhead(office, basePt) + rule();
    html += QStringLiteral("<h2 align=\"center\" style=\"font-size:%1pt; margin-bottom:2px\">%2</h2>")
                .arg(basePt * 1.4)
                .arg(esc(tr("Laporan Indeks Kepuasan Masyarakat").toUpper()));
    html += QStringLiteral("<p align=\"center\" style=\"margin-top:0\">%1<br>%2</p>")
                .arg(esc(tr("Survei Kepuasan Masyarakat menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017")),
                     esc(tr("Periode %1 s.d. %2").arg(PrintFormat::date(report.from), PrintFormat::date(report.to))));

    // 1. The unit.
    html += h3.arg(esc(tr("1. IKM unit pelayanan")));
    html += QStringLiteral("<p style=\"margin-top:0\">%1</p>")
                .arg(esc(tr("%1 responden; populasi %2 kunjungan pada buku tamu; sampel minimal (Krejcie-Morgan) %3 responden%4.")
                             .arg(IdNumber::format(unit.respondents), IdNumber::format(report.unit.population),
                                  IdNumber::format(report.unit.sampleSize),
                                  F::sampleNote(report.unit).isEmpty() ? QString() : QStringLiteral(" (%1)").arg(F::sampleNote(report.unit)))));
    QList<QStringList> elements;
    for (int e = 0; e < SurveyElement::kCount; ++e)
        elements << F::elementCells(unit, e);
    elements << F::elementTotalCells(unit);
    html += table(F::elementTitles(), elements, range(0, 6), {0, 1}, small, true);
    html += QStringLiteral("<p style=\"margin-top:4px\"><b>%1</b></p>").arg(esc(F::verdict(unit)));

    // 2. Per service: the NRR of each element, the weighted NRR, IKM, category and performance.
    const QStringList titles = F::serviceTitles();
    QList<QStringList> cells;
    for (const IkmServiceLine &line : report.rows())
        cells << F::serviceCells(line);
    html += h3.arg(esc(tr("2. NRR per unsur dan IKM per layanan")));
    html += QStringLiteral("<p style=\"margin-top:0\"><span style=\"font-size:%1pt\">%2</span></p>")
                .arg(small)
                .arg(esc(tr("NRR = jumlah nilai unsur / jumlah responden; NRR tertimbang = jumlah NRR × bobot %1; IKM = NRR tertimbang × 25.")
                             .arg(F::weight())));
    QList<int> figures = {F::ServiceColumn, F::RespondentsColumn};
    figures << range(F::FirstElementColumn, SurveyElement::kCount);
    figures << F::WeightedColumn << F::IkmColumn << F::CategoryColumn << F::PerformanceColumn;
    html += table(titles, cells, figures, {F::ServiceColumn, F::CategoryColumn, F::PerformanceColumn}, small * 0.95, true, F::ServiceColumn);

    // 3. The sample per service.
    html += h3.arg(esc(tr("3. Responden dan sampel per layanan")));
    html += table(titles, cells, {F::NumberColumn, F::ServiceColumn, F::RespondentsColumn, F::PopulationColumn, F::SampleColumn, F::SampleNoteColumn},
                  {F::ServiceColumn, F::SampleNoteColumn}, small, true);

    // 4. The respondents.
    html += h3.arg(esc(tr("4. Profil responden")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>");
    for (qsizetype i = 0; i < report.profile.size(); ++i) {
        if (i == 2)
            html += QStringLiteral("</tr><tr>");
        const ProfileTally &tally = report.profile.at(i);
        html += QStringLiteral("<td width=\"50%\" valign=\"top\"><p style=\"margin:0\"><b>%1</b></p>").arg(esc(tally.title));
        html += table({tr("Jawaban"), tr("Jumlah"), tr("Persen")}, F::profileRows(tally, unit.respondents), {0, 1, 2}, {0}, small, false);
        html += QStringLiteral("</td>");
    }
    html += QStringLiteral("</tr></table>");

    // 5. The categories.
    html += h3.arg(esc(tr("5. Nilai IKM, mutu dan kinerja unit pelayanan")));
    html += table(F::categoryTitles(), F::categoryRows(), {0, 1, 2}, {1, 2}, small, false);

    QTextCursor cursor(&doc);
    cursor.insertHtml(html);
    // A heading never ends a page: it goes with the first line of what it heads.
    QList<std::pair<int, int>> keep;
    for (QTextBlock b = doc.begin(); b.isValid() && b.next().isValid(); b = b.next())
        if (b.blockFormat().headingLevel() > 0)
            keep << std::pair(b.blockNumber(), b.next().next().isValid() ? b.next().next().blockNumber() : b.next().blockNumber());
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    const int signatureFirst = cursor.blockNumber();
    cursor.insertHtml(QStringLiteral("<p style=\"margin-top:16px\"></p>") + ReportDocument::signatureHtml(office, signedOn, basePt));
    keep << std::pair(signatureFirst, doc.blockCount() - 1);
    for (const auto &[first, last] : std::as_const(keep))
        ReportDocument::keepTogether(doc, first, last);
    doc.setMetaInformation(QTextDocument::DocumentTitle, tr("Laporan Indeks Kepuasan Masyarakat"));
}

Status IkmDocument::writePdf(const IkmUnitReport &report, const OfficeIdentity &office, const QDate &signedOn, const QString &path)
{
    DocumentPrinter::Options options;
    options.title = tr("Laporan IKM %1").arg(F::periodText(report.from, report.to));
    return DocumentPrinter::writePdf(path, kPaper, [&](QTextDocument &doc, qreal pt) { build(doc, report, office, signedOn, pt); }, options);
}
