#pragma once

#include "accounts/User.h"
#include "receipts/ComplaintReceipt.h"
#include "print/PaperProfile.h"
#include "receipts/ReceiptKind.h"

#include <QObject>

#include <functional>

class Database;
class QWidget;
class Workflow;

// The GUI's way to print: opens a print preview of a receipt or a public document and
// records every printed (or saved) receipt as a "printed" event of the file.
// MainWindow connects its receiptRequested(qint64, QString) signal to requestReceipt().
class ReceiptPrinter final : public QObject
{
    Q_OBJECT

public:
    using ActorProvider = std::function<User()>;

    // `actor` returns the signed-in user when a print is recorded; `window` parents the dialogs.
    ReceiptPrinter(Database &db, Workflow &workflow, ActorProvider actor, QWidget *window);

    PaperProfile paperFor(ReceiptKind kind) const;

public slots:
    // kind: "ticket", "document", "return", "done" (ReceiptKinds::key).
    void requestReceipt(qint64 applicationId, const QString &kind);
    void requestComplaintReceipt(const ComplaintReceipt &complaint);
    void printMaklumat();
    void printStandar(int serviceNumber);
    void testPrint(const QString &paperKey);

signals:
    // After a receipt was printed or saved and the event recorded: views may refresh.
    void receiptPrinted(qint64 applicationId, const QString &kind);

private:
    void fail(const QString &text);

    Database &m_db;
    Workflow &m_workflow;
    ActorProvider m_actor;
    QWidget *m_window;
};
