#include "common/FileDialogs.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSplitter>
#include <QTreeView>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTranslator>

#include <algorithm>

namespace {

// Icons and type names from the name alone: no QMimeDatabase, so no file is opened.
class NameOnlyIconProvider final : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override
    {
        return QApplication::style()->standardIcon(type == Folder || type == Drive ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    }
    QIcon icon(const QFileInfo &info) const override { return icon(info.isDir() ? Folder : File); }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("FileDialogs", "Folder");
        const QString suffix = info.suffix();
        return suffix.isEmpty() ? QCoreApplication::translate("FileDialogs", "Berkas")
                                : QCoreApplication::translate("FileDialogs", "Berkas %1").arg(suffix.toUpper());
    }
};

NameOnlyIconProvider *iconProvider()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

QString settingsKey(const QString &purpose)
{
    return QStringLiteral("fileDialogs/%1").arg(purpose);
}

QString startFolder(const QString &purpose)
{
    const QString remembered = QSettings().value(settingsKey(purpose)).toString();
    return !remembered.isEmpty() && QFileInfo(remembered).isDir() ? remembered : FileDialogs::defaultFolder();
}

QString run(QFileDialog &dialog, const QString &purpose, QString *selectedFilter)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(iconProvider());
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    // Names, sizes, types and dates readable in full; the places list wide enough.
    dialog.resize(std::max(dialog.width(), 860), std::max(dialog.height(), 500));
    if (auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView"))) {
        details->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int column = 1; column < 4; ++column)
            details->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    if (auto *splitter = dialog.findChild<QSplitter *>(QStringLiteral("splitter")))
        splitter->setSizes({170, 690});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    // For a folder, the folder itself is remembered; for a file, the folder it is in.
    QSettings().setValue(settingsKey(purpose), dialog.fileMode() == QFileDialog::Directory ? path : QFileInfo(path).absolutePath());
    return path;
}

} // namespace

namespace FileDialogs {

QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString saveFileName(QWidget *parent, const QString &purpose, const QString &title, const QString &suggestedName,
                     const QString &filters, QString *selectedFilter)
{
    QFileDialog dialog(parent, title, QDir(startFolder(purpose)).filePath(suggestedName), filters);
    dialog.setObjectName(QStringLiteral("fileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return run(dialog, purpose, selectedFilter);
}

QString openFileName(QWidget *parent, const QString &purpose, const QString &title, const QString &filters)
{
    QFileDialog dialog(parent, title, startFolder(purpose), filters);
    dialog.setObjectName(QStringLiteral("fileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog, purpose, nullptr);
}

QString folderName(QWidget *parent, const QString &purpose, const QString &title, const QString &current)
{
    QFileDialog dialog(parent, title, !current.isEmpty() && QFileInfo(current).isDir() ? current : startFolder(purpose));
    dialog.setObjectName(QStringLiteral("fileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return run(dialog, purpose, nullptr);
}

void installQtIndonesian(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/qt_id.qm")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace FileDialogs
