// What the public says back: survey import, IKM, complaints, suggestions.
#include "CliContext.h"

#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "complaints/ComplaintRules.h"
#include "complaints/ComplaintStore.h"
#include "complaints/LaporFollowUp.h"
#include "suggestions/SuggestionStore.h"
#include "survey/SurveyStore.h"
#include "reports/IkmDocument.h"
#include "settings/OfficeSettings.h"
#include "storage/LiveFiles.h"
#include "validation/Validators.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

int cmdSurvey(CliContext &ctx)
{
    QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty())
        return ctx.usage(ctx.args.error());
    if (rest.size() != 2 || rest.first() != QLatin1String("import"))
        return ctx.usage(CliTr::tr("Pemakaian: loket survey import BERKAS.csv"));
    const QString path = rest.at(1);
    const Result<QByteArray> read = LiveFiles::readUserFile(path, SurveyStore::kMaxImportBytes);
    if (!read)
        return ctx.fail(read.error());
    const QByteArray &content = read.value();
    const Result<Database *> db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const Result<SurveyImport> imported = SurveyStore(**db).importCsv(commandLineActor(), content, path);
    if (!imported)
        return ctx.fail(imported.error());
    ctx.out << CliTr::tr("%1 jawaban survei diimpor dari %2 (%3 baris data, %4 ditolak).")
                   .arg(imported->imported)
                   .arg(QFileInfo(path).fileName())
                   .arg(imported->dataRows)
                   .arg(imported->problems.size())
            << Qt::endl;
    if (imported->alreadyStored > 0)
        ctx.out << CliTr::tr("%1 baris sudah tersimpan dari impor sebelumnya dan tidak disimpan lagi.").arg(imported->alreadyStored) << Qt::endl;
    if (imported->problems.isEmpty())
        return 0;
    ctx.err << CliTr::tr("Baris yang ditolak (baris lain tetap diimpor):") << Qt::endl;
    for (const CsvProblem &p : imported->problems)
        ctx.err << CliTr::tr("  baris %1: %2").arg(p.line).arg(p.reason) << Qt::endl;
    return 1;
}

// `loket ikm --by service`: the report of PermenPAN-RB 14/2017 as a text table, and as
// an A4 PDF with --pdf.
int ikmByService(CliContext &ctx, const CliPeriod &period, const std::optional<QString> &pdf)
{
    if (pdf) {
        if (pdf->trimmed().isEmpty())
            return ctx.usage(CliTr::tr("Sebutkan berkas tujuan: --pdf BERKAS.pdf"));
        if (const int refused = refuseWithoutFonts(ctx))
            return refused;
    }
    const Result<Database *> db = ctx.database(CliContext::Access::Read);
    if (!db)
        return ctx.fail(db.error());
    const Result<IkmUnitReport> report = SurveyStore(**db).unitReport(period.from, period.to);
    if (!report)
        return ctx.fail(report.error());
    const Result<OfficeIdentity> office = OfficeSettings(**db).load();
    if (!office)
        return ctx.fail(office.error());
    ctx.out << IkmReportFormat::text(report.value(), office->unit.isEmpty() ? office->name : office->unit);
    if (pdf) {
        const Result<WorkingCalendar> calendar = CalendarStore(**db).load();
        const QDate today = Clock::nowUtc().toTimeZone(calendar ? calendar->timeZone() : QTimeZone::systemTimeZone()).date();
        if (const Status s = IkmDocument::writePdf(report.value(), office.value(), today, *pdf); !s)
            return ctx.fail(s.error());
        ctx.out << Qt::endl << CliTr::tr("Laporan IKM disimpan: %1").arg(QFileInfo(*pdf).absoluteFilePath()) << Qt::endl;
    }
    if (!report->unit.result.isValid())
        return ctx.fail(CliTr::tr("Belum ada jawaban survei pada periode ini; IKM tidak dapat dihitung."));
    return 0;
}

int cmdIkm(CliContext &ctx)
{
    const CliPeriodOptions given(ctx.args);
    const std::optional<QString> serviceText = ctx.args.option(QStringLiteral("--service"));
    const std::optional<QString> by = ctx.args.option(QStringLiteral("--by"));
    const std::optional<QString> pdf = ctx.args.option(QStringLiteral("--pdf"));
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || !rest.isEmpty())
        return ctx.rejectRest(rest);
    if (!given.complete())
        return ctx.usage(CliTr::tr("Pemakaian: loket ikm --from YYYY-MM-DD --to YYYY-MM-DD [--service N | --by service [--pdf BERKAS.pdf]]"));
    if (by && *by != QLatin1String("service"))
        return ctx.usage(CliTr::tr("--by hanya dapat bernilai service (IKM per layanan)."));
    if (by && serviceText)
        return ctx.usage(CliTr::tr("Pilih salah satu: --service N (satu layanan) atau --by service (semua layanan)."));
    if (pdf && !by)
        return ctx.usage(CliTr::tr("--pdf mencetak laporan IKM per layanan: tambahkan --by service."));
    int code = 0;
    const std::optional<CliPeriod> period = readPeriod(ctx, given, &code);
    if (!period)
        return code;
    if (by)
        return ikmByService(ctx, *period, pdf);
    int service = 0;
    if (serviceText) {
        bool ok = false;
        service = serviceText->toInt(&ok);
        if (!ok || service <= 0)
            return ctx.usage(CliTr::tr("--service harus nomor layanan, mis. --service 1."));
    }
    const Result<Database *> db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    QString serviceName = CliTr::tr("semua layanan");
    if (service) {
        const Result<ServiceCatalog> catalog = CatalogStore(**db).current(CalendarStore(**db).today());
        if (!catalog)
            return ctx.fail(catalog.error());
        const Service *s = catalog->service(service);
        if (!s)
            return ctx.fail(CliTr::tr("Layanan nomor %1 tidak ada dalam katalog.").arg(service));
        serviceName = s->title();
    }
    const Result<IkmReport> report = SurveyStore(**db).ikm(period->from, period->to, service);
    if (!report)
        return ctx.fail(report.error());
    const IkmResult &r = report->result;
    ctx.out << CliTr::tr("Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017)") << Qt::endl
            << CliTr::tr("Periode: %1 s.d. %2").arg(period->from.toString(Qt::ISODate), period->to.toString(Qt::ISODate)) << Qt::endl
            << CliTr::tr("Layanan: %1").arg(serviceName) << Qt::endl
            << CliTr::tr("Responden: %1").arg(IdNumber::format(r.respondents)) << Qt::endl;
    const QString target = CliTr::tr("Sampel minimal (Krejcie-Morgan) untuk populasi %1 kunjungan: %2 responden")
                               .arg(IdNumber::format(report->population))
                               .arg(IdNumber::format(report->sampleSize));
    if (!r.isValid()) {
        ctx.out << target << Qt::endl;
        return ctx.fail(CliTr::tr("Belum ada jawaban survei pada periode ini; IKM tidak dapat dihitung."));
    }
    ctx.out << Qt::endl
            << QStringLiteral("%1 %2 %3").arg(CliTr::tr("Unsur").leftJustified(46), CliTr::tr("NRR").rightJustified(6), CliTr::tr("NRR x 1/9").rightJustified(10))
            << Qt::endl;
    double weighted = 0;
    for (int e = 0; e < SurveyElement::kCount; ++e) {
        weighted += r.weightedNrr(e);
        ctx.out << QStringLiteral("%1 %2 %3")
                       .arg(QString(SurveyElement::code(e) + QStringLiteral("  ") + SurveyElement::title(e)).leftJustified(46),
                            IdNumber::format(r.nrr(e), 2).rightJustified(6), IdNumber::format(r.weightedNrr(e), 3).rightJustified(10))
                << Qt::endl;
    }
    ctx.out << QStringLiteral("%1 %2").arg(CliTr::tr("Jumlah").leftJustified(53), IdNumber::format(weighted, 3).rightJustified(10)) << Qt::endl
            << Qt::endl
            << CliTr::tr("IKM: %1").arg(IdNumber::format(r.value(), 2)) << Qt::endl
            << CliTr::tr("Mutu pelayanan: %1 (%2)").arg(r.category).arg(Ikm::categoryTitle(r.category)) << Qt::endl
            << target << Qt::endl;
    if (r.respondents >= report->sampleSize)
        ctx.out << CliTr::tr("Jumlah responden memenuhi sampel minimal.") << Qt::endl;
    else
        ctx.out << CliTr::tr("Jumlah responden belum memenuhi sampel minimal (kurang %1).").arg(IdNumber::format(report->sampleSize - r.respondents)) << Qt::endl;
    return 0;
}

QString stateWord(DeadlineState state)
{
    return ComplaintRules::stateTitle(state);
}

// `loket complaint lapor NOMOR`: the follow-up of an SP4N-LAPOR! complaint as plain text
// for the LAPOR! administrator, found by the desk's number or by the tracking number.
int complaintLapor(CliContext &ctx, const QString &typed, const std::optional<QString> &out)
{
    const Result<Database *> db = ctx.database(CliContext::Access::Read);
    if (!db)
        return ctx.fail(db.error());
    ComplaintStore store(**db);
    const QString trimmed = typed.trimmed();
    const bool tracking = !trimmed.isEmpty() && std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isDigit(); });
    const Result<Complaint> found = tracking ? store.findByLaporReference(typed) : store.findByNumber(typed);
    if (!found)
        return ctx.fail(found.error());
    const Result<OfficeIdentity> office = OfficeSettings(**db).load();
    if (!office)
        return ctx.fail(office.error());
    const Result<QString> text = LaporFollowUp::text(found.value(), store.deadlines(found.value()), store.calendar().timeZone(),
                                                     office->unit.isEmpty() ? office->name : office->unit);
    if (!text)
        return ctx.fail(text.error());
    if (!out) {
        ctx.out << text.value();
        return 0;
    }
    if (const Status s = LiveFiles::writeUserFile(*out, text->toUtf8()); !s)
        return ctx.fail(s.error());
    ctx.out << CliTr::tr("Tindak lanjut SP4N-LAPOR! pengaduan %1 disimpan: %2").arg(found->number, QFileInfo(*out).absoluteFilePath())
            << Qt::endl;
    return 0;
}

int cmdComplaint(CliContext &ctx)
{
    const bool openOnly = ctx.args.flag(QStringLiteral("--open"));
    const std::optional<QString> out = ctx.args.option(QStringLiteral("--out"));
    QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty())
        return ctx.usage(ctx.args.error());
    if (rest.size() == 2 && rest.first() == QLatin1String("lapor") && !openOnly) {
        if (out && out->trimmed().isEmpty())
            return ctx.usage(CliTr::tr("Sebutkan berkas tujuan: --out BERKAS.txt"));
        return complaintLapor(ctx, rest.at(1), out);
    }
    if (rest.isEmpty() || rest.first() != QLatin1String("list") || rest.size() != 1 || out)
        return ctx.usage(CliTr::tr("Pemakaian: loket complaint list [--open], atau loket complaint lapor NOMOR [--out BERKAS.txt]"));
    const Result<Database *> db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    ComplaintStore store(**db);
    const Result<QList<Complaint>> list = store.list(openOnly);
    if (!list)
        return ctx.fail(list.error());
    if (list->isEmpty()) {
        ctx.out << (openOnly ? CliTr::tr("Tidak ada pengaduan yang masih terbuka.") : CliTr::tr("Belum ada pengaduan.")) << Qt::endl;
        return 0;
    }
    const QTimeZone zone = store.calendar().timeZone();
    auto local = [&](const QDateTime &t) { return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    int overdue = 0;
    for (const Complaint &c : list.value()) {
        const ComplaintDeadlines d = store.deadlines(c);
        overdue += d.overdue();
        QStringList flags;
        flags << (c.isComplete() ? CliTr::tr("lengkap") : CliTr::tr("belum lengkap: %1").arg(ComplaintRules::describeMissing(c.missing)));
        if (c.awaitsWindowDecision())
            flags << CliTr::tr("lewat 30 hari: menunggu keputusan");
        else if (c.window == WindowDecision::AcceptedLate)
            flags << CliTr::tr("lewat 30 hari: tetap diterima");
        if (!c.content.applicationNumber.isEmpty())
            flags << CliTr::tr("berkas %1").arg(c.content.applicationNumber);
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(c.number, local(c.receivedAt), ComplaintStages::title(c.stage).leftJustified(16),
                            CliTr::tr("tanggapan awal %1 %2").arg(local(d.acknowledgement.due), stateWord(d.acknowledgement.state)).leftJustified(44),
                            CliTr::tr("respons %1 %2").arg(local(d.response.due), stateWord(d.response.state)).leftJustified(36),
                            c.content.complainantName.isEmpty() ? CliTr::tr("(tanpa nama)") : c.content.complainantName)
                << Qt::endl
                << QStringLiteral("               ") << flags.join(QStringLiteral("; ")) << Qt::endl;
    }
    ctx.out << CliTr::tr("%1 pengaduan, %2 terlambat.").arg(list->size()).arg(overdue) << Qt::endl;
    return 0;
}

int cmdSuggestions(CliContext &ctx)
{
    const std::optional<QString> out = ctx.args.option(QStringLiteral("--out"));
    const CliPeriodOptions given(ctx.args);
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty())
        return ctx.usage(ctx.args.error());
    if (rest != QStringList{QStringLiteral("export")} || !out || out->isEmpty())
        return ctx.usage(CliTr::tr("Pemakaian: loket suggestions export --out BERKAS.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]"));
    int code = 0;
    const std::optional<CliPeriod> period = readPeriod(ctx, given, &code);
    if (!period)
        return code;
    const Result<Database *> db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const Result<int> written = SuggestionStore(**db).exportCsvTo(commandLineActor(), *out, period->from, period->to);
    if (!written)
        return ctx.fail(written.error());
    ctx.out << CliTr::tr("%1 saran diekspor ke %2.").arg(written.value()).arg(*out) << Qt::endl;
    return 0;
}

} // namespace

QList<CliCommand> feedbackCommands()
{
    return {
        {"survey", QT_TRANSLATE_NOOP("Cli", "survey import BERKAS.csv   impor jawaban SKM (kolom tanggal, layanan, U1 ... U9)"), cmdSurvey},
        {"ikm", QT_TRANSLATE_NOOP("Cli", "ikm --from YYYY-MM-DD --to YYYY-MM-DD [--service N]   Indeks Kepuasan Masyarakat periode itu\n"
                                         "  ikm --from YYYY-MM-DD --to YYYY-MM-DD --by service [--pdf BERKAS.pdf]\n"
                                         "                        laporan IKM per layanan (PermenPAN-RB 14/2017), juga sebagai PDF A4"),
         cmdIkm},
        {"complaint", QT_TRANSLATE_NOOP("Cli", "complaint list [--open]   daftar pengaduan dengan batas waktunya\n"
                                               "  complaint lapor NOMOR [--out BERKAS.txt]   tindak lanjut pengaduan SP4N-LAPOR! sebagai teks\n"
                                               "                        (NOMOR: nomor pengaduan ADU-... atau nomor laporan SP4N-LAPOR!)"),
         cmdComplaint},
        {"suggestions", QT_TRANSLATE_NOOP("Cli", "suggestions export --out BERKAS.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]   ekspor saran dan masukan"),
         cmdSuggestions},
    };
}
