// The printer and paper of each receipt kind, remembered per PC (PrinterChoices) and
// reused without asking; the printer settings dialog; the first-run wizard's helpers.
// There are no CUPS printers offscreen: Printers stands names in and catches each job
// as a PDF, whose text and page size are read back (pdftotext, pdfinfo).
#include "WorkflowFixture.h"

#include "common/MessageBox.h"
#include "print/PrintDialogs.h"
#include "print/PrintSettings.h"
#include "print/PrinterChoices.h"
#include "print/Printers.h"
#include "print/ReceiptPrinter.h"
#include "settings/OfficeSettings.h"
#include "settings/PrinterSettingsDialog.h"

#include "GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace {

const QString kThermal = QStringLiteral("Termal-Loket-1");
const QString kOfficeA4 = QStringLiteral("Kantor-A4");

QString pdfText(const QString &pdf)
{
    QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).normalized(QString::NormalizationForm_KC);
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

// The page width in whole millimetres.
int pageWidthMm(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x")).match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    REQUIRE(m.hasMatch());
    return qRound(m.captured(1).toDouble() / 72 * 25.4);
}

// This PC's choices start empty and are left empty; the printers are stood in.
struct PrinterPc
{
    QTemporaryDir jobs;

    explicit PrinterPc(const QStringList &printers = {kThermal, kOfficeA4})
    {
        clear();
        Printers::setForTesting(printers, jobs.path());
    }
    ~PrinterPc()
    {
        clear();
        Printers::setForTesting(QStringList{}, jobs.path());
    }
    static void clear()
    {
        for (const QString &job : PrinterChoices::jobs())
            PrinterChoices::forget(job);
    }
};

// A visitor checked in (a queue ticket) whose file was then accepted (a tanda terima berkas).
struct AcceptedFile
{
    WorkflowFixture f;
    qint64 id = 0;
    QString number;

    AcceptedFile()
    {
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:00"));
        const Result<CheckInResult> visit = f.checkIn(1);
        REQUIRE(visit.ok());
        id = visit->applicationId;
        number = visit->applicationNumber;
        f.tickAll(id);
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:05"));
        REQUIRE(f.wf().documents().accept(f.helpdesk, id).ok());
    }
};

} // namespace

TEST_CASE("each receipt kind prints on the printer and paper remembered for it on this PC, without asking", "[print][printers][gui]")
{
    PrinterPc pc;
    AcceptedFile a;
    QWidget window;
    ReceiptPrinter printer(a.f.db(), a.f.wf(), [&] { return a.f.helpdesk; }, &window);
    QStringList printed;
    QObject::connect(&printer, &ReceiptPrinter::receiptPrinted, &window, [&](qint64, const QString &kind) { printed << kind; });

    PrinterChoices::set(QStringLiteral("ticket"), {kThermal, PaperProfile(PaperProfile::Size::Roll80)});
    PrinterChoices::set(QStringLiteral("document"), {kOfficeA4, PaperProfile(PaperProfile::Size::A4)});
    CHECK(printer.paperFor(ReceiptKind::Document) == PaperProfile(PaperProfile::Size::A4));
    CHECK(printer.paperFor(ReceiptKind::Return) == PrintSettings(a.f.db()).paperFor(ReceiptKind::Return)); // nothing chosen: the office's

    // A preview would answer "cancelled" (gui_main's standing answer) and print nothing.
    printer.requestReceipt(a.id, QStringLiteral("ticket"));
    printer.requestReceipt(a.id, QStringLiteral("document"));
    printer.requestReceipt(a.id, QStringLiteral("ticket")); // next time: the same printer again
    const QList<Printers::Job> jobs = Printers::jobsForTesting();
    REQUIRE(jobs.size() == 3);
    CHECK(printed == QStringList{QStringLiteral("ticket"), QStringLiteral("document"), QStringLiteral("ticket")});

    CHECK(jobs[0].printer == kThermal);
    CHECK(jobs[0].paper == PaperProfile(PaperProfile::Size::Roll80));
    CHECK(pageWidthMm(jobs[0].pdf) == 80);
    CHECK(pdfText(jobs[0].pdf).contains(a.number));
    CHECK(jobs[1].printer == kOfficeA4);
    CHECK(pageWidthMm(jobs[1].pdf) == 210);
    CHECK(pdfText(jobs[1].pdf).contains(QStringLiteral("TANDATERIMABERKAS")));
    CHECK(jobs[2].printer == kThermal);
    CHECK(pdfText(jobs[2].pdf).contains(QStringLiteral("(cetakulang)")));
}

TEST_CASE("the printer chosen in the print preview is remembered for that receipt kind only", "[print][printers][gui]")
{
    PrinterPc pc;
    AcceptedFile a;
    QWidget window;
    ReceiptPrinter printer(a.f.db(), a.f.wf(), [&] { return a.f.helpdesk; }, &window);

    // Nothing chosen yet: the preview opens, and the officer prints on the thermal printer.
    PrintDialogs::setNextOutcomeForTesting(PrintDialogs::Outcome::Printed, {}, kThermal);
    printer.requestReceipt(a.id, QStringLiteral("ticket"));
    CHECK(Printers::jobsForTesting().isEmpty()); // the preview printed it
    const std::optional<PrinterChoice> ticket = PrinterChoices::forJob(QStringLiteral("ticket"));
    REQUIRE(ticket);
    CHECK(ticket->printer == kThermal);
    CHECK(ticket->paper == PrintSettings(a.f.db()).paperFor(ReceiptKind::Ticket));
    CHECK_FALSE(PrinterChoices::forJob(QStringLiteral("document")));

    // The ticket now goes straight to that printer; the document receipt still asks.
    printer.requestReceipt(a.id, QStringLiteral("ticket"));
    REQUIRE(Printers::jobsForTesting().size() == 1);
    CHECK(Printers::jobsForTesting().first().printer == kThermal);
    printer.requestReceipt(a.id, QStringLiteral("document"));
    CHECK(Printers::jobsForTesting().size() == 1);
    CHECK(PrintDialogs::lastTitleForTesting() == QStringLiteral("Tanda terima berkas %1").arg(a.number));

    // The thermal printer is gone from this PC: it says so, and asks again.
    Printers::setForTesting(QStringList{kOfficeA4}, pc.jobs.path());
    MessageBox::setNextAnswerForTesting(true);
    MessageBox::clearForTesting();
    PrintDialogs::setNextOutcomeForTesting(PrintDialogs::Outcome::Printed, {}, kOfficeA4);
    printer.requestReceipt(a.id, QStringLiteral("ticket"));
    MessageBox::setNextAnswerForTesting(std::nullopt);
    CHECK(MessageBox::lastTextForTesting().contains(kThermal));
    CHECK(Printers::jobsForTesting().isEmpty());
    CHECK(PrinterChoices::forJob(QStringLiteral("ticket"))->printer == kOfficeA4);
}

TEST_CASE("the printer settings dialog lists this PC's printers and keeps a printer and paper per receipt kind", "[print][printers][gui]")
{
    PrinterPc pc;
    AcceptedFile a;
    {
        PrinterSettingsDialog dialog(a.f.db());
        dialog.show();
        auto *ticketPrinter = dialog.findChild<QComboBox *>(PrinterSettingsDialog::printerComboName(QStringLiteral("ticket")));
        auto *ticketPaper = dialog.findChild<QComboBox *>(PrinterSettingsDialog::paperComboName(QStringLiteral("ticket")));
        auto *documentPrinter = dialog.findChild<QComboBox *>(PrinterSettingsDialog::printerComboName(QStringLiteral("document")));
        auto *documentPaper = dialog.findChild<QComboBox *>(PrinterSettingsDialog::paperComboName(QStringLiteral("document")));
        auto *posterPrinter = dialog.findChild<QComboBox *>(PrinterSettingsDialog::printerComboName(QStringLiteral("poster")));
        REQUIRE(ticketPrinter);
        REQUIRE(ticketPaper);
        REQUIRE(documentPrinter);
        REQUIRE(documentPaper);
        REQUIRE(posterPrinter);
        CHECK_FALSE(dialog.findChild<QComboBox *>(PrinterSettingsDialog::paperComboName(QStringLiteral("poster")))); // always A4
        // "Ask each time", then the printers, the default one marked.
        REQUIRE(ticketPrinter->count() == 3);
        CHECK(ticketPrinter->currentIndex() == 0);
        CHECK(ticketPrinter->itemData(1).toString() == kThermal);
        CHECK(ticketPrinter->itemText(1).contains(QStringLiteral("bawaan")));
        CHECK(ticketPrinter->itemData(2).toString() == kOfficeA4);

        auto *testTicket = dialog.findChild<QPushButton *>(PrinterSettingsDialog::testButtonName(QStringLiteral("ticket")));
        REQUIRE(testTicket);
        CHECK_FALSE(testTicket->isEnabled()); // no printer to test yet
        ticketPrinter->setCurrentIndex(ticketPrinter->findData(kThermal));
        ticketPaper->setCurrentIndex(ticketPaper->findData(QStringLiteral("80mm")));
        documentPrinter->setCurrentIndex(documentPrinter->findData(kOfficeA4));
        documentPaper->setCurrentIndex(documentPaper->findData(QStringLiteral("a4")));
        posterPrinter->setCurrentIndex(posterPrinter->findData(kOfficeA4));
        REQUIRE(testTicket->isEnabled());
        QTest::mouseClick(testTicket, Qt::LeftButton);
        REQUIRE(Printers::jobsForTesting().size() == 1);
        const Printers::Job test = Printers::jobsForTesting().first();
        CHECK(test.printer == kThermal);
        CHECK(pageWidthMm(test.pdf) == 80);
        CHECK(pdfText(test.pdf).contains(QStringLiteral("UJICETAK")));
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("printerStatus"))->text().contains(kThermal));

        if (const QString examples = qEnvironmentVariable("LOKET_RECEIPT_EXAMPLES"); !examples.isEmpty())
            dialog.grab().save(QDir(examples).filePath(QStringLiteral("printer-settings.png")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("printerSave")), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(PrinterChoices::forJob(QStringLiteral("ticket")) == PrinterChoice{kThermal, PaperProfile(PaperProfile::Size::Roll80)});
    CHECK(PrinterChoices::forJob(QStringLiteral("document")) == PrinterChoice{kOfficeA4, PaperProfile(PaperProfile::Size::A4)});
    CHECK(PrinterChoices::forJob(QStringLiteral("poster")) == PrinterChoice{kOfficeA4, PaperProfile(PaperProfile::Size::A4)});
    CHECK_FALSE(PrinterChoices::forJob(QStringLiteral("return"))); // left asking on the office's paper: nothing stored

    // Opened again, it shows what is stored; the receipts use it.
    {
        PrinterSettingsDialog dialog(a.f.db());
        auto *documentPrinter = dialog.findChild<QComboBox *>(PrinterSettingsDialog::printerComboName(QStringLiteral("document")));
        auto *documentPaper = dialog.findChild<QComboBox *>(PrinterSettingsDialog::paperComboName(QStringLiteral("document")));
        CHECK(documentPrinter->currentData().toString() == kOfficeA4);
        CHECK(documentPaper->currentData().toString() == QStringLiteral("a4"));
    }
    QWidget window;
    ReceiptPrinter printer(a.f.db(), a.f.wf(), [&] { return a.f.helpdesk; }, &window);
    printer.requestReceipt(a.id, QStringLiteral("document"));
    printer.printMaklumat();
    REQUIRE(Printers::jobsForTesting().size() == 3);
    CHECK(Printers::jobsForTesting()[1].printer == kOfficeA4);
    CHECK(pageWidthMm(Printers::jobsForTesting()[1].pdf) == 210);
    CHECK(Printers::jobsForTesting()[2].printer == kOfficeA4);
    CHECK(pdfText(Printers::jobsForTesting()[2].pdf).contains(QStringLiteral("MAKLUMATPELAYANAN")));

    // A printer that is no longer on this PC stays listed, marked missing.
    Printers::setForTesting(QStringList{kThermal}, pc.jobs.path());
    PrinterSettingsDialog dialog(a.f.db());
    auto *documentPrinter = dialog.findChild<QComboBox *>(PrinterSettingsDialog::printerComboName(QStringLiteral("document")));
    CHECK(documentPrinter->currentData().toString() == kOfficeA4);
    CHECK(documentPrinter->currentText().contains(QStringLiteral("tidak ada di PC ini")));
    CHECK_FALSE(dialog.findChild<QPushButton *>(PrinterSettingsDialog::testButtonName(QStringLiteral("document")))->isEnabled());
}

TEST_CASE("the first-run wizard sets one receipt printer for every receipt kind and prints a test receipt on it", "[print][printers][gui]")
{
    PrinterPc pc;
    AcceptedFile a;
    PrinterChoices::setReceiptPrinter(kThermal, PaperProfile(PaperProfile::Size::Roll80));
    for (ReceiptKind kind : ReceiptKinds::all())
        CHECK(PrinterChoices::forJob(PrinterChoices::receiptJob(kind)) == PrinterChoice{kThermal, PaperProfile(PaperProfile::Size::Roll80)});
    CHECK_FALSE(PrinterChoices::forJob(PrinterChoices::posterJob())); // the posters keep their own

    const Result<OfficeIdentity> office = OfficeSettings(a.f.db()).load();
    REQUIRE(office.ok());
    REQUIRE(Printers::printTestPage(kThermal, PaperProfile(PaperProfile::Size::Roll80), office->name).ok());
    REQUIRE(Printers::jobsForTesting().size() == 1);
    const QString text = pdfText(Printers::jobsForTesting().first().pdf);
    CHECK(text.contains(QString(office->name).remove(QRegularExpression(QStringLiteral("\\s+")))));
    CHECK(text.contains(QStringLiteral("UJICETAK")));
    CHECK(text.contains(QStringLiteral("72mm"))); // the ruler across the printable width
    CHECK(text.contains(QStringLiteral("Dicetak")));

    // A printer that is not there is refused in Indonesian, naming the ones that are.
    const Status missing = Printers::printTestPage(QStringLiteral("Tidak-Ada"), PaperProfile(PaperProfile::Size::A4), office->name);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("tidak ada di PC ini")));
    CHECK(missing.error().contains(kThermal));
}
