#pragma once

#include "print/DocumentPrinter.h"
#include "print/PaperProfile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

// The printing dialogs: a print preview (its print button opens the printer choice),
// the printer choice without preview, and "save as PDF". A test can answer the next
// dialog in advance (as MessageBox does).
class PrintDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(PrintDialogs)

public:
    enum class Outcome { Cancelled, Printed, SavedPdf, Failed };

    // `printedOn`, when given, gets the printer chosen in the preview's print dialog.
    static Outcome preview(QWidget *parent, const PaperProfile &paper, const DocumentPrinter::Builder &build,
                           const DocumentPrinter::Options &options, QString *printedOn = nullptr);
    static Outcome print(QWidget *parent, const PaperProfile &paper, const DocumentPrinter::Builder &build,
                         const DocumentPrinter::Options &options);
    // Asks for a file name (suggested from the title) and writes the PDF.
    static Outcome saveAsPdf(QWidget *parent, const PaperProfile &paper, const DocumentPrinter::Builder &build,
                             const DocumentPrinter::Options &options);

    // A page to check a printer with: the paper's name, a ruler across the printable
    // width (nothing may be cut off at its ends), text sizes and a QR code to scan; the
    // office's name on top when given.
    static DocumentPrinter::Builder testPage(const PaperProfile &paper, const QString &officeName = {});
    static QString testPageTitle(const PaperProfile &paper); // Uji cetak A4
    static Outcome testPrint(QWidget *parent, const PaperProfile &paper);

    // Test hooks: the next dialog is not shown and answers `outcome`; with SavedPdf the
    // document is written to `pdfPath`; with Printed, `printerName` is the printer chosen.
    static void setNextOutcomeForTesting(std::optional<Outcome> outcome, const QString &pdfPath = {}, const QString &printerName = {});
    static QString lastTitleForTesting();
    // Every dialog without a "next" answer answers `outcome` (nullopt: show dialogs again).
    static void setStandingOutcomeForTesting(std::optional<Outcome> outcome);
};
