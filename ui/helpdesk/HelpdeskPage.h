#pragma once

#include "applications/Workflow.h"

#include <QWidget>

class CallBar;
class ChecklistModel;
class CheckInForm;
class Database;
class FileTableModel;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

// The helpdesk officer's screen: check-in, today's guest book, and the checklist of the
// selected file with "Terima & teruskan" and "Kembalikan berkas".
class HelpdeskPage final : public QWidget
{
    Q_OBJECT

public:
    HelpdeskPage(Database &db, Workflow &workflow, QWidget *parent = nullptr);

    void setActor(const User &actor);
    void refresh();
    // Another desk changed these files (ChangeFeed): the guest book is updated in place,
    // the open file only when it is among them; the walk-in form is never touched.
    void applyRemoteChanges(const QSet<qint64> &applications, bool everything);
    // The connection to the server was lost or came back: the buttons that write wait.
    void setOnline(bool online);
    void selectApplication(qint64 applicationId);
    qint64 selectedApplication() const { return m_selected; }
    CheckInForm *checkInForm() const { return m_form; }
    CallBar *callBar() const { return m_callBar; }
    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

signals:
    // Emitted after a file changed, so other screens can refresh.
    void filesChanged();
    void receiptRequested(qint64 applicationId, const QString &kind);
    // A number was called, repeated or set aside at this desk (the board refreshes).
    void callsChanged();
    // "Pengaduan keterlambatan…" on a file whose promise was broken (MainWindow opens the form).
    void lateComplaintRequested(qint64 applicationId);

private:
    void showSelected();
    // Reloads the guest book rows (in place when they are the same files).
    void refreshBook();
    void acceptSelected();
    void returnSelected();
    void updateVerdict();

    Database &m_db;
    Workflow &m_workflow;
    User m_actor;
    qint64 m_selected = 0;
    bool m_online = true;

    CheckInForm *m_form = nullptr;
    CallBar *m_callBar = nullptr;
    FileTableModel *m_bookModel = nullptr;
    QSortFilterProxyModel *m_bookProxy = nullptr;
    QTableView *m_book = nullptr;
    QDateEdit *m_day = nullptr;
    QLineEdit *m_search = nullptr;
    ChecklistModel *m_checklist = nullptr;
    QTableView *m_checklistView = nullptr;
    QLabel *m_fileTitle = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_lateComplaint = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_lastTicket = nullptr;
};
