#pragma once

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace TableViews {

// A read-only list of rows as every counter list shows it: sortable, one row selected at
// a time, no row numbers, the last column stretched, no column wider than a third of
// the counter screen.
QTableView *makeList(QWidget *parent, QAbstractItemModel *model, const QString &objectName);

} // namespace TableViews
