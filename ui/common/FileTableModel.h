#pragma once

#include "applications/Workflow.h"

#include <QAbstractTableModel>
#include <QList>

// Rows of files (guest book, queues, the supervisor's list). The clock columns are
// refreshed in place by refreshClocks() without reloading the rows.
class FileTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        QueueColumn,
        StatusColumn,
        ClockColumn,
        DueColumn,
        ServiceColumn,
        ApplicantColumn,
        VendorColumn,
        OfficerColumn,
        ArrivedColumn,
        NumberColumn,
        ColumnCount
    };
    enum Roles { ApplicationIdRole = Qt::UserRole + 1, ClockStateRole, SortRole };

    explicit FileTableModel(QObject *parent = nullptr);

    void setFiles(const QList<FileSummary> &files, const QList<ClockReading> &clocks);
    // Replaces the clock readings; emits dataChanged for the clock columns only.
    void updateClocks(const QList<ClockReading> &clocks);
    const QList<FileSummary> &files() const { return m_files; }
    const FileSummary *fileAt(int row) const;
    int rowOf(qint64 applicationId) const;
    void setNow(const QDateTime &now) { m_now = now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString localTime(const QDateTime &utc, bool withDate = false);

private:
    QList<FileSummary> m_files;
    QList<ClockReading> m_clocks;
    QDateTime m_now;
};
