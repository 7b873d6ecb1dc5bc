#include "feedback/IkmTableModel.h"

#include "common/IdNumber.h"

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
    const bool have = m_result.isValid();
    switch (index.column()) {
    case CodeColumn: return SurveyElement::code(e);
    case ElementColumn: return SurveyElement::title(e);
    case SumColumn: return have ? QVariant(m_result.sums.at(e)) : QVariant();
    case NrrColumn: return have ? IdNumber::format(m_result.nrr(e), 2) : QString();
    case WeightedColumn: return have ? IdNumber::format(m_result.weightedNrr(e), 3) : QString();
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
