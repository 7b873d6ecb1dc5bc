#include "common/InputDialogs.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QPushButton>

namespace {

// lupdate reads InputDialogsTr::tr() only from a class: this one carries the "InputDialogs" context.
struct InputDialogsTr
{
    Q_DECLARE_TR_FUNCTIONS(InputDialogs)
};

bool run(QInputDialog &dialog, bool *ok)
{
    dialog.setOkButtonText(InputDialogsTr::tr("OK"));
    dialog.setCancelButtonText(InputDialogsTr::tr("Batal"));
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted;
}

} // namespace

namespace InputDialogs {

QString getText(QWidget *parent, const QString &title, const QString &label, QLineEdit::EchoMode mode, const QString &text, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextEchoMode(mode);
    dialog.setTextValue(text);
    return run(dialog, ok) ? dialog.textValue() : QString();
}

QString getMultiLineText(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(text);
    // Tab goes on to the buttons, as everywhere else; a reason has no use for tab characters.
    for (QPlainTextEdit *edit : dialog.findChildren<QPlainTextEdit *>()) {
        edit->setTabChangesFocus(true);
        edit->setObjectName(QStringLiteral("multiLineText"));
    }
    return run(dialog, ok) ? dialog.textValue() : QString();
}

QString getItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    if (current >= 0 && current < items.size())
        dialog.setTextValue(items.at(current));
    return run(dialog, ok) ? dialog.textValue() : QString();
}

void localize(QDialogButtonBox *buttons)
{
    if (QPushButton *b = buttons->button(QDialogButtonBox::Ok))
        b->setText(InputDialogsTr::tr("OK"));
    if (QPushButton *b = buttons->button(QDialogButtonBox::Cancel))
        b->setText(InputDialogsTr::tr("Batal"));
}

} // namespace InputDialogs
