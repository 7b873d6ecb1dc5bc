#pragma once

#include <QList>
#include <QString>

// The receipts the counter prints.
enum class ReceiptKind {
    Ticket,    // nomor antrian
    Document,  // tanda terima berkas
    Return,    // bukti pengembalian berkas
    Done,      // bukti selesai layanan
    Complaint, // tanda terima pengaduan
};

namespace ReceiptKinds {

// "ticket", "document", "return", "done", "complaint": the command line's --kind and
// the receipt recorded in a "printed" event.
QString key(ReceiptKind kind);
bool fromKey(const QString &key, ReceiptKind *kind);
QString title(ReceiptKind kind); // Indonesian, translated
const QList<ReceiptKind> &all();

} // namespace ReceiptKinds
