#pragma once

#include "accounts/User.h"
#include "print/PrintDialogs.h"
#include "receipts/ComplaintReceipt.h"
#include "print/PaperProfile.h"
#include "receipts/ReceiptKind.h"

#include <QObject>

#include <functional>

class Database;
class QWidget;
class Workflow;

// The GUI's way to print: sends a receipt or a public document to the printer chosen for
// its kind on this PC (PrinterChoices) without asking, or, with none chosen yet, opens a
// print preview and remembers the printer it printed on; records every printed (or
// saved) receipt as a "printed" event of the file.
// MainWindow connects its receiptRequested(qint64, QString) signal to requestReceipt().
class ReceiptPrinter final : public QObject
{
    Q_OBJECT

public:
    using ActorProvider = std::function<User()>;

    // `actor` returns the signed-in user when a print is recorded; `window` parents the dialogs.
    ReceiptPrinter(Database &db, Workflow &workflow, ActorProvider actor, QWidget *window);

    // The paper chosen for the kind on this PC, else the office's (PrintSettings).
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
    PrintDialogs::Outcome print(const QString &job, const PaperProfile &paper, const DocumentPrinter::Builder &build,
                                const DocumentPrinter::Options &options);

    Database &m_db;
    Workflow &m_workflow;
    ActorProvider m_actor;
    QWidget *m_window;
};
