#pragma once

#include "applications/Workflow.h"

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

class Chime;
class Database;
class FileTableModel;
class FileView;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

// The queue of a handling role (verifikator or admin sistem): oldest first, each row with
// its due time and a colour that updates live; claim, open, complete, send back, pause,
// resume, release. A search field opens a file by its number (typed or scanned).
class QueuePage final : public QWidget
{
    Q_OBJECT

public:
    QueuePage(Database &db, Workflow &workflow, QWidget *parent = nullptr);

    void setActor(const User &actor, const QString &role);
    void refresh();
    void refreshClocks();
    // Another desk changed these files (ChangeFeed): the queue is updated in place (the
    // selection and the scroll position stay), the open file when it is among them. A
    // file arriving in an empty queue is announced: the summary says so in colour, the
    // window asks for attention and the chime sounds.
    void applyRemoteChanges(const QSet<qint64> &applications, bool everything);
    // The connection to the server was lost or came back: the buttons that write wait.
    void setOnline(bool online);
    // How many times a file arriving in an empty queue was announced (tests).
    int arrivalCues() const { return m_arrivalCues; }
    bool openNumber(const QString &typed);
    qint64 selectedApplication() const { return m_selected; }
    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

    // Actions, public so that tests and shortcuts reach them.
    void claimSelected();
    void completeSelected(const QString &outcome = {});
    void sendBackSelected(const QString &reason = {});
    void pauseSelected(PauseReason reason, const QString &text = {});
    void resumeSelected();
    // Asks for confirmation and the reason unless one is given.
    void releaseSelected(const QString &reason = {});

signals:
    void filesChanged();
    void receiptRequested(qint64 applicationId, const QString &kind);
    // The applicant was called to this desk (the board refreshes).
    void callsChanged();
    // "Catat pengaduan keterlambatan…" on a file whose promise was broken (MainWindow opens the form).
    void lateComplaintRequested(qint64 applicationId);

private:
    void select(qint64 applicationId);
    void showSelected();
    void act(const Status &status, const QString &title);
    void pauseWithDialog();

    Database &m_db;
    Workflow &m_workflow;
    User m_actor;
    QString m_role;
    qint64 m_selected = 0;

    FileTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    FileView *m_view = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_sendBack = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_callApplicant = nullptr;
    QPushButton *m_lateComplaint = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_timer = nullptr;
    Chime *m_chime = nullptr;
    int m_arrivalCues = 0;
    QElapsedTimer m_arrivalShown;
    static constexpr int kArrivalShownMs = 8000;
    bool m_online = true;
};
