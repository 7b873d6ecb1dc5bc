#include "common/TableViews.h"

#include <QHeaderView>
#include <QTableView>

namespace TableViews {

QTableView *makeList(QWidget *parent, QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setMaximumSectionSize(280);
    return view;
}

void fitColumns(QTableView *view, const QList<std::pair<int, int>> &caps)
{
    view->resizeColumnsToContents();
    // Long texts (a status with its clock, the service's name, the company) wrap onto two
    // lines instead of pushing the columns after them out of the pane at 1366 pixels.
    for (const auto &[column, width] : caps)
        if (view->columnWidth(column) > width)
            view->setColumnWidth(column, width);
    view->resizeRowsToContents();
}

} // namespace TableViews
