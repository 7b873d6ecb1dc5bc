#include "reports/ReportFormat.h"

#include "applications/ApplicationStatus.h"
#include "common/IdNumber.h"
#include "suggestions/CsvWriter.h"

#include <QLocale>

#include <algorithm>
#include <optional>

namespace {

// How the figures are written: for a reader (IdNumber), or for a CSV without a
// thousands separator and with `csvDecimal` as the decimal mark.
struct Figures
{
    std::optional<QChar> csvDecimal;

    QString number(double value, int decimals) const
    {
        if (!csvDecimal)
            return IdNumber::format(value, decimals);
        QString text = QLocale::c().toString(value, 'f', decimals);
        if (*csvDecimal != QLatin1Char('.'))
            text.replace(QLatin1Char('.'), *csvDecimal);
        return text;
    }
    QString count(qint64 value) const { return csvDecimal ? QString::number(value) : IdNumber::format(value); }
    QString minutes(double seconds) const { return number(seconds / 60.0, 1); }
    QString percent(double value) const { return value < 0 ? QString() : number(value, 1); }
    QString paused(qint64 seconds) const { return csvDecimal ? minutes(double(seconds)) : ReportFormat::duration(seconds); }
    QString ikm(const IkmResult &r) const { return number(double(r.hundredths) / 100.0, 2); }
};

const Figures kReader;

QStringList titles(ReportGrouping grouping, bool csv)
{
    return {ReportFormat::groupingTitle(grouping),
            ReportFormat::tr("Kunjungan"),
            ReportFormat::tr("Berkas baru"),
            ReportFormat::tr("Dikembalikan"),
            ReportFormat::tr("Diterima"),
            ReportFormat::tr("Selesai"),
            ReportFormat::tr("Dibatalkan"),
            ReportFormat::tr("Masih berjalan"),
            ReportFormat::tr("Tepat janji (%)"),
            ReportFormat::tr("Waktu layanan median (menit)"),
            ReportFormat::tr("Waktu layanan P90 (menit)"),
            ReportFormat::tr("Waktu layanan terlama (menit)"),
            ReportFormat::tr("Tunggu di helpdesk, median (menit)"),
            ReportFormat::tr("Tunggu diambil petugas, median (menit)"),
            csv ? ReportFormat::tr("Waktu tunda (menit)") : ReportFormat::tr("Waktu tunda"),
            ReportFormat::tr("Persyaratan paling sering kurang"),
            ReportFormat::tr("IKM")};
}

QString pauses(const ReportRow &row, const Figures &f)
{
    QStringList parts;
    for (auto it = row.pausedByReason.cbegin(); it != row.pausedByReason.cend(); ++it) {
        PauseReason reason;
        const QString title = PauseReasons::fromKey(it.key(), &reason) ? PauseReasons::title(reason) : it.key();
        parts << QStringLiteral("%1 %2").arg(title, f.paused(it.value()));
    }
    return parts.join(QStringLiteral("; "));
}

QStringList rowCells(const ReportRow &r, const Figures &f)
{
    auto stat = [&f](const DurationStats &s, double value) { return s.count ? f.minutes(value) : QString(); };
    return {r.title,
            f.count(r.visits),
            f.count(r.applications),
            f.count(r.returned),
            f.count(r.accepted),
            f.count(r.done),
            f.count(r.cancelled),
            f.count(r.open),
            f.percent(r.metPercent()),
            stat(r.serviceTime, r.serviceTime.median),
            stat(r.serviceTime, double(r.serviceTime.p90)),
            stat(r.serviceTime, double(r.serviceTime.max)),
            stat(r.waitHelpdesk, r.waitHelpdesk.median),
            stat(r.waitClaim, r.waitClaim.median),
            r.pausedByReason.isEmpty() ? QString() : f.paused(r.pausedSeconds()),
            ReportFormat::missingText(r),
            r.ikm && r.ikm->isValid() ? f.ikm(*r.ikm) : QString()};
}

QList<std::pair<QString, QString>> feedback(const PerformanceReport &report, const Figures &f)
{
    QList<std::pair<QString, QString>> lines;
    if (report.complaints) {
        const ComplaintFigures &c = *report.complaints;
        lines << std::pair(ReportFormat::tr("Pengaduan diterima"), f.count(c.received));
        lines << std::pair(ReportFormat::tr("Ditanggapi awal dalam 3 hari kerja (%)"), f.percent(c.acknowledgedPercent()));
        lines << std::pair(ReportFormat::tr("Direspons dalam 6 hari kerja (%)"), f.percent(c.respondedPercent()));
    } else {
        lines << std::pair(ReportFormat::tr("Pengaduan"), ReportFormat::tr("tidak tercatat di basis data ini"));
    }
    if (report.suggestions)
        lines << std::pair(ReportFormat::tr("Saran dan masukan"), f.count(*report.suggestions));
    if (report.ikm && report.ikm->isValid()) {
        lines << std::pair(ReportFormat::tr("IKM (%1 responden)").arg(f.count(report.ikm->respondents)), f.ikm(*report.ikm));
        lines << std::pair(ReportFormat::tr("Mutu pelayanan"), QStringLiteral("%1 (%2)").arg(report.ikm->category, Ikm::categoryTitle(report.ikm->category)));
    } else {
        lines << std::pair(ReportFormat::tr("IKM"), ReportFormat::tr("belum ada jawaban survei dalam periode ini"));
    }
    return lines;
}

QStringList waitCells(const CallWaitRow &r, const Figures &f)
{
    const bool any = r.wait.count > 0;
    return {r.title,
            f.count(r.visits),
            f.count(r.wait.count),
            any ? f.minutes(r.wait.median) : QString(),
            any ? f.minutes(double(r.wait.p90)) : QString(),
            f.count(r.notCalled())};
}

QStringList deskRow(const DeskCalls &d, const Figures &f)
{
    return {d.desk, f.count(d.serveCalls), f.count(d.serveRepeats), f.count(d.collectCalls), f.count(d.collectRepeats)};
}

QList<std::pair<QString, QString>> calling(const PerformanceReport &report, const Figures &f)
{
    QList<std::pair<QString, QString>> lines;
    const QString title = ReportFormat::callingTitle();
    if (!report.calling) {
        lines << std::pair(title, ReportFormat::tr("tidak tercatat di basis data ini"));
        return lines;
    }
    const CallingFigures &c = *report.calling;
    if (!c.anyCalls()) {
        lines << std::pair(title, ReportFormat::tr("belum ada panggilan dalam periode ini"));
        return lines;
    }
    if (c.callDays == 0) {
        // Only calls to collect: nobody was called for the check, no wait to tell.
        lines << std::pair(ReportFormat::tr("Tunggu panggilan"), ReportFormat::tr("belum ada panggilan untuk pemeriksaan berkas dalam periode ini"));
        return lines;
    }
    lines << std::pair(ReportFormat::tr("Hari dengan panggilan"), f.count(c.callDays));
    lines << std::pair(ReportFormat::tr("Tidak hadir saat dipanggil"),
                       c.noShows == 0 ? ReportFormat::tr("tidak ada")
                                      : ReportFormat::tr("%1 kunjungan; dipanggil kembali %2, lalu dilayani %3")
                                            .arg(f.count(c.noShows), f.count(c.calledBack), f.count(c.servedAfter)));
    return lines;
}

QString isoPeriod(const PerformanceReport &report)
{
    return ReportFormat::tr("%1 s.d. %2").arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate));
}

} // namespace

QString ReportFormat::minutes(double seconds) { return kReader.minutes(seconds); }
QString ReportFormat::minutes(double seconds, QChar decimal) { return Figures{decimal}.minutes(seconds); }
QString ReportFormat::percent(double value) { return kReader.percent(value); }
QString ReportFormat::percent(double value, QChar decimal) { return Figures{decimal}.percent(value); }
QString ReportFormat::pauseText(const ReportRow &row) { return pauses(row, kReader); }
QString ReportFormat::pauseText(const ReportRow &row, QChar decimal) { return pauses(row, Figures{decimal}); }
QStringList ReportFormat::cells(const ReportRow &row) { return rowCells(row, kReader); }
QStringList ReportFormat::cells(const ReportRow &row, QChar decimal) { return rowCells(row, Figures{decimal}); }
QStringList ReportFormat::columnTitles(ReportGrouping grouping) { return titles(grouping, false); }
QStringList ReportFormat::csvColumnTitles(ReportGrouping grouping) { return titles(grouping, true); }
QList<std::pair<QString, QString>> ReportFormat::feedbackLines(const PerformanceReport &report) { return feedback(report, kReader); }
QList<std::pair<QString, QString>> ReportFormat::feedbackLines(const PerformanceReport &report, QChar decimal)
{
    return feedback(report, Figures{decimal});
}

QString ReportFormat::callingTitle() { return tr("Panggilan antrian"); }

QString ReportFormat::callingNote(const PerformanceReport &report)
{
    if (!report.calling || report.calling->callDays == 0)
        return QString();
    return tr("Tunggu panggilan: menit jam dinding dari pengambilan nomor antrian sampai panggilan pertama untuk pemeriksaan berkas, "
              "hanya pada hari yang ada panggilan.");
}

QStringList ReportFormat::callWaitTitles()
{
    return {tr("Layanan"),
            tr("Kunjungan"),
            tr("Dipanggil"),
            tr("Tunggu panggilan, median (menit)"),
            tr("Tunggu panggilan, P90 (menit)"),
            tr("Tidak dipanggil")};
}

QStringList ReportFormat::deskTitles()
{
    return {tr("Meja"), tr("Panggilan pemeriksaan"), tr("Ulang pemeriksaan"), tr("Panggilan ambil hasil"), tr("Ulang ambil hasil")};
}

QStringList ReportFormat::callWaitCells(const CallWaitRow &row) { return waitCells(row, kReader); }
QStringList ReportFormat::callWaitCells(const CallWaitRow &row, QChar decimal) { return waitCells(row, Figures{decimal}); }
QStringList ReportFormat::deskCells(const DeskCalls &desk) { return deskRow(desk, kReader); }
QStringList ReportFormat::deskCells(const DeskCalls &desk, QChar decimal) { return deskRow(desk, Figures{decimal}); }
QList<std::pair<QString, QString>> ReportFormat::callingLines(const PerformanceReport &report) { return calling(report, kReader); }
QList<std::pair<QString, QString>> ReportFormat::callingLines(const PerformanceReport &report, QChar decimal)
{
    return calling(report, Figures{decimal});
}

QString ReportFormat::duration(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    const qint64 hours = minutes / 60;
    if (hours == 0)
        return tr("%1 menit").arg(minutes);
    // From 100 hours on the minutes say nothing more: whole hours, rounded.
    if (hours >= 100)
        return tr("%1 jam").arg(IdNumber::format((minutes + 30) / 60));
    if (minutes % 60 == 0)
        return tr("%1 jam").arg(hours);
    return tr("%1 jam %2 menit").arg(hours).arg(minutes % 60);
}

QString ReportFormat::groupingTitle(ReportGrouping grouping)
{
    return grouping == ReportGrouping::Service ? tr("Layanan") : tr("Petugas");
}

QString ReportFormat::missingText(const ReportRow &row, int top)
{
    QStringList parts;
    for (qsizetype i = 0; i < row.missing.size() && i < top; ++i)
        parts << QStringLiteral("%1 (%2)").arg(row.missing.at(i).first).arg(row.missing.at(i).second);
    return parts.join(QStringLiteral("; "));
}

QString ReportFormat::periodText(const PerformanceReport &report)
{
    static const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    const QString format = QStringLiteral("d MMMM yyyy");
    return tr("%1 s.d. %2").arg(indonesian.toString(report.from, format), indonesian.toString(report.to, format));
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
            out += QStringLiteral("  %1: %2\n").arg(tr("Tunda menurut alasan"), pauseText(r));
    }
    out += QLatin1Char('\n') + callingTitle() + QLatin1Char('\n');
    if (const QString note = callingNote(report); !note.isEmpty())
        out += note + QLatin1Char('\n');
    if (report.calling && report.calling->callDays > 0) {
        QList<CallWaitRow> waits = report.calling->waits;
        waits << report.calling->waitTotal;
        const QStringList waitTitles = callWaitTitles();
        for (const CallWaitRow &w : std::as_const(waits)) {
            const QStringList c = callWaitCells(w);
            out += QStringLiteral("  %1\n").arg(c.first());
            for (qsizetype i = 1; i < waitTitles.size(); ++i)
                if (!c.at(i).isEmpty())
                    out += QStringLiteral("    %1: %2\n").arg(waitTitles.at(i), c.at(i));
        }
    }
    for (const auto &[label, value] : callingLines(report))
        out += QStringLiteral("%1: %2\n").arg(label, value);
    if (report.calling && !report.calling->desks.isEmpty()) {
        out += tr("Panggilan per meja") + QLatin1Char('\n');
        QList<DeskCalls> desks = report.calling->desks;
        desks << report.calling->deskTotal;
        const QStringList titles = deskTitles();
        for (const DeskCalls &d : std::as_const(desks)) {
            const QStringList c = deskCells(d);
            out += QStringLiteral("  %1\n").arg(c.first());
            for (qsizetype i = 1; i < titles.size(); ++i)
                out += QStringLiteral("    %1: %2\n").arg(titles.at(i), c.at(i));
        }
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
    QStringList header = csvColumnTitles(report.grouping);
    header << tr("Tunda menurut alasan (menit)");
    w.addRow(header);
    QList<ReportRow> rows = report.rows;
    rows << report.total;
    for (const ReportRow &r : std::as_const(rows))
        w.addRow(cells(r, decimal) << pauseText(r, decimal));
    w.addRow({});
    w.addRow({tr("Periode"), isoPeriod(report)});
    for (const auto &[label, value] : feedbackLines(report, decimal))
        w.addRow({label, value});
    // The waiting room after the feedback: its own tables, so earlier readers of the
    // file find the rows above where they were.
    w.addRow({});
    for (const auto &[label, value] : callingLines(report, decimal))
        w.addRow({label, value});
    if (report.calling && report.calling->callDays > 0) {
        w.addRow(callWaitTitles());
        QList<CallWaitRow> waits = report.calling->waits;
        waits << report.calling->waitTotal;
        for (const CallWaitRow &r : std::as_const(waits))
            w.addRow(callWaitCells(r, decimal));
    }
    if (report.calling && !report.calling->desks.isEmpty()) {
        w.addRow(deskTitles());
        QList<DeskCalls> desks = report.calling->desks;
        desks << report.calling->deskTotal;
        for (const DeskCalls &d : std::as_const(desks))
            w.addRow(deskCells(d, decimal));
    }
    return w.bytes();
}
