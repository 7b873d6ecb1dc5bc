#pragma once

#include <QStringList>

class QApplication;
class QCoreApplication;

namespace LoketApplication {

// Application name and organisation (they decide the default database folder).
void setIdentity();
// The window icon from the installed icon theme (packaging/loket.svg), when there is one.
void installIcon(QApplication &app);
// Loads the English translation when "--lang en" is given.
void installTranslator(QCoreApplication &app, const QStringList &args);
int runGui(QApplication &app);

} // namespace LoketApplication
