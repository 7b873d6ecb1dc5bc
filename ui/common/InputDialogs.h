#pragma once

#include <QLineEdit>
#include <QString>
#include <QStringList>

class QDialogButtonBox;
class QWidget;

// QInputDialog with Indonesian (translatable) button texts; Qt ships no Indonesian
// translation of its own standard buttons.
namespace InputDialogs {

QString getText(QWidget *parent, const QString &title, const QString &label, QLineEdit::EchoMode mode, const QString &text, bool *ok);
// Tab leaves the text box (it does not type a tab character).
QString getMultiLineText(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok);
QString getItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current, bool *ok);
void localize(QDialogButtonBox *buttons);

} // namespace InputDialogs
