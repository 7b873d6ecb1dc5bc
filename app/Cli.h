#pragma once

#include <QStringList>

// The headless admin command line. Returns the process exit code:
// 0 success, 1 failure (message on stderr), 2 usage error.
namespace Cli {

// Whether these arguments ask for the command line rather than the GUI.
bool wantsCli(const QStringList &args);
int run(const QStringList &args);

} // namespace Cli
