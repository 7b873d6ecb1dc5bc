#include "print/ReceiptPrinter.h"

#include "applications/Workflow.h"
#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "common/MessageBox.h"
#include "print/PrintDialogs.h"
#include "print/PrintSettings.h"
#include "print/PrinterChoices.h"
#include "print/Printers.h"
#include "print/PublicDocuments.h"
#include "print/ReceiptRenderer.h"
#include "receipts/ReceiptSource.h"
#include "settings/OfficeSettings.h"

#include <QWidget>

ReceiptPrinter::ReceiptPrinter(Database &db, Workflow &workflow, ActorProvider actor, QWidget *window)
    : QObject(window), m_db(db), m_workflow(workflow), m_actor(std::move(actor)), m_window(window)
{
}

PaperProfile ReceiptPrinter::paperFor(ReceiptKind kind) const
{
    if (const std::optional<PrinterChoice> choice = PrinterChoices::forJob(PrinterChoices::receiptJob(kind)))
        return choice->paper;
    return PrintSettings(m_db).paperFor(kind);
}

void ReceiptPrinter::fail(const QString &text)
{
    MessageBox::error(m_window, tr("Cetak"), text);
}

PrintDialogs::Outcome ReceiptPrinter::print(const QString &job, const PaperProfile &paper, const DocumentPrinter::Builder &build,
                                            const DocumentPrinter::Options &options)
{
    const std::optional<PrinterChoice> choice = PrinterChoices::forJob(job);
    if (choice && !choice->printer.isEmpty()) {
        if (Printers::isAvailable(choice->printer)) {
            if (const Status s = Printers::print(choice->printer, paper, build, options); !s) {
                fail(s.error());
                return PrintDialogs::Outcome::Failed;
            }
            return PrintDialogs::Outcome::Printed;
        }
        MessageBox::information(m_window, tr("Cetak"),
                                tr("Printer \"%1\" yang dipilih untuk %2 tidak ada di PC ini. Pilih printer di pratinjau cetak; "
                                   "pilihan itu diingat untuk berikutnya.")
                                    .arg(choice->printer, PrinterChoices::title(job)));
    }
    QString printedOn;
    const PrintDialogs::Outcome outcome = PrintDialogs::preview(m_window, paper, build, options, &printedOn);
    if (outcome == PrintDialogs::Outcome::Printed && !printedOn.isEmpty())
        PrinterChoices::set(job, {printedOn, paper});
    return outcome;
}

void ReceiptPrinter::requestReceipt(qint64 applicationId, const QString &kindKey)
{
    ReceiptKind kind;
    if (!ReceiptKinds::fromKey(kindKey, &kind) || kind == ReceiptKind::Complaint)
        return fail(tr("Jenis tanda terima tidak dikenal: %1").arg(kindKey));
    const Result<ReceiptData> data = ReceiptSource(m_db, m_workflow).forApplication(applicationId, kind);
    if (!data)
        return fail(data.error());
    const PaperProfile paper = paperFor(kind);
    DocumentPrinter::Options options;
    options.title = ReceiptRenderer::title(data.value());
    const PrintDialogs::Outcome outcome = print(PrinterChoices::receiptJob(kind), paper, ReceiptRenderer::builder(data.value(), paper), options);
    if (outcome != PrintDialogs::Outcome::Printed && outcome != PrintDialogs::Outcome::SavedPdf)
        return;
    if (const Status s = m_workflow.queue().recordPrint(m_actor(), applicationId, ReceiptKinds::key(kind)); !s)
        return fail(tr("Tanda terima tercetak, tetapi pencetakannya tidak tercatat: %1").arg(s.error()));
    emit receiptPrinted(applicationId, ReceiptKinds::key(kind));
}

void ReceiptPrinter::requestComplaintReceipt(const ComplaintReceipt &complaint)
{
    const Result<ReceiptData> data = ReceiptSource(m_db, m_workflow).forComplaint(complaint);
    if (!data)
        return fail(data.error());
    const PaperProfile paper = paperFor(ReceiptKind::Complaint);
    DocumentPrinter::Options options;
    options.title = ReceiptRenderer::title(data.value());
    print(PrinterChoices::receiptJob(ReceiptKind::Complaint), paper, ReceiptRenderer::builder(data.value(), paper), options);
}

void ReceiptPrinter::printMaklumat()
{
    const Result<OfficeIdentity> office = OfficeSettings(m_db).load();
    if (!office)
        return fail(office.error());
    const QDate today = Clock::nowUtc().toTimeZone(m_workflow.calendar().timeZone()).date();
    print(PrinterChoices::posterJob(), PublicDocuments::posterPaper(), PublicDocuments::maklumat(office.value(), today),
          PublicDocuments::maklumatOptions());
}

void ReceiptPrinter::printStandar(int serviceNumber)
{
    const Result<OfficeIdentity> office = OfficeSettings(m_db).load();
    if (!office)
        return fail(office.error());
    CatalogStore store(m_db);
    const QDate today = CalendarStore(m_db).today();
    const Result<ServiceCatalog> catalog = store.current(today);
    if (!catalog)
        return fail(catalog.error());
    const Result<CatalogVersionInfo> version = store.currentInfo(today);
    if (!version)
        return fail(version.error());
    const Service *service = catalog->standard(serviceNumber);
    if (!service)
        return fail(tr("Layanan nomor %1 tidak ada dalam katalog.").arg(serviceNumber));
    print(PrinterChoices::posterJob(), PublicDocuments::boardPaper(),
          PublicDocuments::standar(office.value(), *service, CatalogStore::describe(version.value())), PublicDocuments::standarOptions(*service));
}

void ReceiptPrinter::testPrint(const QString &paperKey)
{
    const std::optional<PaperProfile> paper = PaperProfile::fromKey(paperKey);
    if (!paper)
        return fail(tr("Ukuran kertas tidak dikenal: %1").arg(paperKey));
    PrintDialogs::testPrint(m_window, *paper);
}
