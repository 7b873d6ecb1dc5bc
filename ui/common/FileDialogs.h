#pragma once

#include <QString>

class QCoreApplication;
class QWidget;

// Every file dialog of Loket. Qt's own dialog (never the desktop's, which runs in this
// process too), with an icon provider that never looks inside a file: Qt's default one
// opens each file of the folder shown to guess its type, and opening and closing the
// live database's -wal or -shm drops SQLite's locks (storage/LiveFiles.h). A dialog
// starts in the user's Documents folder, not the database's, and remembers the last
// folder chosen for its purpose.
namespace FileDialogs {

// `purpose` names the remembered folder ("export", "import", "pdf").
QString saveFileName(QWidget *parent, const QString &purpose, const QString &title, const QString &suggestedName,
                     const QString &filters, QString *selectedFilter = nullptr);
QString openFileName(QWidget *parent, const QString &purpose, const QString &title, const QString &filters);
// A folder (made in the dialog if need be); starts in `current` when that is a folder.
QString folderName(QWidget *parent, const QString &purpose, const QString &title, const QString &current = {});

// The folder a dialog first shows: the user's Documents folder, or home.
QString defaultFolder();

// Qt's own texts (file dialog, standard buttons, print preview, edit menus) in
// Indonesian, which Debian does not ship; written in resources/i18n/qt_id.ts.
void installQtIndonesian(QCoreApplication &app);

} // namespace FileDialogs
