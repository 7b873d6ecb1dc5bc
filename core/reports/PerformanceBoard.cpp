#include "reports/PerformanceBoard.h"

#include "catalog/Service.h"
#include "common/IdNumber.h"
#include "reports/ReportFormat.h"
#include "survey/Ikm.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {

// The cells of ReportFormat::cells the board takes over as they are.
constexpr int kServed = 5;
constexpr int kMet = 8;
constexpr int kMedian = 9;
constexpr int kIkm = 16;

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

const char *const kRoman[] = {"I", "II", "III", "IV"};

} // namespace

PerformanceBoard::Period PerformanceBoard::monthOf(const QDate &day)
{
    const QDate first(day.year(), day.month(), 1);
    static const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    return Period{first, first.addMonths(1).addDays(-1), indonesian.toString(first, QStringLiteral("MMMM yyyy"))};
}

PerformanceBoard::Period PerformanceBoard::quarterOf(const QDate &day)
{
    const int q = (day.month() - 1) / 3; // 0..3
    const QDate first(day.year(), 3 * q + 1, 1);
    return Period{first, first.addMonths(3).addDays(-1), tr("Triwulan %1 %2").arg(QLatin1String(kRoman[q])).arg(day.year())};
}

Result<PerformanceBoard::Period> PerformanceBoard::month(const QString &typed)
{
    const QDate first = QDate::fromString(typed.trimmed() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!first.isValid())
        return Result<Period>::failure(tr("Bulan tidak sah: \"%1\" (format: YYYY-MM, misalnya 2026-10).").arg(typed.trimmed()));
    return monthOf(first);
}

Result<PerformanceBoard::Period> PerformanceBoard::quarter(const QString &typed)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    const QRegularExpressionMatch m = form.match(typed.trimmed());
    if (!m.hasMatch())
        return Result<Period>::failure(tr("Triwulan tidak sah: \"%1\" (format: YYYY-QN, misalnya 2026-Q4).").arg(typed.trimmed()));
    return quarterOf(QDate(m.captured(1).toInt(), 3 * (m.captured(2).toInt() - 1) + 1, 1));
}

QStringList PerformanceBoard::columnTitles()
{
    return {tr("Layanan"),
            tr("Berkas selesai"),
            tr("Tepat janji (%)"),
            tr("Waktu layanan median (menit)"),
            tr("Pengaduan diterima"),
            tr("Ditanggapi ≤ 3 hari kerja (%)"),
            tr("Direspons ≤ 6 hari kerja (%)"),
            tr("IKM"),
            tr("Mutu pelayanan")};
}

QList<QStringList> PerformanceBoard::rows(const PerformanceReport &report)
{
    QList<ReportRow> all = report.rows;
    all << report.total;
    QList<QStringList> rows;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const ReportRow &r = all.at(i);
        const bool total = i + 1 == all.size();
        const QStringList cells = ReportFormat::cells(r);
        const std::optional<ComplaintFigures> &complaints = total ? report.complaints : r.complaints;
        const bool ikm = r.ikm && r.ikm->isValid();
        rows << QStringList{total ? r.title : Service::titleOf(r.key.toInt(), r.title),
                            cells.at(kServed),
                            orDash(cells.at(kMet)),
                            orDash(cells.at(kMedian)),
                            complaints ? IdNumber::format(complaints->received) : QStringLiteral("–"),
                            complaints ? orDash(ReportFormat::percent(complaints->acknowledgedPercent())) : QStringLiteral("–"),
                            complaints ? orDash(ReportFormat::percent(complaints->respondedPercent())) : QStringLiteral("–"),
                            orDash(cells.at(kIkm)),
                            ikm ? QStringLiteral("%1 (%2)").arg(r.ikm->category, Ikm::categoryTitle(r.ikm->category)) : QStringLiteral("–")};
    }
    return rows;
}

QStringList PerformanceBoard::notes(const PerformanceReport &report)
{
    QStringList notes;
    notes << tr("Berkas dihitung pada bulan kunjungannya. Waktu layanan dalam menit jam kerja sejak berkas diterima lengkap; "
                "masa tunda tidak dihitung.");
    if (std::any_of(report.rows.cbegin(), report.rows.cend(), [](const ReportRow &r) { return r.unpromised > 0; }))
        notes << tr("Layanan lain belum ada standar waktunya (Pasal 9 Perwali 67/2018): berkasnya dihitung selesai, tetapi tidak "
                    "masuk persentase tepat janji.");
    notes << tr("Pengaduan dihitung pada layanan berkas yang diadukan; jumlah termasuk pengaduan tanpa nomor berkas. Persentase "
                "dihitung dari pengaduan yang batas waktunya sudah lewat atau sudah dijawab.");
    if (report.ikm && report.ikm->isValid())
        notes << tr("IKM dari %1 responden survei kepuasan masyarakat (Permenpan RB 14/2017); \"–\" bila belum ada jawaban.")
                     .arg(IdNumber::format(report.ikm->respondents));
    else
        notes << tr("Belum ada jawaban survei kepuasan masyarakat dalam periode ini.");
    notes << tr("Setiap angka dapat ditelusuri ke berkasnya: loket report --explain.");
    return notes;
}
