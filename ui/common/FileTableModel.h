#pragma once

#include "applications/Workflow.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

// Rows of files (guest book, queues, the supervisor's list). The clock columns are
// refreshed in place by refreshClocks() without reloading the rows. Open files that are
// overdue or at risk (ServiceClock's classification) say so in the Status column and
// colour their whole row. SortRole of the Status column is the urgency: overdue first,
// then at risk, then by due time; then the files not accepted yet by arrival; the
// finished ones last.
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

    // Replaces the rows in place: files gone are removed, new files inserted where they
    // belong, and the rest updated (dataChanged), never a reset while the order of the
    // files kept stays; so a view keeps its selection, its current cell and its scroll
    // position when another desk changes the list (issue 16).
    void setFiles(const QList<FileSummary> &files, const QList<ClockReading> &clocks);
    // Replaces the clock readings; emits dataChanged (the clock decides the colours and
    // the urgency, not the rows).
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
    bool isOpen(const FileSummary &file) const;
    // The clock state of an open, accepted, running file; nothing otherwise.
    std::optional<ClockState> urgency(int row) const;
    qint64 urgencyKey(int row) const;

    QList<FileSummary> m_files;
    QList<ClockReading> m_clocks;
    QDateTime m_now;
};
