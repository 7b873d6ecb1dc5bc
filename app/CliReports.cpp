// Reports and demo data: the performance evaluation and a plausible history to try it on.
#include "CliContext.h"

#include "common/IdNumber.h"
#include "demo/DemoData.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportFormat.h"
#include "reports/ReportDocument.h"
#include "reports/ReportExplain.h"
#include "storage/LiveFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QSaveFile>

#include <cstdio>

namespace {

QDate parseDay(const QString &text)
{
    return QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    return LiveFiles::writeUserFile(path, bytes);
}

// The bytes to standard output as they are, or into `outPath` with `saved` (its "%1" the path) said.
int delivered(CliContext &ctx, const QByteArray &bytes, const QString &outPath, const QString &saved)
{
    if (outPath.isEmpty()) {
        ctx.out.flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    if (const Status s = writeFile(outPath, bytes); !s)
        return ctx.fail(s.error());
    ctx.out << saved.arg(QFileInfo(outPath).absoluteFilePath()) << Qt::endl;
    return 0;
}

int cmdReport(CliContext &ctx)
{
    const CliPeriodOptions given(ctx.args);
    const QString by = ctx.args.option(QStringLiteral("--by")).value_or(QStringLiteral("service"));
    const QString format = ctx.args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    const QString outPath = ctx.args.option(QStringLiteral("--out")).value_or(QString());
    const QString csvStyle = ctx.args.option(QStringLiteral("--csv-style")).value_or(QStringLiteral("international"));
    const std::optional<QString> explain = ctx.args.option(QStringLiteral("--explain"));
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || !rest.isEmpty())
        return ctx.rejectRest(rest);
    if (!given.complete())
        return ctx.usage(CliTr::tr("Pemakaian: loket report --from YYYY-MM-DD --to YYYY-MM-DD [--by service|officer] "
                                   "[--format text|csv|pdf] [--csv-style international|indonesian] [--out BERKAS] [--explain NAMA:BARIS]"));
    int code = 0;
    const std::optional<CliPeriod> period = readPeriod(ctx, given, &code);
    if (!period)
        return code;
    if (by != QLatin1String("service") && by != QLatin1String("officer"))
        return ctx.usage(CliTr::tr("--by harus service atau officer."));
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return ctx.usage(CliTr::tr("--format harus text, csv atau pdf."));
    if (csvStyle != QLatin1String("international") && csvStyle != QLatin1String("indonesian"))
        return ctx.usage(CliTr::tr("--csv-style harus international (pemisah koma, desimal titik) atau indonesian "
                                   "(pemisah titik koma, desimal koma)."));
    if (const QString unknown = explain ? ReportExplain::figureError(*explain) : QString(); !unknown.isEmpty())
        return ctx.usage(unknown);
    if (explain && format != QLatin1String("text"))
        return ctx.usage(CliTr::tr("--explain menampilkan berkas di balik satu angka sebagai teks; tanpa --format csv atau pdf."));
    if (format == QLatin1String("pdf") && outPath.isEmpty())
        return ctx.usage(CliTr::tr("Laporan PDF memerlukan --out BERKAS.pdf."));
    const Result<Database *> db = ctx.database(CliContext::Access::Read);
    if (!db)
        return ctx.fail(db.error());
    const ReportGrouping grouping = by == QLatin1String("officer") ? ReportGrouping::Officer : ReportGrouping::Service;
    if (explain) {
        const Result<FigureExplanation> explained = ReportExplain::explain(**db, period->from, period->to, grouping, *explain);
        if (!explained)
            return ctx.fail(explained.error());
        return delivered(ctx, ReportExplain::text(explained.value()).toUtf8(), outPath, CliTr::tr("Penelusuran disimpan: %1"));
    }
    const Result<PerformanceReport> report =
        ReportBuilder(**db).build(period->from, period->to, grouping);
    if (!report)
        return ctx.fail(report.error());

    if (format == QLatin1String("pdf")) {
        if (const Status s = ReportDocument::writePdf(report.value(), outPath); !s)
            return ctx.fail(s.error());
        ctx.out << CliTr::tr("Laporan disimpan: %1").arg(QFileInfo(outPath).absoluteFilePath()) << Qt::endl;
        return 0;
    }
    const CsvStyle style = csvStyle == QLatin1String("indonesian") ? CsvStyle::Indonesian : CsvStyle::International;
    const QByteArray bytes = format == QLatin1String("csv") ? ReportFormat::csv(report.value(), style) : ReportFormat::text(report.value()).toUtf8();
    return delivered(ctx, bytes, outPath, CliTr::tr("Laporan disimpan: %1"));
}

int cmdDemoData(CliContext &ctx)
{
    const std::optional<QString> years = ctx.args.option(QStringLiteral("--years"));
    const std::optional<QString> perDay = ctx.args.option(QStringLiteral("--per-day"));
    const std::optional<QString> seed = ctx.args.option(QStringLiteral("--seed"));
    const std::optional<QString> until = ctx.args.option(QStringLiteral("--until"));
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || !rest.isEmpty())
        return ctx.rejectRest(rest);
    DemoOptions options;
    bool ok = true;
    if (years)
        options.years = years->toInt(&ok);
    if (ok && perDay)
        options.perDay = perDay->toInt(&ok);
    if (ok && seed)
        options.seed = seed->toULongLong(&ok);
    if (!ok)
        return ctx.usage(CliTr::tr("--years, --per-day dan --seed harus bilangan bulat."));
    if (until) {
        options.until = parseDay(*until);
        if (!options.until.isValid())
            return ctx.usage(CliTr::tr("--until harus tanggal YYYY-MM-DD."));
    }
    if (options.years < 1 || options.years > DemoData::kMaxYears || options.perDay < 1 || options.perDay > DemoData::kMaxPerDay)
        return ctx.usage(CliTr::tr("--years harus 1 sampai %1 dan --per-day 1 sampai %2.").arg(DemoData::kMaxYears).arg(DemoData::kMaxPerDay));
    const Result<Database *> db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    QElapsedTimer timer;
    timer.start();
    const Result<DemoSummary> summary = DemoData(**db).generate(options);
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out << CliTr::tr("Data contoh %1 s.d. %2: %3 penyedia, %4 kunjungan (%5 dikembalikan, %6 selesai), %7 kejadian, "
                         "%8 pengaduan, %9 saran, %10 jawaban survei (%11 detik).")
                   .arg(summary->from.toString(Qt::ISODate), summary->until.toString(Qt::ISODate))
                   .arg(IdNumber::format(summary->vendors), IdNumber::format(summary->visits), IdNumber::format(summary->returned),
                        IdNumber::format(summary->done), IdNumber::format(summary->events), IdNumber::format(summary->complaints),
                        IdNumber::format(summary->suggestions), IdNumber::format(summary->surveyResponses),
                        IdNumber::format(double(timer.elapsed()) / 1000.0, 1))
            << Qt::endl;
    ctx.out << CliTr::tr("Akun contoh: demo.hana, demo.rudi (helpdesk), demo.vera, demo.vino (verifikator), demo.adi (admin sistem), "
                         "demo.siti (kasubbag); kata sandi: demo-loket-1")
            << Qt::endl;
    return 0;
}

} // namespace

QList<CliCommand> reportCommands()
{
    return {
        {"report", QT_TRANSLATE_NOOP("Cli", "report --from YYYY-MM-DD --to YYYY-MM-DD [--by service|officer] [--format text|csv|pdf] "
                                            "[--csv-style international|indonesian] [--out BERKAS]\n"
                                            "                        [--explain NAMA:BARIS]\n"
                                            "                        evaluasi kinerja pelayanan periode itu; --explain mendaftar berkas di balik satu angka\n"
                                            "                        dengan bacaan jam layanannya. NAMA: visits, new, returned, accepted, served, met,\n"
                                            "                        late, cancelled, open, median, complaints, ack3, resp6; BARIS: nomor layanan\n"
                                            "                        (--by officer: nomor petugas) atau total, misalnya met:1"),
         cmdReport},
        {"demo-data", QT_TRANSLATE_NOOP("Cli", "demo-data --db BERKAS --years N --per-day M --seed S [--until YYYY-MM-DD]\n"
                                               "                        mengisi basis data kosong dengan riwayat contoh"),
         cmdDemoData},
    };
}
