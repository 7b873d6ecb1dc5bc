#pragma once

#include "complaints/Complaint.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

// Rows of the complaint register, with the acknowledgement and response deadlines
// coloured by their state (overdue red, due soon amber, running green).
class ComplaintTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, ReceivedColumn, StageColumn, AcknowledgementColumn, ResponseColumn, ComplainantColumn,
                  CompletenessColumn, ChannelColumn, ColumnCount };
    enum Roles { ComplaintIdRole = Qt::UserRole + 1, SortRole, DeadlineStateRole };

    explicit ComplaintTableModel(QObject *parent = nullptr);

    void setComplaints(const QList<Complaint> &complaints, const QList<ComplaintDeadlines> &deadlines);
    const Complaint *complaintAt(int row) const;
    int rowOf(qint64 complaintId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor stateColour(DeadlineState state);

private:
    QList<Complaint> m_complaints;
    QList<ComplaintDeadlines> m_deadlines;
};
