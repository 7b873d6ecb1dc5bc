#pragma once

#include "survey/Ikm.h"

#include <QAbstractTableModel>

// The nine elements of the SKM with their NRR and weighted NRR (x 1/9).
class IkmTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, ElementColumn, SumColumn, NrrColumn, WeightedColumn, ColumnCount };

    explicit IkmTableModel(QObject *parent = nullptr);

    void setResult(const IkmResult &result);
    const IkmResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    IkmResult m_result;
};
