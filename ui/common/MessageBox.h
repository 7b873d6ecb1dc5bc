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
// Asks before an action: true when the officer presses `confirmText`; "Batal" (the
// default button, and Esc) changes nothing.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText);
// Asks before an action with a text to write (a reason, a note) under `label`; the text
// as written, or nothing when cancelled. A required text must be written before the
// confirm button can be pressed.
std::optional<QString> confirmWithText(QWidget *parent, const QString &title, const QString &text, const QString &label,
                                       const QString &confirmText, bool required);

// Test hooks: the next boxes are not shown; question() and confirm() return `answer`,
// confirmWithText() the text set below (when `answer` is true).
void setNextAnswerForTesting(std::optional<bool> answer);
void setNextTextForTesting(const QString &text);
QString lastTextForTesting();
void clearForTesting();

} // namespace MessageBox
