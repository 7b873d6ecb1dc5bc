#include "reports/ReportFormat.h"

#include "applications/ApplicationStatus.h"
#include "suggestions/CsvWriter.h"

#include <QLocale>

namespace {

// A number written with a point ("87.61"), with `decimal` instead.
QString withDecimal(QString number, QChar decimal)
{
    if (decimal != QLatin1Char('.'))
        number.replace(QLatin1Char('.'), decimal);
    return number;
}

} // namespace

QString ReportFormat::minutes(double seconds, QChar decimal)
{
    return withDecimal(QLocale::c().toString(seconds / 60.0, 'f', 1), decimal);
}

QString ReportFormat::percent(double value, QChar decimal)
{
    return value < 0 ? QString() : withDecimal(QLocale::c().toString(value, 'f', 1), decimal);
}

QString ReportFormat::groupingTitle(ReportGrouping grouping)
{
    return grouping == ReportGrouping::Service ? tr("Layanan") : tr("Petugas");
}

QStringList ReportFormat::columnTitles(ReportGrouping grouping)
{
    return {groupingTitle(grouping),
            tr("Kunjungan"),
            tr("Berkas baru"),
            tr("Dikembalikan"),
            tr("Diterima"),
            tr("Selesai"),
            tr("Dibatalkan"),
            tr("Masih berjalan"),
            tr("Tepat janji (%)"),
            tr("Waktu layanan median (menit)"),
            tr("Waktu layanan P90 (menit)"),
            tr("Waktu layanan terlama (menit)"),
            tr("Tunggu di helpdesk, median (menit)"),
            tr("Tunggu diambil petugas, median (menit)"),
            tr("Waktu tunda (menit)"),
            tr("Persyaratan paling sering kurang"),
            tr("IKM")};
}

QString ReportFormat::missingText(const ReportRow &row, int top)
{
    QStringList parts;
    for (qsizetype i = 0; i < row.missing.size() && i < top; ++i)
        parts << QStringLiteral("%1 (%2)").arg(row.missing.at(i).first).arg(row.missing.at(i).second);
    return parts.join(QStringLiteral("; "));
}

QString ReportFormat::pauseText(const ReportRow &row, QChar decimal)
{
    QStringList parts;
    for (auto it = row.pausedByReason.cbegin(); it != row.pausedByReason.cend(); ++it) {
        PauseReason reason;
        const QString title = PauseReasons::fromKey(it.key(), &reason) ? PauseReasons::title(reason) : it.key();
        parts << QStringLiteral("%1 %2").arg(title, minutes(double(it.value()), decimal));
    }
    return parts.join(QStringLiteral("; "));
}

QStringList ReportFormat::cells(const ReportRow &r, QChar decimal)
{
    auto stat = [decimal](const DurationStats &s, double value) { return s.count ? minutes(value, decimal) : QString(); };
    return {r.title,
            QString::number(r.visits),
            QString::number(r.applications),
            QString::number(r.returned),
            QString::number(r.accepted),
            QString::number(r.done),
            QString::number(r.cancelled),
            QString::number(r.open),
            percent(r.metPercent(), decimal),
            stat(r.serviceTime, r.serviceTime.median),
            stat(r.serviceTime, double(r.serviceTime.p90)),
            stat(r.serviceTime, double(r.serviceTime.max)),
            stat(r.waitHelpdesk, r.waitHelpdesk.median),
            stat(r.waitClaim, r.waitClaim.median),
            r.pausedByReason.isEmpty() ? QString() : minutes(double(r.pausedSeconds()), decimal),
            missingText(r),
            r.ikm && r.ikm->isValid() ? withDecimal(r.ikm->text(), decimal) : QString()};
}

QString ReportFormat::periodText(const PerformanceReport &report)
{
    return tr("%1 s.d. %2").arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate));
}

QList<std::pair<QString, QString>> ReportFormat::feedbackLines(const PerformanceReport &report, QChar decimal)
{
    QList<std::pair<QString, QString>> lines;
    if (report.complaints) {
        const ComplaintFigures &c = *report.complaints;
        lines << std::pair(tr("Pengaduan diterima"), QString::number(c.received));
        lines << std::pair(tr("Ditanggapi awal dalam 3 hari kerja (%)"), percent(c.acknowledgedPercent(), decimal));
        lines << std::pair(tr("Direspon dalam 6 hari kerja (%)"), percent(c.respondedPercent(), decimal));
    } else {
        lines << std::pair(tr("Pengaduan"), tr("tidak tercatat di basis data ini"));
    }
    if (report.suggestions)
        lines << std::pair(tr("Saran dan masukan"), QString::number(*report.suggestions));
    if (report.ikm && report.ikm->isValid()) {
        lines << std::pair(tr("IKM (%1 responden)").arg(report.ikm->respondents), withDecimal(report.ikm->text(), decimal));
        lines << std::pair(tr("Mutu pelayanan"), QStringLiteral("%1 (%2)").arg(report.ikm->category, Ikm::categoryTitle(report.ikm->category)));
    } else {
        lines << std::pair(tr("IKM"), tr("belum ada jawaban survei dalam periode ini"));
    }
    return lines;
}

QString ReportFormat::text(const PerformanceReport &report)
{
    QString out;
    out += tr("Evaluasi kinerja pelayanan, %1, per %2").arg(periodText(report), groupingTitle(report.grouping).toLower()) + QLatin1Char('\n');
    out += tr("Waktu dalam menit jam kerja; masa tunda tidak dihitung.") + QLatin1Char('\n');
    const QStringList titles = columnTitles(report.grouping);
    QList<ReportRow> rows = report.rows;
    rows << report.total;
    for (const ReportRow &r : std::as_const(rows)) {
        const QStringList c = cells(r);
        out += QLatin1Char('\n') + c.first() + QLatin1Char('\n');
        for (qsizetype i = 1; i < titles.size(); ++i) {
            if (c.at(i).isEmpty())
                continue;
            out += QStringLiteral("  %1: %2\n").arg(titles.at(i), c.at(i));
        }
        if (!r.pausedByReason.isEmpty())
            out += QStringLiteral("  %1: %2\n").arg(tr("Tunda menurut alasan (menit)"), pauseText(r));
    }
    out += QLatin1Char('\n');
    for (const auto &[label, value] : feedbackLines(report))
        out += QStringLiteral("%1: %2\n").arg(label, value);
    return out;
}

QByteArray ReportFormat::csv(const PerformanceReport &report, CsvStyle style)
{
    const QChar decimal = decimalOf(style);
    CsvWriter w(separatorOf(style));
    QStringList header = columnTitles(report.grouping);
    header << tr("Tunda menurut alasan (menit)");
    w.addRow(header);
    QList<ReportRow> rows = report.rows;
    rows << report.total;
    for (const ReportRow &r : std::as_const(rows))
        w.addRow(cells(r, decimal) << pauseText(r, decimal));
    w.addRow({});
    w.addRow({tr("Periode"), periodText(report)});
    for (const auto &[label, value] : feedbackLines(report, decimal))
        w.addRow({label, value});
    return w.bytes();
}
