#pragma once

#include <QList>

#include <utility>

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace TableViews {

// A read-only list of rows as every counter list shows it: sortable, one row selected at
// a time, no row numbers, the last column stretched, no column wider than a third of
// the counter screen.
QTableView *makeList(QWidget *parent, QAbstractItemModel *model, const QString &objectName);

// Columns sized to their contents, except those in `caps` (column, most pixels), whose
// text wraps at that width; rows as tall as their text.
void fitColumns(QTableView *view, const QList<std::pair<int, int>> &caps);

} // namespace TableViews
