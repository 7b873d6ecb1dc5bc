#pragma once

#include <QStringList>

// The headless admin command line. Returns the process exit code:
// 0 success, 1 failure (message on stderr), 2 usage error.
namespace Cli {

// Whether these arguments ask for the command line rather than the GUI.
bool wantsCli(const QStringList &args);
int run(const QStringList &args);
// Whether the command draws documents (PDF) and so needs a GUI application object.
bool rendersDocuments(const QStringList &args);

} // namespace Cli
