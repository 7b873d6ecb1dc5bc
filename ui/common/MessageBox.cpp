#include "common/MessageBox.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// lupdate reads MessageBoxTr::tr() only from a class: this one carries the "MessageBox" context.
struct MessageBoxTr
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
};

bool g_testing = false;
bool g_answer = true;
QString g_text;
QString g_last;

QString cancelText()
{
    return QCoreApplication::translate("InputDialogs", "Batal");
}
} // namespace

namespace MessageBox {

void setNextAnswerForTesting(std::optional<bool> answer)
{
    g_testing = answer.has_value();
    g_answer = answer.value_or(true);
}

void setNextTextForTesting(const QString &text)
{
    g_text = text;
}

QString lastTextForTesting()
{
    return g_last;
}

void clearForTesting()
{
    g_last.clear();
}

void error(QWidget *parent, const QString &title, const QString &text)
{
    g_last = text;
    if (!g_testing)
        QMessageBox::warning(parent, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    g_last = text;
    if (!g_testing)
        QMessageBox::information(parent, title, text);
}

bool question(QWidget *parent, const QString &title, const QString &text)
{
    g_last = text;
    if (g_testing)
        return g_answer;
    // Qt ships no Indonesian translation of its standard buttons.
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(MessageBoxTr::tr("&Ya"));
    box.button(QMessageBox::No)->setText(MessageBoxTr::tr("&Tidak"));
    return box.exec() == QMessageBox::Yes;
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText)
{
    g_last = text;
    if (g_testing)
        return g_answer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    QPushButton *yes = box.addButton(confirmText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *no = box.addButton(cancelText(), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

std::optional<QString> confirmWithText(QWidget *parent, const QString &title, const QString &text, const QString &label,
                                       const QString &confirmText, bool required)
{
    g_last = text;
    if (g_testing)
        return g_answer ? std::optional<QString>(g_text) : std::nullopt;
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("confirmDialog"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *message = new QLabel(text, &dialog);
    message->setObjectName(QStringLiteral("confirmMessage"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(message);
    auto *fieldLabel = new QLabel(label, &dialog);
    auto *field = new QPlainTextEdit(&dialog);
    field->setObjectName(QStringLiteral("confirmText"));
    field->setTabChangesFocus(true);
    field->setMaximumHeight(90);
    fieldLabel->setBuddy(field);
    layout->addWidget(fieldLabel);
    layout->addWidget(field);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *yes = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *no = buttons->addButton(cancelText(), QDialogButtonBox::RejectRole);
    no->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (required) {
        auto update = [field, yes] { yes->setEnabled(!field->toPlainText().trimmed().isEmpty()); };
        QObject::connect(field, &QPlainTextEdit::textChanged, &dialog, update);
        update();
    }
    field->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return field->toPlainText();
}

} // namespace MessageBox
