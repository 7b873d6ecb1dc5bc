#pragma once

#include "applications/Workflow.h"

#include <QWidget>

class Database;
class FileTableModel;
class FileView;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;

// Kasubbag and Kepala Bagian: every open file across roles with its clock, today's
// counts per service, and the discretion action (Kepala Bagian only); who is logged in at
// which desk and since when, and the files held at a desk that went silent (a PC switched
// off or crashed), which the supervisor may release (DeskSessions).
class SupervisorPage final : public QWidget
{
    Q_OBJECT

public:
    SupervisorPage(Database &db, Workflow &workflow, QWidget *parent = nullptr);

    void setActor(const User &actor);
    void refresh();
    bool useDiscretion(qint64 applicationId, const QString &reason);
    // The connection to the server was lost or came back: the buttons that write wait.
    void setOnline(bool online);
    // Selects a file in the list of open files (the flagged ones are reached this way).
    void selectFile(qint64 applicationId);

signals:
    void filesChanged();
    // "Catat pengaduan keterlambatan" on the selected late file.
    void lateComplaintRequested(qint64 applicationId);

private:
    void showSelected();
    void refreshDesks();

    Database &m_db;
    Workflow &m_workflow;
    User m_actor;
    qint64 m_selected = 0;
    FileTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QTableWidget *m_counts = nullptr;
    FileView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_discretion = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_lateComplaint = nullptr;
    QTimer *m_timer = nullptr;
    QTableWidget *m_desks = nullptr;
    QListWidget *m_abandoned = nullptr;
    QLabel *m_abandonedTitle = nullptr;
    bool m_online = true;
};
