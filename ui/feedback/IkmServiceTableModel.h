#pragma once

#include "survey/IkmUnitReport.h"

#include <QAbstractTableModel>

// The IKM per service of a period (PermenPAN-RB 14/2017): each service's respondents,
// NRR of U1..U9, weighted NRR, IKM, category, performance and sample, then the unit.
// Every cell is IkmReportFormat's, as in the PDF and on the command line.
class IkmServiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit IkmServiceTableModel(QObject *parent = nullptr);

    void setReport(const IkmUnitReport &report);
    const IkmUnitReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    IkmUnitReport m_report;
    QList<IkmServiceLine> m_lines;
    QList<QStringList> m_cells;
};
