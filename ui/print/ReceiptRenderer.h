#pragma once

#include "common/Result.h"
#include "print/DocumentPrinter.h"
#include "print/PaperProfile.h"
#include "receipts/ReceiptData.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QTextDocument;

// Draws the counter's receipts (queue ticket, tanda terima berkas, bukti pengembalian,
// bukti selesai, tanda terima pengaduan) in Indonesian, with the office identity on
// top. NIK and NPWP are always masked but for their last 4 digits.
class ReceiptRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptRenderer)

public:
    // Fills a document bound to its device (see DocumentPrinter) with the receipt.
    static void build(QTextDocument &doc, const ReceiptData &data, const PaperProfile &paper, qreal basePt);
    static DocumentPrinter::Builder builder(const ReceiptData &data, const PaperProfile &paper);
    // "Tanda terima berkas 20261123-A001": the PDF title and a file name stem.
    static QString title(const ReceiptData &data);

    static Status writePdf(const ReceiptData &data, const PaperProfile &paper, const QString &path);
    // Paints on a printer (or the printer of a print preview); false when it could not.
    static bool paint(const ReceiptData &data, const PaperProfile &paper, QPagedPaintDevice *device);
};
