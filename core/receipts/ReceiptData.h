#pragma once

#include "applications/Workflow.h"
#include "receipts/ComplaintReceipt.h"
#include "receipts/ReceiptKind.h"
#include "settings/OfficeSettings.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

// Everything one receipt shows, gathered from core before anything is drawn
// (ReceiptSource fills it in; ReceiptRenderer draws it).
struct ReceiptData
{
    ReceiptKind kind = ReceiptKind::Ticket;
    OfficeIdentity office;
    QTimeZone zone;                         // the office's zone: times are shown in it
    std::optional<ApplicationFile> file;    // every kind but the complaint receipt
    std::optional<ComplaintReceipt> complaint;
    int waitingAhead = 0;                   // ticket
    std::optional<int> typicalWaitMinutes;  // ticket: the usual wait for the call at this hour (WaitTimes)
    int retentionYears = 0;                 // ticket: how long identifiers are kept (Retention), for the notice
    QList<MissingItem> missing;             // return slip: what the applicant must bring
    QString returnNote;                     // return slip: the helpdesk's note
    QDateTime returnedAt;                   // return slip
    QList<MissingItem> waived;              // document receipt of a file accepted by discretion (Pasal 6)
    QString officerName;                    // who accepted / returned / finished the file
    QDateTime printedAt;
    bool reprint = false;                   // the same receipt was printed before
};
