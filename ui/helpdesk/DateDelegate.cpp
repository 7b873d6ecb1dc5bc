#include "helpdesk/DateDelegate.h"

#include <QDateEdit>

#include <algorithm>

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

void DateDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The date and its calendar button in full ("30-06-2028", not ".-06-2028"): the editor
    // may be wider than the column, never narrower than it needs.
    QRect r = option.rect;
    r.setWidth(std::max(r.width(), editor->sizeHint().width()));
    r.setHeight(std::max(r.height(), editor->sizeHint().height()));
    editor->setGeometry(r);
}

QSize DateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The column is as wide as the editor will be, so the editor covers only its own cell.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_editorWidth < 0) {
        QDateEdit probe;
        probe.setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        probe.setCalendarPopup(true);
        m_editorWidth = probe.sizeHint().width();
    }
    size.setWidth(std::max(size.width(), m_editorWidth));
    return size;
}
