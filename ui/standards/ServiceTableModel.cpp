#include "standards/ServiceTableModel.h"

ServiceTableModel::ServiceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ServiceTableModel::setCatalog(const ServiceCatalog &catalog)
{
    beginResetModel();
    m_services = catalog.services();
    endResetModel();
}

const Service *ServiceTableModel::serviceAt(int row) const
{
    return row >= 0 && row < m_services.size() ? &m_services.at(row) : nullptr;
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_services.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Service &s = m_services.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NumberColumn: return s.number;
        case NameColumn: return s.name;
        case HandledByColumn: return ServiceCatalog::roleTitle(s.handledBy);
        case TimeColumn: return ServiceCatalog::describeTime(s.time);
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return QVariant::fromValue(Qt::AlignCenter);
    return {};
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("No");
    case NameColumn: return tr("Layanan");
    case HandledByColumn: return tr("Ditangani oleh");
    case TimeColumn: return tr("Jangka waktu");
    default: return {};
    }
}
