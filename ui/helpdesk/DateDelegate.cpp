#include "helpdesk/DateDelegate.h"

#include <QDateEdit>

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QDateEdit(parent);
    editor->setObjectName(QStringLiteral("validUntilEditor"));
    editor->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    editor->setCalendarPopup(true);
    editor->setDateRange(QDate(1990, 1, 1), QDate(2200, 12, 31));
    return editor;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QDateEdit *>(editor);
    edit->setDate(index.data(Qt::EditRole).toDate());
    edit->setCurrentSection(QDateTimeEdit::DaySection);
    edit->setSelectedSection(QDateTimeEdit::DaySection);
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = static_cast<QDateEdit *>(editor);
    edit->interpretText();
    model->setData(index, edit->date(), Qt::EditRole);
}
