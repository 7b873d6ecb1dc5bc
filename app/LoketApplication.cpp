#include "LoketApplication.h"

#include "Args.h"
#include "MainWindow.h"
#include "backup/Backup.h"
#include "catalog/CatalogStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>
#include <QPushButton>
#include <QTranslator>

namespace LoketApplication {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Loket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOKET_VERSION));
}

void installTranslator(QCoreApplication &app, const QStringList &args)
{
    Args a(args.mid(1));
    if (a.option(QStringLiteral("--lang")).value_or(QString()) != QLatin1String("en"))
        return;
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/loket_en.qm")))
        QCoreApplication::installTranslator(translator);
}

// Opens the database and checks its integrity. A damaged, foreign, newer or read-only
// file is never overwritten: the dialog offers to restore the latest backup instead
// (the damaged file is kept aside by the restore).
std::unique_ptr<Database> openChecked(const QString &path)
{
    const QString title = QCoreApplication::translate("Main", "Loket — basis data");
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString problem;
        auto opened = Database::open(path, Database::Mode::Open);
        if (opened) {
            const QStringList problems = opened.value()->integrityProblems();
            if (problems.isEmpty())
                return std::move(opened).value();
            problem = QCoreApplication::translate("Main", "Pemeriksaan integritas basis data %1 menemukan kerusakan: %2")
                          .arg(path, problems.first());
        } else {
            problem = opened.error();
        }
        opened = Result<std::unique_ptr<Database>>::failure(QString()); // close before any restore
        const QString folder = Backup::defaultFolder(path);
        const QString latest = Backup::latest(folder);
        if (latest.isEmpty() || attempt > 0) {
            QMessageBox::critical(nullptr, title, problem + QStringLiteral("\n\n")
                                                      + QCoreApplication::translate("Main", "Tidak ada cadangan yang dapat dipulihkan di %1. Berkas itu tidak diubah.").arg(folder));
            return nullptr;
        }
        QMessageBox box(QMessageBox::Critical, title, problem, QMessageBox::NoButton);
        box.setInformativeText(QCoreApplication::translate("Main", "Cadangan terakhir: %1 (%2). Pulihkan? Berkas yang rusak disimpan di samping, tidak dihapus.")
                                   .arg(latest, QFileInfo(latest).lastModified().toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
        QPushButton *restore = box.addButton(QCoreApplication::translate("Main", "&Pulihkan dari cadangan"), QMessageBox::AcceptRole);
        box.addButton(QCoreApplication::translate("Main", "&Keluar"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != restore)
            return nullptr;
        const Result<QString> restored = Backup::restore(latest, path);
        if (!restored) {
            QMessageBox::critical(nullptr, title, restored.error());
            return nullptr;
        }
    }
    return nullptr;
}

int runGui(QApplication &app)
{
    Args a(app.arguments().mid(1));
    const QString path = a.option(QStringLiteral("--db")).value_or(Database::defaultPath());
    std::unique_ptr<Database> db = openChecked(path);
    if (!db)
        return 1;
    if (const Status seeded = CatalogStore(*db).ensureSeeded(); !seeded) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Main", "Loket — katalog layanan"), seeded.error());
        return 1;
    }
    int code = 0;
    {
        MainWindow window(*db);
        window.show();
        // For the cold-start benchmark (bench/loket_bench): close the login dialog as soon
        // as the event loop runs, that is, once the window is interactive.
        if (qEnvironmentVariableIsSet("LOKET_QUIT_WHEN_SHOWN"))
            QTimer::singleShot(0, &app, [] {
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close();
            });
        if (!window.login())
            return 0;
        code = app.exec();
    }
    return code;
}

} // namespace LoketApplication
