#include "feedback/SuggestionTableModel.h"

SuggestionTableModel::SuggestionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SuggestionTableModel::setSuggestions(const QList<Suggestion> &suggestions)
{
    beginResetModel();
    m_suggestions = suggestions;
    endResetModel();
}

int SuggestionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_suggestions.size());
}

int SuggestionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Suggestion &s = m_suggestions.at(index.row());
    if (role == SuggestionIdRole)
        return s.id;
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DateColumn:
            if (role == SortRole)
                return QVariant(s.date);
            return s.date.toString(QStringLiteral("dd-MM-yyyy"));
        case ChannelColumn: return FeedbackChannels::title(s.channel);
        case TextColumn:
            // One line in the table; the whole text in the tooltip.
            return role == Qt::DisplayRole ? QString(s.text).replace(QLatin1Char('\n'), QLatin1Char(' ')) : s.text;
        case ContactColumn: return s.contact;
        case RecordedByColumn: return s.recordedByName;
        default: return {};
        }
    }
    return {};
}

QVariant SuggestionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Tanggal");
    case ChannelColumn: return tr("Saluran");
    case TextColumn: return tr("Saran dan masukan");
    case ContactColumn: return tr("Kontak");
    case RecordedByColumn: return tr("Dicatat oleh");
    default: return {};
    }
}
