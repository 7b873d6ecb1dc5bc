#include "receipts/ReceiptKind.h"

#include <QCoreApplication>

namespace ReceiptKinds {

QString key(ReceiptKind kind)
{
    switch (kind) {
    case ReceiptKind::Ticket: return QStringLiteral("ticket");
    case ReceiptKind::Document: return QStringLiteral("document");
    case ReceiptKind::Return: return QStringLiteral("return");
    case ReceiptKind::Done: return QStringLiteral("done");
    case ReceiptKind::Complaint: return QStringLiteral("complaint");
    }
    return {};
}

bool fromKey(const QString &text, ReceiptKind *kind)
{
    for (ReceiptKind k : all()) {
        if (key(k) == text) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString title(ReceiptKind kind)
{
    switch (kind) {
    case ReceiptKind::Ticket: return QCoreApplication::translate("ReceiptKind", "Nomor antrian");
    case ReceiptKind::Document: return QCoreApplication::translate("ReceiptKind", "Tanda terima berkas");
    case ReceiptKind::Return: return QCoreApplication::translate("ReceiptKind", "Bukti pengembalian berkas");
    case ReceiptKind::Done: return QCoreApplication::translate("ReceiptKind", "Bukti selesai layanan");
    case ReceiptKind::Complaint: return QCoreApplication::translate("ReceiptKind", "Tanda terima pengaduan");
    }
    return {};
}

const QList<ReceiptKind> &all()
{
    static const QList<ReceiptKind> kinds{ReceiptKind::Ticket, ReceiptKind::Document, ReceiptKind::Return, ReceiptKind::Done,
                                          ReceiptKind::Complaint};
    return kinds;
}

} // namespace ReceiptKinds
