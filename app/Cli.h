#pragma once

#include <QStringList>

// The headless admin command line. Returns the process exit code:
// 0 success, 1 failure (message on stderr), 2 usage error.
namespace Cli {

// "en" or "id", the values of --lang.
bool isLanguage(const QString &key);
// Whether these arguments ask for the command line rather than the GUI.
bool wantsCli(const QStringList &args);
int run(const QStringList &args);
// The command line speaks to people in their language: Qt's and SQLite's own English
// diagnostics (qWarning and below, e.g. "QPainter::begin(): Returned false") are left
// out of stderr. LOKET_DEBUG=1 shows them, prefixed, for a developer.
void installMessageFilter();
// Whether the command draws documents (PDF) and so needs a GUI application object.
bool rendersDocuments(const QStringList &args);

} // namespace Cli
