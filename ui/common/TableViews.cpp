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

} // namespace TableViews
