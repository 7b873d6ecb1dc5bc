#pragma once

#include "print/PaperProfile.h"
#include "receipts/ReceiptKind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The printer and paper chosen on this PC for each kind of print job, kept in the PC's
// settings (QSettings "print/<job>/printer" and "print/<job>/paper"): the counter's
// thermal printer for the queue ticket, the office's A4 printer for the Standar boards.
// A job is a receipt kind's key ("ticket", "document", "return", "done", "complaint")
// or "poster" (the Maklumat and the Standar boards, always A4). A remembered printer
// is printed on without asking; an empty printer name asks each time (print preview).
struct PrinterChoice
{
    QString printer;
    PaperProfile paper;

    friend bool operator==(const PrinterChoice &, const PrinterChoice &) = default;
};

class PrinterChoices final
{
    Q_DECLARE_TR_FUNCTIONS(PrinterChoices)

public:
    static QString posterJob(); // "poster"
    static QString receiptJob(ReceiptKind kind);
    static QStringList jobs(); // the five receipts, then "poster"
    static QString title(const QString &job);
    static bool isReceipt(const QString &job);

    // What was chosen for the job on this PC; nullopt when nothing was (the paper then
    // comes from the office's setting, PrintSettings).
    static std::optional<PrinterChoice> forJob(const QString &job);
    static void set(const QString &job, const PrinterChoice &choice);
    // Back to asking, with the office's paper.
    static void forget(const QString &job);

    // For the first-run wizard: the receipt printer of this PC for every receipt kind.
    static void setReceiptPrinter(const QString &printerName, const PaperProfile &paper);
};
