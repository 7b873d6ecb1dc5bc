// Printing commands: receipts and the public documents, as PDF files or sent to a CUPS
// printer by its name, without a display.
#include "CliContext.h"

#include "applications/Workflow.h"
#include "common/Clock.h"
#include "complaints/ComplaintStore.h"
#include "print/PrintDialogs.h"
#include "print/PrintSettings.h"
#include "print/Printers.h"
#include "print/PrivacyDocuments.h"
#include "print/PublicDocuments.h"
#include "print/ReceiptRenderer.h"
#include "privacy/PrivacyNotice.h"
#include "privacy/Retention.h"
#include "receipts/ReceiptSource.h"
#include "reports/BoardDocument.h"
#include "reports/PerformanceBoard.h"
#include "reports/ReportBuilder.h"
#include "storage/ServerAddress.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>

namespace {

// Printing a receipt is counter work (Action::PrintReceipt), which the administrator the
// command line acts as does not have: every print it records, of a file's receipt or a
// complaint's, is recorded as the counter's, by the command line.
User printingActor()
{
    User printer = commandLineActor();
    printer.roles << Role::Helpdesk;
    return printer;
}



struct PrintOptions
{
    QString out;     // the PDF file; empty: none
    QString printer; // the CUPS printer; empty: none (at least one of the two is given)
    std::optional<QString> kind;
    std::optional<QString> paper;
    std::optional<QString> date;
    std::optional<QString> month;   // kinerja
    std::optional<QString> quarter; // kinerja
    std::optional<QString> png;     // kinerja
    QStringList positional; // after the subcommand
};

// Writes the document to the PDF file and sends the same document to the printer, as
// the options ask; the PDF is then a copy of what the printer got. A printer that is not
// there is refused before anything is written.
Status deliver(const PrintOptions &o, const PaperProfile &paper, const DocumentPrinter::Builder &build, const DocumentPrinter::Options &options)
{
    if (!o.printer.isEmpty())
        if (const Status s = Printers::check(o.printer); !s)
            return s;
    if (!o.out.isEmpty())
        if (const Status s = DocumentPrinter::writePdf(o.out, paper, build, options); !s)
            return s;
    if (!o.printer.isEmpty())
        return Printers::print(o.printer, paper, build, options);
    return Status::success();
}

int delivered(CliContext &ctx, const PrintOptions &o, const QString &what, qint64 ms)
{
    if (!o.out.isEmpty())
        ctx.out << CliTr::tr("%1 disimpan: %2 (%3 ms)").arg(what, QFileInfo(o.out).absoluteFilePath()).arg(ms) << Qt::endl;
    if (!o.printer.isEmpty())
        ctx.out << CliTr::tr("%1 dikirim ke printer %2 (%3 ms)").arg(what, o.printer).arg(ms) << Qt::endl;
    return 0;
}

int notFor(CliContext &ctx, const QString &option, const QString &sub)
{
    return ctx.usage(CliTr::tr("Opsi %1 tidak berlaku untuk \"print %2\".").arg(option, sub));
}

int printMaklumat(CliContext &ctx, const PrintOptions &o)
{
    if (o.kind || o.paper)
        return notFor(ctx, o.kind ? QStringLiteral("--kind") : QStringLiteral("--paper"), QStringLiteral("maklumat"));
    if (!o.positional.isEmpty())
        return ctx.usage(CliTr::tr("Argumen tidak dikenal: %1").arg(o.positional.join(QLatin1Char(' '))));
    const Result<CliSources> sources = sourcesOrDefaults(ctx);
    if (!sources)
        return ctx.fail(sources.error());
    QDate date = Clock::nowUtc().toTimeZone(sources->calendar.timeZone()).date();
    if (o.date) {
        date = QDate::fromString(*o.date, Qt::ISODate);
        if (!date.isValid())
            return ctx.usage(CliTr::tr("Tanggal tidak sah: \"%1\" (format: YYYY-MM-DD).").arg(*o.date));
    }
    QElapsedTimer timer;
    timer.start();
    if (const Status s = deliver(o, PublicDocuments::posterPaper(), PublicDocuments::maklumat(sources->office, date),
                                 PublicDocuments::maklumatOptions());
        !s)
        return ctx.fail(s.error());
    return delivered(ctx, o, CliTr::tr("Maklumat Pelayanan"), timer.elapsed());
}

// The counter's sign "Pemberitahuan pelindungan data pribadi" (A4): the retention period
// of the database when its file exists, the default otherwise.
int printNotice(CliContext &ctx, const PrintOptions &o)
{
    if (o.kind || o.paper || o.date)
        return notFor(ctx, o.kind ? QStringLiteral("--kind") : o.paper ? QStringLiteral("--paper") : QStringLiteral("--date"),
                      QStringLiteral("pemberitahuan"));
    if (!o.positional.isEmpty())
        return ctx.usage(CliTr::tr("Argumen tidak dikenal: %1").arg(o.positional.join(QLatin1Char(' '))));
    const Result<CliSources> sources = sourcesOrDefaults(ctx);
    if (!sources)
        return ctx.fail(sources.error());
    int years = Retention::kDefaultYears;
    if (ServerAddress::isServer(ctx.dbPath) || QFileInfo::exists(ctx.dbPath)) {
        const Result<Database *> db = ctx.database(CliContext::Access::Read);
        const Result<int> kept = db ? Retention(**db).years() : Result<int>::failure(db.error());
        if (!kept)
            return ctx.fail(kept.error());
        years = kept.value();
    }
    QElapsedTimer timer;
    timer.start();
    if (const Status s = deliver(o, PublicDocuments::posterPaper(), PrivacyDocuments::notice(sources->office, years),
                                 PrivacyDocuments::noticeOptions());
        !s)
        return ctx.fail(s.error());
    return delivered(ctx, o, PrivacyNotice::title(), timer.elapsed());
}

int printStandar(CliContext &ctx, const PrintOptions &o)
{
    if (o.kind || o.paper || o.date)
        return notFor(ctx, o.kind ? QStringLiteral("--kind") : o.paper ? QStringLiteral("--paper") : QStringLiteral("--date"),
                      QStringLiteral("standar"));
    bool ok = false;
    const int number = o.positional.size() == 1 ? o.positional.first().toInt(&ok) : 0;
    if (!ok)
        return ctx.usage(CliTr::tr("Pemakaian: loket print standar NOMOR_LAYANAN --out BERKAS.pdf|--printer PRINTER"));
    const Result<CliSources> sources = sourcesOrDefaults(ctx);
    if (!sources)
        return ctx.fail(sources.error());
    const Service *service = sources->catalog.standard(number);
    if (!service && number == Service::kOtherNumber)
        return ctx.fail(CliTr::tr("Layanan lain (nomor %1) belum mempunyai Standar Pelayanan (Pasal 9); tidak ada yang dapat dicetak.")
                            .arg(number));
    if (!service)
        return ctx.fail(CliTr::tr("Layanan nomor %1 tidak ada dalam katalog.").arg(number));
    QElapsedTimer timer;
    timer.start();
    if (const Status s = deliver(o, PublicDocuments::boardPaper(), PublicDocuments::standar(sources->office, *service, sources->catalogSource),
                                 PublicDocuments::standarOptions(*service));
        !s)
        return ctx.fail(s.error());
    return delivered(ctx, o, CliTr::tr("Standar Pelayanan %1").arg(service->name), timer.elapsed());
}

Status deliverReceipt(const PrintOptions &o, const ReceiptData &data, const PaperProfile &paper)
{
    DocumentPrinter::Options options;
    options.title = ReceiptRenderer::title(data);
    return deliver(o, paper, ReceiptRenderer::builder(data, paper), options);
}

// A test page to check a printer with (the first-run wizard's): the office's name, the
// paper's width with a ruler across it, the time.
int printTestPage(CliContext &ctx, const PrintOptions &o)
{
    if (o.kind || o.date)
        return notFor(ctx, o.kind ? QStringLiteral("--kind") : QStringLiteral("--date"), QStringLiteral("test-page"));
    if (!o.positional.isEmpty())
        return ctx.usage(CliTr::tr("Argumen tidak dikenal: %1").arg(o.positional.join(QLatin1Char(' '))));
    const std::optional<PaperProfile> paper = PaperProfile::fromKey(o.paper.value_or(QStringLiteral("80mm")));
    if (!paper)
        return ctx.usage(CliTr::tr("--paper harus 80mm, a4 atau a5."));
    const Result<CliSources> sources = sourcesOrDefaults(ctx);
    if (!sources)
        return ctx.fail(sources.error());
    DocumentPrinter::Options options;
    options.title = PrintDialogs::testPageTitle(*paper);
    QElapsedTimer timer;
    timer.start();
    if (const Status s = deliver(o, *paper, PrintDialogs::testPage(*paper, sources->office.name), options); !s)
        return ctx.fail(s.error());
    return delivered(ctx, o, options.title, timer.elapsed());
}

// A complaint's receipt, found by its number as typed (case, spaces and "ADU-2026-7" as
// ComplaintStore::findByNumber accepts them), recorded as a print like the GUI's.
int printComplaintReceipt(CliContext &ctx, Database &db, Workflow &workflow, const QString &typed, std::optional<PaperProfile> paper,
                          const PrintOptions &o)
{
    ComplaintStore complaints(db);
    const Result<Complaint> found = complaints.findByNumber(typed);
    if (!found)
        return ctx.fail(found.error());
    const Result<ReceiptData> data = ReceiptSource(db, workflow).forComplaint(ReceiptSource::complaintReceipt(complaints, found.value()));
    if (!data)
        return ctx.fail(data.error());
    if (!paper)
        paper = PrintSettings(db).paperFor(ReceiptKind::Complaint);
    QElapsedTimer timer;
    timer.start();
    if (const Status s = deliverReceipt(o, data.value(), *paper); !s)
        return ctx.fail(s.error());
    const qint64 ms = timer.elapsed();
    if (const Status s = complaints.recordPrint(printingActor(), found->id); !s)
        return ctx.fail(CliTr::tr("Tanda terima tercetak, tetapi pencetakannya tidak tercatat: %1").arg(s.error()));
    return delivered(ctx, o, ReceiptRenderer::title(data.value()), ms);
}

int printReceipt(CliContext &ctx, const PrintOptions &o)
{
    if (o.date)
        return notFor(ctx, QStringLiteral("--date"), QStringLiteral("receipt"));
    if (o.positional.size() != 1 || !o.kind)
        return ctx.usage(CliTr::tr("Pemakaian: loket print receipt NOMOR --kind ticket|document|return|done|complaint [--paper 80mm|a4|a5] "
                                   "--out BERKAS.pdf|--printer PRINTER"));
    ReceiptKind kind;
    if (!ReceiptKinds::fromKey(*o.kind, &kind))
        return ctx.usage(CliTr::tr("--kind harus ticket, document, return, done atau complaint."));
    std::optional<PaperProfile> paper;
    if (o.paper) {
        paper = PaperProfile::fromKey(*o.paper);
        if (!paper)
            return ctx.usage(CliTr::tr("--paper harus 80mm, a4 atau a5."));
    }
    const Result<Database *> db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    Workflow workflow(**db);
    if (kind == ReceiptKind::Complaint)
        return printComplaintReceipt(ctx, **db, workflow, o.positional.first(), paper, o);
    const Result<qint64> id = workflow.files().findByNumber(o.positional.first());
    if (!id)
        return ctx.fail(id.error());
    const Result<ReceiptData> data = ReceiptSource(**db, workflow).forApplication(id.value(), kind);
    if (!data)
        return ctx.fail(data.error());
    if (!paper)
        paper = PrintSettings(**db).paperFor(kind);
    QElapsedTimer timer;
    timer.start();
    if (const Status s = deliverReceipt(o, data.value(), *paper); !s)
        return ctx.fail(s.error());
    const qint64 ms = timer.elapsed();
    if (const Status s = workflow.queue().recordPrint(printingActor(), id.value(), ReceiptKinds::key(kind)); !s)
        return ctx.fail(CliTr::tr("Tanda terima tercetak, tetapi pencetakannya tidak tercatat: %1").arg(s.error()));
    return delivered(ctx, o, ReceiptRenderer::title(data.value()), ms);
}

// The public performance board of a month or a quarter: the evaluation report's figures
// by service, on A4 for the wall (--out) and as a picture for the website (--png).
int printKinerja(CliContext &ctx, const PrintOptions &o)
{
    if (o.kind || o.paper || o.date)
        return notFor(ctx, o.kind ? QStringLiteral("--kind") : o.paper ? QStringLiteral("--paper") : QStringLiteral("--date"),
                      QStringLiteral("kinerja"));
    if (!o.positional.isEmpty())
        return ctx.usage(CliTr::tr("Argumen tidak dikenal: %1").arg(o.positional.join(QLatin1Char(' '))));
    if (o.month.has_value() == o.quarter.has_value())
        return ctx.usage(CliTr::tr("Pemakaian: loket print kinerja --month YYYY-MM | --quarter YYYY-QN [--out BERKAS.pdf] [--png BERKAS.png]"));
    const Result<PerformanceBoard::Period> period = o.month ? PerformanceBoard::month(*o.month) : PerformanceBoard::quarter(*o.quarter);
    if (!period)
        return ctx.usage(period.error());
    const Result<Database *> db = ctx.database(CliContext::Access::Read);
    if (!db)
        return ctx.fail(db.error());
    const Result<PerformanceReport> report = ReportBuilder(**db).build(period->from, period->to, ReportGrouping::Service);
    if (!report)
        return ctx.fail(report.error());
    const QString what = CliTr::tr("Papan kinerja %1").arg(period->title);
    QElapsedTimer timer;
    timer.start();
    if (!o.out.isEmpty() || !o.printer.isEmpty()) {
        if (const Status s = deliver(o, PublicDocuments::posterPaper(), BoardDocument::builder(report.value(), period->title),
                                     BoardDocument::options(period->title));
            !s)
            return ctx.fail(s.error());
        delivered(ctx, o, what, timer.elapsed());
    }
    if (o.png) {
        timer.restart();
        if (const Status s = BoardDocument::writePng(report.value(), period->title, *o.png); !s)
            return ctx.fail(s.error());
        PrintOptions picture;
        picture.out = *o.png;
        delivered(ctx, picture, what, timer.elapsed());
    }
    return 0;
}

int cmdPrint(CliContext &ctx)
{
    PrintOptions o;
    const std::optional<QString> out = ctx.args.option(QStringLiteral("--out"));
    const std::optional<QString> printer = ctx.args.option(QStringLiteral("--printer"));
    o.kind = ctx.args.option(QStringLiteral("--kind"));
    o.paper = ctx.args.option(QStringLiteral("--paper"));
    o.date = ctx.args.option(QStringLiteral("--date"));
    o.month = ctx.args.option(QStringLiteral("--month"));
    o.quarter = ctx.args.option(QStringLiteral("--quarter"));
    o.png = ctx.args.option(QStringLiteral("--png"));
    QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty())
        return ctx.usage(ctx.args.error());
    if (rest.isEmpty())
        return ctx.usage(CliTr::tr("Gunakan \"loket print maklumat\", \"loket print standar N\", \"loket print receipt NOMOR --kind JENIS\", "
                                   "\"loket print test-page\", \"loket print pemberitahuan\" atau \"loket print kinerja --month YYYY-MM\", masing-masing dengan --out BERKAS.pdf "
                                   "atau --printer PRINTER."));
    const QString sub = rest.takeFirst();
    const bool kinerja = sub == QLatin1String("kinerja");
    if (sub != QLatin1String("maklumat") && sub != QLatin1String("standar") && sub != QLatin1String("receipt") && sub != QLatin1String("test-page")
        && sub != QLatin1String("pemberitahuan") && !kinerja)
        return ctx.usage(CliTr::tr("Sub-perintah print tidak dikenal: %1").arg(sub));
    if (!kinerja && (o.month || o.quarter || o.png))
        return notFor(ctx, o.month ? QStringLiteral("--month") : o.quarter ? QStringLiteral("--quarter") : QStringLiteral("--png"), sub);
    const bool pngOnly = kinerja && o.png && !o.png->trimmed().isEmpty();
    if ((!out || out->trimmed().isEmpty()) && (!printer || printer->trimmed().isEmpty()) && !pngOnly)
        return ctx.usage(kinerja ? CliTr::tr("Sebutkan berkas tujuan (--out BERKAS.pdf, --png BERKAS.png) atau printer tujuan (--printer PRINTER; "
                                             "daftar printer: lpstat -e).")
                                 : CliTr::tr("Sebutkan berkas tujuan (--out BERKAS.pdf) atau printer tujuan (--printer PRINTER; daftar printer: lpstat -e)."));
    o.out = out.value_or(QString()).trimmed();
    o.printer = printer.value_or(QString()).trimmed();
    o.positional = rest;
    if (const int refused = refuseWithoutFonts(ctx))
        return refused;
    if (kinerja)
        return printKinerja(ctx, o);
    if (sub == QLatin1String("pemberitahuan"))
        return printNotice(ctx, o);
    if (sub == QLatin1String("maklumat"))
        return printMaklumat(ctx, o);
    if (sub == QLatin1String("standar"))
        return printStandar(ctx, o);
    if (sub == QLatin1String("test-page"))
        return printTestPage(ctx, o);
    return printReceipt(ctx, o);
}

} // namespace

int refuseWithoutFonts(CliContext &ctx)
{
    // Qt's "minimal" platform has no fonts: the PDF would come out blank, without an error.
    if (QFontDatabase::families().isEmpty())
        return ctx.fail(CliTr::tr("Tidak ada huruf (font) yang dapat dipakai pada platform Qt \"%1\"; jalankan dengan QT_QPA_PLATFORM=offscreen.")
                            .arg(QGuiApplication::platformName()));
    return 0;
}

QList<CliCommand> printCommands()
{
    return {
        {"print", QT_TRANSLATE_NOOP("Cli", "print maklumat [--date YYYY-MM-DD] --out BERKAS.pdf   Maklumat Pelayanan (A4)\n"
                                           "  print standar N --out BERKAS.pdf   Standar Pelayanan layanan N (A4)\n"
                                           "  print pemberitahuan --out BERKAS.pdf   Pemberitahuan pelindungan data pribadi (A4)\n"
                                           "  print receipt NOMOR --kind ticket|document|return|done|complaint [--paper 80mm|a4|a5] --out BERKAS.pdf\n"
                                           "                        tanda terima sebagai PDF (dicatat sebagai cetakan)\n"
                                           "  print test-page [--paper 80mm|a4|a5] --out BERKAS.pdf   halaman uji printer\n"
                                           "  print kinerja --month YYYY-MM|--quarter YYYY-QN [--out BERKAS.pdf] [--png BERKAS.png]\n"
                                           "                        papan kinerja pelayanan per layanan (A4; PNG 150 dpi untuk situs web)\n"
                                           "  --printer PRINTER (ganti atau tambahan --out): kirim ke printer CUPS itu (lpstat -e)"),
         cmdPrint},
    };
}
