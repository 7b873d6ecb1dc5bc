#pragma once

#include "suggestions/Suggestion.h"

#include <QAbstractTableModel>
#include <QList>

// Rows of suggestions (saran dan masukan), newest first.
class SuggestionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ChannelColumn, TextColumn, ContactColumn, RecordedByColumn, ColumnCount };
    enum Roles { SuggestionIdRole = Qt::UserRole + 1, SortRole };

    explicit SuggestionTableModel(QObject *parent = nullptr);

    void setSuggestions(const QList<Suggestion> &suggestions);
    const QList<Suggestion> &suggestions() const { return m_suggestions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Suggestion> m_suggestions;
};
