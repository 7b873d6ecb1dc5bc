#pragma once

#include <QStringList>

class QApplication;

// `loket display [--db LOCATION] [--screen N] [--windowed]`: the waiting room's board,
// straight away, without a login (it holds no personal data).
namespace DisplayApp {

// Whether the arguments ask for the board, and only with options it knows; anything else
// goes to the command line, which answers it with a usage error.
bool wanted(const QStringList &args);
int run(QApplication &app);

} // namespace DisplayApp
