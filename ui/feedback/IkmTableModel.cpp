#include "feedback/IkmTableModel.h"

#include "survey/IkmUnitReport.h"

IkmTableModel::IkmTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void IkmTableModel::setResult(const IkmResult &result)
{
    m_result = result;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int IkmTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SurveyElement::kCount;
}

int IkmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IkmTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int e = index.row();
    if (role == Qt::TextAlignmentRole && index.column() >= SumColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ElementColumn)
        return SurveyElement::question(e);
    if (role != Qt::DisplayRole)
        return {};
    // IkmReportFormat's cells, as in the PDF and on the command line: code, title, sum, NRR, weight, weighted NRR.
    const QStringList cells = IkmReportFormat::elementCells(m_result, e);
    switch (index.column()) {
    case CodeColumn: return cells.value(0);
    case ElementColumn: return cells.value(1);
    case SumColumn: return cells.value(2);
    case NrrColumn: return cells.value(3);
    case WeightedColumn: return cells.value(5);
    default: return {};
    }
}

QVariant IkmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Unsur");
    case ElementColumn: return tr("Uraian");
    case SumColumn: return tr("Jumlah nilai");
    case NrrColumn: return tr("NRR");
    case WeightedColumn: return tr("NRR × 1/9");
    default: return {};
    }
}
