#include "feedback/IkmServiceTableModel.h"

#include <QFont>

IkmServiceTableModel::IkmServiceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void IkmServiceTableModel::setReport(const IkmUnitReport &report)
{
    beginResetModel();
    m_report = report;
    m_lines = report.rows();
    m_cells.clear();
    for (const IkmServiceLine &line : std::as_const(m_lines))
        m_cells << IkmReportFormat::serviceCells(line);
    endResetModel();
}

int IkmServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cells.size());
}

int IkmServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : IkmReportFormat::ColumnCount;
}

QVariant IkmServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int c = index.column();
    const bool unit = m_lines.at(index.row()).kind == IkmServiceLine::Kind::Unit;
    switch (role) {
    case Qt::DisplayRole: return m_cells.at(index.row()).value(c);
    case Qt::TextAlignmentRole:
        if (c == IkmReportFormat::ServiceColumn || c == IkmReportFormat::PerformanceColumn || c == IkmReportFormat::SampleNoteColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (unit) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (c >= IkmReportFormat::FirstElementColumn && c < IkmReportFormat::WeightedColumn)
            return SurveyElement::title(c - IkmReportFormat::FirstElementColumn);
        return {};
    default: return {};
    }
}

QVariant IkmServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return IkmReportFormat::serviceTitles().value(section);
}
