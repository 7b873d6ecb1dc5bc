#pragma once

#include "applications/Workflow.h"

#include <QWidget>

class Database;
class FileTableModel;
class FileView;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;

// Kasubbag and Kepala Bagian: every open file across roles with its clock, today's
// counts per service, and the discretion action (Kepala Bagian only).
class SupervisorPage final : public QWidget
{
    Q_OBJECT

public:
    SupervisorPage(Database &db, Workflow &workflow, QWidget *parent = nullptr);

    void setActor(const User &actor);
    void refresh();
    bool useDiscretion(qint64 applicationId, const QString &reason);

signals:
    void filesChanged();

private:
    void showSelected();

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
    QTimer *m_timer = nullptr;
};
