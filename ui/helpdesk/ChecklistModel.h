#pragma once

#include "applications/Application.h"

#include <QAbstractTableModel>
#include <QDate>
#include <functional>

// The checklist of one application. Ticks are written through a callback to core;
// a refused tick is reported through `error` and the row is left as it was.
class ChecklistModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, OriginalColumn, CopyColumn, ValidUntilColumn, VerdictColumn, ColumnCount };
    using Writer = std::function<QString(const ChecklistItem &updated)>; // returns an error text or empty

    explicit ChecklistModel(QObject *parent = nullptr);

    // The same requirements again are updated in place (no reset): a view keeps its
    // current cell.
    void setItems(const QList<ChecklistItem> &items, bool editable);
    void setWriter(Writer writer) { m_writer = std::move(writer); }
    void setToday(const QDate &today) { m_today = today; }
    const QList<ChecklistItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void error(const QString &message);
    void changed();
    // A cell was written (a tick, a date): the view makes it current, so the next key
    // goes there even when the tick came from a mouse click on the check box.
    void edited(const QModelIndex &index);

private:
    QList<ChecklistItem> m_items;
    bool m_editable = false;
    Writer m_writer;
    QDate m_today = QDate::currentDate();
};
