#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

// Message boxes that a test can answer in advance and whose last text it can read.
namespace MessageBox {

void error(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);
bool question(QWidget *parent, const QString &title, const QString &text);

// Test hooks: the next boxes are not shown; question() returns `answer`.
void setNextAnswerForTesting(std::optional<bool> answer);
QString lastTextForTesting();
void clearForTesting();

} // namespace MessageBox
