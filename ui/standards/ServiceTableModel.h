#pragma once

#include "catalog/ServiceCatalog.h"

#include <QAbstractTableModel>

// The services of a catalogue as a table: number, name, handled by, time, cost.
class ServiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, NameColumn, HandledByColumn, TimeColumn, ColumnCount };

    explicit ServiceTableModel(QObject *parent = nullptr);

    void setCatalog(const ServiceCatalog &catalog);
    const Service *serviceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Service> m_services;
};
