#pragma once

#include "common/Result.h"
#include "receipts/ReceiptData.h"

#include <QCoreApplication>

class ComplaintStore;
class Database;
class Workflow;
struct Complaint;

// Gathers a receipt's content from the workflow and the office settings, and refuses a
// receipt that the file's state does not support (no completion proof for an open file).
class ReceiptSource final
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptSource)

public:
    ReceiptSource(Database &db, Workflow &workflow) : m_db(db), m_workflow(workflow) {}

    Result<ReceiptData> forApplication(qint64 applicationId, ReceiptKind kind);
    Result<ReceiptData> forComplaint(const ComplaintReceipt &complaint);
    // What the receipt of a recorded complaint shows: its deadlines on the store's
    // calendar and, for an incomplete one, what is missing (the GUI and `loket print`).
    static ComplaintReceipt complaintReceipt(ComplaintStore &store, const Complaint &complaint);

    // The visits of the ticket's day still waiting to be called ahead of it, in the
    // waiting room's calling order (priority visitors first); 0 once it is called.
    Result<int> waitingAhead(const ApplicationFile &file);

private:
    Result<ReceiptData> base(ReceiptKind kind);

    Database &m_db;
    Workflow &m_workflow;
};
