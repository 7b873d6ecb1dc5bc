#include "print/Printers.h"

#include "print/PrintDialogs.h"

#include <QDir>
#include <QPrinter>
#include <QPrinterInfo>

namespace {

std::optional<QStringList> g_testPrinters;
QString g_testFolder;
QList<Printers::Job> g_testJobs;

} // namespace

QStringList Printers::available()
{
    if (g_testPrinters)
        return *g_testPrinters;
    return QPrinterInfo::availablePrinterNames();
}

QString Printers::systemDefault()
{
    if (g_testPrinters)
        return g_testPrinters->value(0);
    return QPrinterInfo::defaultPrinterName();
}

bool Printers::isAvailable(const QString &name)
{
    return !name.isEmpty() && available().contains(name);
}

Status Printers::check(const QString &name)
{
    if (isAvailable(name))
        return Status::success();
    const QStringList there = available();
    return Status::failure(tr("Printer \"%1\" tidak ada di PC ini. Printer yang ada: %2.")
                               .arg(name, there.isEmpty() ? tr("(tidak ada)") : there.join(QStringLiteral(", "))));
}

Status Printers::print(const QString &printerName, const PaperProfile &paper, const DocumentPrinter::Builder &build,
                       const DocumentPrinter::Options &options)
{
    if (const Status s = check(printerName); !s)
        return s;
    if (g_testPrinters) {
        const QString pdf = QDir(g_testFolder).filePath(QStringLiteral("%1.pdf").arg(g_testJobs.size() + 1, 3, 10, QLatin1Char('0')));
        if (const Status s = DocumentPrinter::writePdf(pdf, paper, build, options); !s)
            return s;
        g_testJobs.append({printerName, paper, options.title, pdf});
        return Status::success();
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setPrinterName(printerName);
    printer.setDocName(options.title);
    printer.setCreator(QStringLiteral("Loket"));
    if (!printer.isValid())
        return Status::failure(tr("Printer \"%1\" tidak dapat dipakai.").arg(printerName));
    if (DocumentPrinter::paint(&printer, paper, build, options) == 0)
        return Status::failure(tr("Dokumen tidak dapat dikirim ke printer %1.").arg(printerName));
    return Status::success();
}

Status Printers::printTestPage(const QString &printerName, const PaperProfile &paper, const QString &officeName)
{
    DocumentPrinter::Options options;
    options.title = PrintDialogs::testPageTitle(paper);
    return print(printerName, paper, PrintDialogs::testPage(paper, officeName), options);
}

void Printers::setForTesting(std::optional<QStringList> names, const QString &pdfFolder)
{
    g_testPrinters = std::move(names);
    g_testFolder = pdfFolder;
    g_testJobs.clear();
}

QList<Printers::Job> Printers::jobsForTesting()
{
    return g_testJobs;
}
