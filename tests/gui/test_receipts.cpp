#include "WorkflowFixture.h"

#include "applications/WaitingRoom.h"
#include "catalog/ServiceCatalog.h"
#include "clock/ServiceClock.h"
#include "common/Clock.h"
#include "common/MessageBox.h"
#include "print/DocumentPrinter.h"
#include "print/PrintDialogs.h"
#include "print/PrintSettings.h"
#include "print/PublicDocuments.h"
#include "print/QrCode.h"
#include "print/ReceiptPrinter.h"
#include "print/ReceiptRenderer.h"
#include "receipts/ReceiptSource.h"
#include "settings/OfficeSettings.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTest>
#include <QTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QWidget>

#include <iostream>

namespace {

const QString kLongVendor = QStringLiteral("PT Konstruksi dan Pengadaan Barang Jasa Sungai Martapura Sejahtera Abadi Nusantara Raya");
const QString kLongVendorNpwp = QStringLiteral("09.876.543.2-109.000");
// Every form in which a full identifier could leak.
const QStringList kSecrets = {
    QStringLiteral("6371011203850001"), QStringLiteral("6371015506900002"),                                // NIK
    QStringLiteral("012345678901000"), QStringLiteral("01.234.567.8-901.000"),                             // NPWP
    QStringLiteral("098765432109000"), kLongVendorNpwp,
};

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The PDF's text as a reader gets it: ligatures undone (NFKC), all whitespace removed so
// that wrapped lines still match. A table whose cells wrap side by side (the Standar
// board) is read in drawing order (-raw), since -layout interleaves its columns.
QString pdfText(const QString &pdf, const QString &mode = QStringLiteral("-layout"))
{
    QString text = run(QStringLiteral("pdftotext"), {mode, pdf, QStringLiteral("-")})
                       .normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

QString squeeze(QString s)
{
    s = s.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

void checkHas(const QString &text, const QString &expected, const QString &where)
{
    INFO(where.toStdString() << ": expects \"" << expected.toStdString() << "\"");
    CHECK(text.contains(squeeze(expected)));
}

void checkNoSecrets(const QString &text, const QString &where)
{
    for (const QString &s : kSecrets) {
        INFO(where.toStdString() << ": must not show " << s.toStdString());
        CHECK_FALSE(text.contains(squeeze(s)));
    }
}

struct PdfInfo
{
    int pages = 0;
    double widthPt = 0;
    double heightPt = 0;
};

PdfInfo pdfInfo(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    PdfInfo r;
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    REQUIRE(pages.hasMatch());
    REQUIRE(size.hasMatch());
    r.pages = pages.captured(1).toInt();
    r.widthPt = size.captured(1).toDouble();
    r.heightPt = size.captured(2).toDouble();
    return r;
}

void checkFontsEmbedded(const QString &pdf)
{
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2); // a header, a rule, and at least one font
    for (const QString &line : lines.mid(2)) {
        INFO(line.toStdString());
        CHECK(line.contains(QStringLiteral("DejaVu")));
        // columns: name type encoding emb sub uni object ID
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        CHECK(cols.at(cols.size() - 5) == QStringLiteral("yes"));
    }
}

int imageCount(const QString &pdf)
{
    const QStringList lines = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return int(lines.size()) - 2;
}

QString localDateTime(const QString &text)
{
    // "2026-11-23 07:45" -> what receipts print: "Senin, 23 November 2026 pukul 07.45 WITA"
    const QDateTime t = WorkflowFixture::local(text);
    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    return id.toString(t.date(), QStringLiteral("dddd, d MMMM yyyy")) + QStringLiteral(" pukul ") + t.toString(QStringLiteral("HH.mm"))
           + QStringLiteral(" WITA");
}

// One file for each receipt, on the Monday of the fixture.
struct Counter
{
    WorkflowFixture f;
    qint64 documentId = 0, returnId = 0, doneId = 0, ticketId = 0;
    QString documentNumber, returnNumber, doneNumber, ticketNumber, ticketQueue;

    Counter()
    {
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:41"));
        REQUIRE(f.checkIn(1).ok());
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:42"));
        REQUIRE(f.checkIn(1).ok());

        // A proxy for a company with a very long name: the Surat Kuasa applies.
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:43"));
        CheckInRequest r;
        r.applicantName = QStringLiteral("Dewi Kartika");
        r.applicantNik = QStringLiteral("6371015506900002");
        r.proxy = true;
        r.vendor.name = kLongVendor;
        r.vendor.legalForm = QStringLiteral("PT");
        r.vendor.npwp = kLongVendorNpwp;
        r.serviceNumber = 1;
        const auto doc = f.wf().guestBook().checkIn(f.helpdesk, r);
        INFO(doc.error().toStdString());
        REQUIRE(doc.ok());
        documentId = doc->applicationId;
        documentNumber = doc->applicationNumber;
        f.tickAll(documentId);
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:45"));
        REQUIRE(f.wf().documents().accept(f.helpdesk, documentId).ok());

        WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:48"));
        const auto ret = f.checkIn(1);
        REQUIRE(ret.ok());
        returnId = ret->applicationId;
        returnNumber = ret->applicationNumber;
        f.tickAll(returnId, {QStringLiteral("ktp_direktur"), QStringLiteral("npwp")});
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:50"));
        REQUIRE(f.wf().documents().returnToApplicant(f.helpdesk, returnId, QStringLiteral("KTP yang dibawa sudah tidak berlaku")).ok());

        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:00"));
        const auto done = f.checkIn(1);
        REQUIRE(done.ok());
        doneId = done->applicationId;
        doneNumber = done->applicationNumber;
        f.tickAll(doneId);
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:02"));
        REQUIRE(f.wf().documents().accept(f.helpdesk, doneId).ok());
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:05"));
        REQUIRE(f.wf().queue().claim(f.verifikator, doneId).ok());
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:10"));
        REQUIRE(f.wf().queue().pause(f.verifikator, doneId, PauseReason::WaitingLkpp, QStringLiteral("menunggu jawaban LKPP")).ok());
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:40"));
        REQUIRE(f.wf().queue().resume(f.verifikator, doneId).ok());
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:50"));
        REQUIRE(f.wf().queue().complete(f.verifikator, doneId, QStringLiteral("User ID aktif dan dapat dipakai login di SPSE")).ok());

        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:55"));
        const auto ticket = f.checkIn(3);
        REQUIRE(ticket.ok());
        CHECK(ticket->waitingAhead == 2);
        ticketId = ticket->applicationId;
        ticketNumber = ticket->applicationNumber;
        ticketQueue = ticket->queueNumber;
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:00"));
    }

    ReceiptData data(qint64 id, ReceiptKind kind)
    {
        const auto d = ReceiptSource(f.db(), f.wf()).forApplication(id, kind);
        INFO(d.error().toStdString());
        REQUIRE(d.ok());
        return d.value();
    }
};

ComplaintReceipt sampleComplaint()
{
    ComplaintReceipt c;
    c.number = QStringLiteral("PGD-20261123-001");
    c.receivedAt = WorkflowFixture::local(QStringLiteral("2026-11-23 09:00")).toUTC();
    c.ackDue = WorkflowFixture::local(QStringLiteral("2026-11-26 16:00")).toUTC();
    c.responseDue = WorkflowFixture::local(QStringLiteral("2026-12-01 16:00")).toUTC();
    c.complainantName = QStringLiteral("Rina Marlina");
    c.summary = QStringLiteral("Aktivasi user ID perusahaan kami melewati jangka waktu 30 menit yang dijanjikan tanpa pemberitahuan "
                               "penundaan, sehingga kami terlambat mendaftar paket tender.");
    return c;
}

// Where example PDFs are kept (LOKET_RECEIPT_EXAMPLES), else a temporary folder.
QString outputDir(QTemporaryDir &temp)
{
    const QString keep = qEnvironmentVariable("LOKET_RECEIPT_EXAMPLES");
    if (keep.isEmpty())
        return temp.path();
    QDir().mkpath(keep);
    return keep;
}

QString render(const ReceiptData &data, const PaperProfile &paper, const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.pdf").arg(ReceiptKinds::key(data.kind), paper.key()));
    QElapsedTimer timer;
    timer.start();
    const Status s = ReceiptRenderer::writePdf(data, paper, path);
    const qint64 first = timer.nsecsElapsed();
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    timer.restart();
    REQUIRE(ReceiptRenderer::writePdf(data, paper, path).ok());
    const qint64 again = timer.nsecsElapsed();
    std::cout << "render " << ReceiptKinds::key(data.kind).toStdString() << " " << paper.key().toStdString() << ": "
              << first / 1000000.0 << " ms (first), " << again / 1000000.0 << " ms (again)" << std::endl;

    const PdfInfo info = pdfInfo(path);
    CHECK(info.pages == 1);
    if (paper.isRoll()) {
        CHECK(info.widthPt == Approx(80 / 25.4 * 72).margin(0.5));
        CHECK(info.heightPt > info.widthPt); // as long as the content, not a fixed sheet
    } else {
        CHECK(info.widthPt == Approx(595.3).margin(1));
        CHECK(info.heightPt == Approx(841.9).margin(1));
    }
    checkFontsEmbedded(path);
    return path;
}

// Nothing is wider than the paper's printable width (a table that cannot shrink would be).
void checkFitsWidth(const ReceiptData &data, const PaperProfile &paper)
{
    QPdfWriter writer(QDir::temp().filePath(QStringLiteral("loket-fit-check.pdf")));
    writer.setResolution(600);
    QTextDocument doc;
    DocumentPrinter::layOut(doc, &writer, paper, ReceiptRenderer::builder(data, paper));
    const qreal printable = paper.printableWidthMm() / 25.4 * writer.logicalDpiX();
    INFO(ReceiptKinds::key(data.kind).toStdString() << " on " << paper.key().toStdString());
    CHECK(doc.documentLayout()->documentSize().width() <= printable + 1);
    // Bound to the writer: the body text is its point size at 600 dpi, not screen size.
    CHECK(doc.defaultFont().pointSizeF() == Approx(paper.baseFontPt()));
}

} // namespace

TEST_CASE("every receipt holds its required fields on 80 mm and A4, identifiers masked", "[print][receipts]")
{
    Counter c;
    QTemporaryDir temp;
    const QString dir = outputDir(temp);
    const QString channel = OfficeIdentity::defaults().complaintChannel;
    const QString office = OfficeIdentity::defaults().unit;

    for (const PaperProfile &paper : {PaperProfile(PaperProfile::Size::Roll80), PaperProfile(PaperProfile::Size::A4)}) {
        const std::string where = paper.key().toStdString();
        SECTION("ticket " + where)
        {
            const ReceiptData d = c.data(c.ticketId, ReceiptKind::Ticket);
            CHECK(d.waitingAhead == 2);
            const QString text = pdfText(render(d, paper, dir));
            checkHas(text, office, paper.key());
            checkHas(text, QStringLiteral("NOMOR ANTRIAN"), paper.key());
            checkHas(text, c.ticketQueue, paper.key());
            checkHas(text, d.file->service.name, paper.key());
            checkHas(text, localDateTime(QStringLiteral("2026-11-23 08:55")), paper.key());
            checkHas(text, QStringLiteral("2 orang menunggu di depan Anda"), paper.key());
            checkHas(text, c.ticketNumber, paper.key());
            // No calls in the office's history yet: no estimate, and no priority mark.
            CHECK_FALSE(text.contains(squeeze(QStringLiteral("Perkiraan waktu tunggu"))));
            CHECK_FALSE(text.contains(squeeze(QStringLiteral("Prioritas"))));
            checkNoSecrets(text, paper.key());
            checkFitsWidth(d, paper);
        }
        SECTION("document receipt " + where)
        {
            const ReceiptData d = c.data(c.documentId, ReceiptKind::Document);
            const QString pdf = render(d, paper, dir);
            const QString text = pdfText(pdf);
            checkHas(text, office, paper.key());
            checkHas(text, QStringLiteral("TANDA TERIMA BERKAS"), paper.key());
            checkHas(text, c.documentNumber, paper.key());
            checkHas(text, localDateTime(QStringLiteral("2026-11-23 07:45")), paper.key());
            checkHas(text, QStringLiteral("Dewi Kartika"), paper.key());
            checkHas(text, QStringLiteral("************0002"), paper.key());
            checkHas(text, kLongVendor, paper.key());
            checkHas(text, QStringLiteral("***********9000"), paper.key());
            checkHas(text, d.file->service.name, paper.key());
            REQUIRE(d.file->checklist.size() == 9); // eight items and the Surat Kuasa of a proxy
            for (const ChecklistItem &i : d.file->checklist) {
                checkHas(text, i.label, paper.key());
                if (i.originalRequired)
                    CHECK(text.count(squeeze(QStringLiteral("asli diperlihatkan"))) >= 1);
            }
            CHECK(text.count(squeeze(QStringLiteral("salinan diterima"))) == 9);
            CHECK(text.count(squeeze(QStringLiteral("asli diperlihatkan"))) == 8); // the folder has no original
            checkHas(text, localDateTime(QStringLiteral("2026-11-23 08:15")), paper.key()); // the promise: 30 minutes
            checkHas(text, ServiceClock::describeRule(d.file->service.time), paper.key());
            checkHas(text, QStringLiteral("Hana Lestari"), paper.key());
            checkHas(text, QStringLiteral("sampai dengan 23 Desember 2026"), paper.key());
            checkHas(text, channel, paper.key());
            CHECK(imageCount(pdf) == 1); // the QR code
            checkNoSecrets(text, paper.key());
            checkFitsWidth(d, paper);
        }
        SECTION("return slip " + where)
        {
            const ReceiptData d = c.data(c.returnId, ReceiptKind::Return);
            REQUIRE(d.missing.size() == 2);
            const QString pdf = render(d, paper, dir);
            const QString text = pdfText(pdf);
            checkHas(text, QStringLiteral("BUKTI PENGEMBALIAN BERKAS"), paper.key());
            checkHas(text, c.returnNumber, paper.key());
            checkHas(text, localDateTime(QStringLiteral("2026-11-23 07:50")), paper.key());
            checkHas(text, QStringLiteral("Budi Santoso"), paper.key());
            checkHas(text, QStringLiteral("************0001"), paper.key());
            checkHas(text, QStringLiteral("***********1000"), paper.key());
            for (const MissingItem &m : d.missing) {
                checkHas(text, m.label, paper.key());
                checkHas(text, m.needed, paper.key());
                REQUIRE_FALSE(m.problems.isEmpty());
                checkHas(text, m.problems.first(), paper.key());
            }
            checkHas(text, QStringLiteral("KTP yang dibawa sudah tidak berlaku"), paper.key());
            checkHas(text, QStringLiteral("Hana Lestari"), paper.key());
            CHECK(imageCount(pdf) == 1);
            checkNoSecrets(text, paper.key());
            checkFitsWidth(d, paper);
        }
        SECTION("completion proof " + where)
        {
            const ReceiptData d = c.data(c.doneId, ReceiptKind::Done);
            const QString text = pdfText(render(d, paper, dir));
            checkHas(text, QStringLiteral("BUKTI SELESAI LAYANAN"), paper.key());
            checkHas(text, c.doneNumber, paper.key());
            checkHas(text, QStringLiteral("User ID aktif dan dapat dipakai login di SPSE"), paper.key());
            checkHas(text, localDateTime(QStringLiteral("2026-11-23 08:02")), paper.key());
            checkHas(text, localDateTime(QStringLiteral("2026-11-23 08:50")), paper.key());
            checkHas(text, QStringLiteral("Selesai tepat waktu"), paper.key());
            checkHas(text, QStringLiteral("waktu kerja terpakai 18 menit dari 30 menit"), paper.key());
            checkHas(text, QStringLiteral("23-11-2026 08.10 WITA – 08.40"), paper.key());
            checkHas(text, QStringLiteral("Menunggu LKPP: menunggu jawaban LKPP"), paper.key());
            checkHas(text, QStringLiteral("Menunggu LKPP 30 menit"), paper.key());
            checkHas(text, QStringLiteral("Vera Anggraini"), paper.key());
            checkHas(text, QStringLiteral("sampai dengan 23 Desember 2026"), paper.key());
            checkHas(text, QStringLiteral("************0001"), paper.key());
            checkNoSecrets(text, paper.key());
            checkFitsWidth(d, paper);
        }
        SECTION("complaint receipt " + where)
        {
            const auto made = ReceiptSource(c.f.db(), c.f.wf()).forComplaint(sampleComplaint());
            REQUIRE(made.ok());
            const QString text = pdfText(render(made.value(), paper, dir));
            checkHas(text, QStringLiteral("TANDA TERIMA PENGADUAN"), paper.key());
            checkHas(text, QStringLiteral("PGD-20261123-001"), paper.key());
            checkHas(text, localDateTime(QStringLiteral("2026-11-23 09:00")), paper.key());
            checkHas(text, localDateTime(QStringLiteral("2026-11-26 16:00")), paper.key());
            checkHas(text, localDateTime(QStringLiteral("2026-12-01 16:00")), paper.key());
            checkHas(text, QStringLiteral("Rina Marlina"), paper.key());
            checkHas(text, sampleComplaint().summary, paper.key());
            checkHas(text, channel, paper.key());
            checkFitsWidth(made.value(), paper);
        }
    }
}

TEST_CASE("a ticket printed again counts the walk-ins still waiting ahead and says it is a reprint", "[print][receipts]")
{
    Counter c;
    // The first walk-in is now being checked: one is left ahead of the ticket.
    REQUIRE(c.f.wf().documents().startChecking(c.f.helpdesk, c.f.wf().files().findByNumber(QStringLiteral("20261123-A001")).value()).ok());
    REQUIRE(c.f.wf().queue().recordPrint(c.f.helpdesk, c.ticketId, QStringLiteral("ticket")).ok());
    const ReceiptData d = c.data(c.ticketId, ReceiptKind::Ticket);
    CHECK(d.waitingAhead == 1);
    CHECK(d.reprint);
    QTemporaryDir temp;
    const QString text = pdfText(render(d, PaperProfile(PaperProfile::Size::Roll80), temp.path()));
    checkHas(text, QStringLiteral("1 orang menunggu di depan Anda"), QStringLiteral("reprint"));
    checkHas(text, QStringLiteral("(cetak ulang)"), QStringLiteral("reprint"));
}

TEST_CASE("a priority visitor's ticket: the mark, nobody ahead, and the typical wait at this hour once calls exist",
          "[print][receipts][calling]")
{
    WorkflowFixture f;
    int walkins = 0;
    auto in = [&](const QString &at, Priority priority = Priority::None) {
        WorkflowFixture::setNow(at);
        const auto r = f.checkIn(1, false, QStringLiteral("01.234.567.8-9%1.000").arg(walkins++, 2, 10, QLatin1Char('0')), 0, priority);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        return r.value();
    };
    auto call = [&](const QString &at) {
        WorkflowFixture::setNow(at);
        REQUIRE(f.wf().waitingRoom().callNext(f.helpdesk, QStringLiteral("Meja 1"), {}).ok());
    };
    // The week before: one visitor a day at 10:05, called after 6, 10, 12, 14 and 20 minutes.
    const QStringList days = {QStringLiteral("2026-11-23"), QStringLiteral("2026-11-24"), QStringLiteral("2026-11-25"),
                              QStringLiteral("2026-11-26"), QStringLiteral("2026-11-27")};
    const QStringList called = {QStringLiteral("10:11"), QStringLiteral("10:15"), QStringLiteral("10:17"), QStringLiteral("10:19"),
                                QStringLiteral("10:25")};
    for (qsizetype i = 0; i < days.size(); ++i) {
        in(days.at(i) + QStringLiteral(" 10:05"));
        call(days.at(i) + QLatin1Char(' ') + called.at(i));
    }
    // Monday: two walk-ins, then a lansia, then one more.
    in(QStringLiteral("2026-11-30 10:00"));
    in(QStringLiteral("2026-11-30 10:05"));
    const CheckInResult elderly = in(QStringLiteral("2026-11-30 10:15"), Priority::Elderly);
    const CheckInResult last = in(QStringLiteral("2026-11-30 10:16"));

    ReceiptSource source(f.db(), f.wf());
    QTemporaryDir temp;
    const QString keep = qEnvironmentVariable("LOKET_RECEIPT_EXAMPLES");
    for (const PaperProfile &paper : {PaperProfile(PaperProfile::Size::Roll80), PaperProfile(PaperProfile::Size::A4)}) {
        const auto d = source.forApplication(elderly.applicationId, ReceiptKind::Ticket);
        REQUIRE(d.ok());
        CHECK(d->waitingAhead == 0);
        CHECK(d->typicalWaitMinutes == 12);
        const QString pdf = render(d.value(), paper, temp.path());
        if (!keep.isEmpty()) // beside the plain ticket of the examples, under its own name
            QFile::copy(pdf, QDir(keep).filePath(QStringLiteral("ticket-priority-%1.pdf").arg(paper.key())));
        // In drawing order: a label that wraps on the roll is read whole, before its value.
        const QString text = pdfText(pdf, QStringLiteral("-raw"));
        checkHas(text, QStringLiteral("Prioritas: Lansia"), paper.key());
        checkHas(text, QStringLiteral("Antrian di depan tidak ada; Anda berikutnya"), paper.key());
        checkHas(text, QStringLiteral("Perkiraan waktu tunggu ±12 menit (biasanya pada jam ini)"), paper.key());
        checkFitsWidth(d.value(), paper);
    }
    // The walk-in after the lansia has the lansia ahead too; no mark of its own.
    const auto after = source.forApplication(last.applicationId, ReceiptKind::Ticket);
    REQUIRE(after.ok());
    CHECK(after->waitingAhead == 3);
    const QString text = pdfText(render(after.value(), PaperProfile(PaperProfile::Size::Roll80), temp.path()));
    checkHas(text, QStringLiteral("3 orang menunggu di depan Anda"), QStringLiteral("after"));
    CHECK_FALSE(text.contains(squeeze(QStringLiteral("Prioritas"))));
}

TEST_CASE("receipts that the file's state does not support are refused", "[print][receipts]")
{
    Counter c;
    ReceiptSource source(c.f.db(), c.f.wf());
    CHECK_FALSE(source.forApplication(c.ticketId, ReceiptKind::Document).ok());   // not accepted yet
    CHECK_FALSE(source.forApplication(c.documentId, ReceiptKind::Done).ok());     // still open
    CHECK_FALSE(source.forApplication(c.documentId, ReceiptKind::Return).ok());   // accepted, never returned
    CHECK_FALSE(source.forApplication(c.documentId, ReceiptKind::Complaint).ok());
    // A file under check that is incomplete: the slip shows what is missing so far.
    const auto partial = source.forApplication(c.ticketId, ReceiptKind::Return);
    REQUIRE(partial.ok());
    CHECK_FALSE(partial->missing.isEmpty());
}

TEST_CASE("the QR code is sharp black and white with a quiet zone", "[print]")
{
    const QString number = QStringLiteral("20261123-A001");
    const int modules = QrCode::modules(number);
    REQUIRE(modules >= 21);
    const QImage img = QrCode::image(number, 8);
    REQUIRE_FALSE(img.isNull());
    CHECK(img.width() == (modules + 8) * 8);
    CHECK(img.pixelColor(0, 0) == QColor(Qt::white));
    CHECK(img.pixelColor(4 * 8, 4 * 8) == QColor(Qt::black)); // the top-left finder pattern
    CHECK(QrCode::image(QString()).isNull());
}

TEST_CASE("the Maklumat Pelayanan poster: pledge, place and date, Kepala Bagian's name and NIP", "[print][public]")
{
    WorkflowFixture f;
    OfficeIdentity office = OfficeIdentity::defaults();
    office.headName = QStringLiteral("Dr. H. Ahmad Fauzi, S.E., M.Si.");
    office.headNip = QStringLiteral("197501012000031001");
    REQUIRE(OfficeSettings(f.db()).save(f.admin, office).ok());
    const OfficeIdentity stored = OfficeSettings(f.db()).load().value();

    QTemporaryDir temp;
    const QString path = QDir(outputDir(temp)).filePath(QStringLiteral("maklumat-a4.pdf"));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(PublicDocuments::writeMaklumatPdf(stored, QDate(2026, 11, 23), path).ok());
    std::cout << "render maklumat a4: " << timer.nsecsElapsed() / 1000000.0 << " ms" << std::endl;
    const PdfInfo info = pdfInfo(path);
    CHECK(info.pages == 1);
    CHECK(info.widthPt == Approx(595.3).margin(1));
    checkFontsEmbedded(path);
    const QString text = pdfText(path);
    checkHas(text, QStringLiteral("MAKLUMAT PELAYANAN"), QStringLiteral("maklumat"));
    checkHas(text, stored.maklumat, QStringLiteral("maklumat"));
    checkHas(text, stored.name, QStringLiteral("maklumat"));
    checkHas(text, QStringLiteral("Banjarmasin, 23 November 2026"), QStringLiteral("maklumat"));
    checkHas(text, QStringLiteral("Kepala Bagian Layanan Pengadaan"), QStringLiteral("maklumat"));
    checkHas(text, office.headName, QStringLiteral("maklumat"));
    checkHas(text, QStringLiteral("NIP. 19750101 200003 1 001"), QStringLiteral("maklumat"));

    // A pledge written as three statements keeps them as three paragraphs.
    const QString threePath = QDir(outputDir(temp)).filePath(QStringLiteral("maklumat-three-a4.pdf"));
    office.maklumat = QStringLiteral("1. Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan.\n"
                                     "2. Kami sanggup memberikan pelayanan sesuai kewajiban dan melakukan perbaikan secara terus-menerus.\n"
                                     "3. Apabila tidak menepati janji ini, kami siap menerima sanksi dan/atau memberikan kompensasi "
                                     "sesuai peraturan perundang-undangan.");
    REQUIRE(PublicDocuments::writeMaklumatPdf(office, QDate(2026, 11, 23), threePath).ok());
    CHECK(pdfInfo(threePath).pages == 1);
    const QString three = pdfText(threePath);
    for (const QString &line : office.maklumat.split(QLatin1Char('\n')))
        checkHas(three, line, QStringLiteral("three statements"));
}

TEST_CASE("the Standar Pelayanan board of each service holds all 14 components on one A4 page", "[print][public]")
{
    const ServiceCatalog catalog = ServiceCatalog::builtIn().value();
    QTemporaryDir temp;
    const QString dir = outputDir(temp);
    for (const Service &s : catalog.services()) {
        INFO("service " << s.number);
        const QString path = QDir(dir).filePath(QStringLiteral("standar-%1-a4.pdf").arg(s.number));
        QElapsedTimer timer;
        timer.start();
        REQUIRE(PublicDocuments::writeStandarPdf(OfficeIdentity::defaults(), s, catalog.regulation(), path).ok());
        std::cout << "render standar " << s.number << " a4: " << timer.nsecsElapsed() / 1000000.0 << " ms" << std::endl;
        const PdfInfo info = pdfInfo(path);
        CHECK(info.pages == 1);
        checkFontsEmbedded(path);
        const QString text = pdfText(path, QStringLiteral("-raw"));
        checkHas(text, QStringLiteral("STANDAR PELAYANAN"), QStringLiteral("standar"));
        checkHas(text, s.name, QStringLiteral("standar"));
        for (const QString &key : ServiceCatalog::componentKeys()) {
            checkHas(text, ServiceCatalog::componentTitle(key), key);
            for (const QString &paragraph : s.components.value(key))
                checkHas(text, paragraph, key);
        }
    }
}

TEST_CASE("the GUI printer records a printed receipt, and nothing when cancelled", "[print][gui]")
{
    Counter c;
    QWidget window;
    ReceiptPrinter printer(c.f.db(), c.f.wf(), [&] { return c.f.helpdesk; }, &window);
    QList<QPair<qint64, QString>> printed;
    QObject::connect(&printer, &ReceiptPrinter::receiptPrinted, &window,
                     [&](qint64 id, const QString &kind) { printed.append({id, kind}); });
    auto printedEvents = [&](qint64 id) {
        int n = 0;
        const Result<ApplicationFile> file = c.f.wf().files().file(id); // kept: the loop reads into it
        REQUIRE(file.ok());
        for (const Event &e : file->history)
            if (e.applicationId == id && e.kind == QLatin1String("printed"))
                ++n;
        return n;
    };

    PrintDialogs::setNextOutcomeForTesting(PrintDialogs::Outcome::Cancelled);
    printer.requestReceipt(c.documentId, QStringLiteral("document"));
    CHECK(printedEvents(c.documentId) == 0);
    CHECK(PrintDialogs::lastTitleForTesting() == QStringLiteral("Tanda terima berkas %1").arg(c.documentNumber));

    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("saved.pdf"));
    PrintDialogs::setNextOutcomeForTesting(PrintDialogs::Outcome::SavedPdf, path);
    printer.requestReceipt(c.documentId, QStringLiteral("document"));
    CHECK(QFileInfo(path).size() > 0);
    CHECK(printedEvents(c.documentId) == 1);
    REQUIRE(printed.size() == 1);
    CHECK(printed.first() == qMakePair(c.documentId, QStringLiteral("document")));

    // A completion proof for an open file is refused with a message, and nothing is recorded.
    MessageBox::setNextAnswerForTesting(true);
    MessageBox::clearForTesting();
    printer.requestReceipt(c.documentId, QStringLiteral("done"));
    CHECK_FALSE(MessageBox::lastTextForTesting().isEmpty());
    MessageBox::setNextAnswerForTesting(std::nullopt);
    CHECK(printed.size() == 1);

    // The paper per receipt kind comes from the settings.
    CHECK(printer.paperFor(ReceiptKind::Done) == PaperProfile(PaperProfile::Size::Roll80));
    REQUIRE(PrintSettings(c.f.db()).setPaperFor(ReceiptKind::Done, PaperProfile(PaperProfile::Size::A4)).ok());
    CHECK(printer.paperFor(ReceiptKind::Done) == PaperProfile(PaperProfile::Size::A4));
}

TEST_CASE("the test page fits every paper", "[print]")
{
    QTemporaryDir temp;
    for (const PaperProfile &paper : PaperProfile::all()) {
        const QString path = QDir(outputDir(temp)).filePath(QStringLiteral("test-page-%1.pdf").arg(paper.key()));
        DocumentPrinter::Options options;
        options.title = QStringLiteral("Uji cetak");
        REQUIRE(DocumentPrinter::writePdf(path, paper, PrintDialogs::testPage(paper), options).ok());
        CHECK(pdfInfo(path).pages == 1);
        checkHas(pdfText(path), QStringLiteral("UJI CETAK"), paper.key());
    }
}

TEST_CASE("the print preview lays a receipt out on the printer's page", "[print][gui]")
{
    PrintDialogs::setStandingOutcomeForTesting(std::nullopt);
    struct Restore { ~Restore() { PrintDialogs::setStandingOutcomeForTesting(PrintDialogs::Outcome::Cancelled); } } restore;
    Counter c;
    const ReceiptData d = c.data(c.documentId, ReceiptKind::Document);
    for (const PaperProfile &paper : {PaperProfile(PaperProfile::Size::Roll80), PaperProfile(PaperProfile::Size::A4)}) {
        int pages = -1;
        // The preview is modal: inspect it once it is up, then close it as a user would.
        QTimer::singleShot(0, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            REQUIRE(dialog);
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            REQUIRE(preview);
            pages = preview->pageCount();
            QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
        });
        DocumentPrinter::Options options;
        options.title = ReceiptRenderer::title(d);
        const PrintDialogs::Outcome outcome = PrintDialogs::preview(nullptr, paper, ReceiptRenderer::builder(d, paper), options);
        CHECK(outcome == PrintDialogs::Outcome::Cancelled);
        INFO(paper.key().toStdString());
        CHECK(pages == 1); // the roll's page grew to the receipt's length

        // What the printer gets: a QPrinter keeps the custom roll size (printed to a PDF file here).
        QTemporaryDir temp;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(temp.filePath(QStringLiteral("printer.pdf")));
        REQUIRE(ReceiptRenderer::paint(d, paper, &printer));
        const PdfInfo info = pdfInfo(printer.outputFileName());
        CHECK(info.pages == 1);
        CHECK(info.widthPt == Approx(paper.widthMm() / 25.4 * 72).margin(1));
        if (paper.isRoll())
            CHECK(info.heightPt > 2 * info.widthPt);
    }
}

TEST_CASE("a completion proof says so when the promised time was missed", "[print][receipts]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:00"));
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    f.tickAll(in->applicationId);
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:05"));
    REQUIRE(f.wf().documents().accept(f.helpdesk, in->applicationId).ok());
    REQUIRE(f.wf().queue().claim(f.verifikator, in->applicationId).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:50"));
    REQUIRE(f.wf().queue().complete(f.verifikator, in->applicationId, QStringLiteral("User ID aktif")).ok());
    const auto d = ReceiptSource(f.db(), f.wf()).forApplication(in->applicationId, ReceiptKind::Done);
    REQUIRE(d.ok());
    QTemporaryDir temp;
    const QString text = pdfText(render(d.value(), PaperProfile(PaperProfile::Size::Roll80), temp.path()));
    checkHas(text, QStringLiteral("Selesai melewati jangka waktu yang dijanjikan (waktu kerja terpakai 45 menit dari 30 menit)"),
             QStringLiteral("late"));
    checkHas(text, localDateTime(QStringLiteral("2026-11-23 09:35")), QStringLiteral("late"));
    checkHas(text, QStringLiteral("Tidak ada masa tunda"), QStringLiteral("late"));
}

TEST_CASE("Layanan lain's ticket, document receipt and completion proof print what was asked and no promised time",
          "[print][receipts][other-service]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:00"));
    const QString asked = QStringLiteral("Surat keterangan pernah menjadi penyedia di SPSE");
    const auto in = f.checkInOther(asked);
    REQUIRE(in.ok());
    const qint64 id = in->applicationId;
    QTemporaryDir temp;
    ReceiptSource source(f.db(), f.wf());
    const auto ticket = source.forApplication(id, ReceiptKind::Ticket);
    REQUIRE(ticket.ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:05"));
    REQUIRE(f.wf().documents().accept(f.helpdesk, id).ok());
    const auto document = source.forApplication(id, ReceiptKind::Document);
    REQUIRE(document.ok());
    REQUIRE(f.wf().queue().claim(f.verifikator, id).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-24 10:05"));
    REQUIRE(f.wf().queue().complete(f.verifikator, id, QStringLiteral("Surat keterangan diterbitkan")).ok());
    const auto done = source.forApplication(id, ReceiptKind::Done);
    REQUIRE(done.ok());
    const qint64 worked = f.wf().calendar().workingSecondsBetween(WorkflowFixture::local(QStringLiteral("2026-11-23 09:05")),
                                                                  WorkflowFixture::local(QStringLiteral("2026-11-24 10:05")));

    for (const PaperProfile &paper : {PaperProfile(PaperProfile::Size::Roll80), PaperProfile(PaperProfile::Size::A4)}) {
        const QString where = paper.key();
        const QString t = pdfText(render(ticket.value(), paper, temp.path()));
        checkHas(t, QStringLiteral("X-001"), where);
        checkHas(t, QStringLiteral("Layanan lain (belum ada standar)"), where);
        checkHas(t, asked, where);
        checkHas(t, QStringLiteral("siapkan dokumen yang berkaitan dengan permintaan Anda"), where);
        CHECK_FALSE(t.contains(squeeze(QStringLiteral("99."))));

        const QString d = pdfText(render(document.value(), paper, temp.path()));
        checkHas(d, QStringLiteral("20261123-X001"), where);
        checkHas(d, asked, where);
        checkHas(d, QStringLiteral("Belum ada standar waktu layanan (Pasal 9)"), where);
        checkHas(d, QStringLiteral("Tidak ada daftar persyaratan dan tidak ada janji waktu"), where);
        CHECK_FALSE(d.contains(squeeze(QStringLiteral("Berkas yang diterima"))));
        checkNoSecrets(d, where);

        const QString c = pdfText(render(done.value(), paper, temp.path()));
        checkHas(c, QStringLiteral("Surat keterangan diterbitkan"), where);
        checkHas(c, asked, where);
        checkHas(c, QStringLiteral("Belum ada standar waktu layanan (Pasal 9)"), where);
        checkHas(c, QStringLiteral("waktu kerja terpakai %1").arg(ServiceClock::describeDuration(worked)), where);
        CHECK_FALSE(c.contains(squeeze(QStringLiteral("Selesai tepat waktu"))));
        CHECK_FALSE(c.contains(squeeze(QStringLiteral("melewati jangka waktu"))));
    }
}

namespace {

void setNowWithSeconds(const QString &local, int msAfterMinute)
{
    Clock::setNowForTesting(WorkflowFixture::local(local).addMSecs(msAfterMinute));
}

// The receipt's text without its "Dicetak ..." stamp, the one line that names the print.
QString withoutPrintStamp(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("Dicetak\\d\\d-\\d\\d-\\d{4}\\d\\d\\.\\d\\dWITA")));
    return text;
}

} // namespace

TEST_CASE("the promised minute is the same on every print, in the file and in the queue, a paused file's receipt says why and what is left",
          "[print][receipts][clock]")
{
    WorkflowFixture f;
    QTemporaryDir temp;
    const PaperProfile roll(PaperProfile::Size::Roll80);
    setNowWithSeconds(QStringLiteral("2026-11-23 09:00"), 37456);
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    f.tickAll(in->applicationId);
    setNowWithSeconds(QStringLiteral("2026-11-23 09:05"), 48999); // accepted 09:05:48.999
    REQUIRE(f.wf().documents().accept(f.helpdesk, in->applicationId).ok());
    ReceiptSource source(f.db(), f.wf());
    auto documentText = [&] {
        const auto d = source.forApplication(in->applicationId, ReceiptKind::Document);
        REQUIRE(d.ok());
        return pdfText(render(d.value(), roll, temp.path()));
    };
    // Due 09:35, whole: printed the same at 09:06, at 09:34:59 and after the due.
    const QString promise = localDateTime(QStringLiteral("2026-11-23 09:35"));
    setNowWithSeconds(QStringLiteral("2026-11-23 09:06"), 1234);
    const QString early = documentText();
    checkHas(early, promise, QStringLiteral("09:06"));
    setNowWithSeconds(QStringLiteral("2026-11-23 09:34"), 59999);
    CHECK(withoutPrintStamp(documentText()) == withoutPrintStamp(early));
    setNowWithSeconds(QStringLiteral("2026-11-23 10:41"), 500);
    CHECK(withoutPrintStamp(documentText()) == withoutPrintStamp(early));
    const auto file = f.wf().files().file(in->applicationId);
    REQUIRE(file.ok());
    CHECK(file->application.dueAt == WorkflowFixture::local(QStringLiteral("2026-11-23 09:35")));
    CHECK(file->clock.dueAt == file->application.dueAt);

    // Paused at 09:15:12 (10 minutes used): the receipt says since when and why and what
    // is left, and reads the same an hour later.
    setNowWithSeconds(QStringLiteral("2026-11-23 09:14"), 1000);
    REQUIRE(f.wf().queue().claim(f.verifikator, in->applicationId).ok());
    setNowWithSeconds(QStringLiteral("2026-11-23 09:15"), 12000);
    REQUIRE(f.wf().queue().pause(f.verifikator, in->applicationId, PauseReason::WaitingLkpp, QStringLiteral("menunggu jawaban LKPP")).ok());
    setNowWithSeconds(QStringLiteral("2026-11-23 09:40"), 3000);
    const QString paused = documentText();
    checkHas(paused, QStringLiteral("Berkas sedang ditunda sejak ") + localDateTime(QStringLiteral("2026-11-23 09:15"))
                         + QStringLiteral(": Menunggu LKPP: menunggu jawaban LKPP."),
             QStringLiteral("paused"));
    checkHas(paused, QStringLiteral("Sisa waktu kerja 20 menit."), QStringLiteral("paused"));
    checkHas(paused, QStringLiteral("janji waktu berjalan lagi saat berkas dilanjutkan"), QStringLiteral("paused"));
    CHECK_FALSE(paused.contains(squeeze(promise)));
    setNowWithSeconds(QStringLiteral("2026-11-23 10:52"), 41000);
    CHECK(withoutPrintStamp(documentText()) == withoutPrintStamp(paused));

    // Resumed the next morning at 08:02:50: the promise is 20 working minutes later, and the
    // completion proof prints the pause with both its days, counted as printed.
    setNowWithSeconds(QStringLiteral("2026-11-24 08:02"), 50000);
    REQUIRE(f.wf().queue().resume(f.verifikator, in->applicationId).ok());
    checkHas(documentText(), localDateTime(QStringLiteral("2026-11-24 08:22")), QStringLiteral("resumed"));
    setNowWithSeconds(QStringLiteral("2026-11-24 08:10"), 30000);
    REQUIRE(f.wf().queue().complete(f.verifikator, in->applicationId, QStringLiteral("User ID aktif")).ok());
    const auto done = source.forApplication(in->applicationId, ReceiptKind::Done);
    REQUIRE(done.ok());
    const QString proof = pdfText(render(done.value(), roll, temp.path()));
    checkHas(proof, QStringLiteral("23-11-2026 09.15 WITA – 24-11-2026 08.02 WITA"), QStringLiteral("proof"));
    // 09:15-16:00 less the break, and 07:30-08:02: 6 hours 17 minutes.
    checkHas(proof, QStringLiteral("Menunggu LKPP 6 jam 17 menit"), QStringLiteral("proof"));
    checkHas(proof, QStringLiteral("waktu kerja terpakai 18 menit dari 30 menit"), QStringLiteral("proof"));
    checkHas(proof, localDateTime(QStringLiteral("2026-11-24 08:22")), QStringLiteral("proof"));
}

TEST_CASE("the A5 document receipt of the service with the most checklist items fits one A5 page", "[print][receipts]")
{
    Counter c;
    const ReceiptData d = c.data(c.documentId, ReceiptKind::Document);
    int most = 0;
    const ServiceCatalog builtIn = ServiceCatalog::builtIn().value();
    for (const Service &s : builtIn.services())
        most = std::max(most, int(s.requirements.size()));
    REQUIRE(d.file->checklist.size() >= most);
    QTemporaryDir temp;
    const QString path = QDir(outputDir(temp)).filePath(QStringLiteral("document-a5.pdf"));
    const PaperProfile a5(PaperProfile::Size::A5);
    REQUIRE(ReceiptRenderer::writePdf(d, a5, path).ok());
    const PdfInfo info = pdfInfo(path);
    CHECK(info.pages == 1);
    CHECK(info.widthPt == Approx(148 / 25.4 * 72).margin(1));
    CHECK(info.heightPt == Approx(210 / 25.4 * 72).margin(1));
    const QString text = pdfText(path);
    for (const ChecklistItem &i : d.file->checklist)
        checkHas(text, i.label, QStringLiteral("a5"));
    checkHas(text, OfficeIdentity::defaults().complaintChannel, QStringLiteral("a5"));
    checkFitsWidth(d, a5);
}

TEST_CASE("the roll's print preview opens at a readable zoom, Ctrl+plus, Ctrl+minus and Ctrl+0 zoom", "[print][gui]")
{
    PrintDialogs::setStandingOutcomeForTesting(std::nullopt);
    struct Restore { ~Restore() { PrintDialogs::setStandingOutcomeForTesting(PrintDialogs::Outcome::Cancelled); } } restore;
    Counter c;
    const ReceiptData d = c.data(c.documentId, ReceiptKind::Document);
    const PaperProfile roll(PaperProfile::Size::Roll80);
    qreal opening = 0, in = 0, out = 0, reset = 0;
    QPrintPreviewWidget::ZoomMode mode = QPrintPreviewWidget::CustomZoom;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        REQUIRE(preview);
        dialog->activateWindow();
        CHECK(QTest::qWaitForWindowActive(dialog));
        mode = preview->zoomMode();
        opening = preview->zoomFactor();
        QTest::keyClick(dialog, Qt::Key_Plus, Qt::ControlModifier);
        in = preview->zoomFactor();
        QTest::keyClick(dialog, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(dialog, Qt::Key_Minus, Qt::ControlModifier);
        out = preview->zoomFactor();
        QTest::keyClick(dialog, Qt::Key_0, Qt::ControlModifier);
        reset = preview->zoomFactor();
        QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
    });
    DocumentPrinter::Options options;
    options.title = ReceiptRenderer::title(d);
    CHECK(PrintDialogs::preview(nullptr, roll, ReceiptRenderer::builder(d, roll), options) == PrintDialogs::Outcome::Cancelled);
    CHECK(mode == QPrintPreviewWidget::FitToWidth);
    CHECK(opening >= 1.0); // the receipt's 8 pt text at least at its printed size
    CHECK(in > opening);
    CHECK(out < in);
    CHECK(reset == Approx(opening));
}

TEST_CASE("receipts, checklists and the Maklumat are spelt as KBBI has it, with one word for copies", "[print][spelling]")
{
    // The wrong forms; "copy" is "salinan" in Loket's own Indonesian text.
    const QRegularExpression wrong(QStringLiteral("\\b(bermaterai|terus menerus|diatas|dimasukan|direspon|respon|copy)\\b"),
                                   QRegularExpression::CaseInsensitiveOption);
    auto check = [&](const QString &text, const QString &where) {
        const QString plain = text.normalized(QString::NormalizationForm_KC).simplified();
        const QRegularExpressionMatch m = wrong.match(plain);
        INFO(where.toStdString() << ": " << m.captured(0).toStdString() << " in \"" << plain.mid(std::max<qsizetype>(0, m.capturedStart() - 40), 100).toStdString() << "\"");
        CHECK_FALSE(m.hasMatch());
    };
    Counter c;
    QTemporaryDir temp;
    for (const PaperProfile &paper : PaperProfile::all()) {
        for (const auto &[id, kind] : {std::pair(c.ticketId, ReceiptKind::Ticket), std::pair(c.documentId, ReceiptKind::Document),
                                       std::pair(c.returnId, ReceiptKind::Return), std::pair(c.doneId, ReceiptKind::Done)}) {
            const QString path = temp.filePath(QStringLiteral("r.pdf"));
            REQUIRE(ReceiptRenderer::writePdf(c.data(id, kind), paper, path).ok());
            check(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}), ReceiptKinds::key(kind) + QLatin1Char(' ') + paper.key());
        }
        const auto complaint = ReceiptSource(c.f.db(), c.f.wf()).forComplaint(sampleComplaint());
        REQUIRE(complaint.ok());
        const QString path = temp.filePath(QStringLiteral("c.pdf"));
        REQUIRE(ReceiptRenderer::writePdf(complaint.value(), paper, path).ok());
        check(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}), QStringLiteral("complaint ") + paper.key());
    }
    // Loket's own words in the catalogue: the checklist and what to bring (the components quote the Perwali as it is written).
    const ServiceCatalog builtIn = ServiceCatalog::builtIn().value();
    for (const Service &s : builtIn.services())
        for (const Requirement &e : s.requirements)
            check(e.label + QLatin1Char(' ') + e.needed, QStringLiteral("service %1 checklist").arg(s.number));
    check(OfficeIdentity::defaults().maklumat, QStringLiteral("Maklumat"));
}
