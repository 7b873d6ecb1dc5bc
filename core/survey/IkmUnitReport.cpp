#include "survey/IkmUnitReport.h"

#include "common/IdNumber.h"

#include <algorithm>

namespace {

// A plain text table: columns as wide as their widest cell, figures to the right.
QString textTable(const QStringList &titles, const QList<QStringList> &rows, const QList<bool> &right, bool header = true,
                  const QString &indent = {})
{
    qsizetype columns = titles.size();
    for (const QStringList &row : rows)
        columns = std::max(columns, row.size());
    QList<qsizetype> widths(columns, 0);
    for (qsizetype c = 0; c < titles.size(); ++c)
        widths[c] = titles.at(c).size();
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    auto line = [&](const QStringList &cells) -> QString {
        QStringList parts;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            // No figure reads "-"; a row without a label in the first column leaves it blank.
            const QString cell = c < cells.size() && !cells.at(c).isEmpty() ? cells.at(c) : c == 0 ? QString() : QStringLiteral("-");
            const bool last = c + 1 == widths.size();
            parts << (right.value(c) ? cell.rightJustified(widths.at(c)) : last ? cell : cell.leftJustified(widths.at(c)));
        }
        return indent + parts.join(QStringLiteral("  ")) + QLatin1Char('\n');
    };
    QString text = header ? line(titles) : QString();
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QStringList pick(const QStringList &cells, const QList<int> &columns)
{
    QStringList picked;
    for (int c : columns)
        picked << cells.value(c);
    return picked;
}

QList<bool> rightOf(const QList<int> &columns, const QList<int> &textColumns)
{
    QList<bool> right;
    for (int c : columns)
        right << !textColumns.contains(c);
    return right;
}

} // namespace

QList<IkmServiceLine> IkmUnitReport::rows() const
{
    QList<IkmServiceLine> all = services;
    IkmServiceLine total;
    total.kind = IkmServiceLine::Kind::Unit;
    total.report = unit;
    all << total;
    return all;
}

QString IkmReportFormat::lineTitle(const IkmServiceLine &line)
{
    switch (line.kind) {
    case IkmServiceLine::Kind::Unit: return tr("Unit pelayanan (semua layanan)");
    case IkmServiceLine::Kind::NoService: return tr("Jawaban tanpa keterangan layanan");
    case IkmServiceLine::Kind::Service: break;
    }
    return line.serviceName.isEmpty() ? tr("Layanan %1 (tidak ada lagi dalam katalog)").arg(line.serviceNumber) : line.serviceName;
}

QStringList IkmReportFormat::serviceTitles()
{
    QStringList titles = {tr("No"), tr("Layanan"), tr("Responden")};
    for (int e = 0; e < SurveyElement::kCount; ++e)
        titles << SurveyElement::code(e);
    titles << tr("NRR tertimbang") << tr("IKM") << tr("Mutu") << tr("Kinerja") << tr("Populasi") << tr("Sampel minimal") << tr("Sampel");
    return titles;
}

QStringList IkmReportFormat::serviceCells(const IkmServiceLine &line)
{
    const IkmResult &r = line.report.result;
    const bool have = r.isValid();
    QStringList cells = {line.kind == IkmServiceLine::Kind::Service ? QString::number(line.serviceNumber) : QString(), lineTitle(line),
                         IdNumber::format(r.respondents)};
    for (int e = 0; e < SurveyElement::kCount; ++e)
        cells << (have ? nrr(r.nrr(e)) : QString());
    const bool counted = line.kind != IkmServiceLine::Kind::NoService;
    cells << (have ? weighted(r.weightedSum()) : QString()) << ikm(r) << (have ? QString(r.category) : QString())
          << (have ? Ikm::categoryTitle(r.category) : QString()) << (counted ? IdNumber::format(line.report.population) : QString())
          << (counted ? IdNumber::format(line.report.sampleSize) : QString()) << (counted ? sampleNote(line.report) : QString());
    return cells;
}

QStringList IkmReportFormat::elementTitles()
{
    return {tr("Unsur"), tr("Uraian"), tr("Jumlah nilai"), tr("NRR"), tr("Bobot"), tr("NRR tertimbang")};
}

QStringList IkmReportFormat::elementCells(const IkmResult &r, int e)
{
    const bool have = r.isValid();
    return {SurveyElement::code(e), SurveyElement::title(e), have ? IdNumber::format(r.sums.at(e)) : QString(),
            have ? nrr(r.nrr(e)) : QString(), weight(), have ? weighted(r.weightedNrr(e)) : QString()};
}

QStringList IkmReportFormat::elementTotalCells(const IkmResult &r)
{
    double nrrSum = 0;
    for (int e = 0; e < SurveyElement::kCount; ++e)
        nrrSum += r.nrr(e);
    const bool have = r.isValid();
    return {QString(), tr("Jumlah"), have ? IdNumber::format(r.total()) : QString(), have ? nrr(nrrSum) : QString(), QString(),
            have ? weighted(r.weightedSum()) : QString()};
}

QString IkmReportFormat::weight()
{
    return QStringLiteral("1/%1 (%2)").arg(SurveyElement::kCount).arg(IdNumber::format(1.0 / SurveyElement::kCount, 3));
}

QString IkmReportFormat::ikm(const IkmResult &r)
{
    return r.isValid() ? IdNumber::format(double(r.hundredths) / 100.0, 2) : QString();
}

QString IkmReportFormat::nrr(double value)
{
    return IdNumber::format(value, 2);
}

QString IkmReportFormat::weighted(double value)
{
    return IdNumber::format(value, 3);
}

QString IkmReportFormat::sampleNote(const IkmReport &report)
{
    if (report.population <= 0)
        return {};
    if (report.result.respondents >= report.sampleSize)
        return tr("terpenuhi");
    return tr("kurang %1").arg(IdNumber::format(report.sampleSize - report.result.respondents));
}

QString IkmReportFormat::periodText(const QDate &from, const QDate &to)
{
    return tr("%1 s.d. %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QString IkmReportFormat::verdict(const IkmResult &r)
{
    if (!r.isValid())
        return tr("Belum ada jawaban survei; IKM tidak dapat dihitung.");
    return tr("IKM = jumlah NRR tertimbang × 25 = 25 × %1 / (%2 × %3) = %4: mutu pelayanan %5, kinerja unit pelayanan %6")
        .arg(IdNumber::format(r.total()))
        .arg(SurveyElement::kCount)
        .arg(IdNumber::format(r.respondents), ikm(r), QString(r.category), Ikm::categoryTitle(r.category));
}

QStringList IkmReportFormat::categoryTitles()
{
    return {tr("Nilai IKM"), tr("Mutu pelayanan"), tr("Kinerja unit pelayanan")};
}

QList<QStringList> IkmReportFormat::categoryRows()
{
    QList<QStringList> rows;
    for (const IkmCategoryRange &range : Ikm::categories())
        rows << QStringList{QStringLiteral("%1 – %2").arg(IdNumber::format(range.from / 100.0, 2), IdNumber::format(range.to / 100.0, 2)),
                            QString(range.category), Ikm::categoryTitle(range.category)};
    return rows;
}

QList<QStringList> IkmReportFormat::profileRows(const ProfileTally &tally, int respondents)
{
    QList<QStringList> rows;
    for (const auto &[title, count] : tally.rows)
        rows << QStringList{title, IdNumber::format(count),
                            respondents > 0 ? IdNumber::format(100.0 * count / respondents, 1) + QLatin1Char('%') : QString()};
    return rows;
}

QString IkmReportFormat::text(const IkmUnitReport &report, const QString &unitName)
{
    const IkmResult &unit = report.unit.result;
    QString t;
    t += tr("Indeks Kepuasan Masyarakat per layanan (PermenPAN-RB 14/2017)") + QLatin1Char('\n');
    if (!unitName.isEmpty())
        t += tr("Unit pelayanan: %1").arg(unitName) + QLatin1Char('\n');
    t += tr("Periode: %1").arg(periodText(report.from, report.to)) + QLatin1Char('\n');
    t += tr("Responden: %1").arg(IdNumber::format(unit.respondents)) + QLatin1Char('\n');

    const QStringList titles = serviceTitles();
    QList<int> figures = {NumberColumn, RespondentsColumn};
    for (int e = 0; e < SurveyElement::kCount; ++e)
        figures << FirstElementColumn + e;
    figures << WeightedColumn << IkmColumn << CategoryColumn << PerformanceColumn;
    QList<QStringList> cells;
    QList<QStringList> figureRows;
    for (const IkmServiceLine &line : report.rows()) {
        QStringList row = serviceCells(line);
        cells << row;
        // The number column names the two rows that are not a service.
        if (line.kind == IkmServiceLine::Kind::Unit)
            row[NumberColumn] = tr("Unit");
        else if (line.kind == IkmServiceLine::Kind::NoService)
            row[NumberColumn] = tr("Lain");
        figureRows << pick(row, figures);
    }
    t += QLatin1Char('\n') + tr("NRR per unsur dan IKM per layanan (bobot tiap unsur %1)").arg(weight()) + QLatin1Char('\n');
    t += textTable(pick(titles, figures), figureRows, rightOf(figures, {CategoryColumn, PerformanceColumn}));

    const QList<int> sample = {NumberColumn, ServiceColumn, RespondentsColumn, PopulationColumn, SampleColumn, SampleNoteColumn};
    QList<QStringList> sampleRows;
    for (const QStringList &row : std::as_const(cells))
        sampleRows << pick(row, sample);
    t += QLatin1Char('\n') + tr("Responden, populasi (kunjungan pada buku tamu) dan sampel minimal (Krejcie-Morgan)") + QLatin1Char('\n');
    t += textTable(pick(titles, sample), sampleRows, rightOf(sample, {ServiceColumn, SampleNoteColumn}));

    QList<QStringList> elements;
    for (int e = 0; e < SurveyElement::kCount; ++e)
        elements << elementCells(unit, e);
    elements << elementTotalCells(unit);
    t += QLatin1Char('\n') + tr("Unit pelayanan: NRR dan NRR tertimbang per unsur") + QLatin1Char('\n');
    t += textTable(elementTitles(), elements, {false, false, true, true, false, true});
    t += verdict(unit) + QLatin1Char('\n');

    t += QLatin1Char('\n') + tr("Profil responden") + QLatin1Char('\n');
    for (const ProfileTally &tally : report.profile) {
        t += tally.title + QLatin1Char('\n');
        t += textTable({}, profileRows(tally, unit.respondents), {false, true, true}, false, QStringLiteral("  "));
    }

    t += QLatin1Char('\n') + tr("Kategori (nilai IKM dibulatkan dua desimal)") + QLatin1Char('\n');
    t += textTable(categoryTitles(), categoryRows(), {false, false, false});
    return t;
}
