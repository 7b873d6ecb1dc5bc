#include "common/MessageBox.h"

#include <QCoreApplication>
#include <QPushButton>

namespace {

// lupdate reads MessageBoxTr::tr() only from a class: this one carries the "MessageBox" context.
struct MessageBoxTr
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
};

bool g_testing = false;
bool g_answer = true;
QString g_last;
} // namespace

namespace MessageBox {

void setNextAnswerForTesting(std::optional<bool> answer)
{
    g_testing = answer.has_value();
    g_answer = answer.value_or(true);
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

} // namespace MessageBox
