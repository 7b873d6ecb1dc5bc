#include "applications/Application.h"

#include <QCoreApplication>

QStringList ChecklistItem::problems(const QDate &today) const
{
    QStringList list;
    if (originalRequired && !originalSeen)
        list << QCoreApplication::translate("Checklist", "asli belum diperlihatkan");
    if (copyRequired && !copyReceived)
        list << QCoreApplication::translate("Checklist", "salinan belum diserahkan");
    if (validityRequired) {
        if (!validUntil.isValid())
            list << QCoreApplication::translate("Checklist", "masa berlaku belum diperiksa");
        else if (validUntil < today)
            list << QCoreApplication::translate("Checklist", "sudah tidak berlaku sejak %1")
                        .arg(validUntil.toString(QStringLiteral("dd-MM-yyyy")));
    }
    return list;
}
