#include "common/MessageBox.h"

namespace {
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
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

} // namespace MessageBox
