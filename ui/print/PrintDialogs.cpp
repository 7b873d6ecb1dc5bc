#include "print/PrintDialogs.h"

#include "common/MessageBox.h"
#include "print/PrintFormat.h"
#include "print/QrCode.h"
#include "common/FileDialogs.h"

#include <QAction>
#include <QKeySequence>
#include <QDir>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>
#include <QShortcut>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace PrintFormat;

namespace {

std::optional<PrintDialogs::Outcome> g_nextOutcome;
std::optional<PrintDialogs::Outcome> g_standingOutcome;
QString g_nextPdfPath;
QString g_nextPrinter;
QString g_lastTitle;

std::optional<PrintDialogs::Outcome> takeTestAnswer(const PaperProfile &paper, const DocumentPrinter::Builder &build,
                                                    const DocumentPrinter::Options &options, QString *printedOn = nullptr)
{
    g_lastTitle = options.title;
    if (!g_nextOutcome)
        return g_standingOutcome;
    PrintDialogs::Outcome outcome = *g_nextOutcome;
    g_nextOutcome.reset();
    if (outcome == PrintDialogs::Outcome::SavedPdf && !DocumentPrinter::writePdf(g_nextPdfPath, paper, build, options))
        outcome = PrintDialogs::Outcome::Failed;
    if (outcome == PrintDialogs::Outcome::Printed && printedOn)
        *printedOn = g_nextPrinter;
    return outcome;
}

QString suggestedFileName(const QString &title)
{
    QString stem = title;
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    if (stem.isEmpty())
        stem = QStringLiteral("loket");
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(stem + QStringLiteral(".pdf"));
}

std::unique_ptr<QPrinter> makePrinter(const PaperProfile &paper, const DocumentPrinter::Options &options)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(paper.pageLayout());
    printer->setDocName(options.title);
    printer->setCreator(QStringLiteral("Loket"));
    return printer;
}

QAction *previewAction(const QToolBar &bar, const char *text)
{
    const QString translated = QCoreApplication::translate("QPrintPreviewDialog", text);
    for (QAction *action : bar.actions())
        if (action->text() == translated)
            return action;
    return nullptr;
}

// The preview opens where its text can be read: a roll, a narrow and very long page, at
// its width (fitting the whole page shows it at under 50 %); a sheet whole. The usual
// keys zoom: Ctrl++ (also Ctrl+=, the same key without Shift), Ctrl+- and Ctrl+0 back to
// the opening fit.
void setUpZoom(QPrintPreviewDialog &dialog, const QToolBar &bar, const PaperProfile &paper)
{
    // The zoom buttons act on their click (they repeat while held), not on their action.
    auto keys = [&](const char *text, const QList<QKeySequence> &sequences) {
        QAction *action = previewAction(bar, text);
        auto *button = action ? qobject_cast<QToolButton *>(bar.widgetForAction(action)) : nullptr;
        if (!button)
            return;
        for (const QKeySequence &sequence : sequences)
            QObject::connect(new QShortcut(sequence, &dialog), &QShortcut::activated, button, &QToolButton::click);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(action->text(), sequences.first().toString(QKeySequence::NativeText)));
    };
    keys("Zoom in", {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    keys("Zoom out", {QKeySequence(QKeySequence::ZoomOut)});
    QAction *fit = previewAction(bar, paper.isRoll() ? "Fit width" : "Fit page");
    if (fit) {
        fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        fit->trigger();
    } else if (auto *view = dialog.findChild<QPrintPreviewWidget *>()) {
        paper.isRoll() ? view->fitToWidth() : view->fitInView();
    }
    if (paper.isRoll())
        dialog.resize(std::max(dialog.width(), 560), std::max(dialog.height(), 640));
}

} // namespace

PrintDialogs::Outcome PrintDialogs::preview(QWidget *parent, const PaperProfile &paper, const DocumentPrinter::Builder &build,
                                            const DocumentPrinter::Options &options, QString *printedOn)
{
    if (const auto answer = takeTestAnswer(paper, build, options, printedOn))
        return *answer;
    const auto printer = makePrinter(paper, options);
    QPrintPreviewDialog dialog(printer.get(), parent);
    dialog.setWindowTitle(tr("Pratinjau cetak — %1").arg(options.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *p) { DocumentPrinter::paint(p, paper, build, options); });
    Outcome outcome = Outcome::Cancelled;
    if (auto *bar = dialog.findChild<QToolBar *>()) {
        // The preview's own print button would open a print dialog whose "print to file"
        // browses folders with Qt's default file dialog, which opens the files it lists
        // (see FileDialogs.h): it gets Loket's print dialog, without printing to a file.
        const QString printText = QCoreApplication::translate("QPrintPreviewDialog", "Print");
        for (QAction *action : bar->actions()) {
            if (action->text() != printText)
                continue;
            QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
            QObject::connect(action, &QAction::triggered, &dialog, [&dialog, &printer, printedOn] {
                QPrintDialog chooser(printer.get(), &dialog);
                chooser.setOption(QAbstractPrintDialog::PrintToFile, false);
                if (chooser.exec() != QDialog::Accepted)
                    return;
                if (auto *view = dialog.findChild<QPrintPreviewWidget *>())
                    view->print();
                if (printedOn)
                    *printedOn = printer->printerName();
                dialog.accept();
            });
        }
        setUpZoom(dialog, *bar, paper);
        bar->addSeparator();
        QAction *save = bar->addAction(tr("Simpan PDF…"));
        save->setToolTip(tr("Simpan sebagai berkas PDF"));
        QObject::connect(save, &QAction::triggered, &dialog, [&] {
            const Outcome saved = saveAsPdf(&dialog, paper, build, options);
            if (saved == Outcome::SavedPdf) {
                outcome = saved;
                dialog.accept();
            }
        });
    }
    // The dialog accepts itself only after its print button has printed.
    if (dialog.exec() == QDialog::Accepted && outcome == Outcome::Cancelled)
        outcome = Outcome::Printed;
    return outcome;
}

PrintDialogs::Outcome PrintDialogs::print(QWidget *parent, const PaperProfile &paper, const DocumentPrinter::Builder &build,
                                          const DocumentPrinter::Options &options)
{
    if (const auto answer = takeTestAnswer(paper, build, options))
        return *answer;
    const auto printer = makePrinter(paper, options);
    QPrintDialog dialog(printer.get(), parent);
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false); // PDFs are saved through FileDialogs
    dialog.setWindowTitle(tr("Cetak — %1").arg(options.title));
    if (dialog.exec() != QDialog::Accepted)
        return Outcome::Cancelled;
    if (DocumentPrinter::paint(printer.get(), paper, build, options) == 0) {
        MessageBox::error(parent, tr("Cetak"), tr("Dokumen tidak dapat dikirim ke printer %1.").arg(printer->printerName()));
        return Outcome::Failed;
    }
    return Outcome::Printed;
}

PrintDialogs::Outcome PrintDialogs::saveAsPdf(QWidget *parent, const PaperProfile &paper, const DocumentPrinter::Builder &build,
                                              const DocumentPrinter::Options &options)
{
    if (const auto answer = takeTestAnswer(paper, build, options))
        return *answer;
    QString path = FileDialogs::saveFileName(parent, QStringLiteral("pdf"), tr("Simpan sebagai PDF"), suggestedFileName(options.title),
                                             tr("Dokumen PDF (*.pdf)"));
    if (path.isEmpty())
        return Outcome::Cancelled;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (const Status s = DocumentPrinter::writePdf(path, paper, build, options); !s) {
        MessageBox::error(parent, tr("Simpan PDF"), s.error());
        return Outcome::Failed;
    }
    return Outcome::SavedPdf;
}

DocumentPrinter::Builder PrintDialogs::testPage(const PaperProfile &paper, const QString &officeName)
{
    return [paper, officeName](QTextDocument &doc, qreal basePt) {
        const QUrl qrUrl(QStringLiteral("loket-test:qr"));
        const QString qrText = QStringLiteral("LOKET-UJI-CETAK");
        const int qrSide = qRound((paper.isRoll() ? 26.0 : 30.0) / 25.4 * 96.0);
        QString h;
        if (!officeName.trimmed().isEmpty())
            h += QStringLiteral("<p align='center'><b>%1</b></p>").arg(esc(officeName.trimmed()));
        h += QStringLiteral("<p align='center'><span style='font-size:%1; font-weight:bold'>%2</span></p>")
                 .arg(pt(basePt + 3), esc(tr("UJI CETAK")));
        h += QStringLiteral("<p align='center'>%1</p>")
                 .arg(esc(tr("%1: lebar kertas %2 mm, area cetak %3 mm")
                              .arg(paper.title())
                              .arg(paper.widthMm(), 0, 'f', 0)
                              .arg(paper.printableWidthMm(), 0, 'f', 0)));
        h += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='2' style='border-collapse:collapse; border-style:solid; border-color:#000'>"
                            "<tr><td align='left'>|&lt;</td><td align='center'>%1</td><td align='right'>&gt;|</td></tr></table>")
                 .arg(esc(tr("%1 mm").arg(paper.printableWidthMm(), 0, 'f', 0)));
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Kedua tepi kotak di atas harus tercetak utuh; bila terpotong, periksa ukuran kertas dan margin printer.")));
        h += QStringLiteral("<p><span style='font-size:%1'>%2</span><br>%3<br><b>%4</b></p>")
                 .arg(pt(std::max(6.5, basePt - 1)), esc(tr("Huruf kecil: Tanda terima berkas")), esc(tr("Huruf biasa: Bukti selesai layanan")),
                      esc(tr("Huruf tebal: 0123456789 — NIK ************0001")));
        h += QStringLiteral("<p align='center'><span style='font-size:%1; font-weight:bold'>A-001</span></p>")
                 .arg(pt(basePt * (paper.isRoll() ? 4.5 : 6.0)));
        h += QStringLiteral("<p align='center'><img src='%1' width='%2' height='%2'><br>%3</p>").arg(qrUrl.toString()).arg(qrSide).arg(esc(qrText));
        h += QStringLiteral("<p align='center'>%1</p>")
                 .arg(esc(tr("Dicetak %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("dd-MM-yyyy HH.mm")))));
        doc.setHtml(QStringLiteral("<html><body style='font-size:%1'>%2</body></html>").arg(pt(basePt), h));
        doc.addResource(QTextDocument::ImageResource, qrUrl, QrCode::image(qrText));
    };
}

QString PrintDialogs::testPageTitle(const PaperProfile &paper)
{
    return tr("Uji cetak %1").arg(paper.title());
}

PrintDialogs::Outcome PrintDialogs::testPrint(QWidget *parent, const PaperProfile &paper)
{
    DocumentPrinter::Options options;
    options.title = testPageTitle(paper);
    return preview(parent, paper, testPage(paper), options);
}

void PrintDialogs::setNextOutcomeForTesting(std::optional<Outcome> outcome, const QString &pdfPath, const QString &printerName)
{
    g_nextOutcome = outcome;
    g_nextPdfPath = pdfPath;
    g_nextPrinter = printerName;
}

void PrintDialogs::setStandingOutcomeForTesting(std::optional<Outcome> outcome)
{
    g_standingOutcome = outcome;
}

QString PrintDialogs::lastTitleForTesting()
{
    return g_lastTitle;
}
