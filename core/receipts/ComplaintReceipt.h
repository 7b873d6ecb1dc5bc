#pragma once

#include <QDateTime>
#include <QString>

// What a complaint receipt shows. The complaints feature fills it in; the printer only
// needs these fields (times in UTC).
struct ComplaintReceipt
{
    QString number;
    QDateTime receivedAt;
    QDateTime ackDue;      // 3 working days: complete or not (Pasal 8 ayat 5)
    QDateTime responseDue; // 6 working days: the response (Lampiran)
    QString complainantName;
    QString summary;
};
