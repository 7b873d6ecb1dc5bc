#include "helpdesk/ChecklistModel.h"

#include <QBrush>
#include <QColor>

ChecklistModel::ChecklistModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChecklistModel::setItems(const QList<ChecklistItem> &items, bool editable)
{
    bool same = !items.isEmpty() && items.size() == m_items.size();
    for (qsizetype i = 0; same && i < items.size(); ++i)
        same = items.at(i).requirementId == m_items.at(i).requirementId;
    if (same) {
        m_items = items;
        m_editable = editable;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = items;
    m_editable = editable;
    endResetModel();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ChecklistItem &i = m_items.at(index.row());
    const QStringList problems = i.problems(m_today);
    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::DisplayRole)
            return i.label;
        if (role == Qt::ToolTipRole)
            return i.needed;
        break;
    case OriginalColumn:
        if (role == Qt::CheckStateRole && i.originalRequired)
            return i.originalSeen ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole && !i.originalRequired)
            return QStringLiteral("–");
        break;
    case CopyColumn:
        if (role == Qt::CheckStateRole && i.copyRequired)
            return i.copyReceived ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole && !i.copyRequired)
            return QStringLiteral("–");
        break;
    case ValidUntilColumn:
        if (!i.validityRequired)
            return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
        if (role == Qt::DisplayRole)
            return i.validUntil.isValid() ? i.validUntil.toString(QStringLiteral("dd-MM-yyyy")) : tr("isi tanggal");
        if (role == Qt::EditRole)
            return i.validUntil.isValid() ? i.validUntil : m_today.addYears(1);
        break;
    case VerdictColumn:
        if (role == Qt::DisplayRole)
            return problems.isEmpty() ? tr("lengkap") : problems.join(QStringLiteral(", "));
        if (role == Qt::ForegroundRole)
            return QBrush(problems.isEmpty() ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
        break;
    default: break;
    }
    return {};
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || !index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return false;
    ChecklistItem updated = m_items.at(index.row());
    if (index.column() == OriginalColumn && role == Qt::CheckStateRole && updated.originalRequired)
        updated.originalSeen = value.toInt() == Qt::Checked;
    else if (index.column() == CopyColumn && role == Qt::CheckStateRole && updated.copyRequired)
        updated.copyReceived = value.toInt() == Qt::Checked;
    else if (index.column() == ValidUntilColumn && role == Qt::EditRole && updated.validityRequired)
        updated.validUntil = value.toDate();
    else
        return false;
    if (m_writer) {
        const QString problem = m_writer(updated);
        if (!problem.isEmpty()) {
            emit error(problem);
            return false;
        }
    }
    m_items[index.row()] = updated;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited(index);
    emit changed();
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const ChecklistItem &i = m_items.at(index.row());
    if (m_editable) {
        if ((index.column() == OriginalColumn && i.originalRequired) || (index.column() == CopyColumn && i.copyRequired))
            f |= Qt::ItemIsUserCheckable;
        if (index.column() == ValidUntilColumn && i.validityRequired)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Dokumen");
    case OriginalColumn: return tr("Asli");
    case CopyColumn: return tr("Salinan");
    case ValidUntilColumn: return tr("Berlaku s.d.");
    case VerdictColumn: return tr("Keterangan");
    default: return {};
    }
}
