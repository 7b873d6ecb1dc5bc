#include "LoketApplication.h"

#include "Args.h"
#include "MainWindow.h"
#include "common/FileDialogs.h"
#include "backup/Backup.h"
#include "catalog/CatalogStore.h"
#include "storage/Database.h"
#include "storage/DatabaseChoice.h"
#include "storage/IntegrityCheck.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QThread>
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
    if (a.option(QStringLiteral("--lang")).value_or(QString()) != QLatin1String("en")) {
        FileDialogs::installQtIndonesian(app); // Qt's own dialogs speak Indonesian too
        return;
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/loket_en.qm")))
        QCoreApplication::installTranslator(translator);
}

// Files up to this size are checked before the window opens (a quick check of 64 MB
// takes about a tenth of a second); larger ones are checked in the background once the
// window is up, so that ten years of records do not delay the counter's start.
constexpr qint64 kCheckBeforeStart = 64LL * 1024 * 1024;

// Offers to restore the latest backup over a damaged database; true when restored. The
// damaged file is kept aside by the restore, never deleted.
bool offerRestore(const QString &path, const QString &problem, bool ask = true)
{
    const QString title = QCoreApplication::translate("Main", "Loket — basis data");
    const QString folder = Backup::folderFor(path);
    const QString latest = Backup::latest(folder);
    if (latest.isEmpty()) {
        QMessageBox::critical(nullptr, title, problem + QStringLiteral("\n\n")
                                                  + QCoreApplication::translate("Main", "Tidak ada cadangan yang dapat dipulihkan di %1. Berkas itu tidak diubah.").arg(folder));
        return false;
    }
    if (ask) {
        QMessageBox box(QMessageBox::Critical, title, problem, QMessageBox::NoButton);
        box.setInformativeText(QCoreApplication::translate("Main", "Cadangan terakhir: %1 (%2). Pulihkan? Berkas yang rusak disimpan di samping, tidak dihapus.")
                                   .arg(latest, QFileInfo(latest).lastModified().toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
        QPushButton *restore = box.addButton(QCoreApplication::translate("Main", "&Pulihkan dari cadangan"), QMessageBox::AcceptRole);
        box.addButton(QCoreApplication::translate("Main", "&Keluar"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != restore)
            return false;
    }
    const Result<QString> restored = Backup::restore(latest, path);
    if (!restored) {
        QMessageBox::critical(nullptr, title, restored.error());
        return false;
    }
    return true;
}

QString damageText(const QString &path, const QStringList &problems)
{
    return QCoreApplication::translate("Main", "Pemeriksaan integritas basis data %1 menemukan kerusakan: %2").arg(path, problems.first());
}

// Opens the database and, for a small file, checks its integrity at once. A damaged,
// foreign, newer or read-only file is never overwritten: the dialog offers to restore
// the latest backup instead. `checkLater` is set when the file is large enough to be
// checked in the background.
std::unique_ptr<Database> openChecked(const QString &path, bool *checkLater)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString problem;
        auto opened = Database::open(path, Database::Mode::Open);
        if (opened) {
            // LOKET_CHECK_LATER_ABOVE (bytes) lowers the threshold for the crash and
            // concurrency proofs, which run the background check on a small file.
            bool thresholdSet = false;
            const qint64 threshold = qEnvironmentVariableIntValue("LOKET_CHECK_LATER_ABOVE", &thresholdSet);
            *checkLater = QFileInfo(path).size() > (thresholdSet ? threshold : kCheckBeforeStart);
            if (*checkLater)
                return std::move(opened).value();
            const QStringList problems = opened.value()->integrityProblems();
            if (problems.isEmpty())
                return std::move(opened).value();
            problem = damageText(path, problems);
        } else {
            problem = opened.error();
        }
        opened = Result<std::unique_ptr<Database>>::failure(QString()); // close before any restore
        if (attempt > 0 || !offerRestore(path, problem))
            return nullptr;
    }
    return nullptr;
}

int runGui(QApplication &app)
{
    Args a(app.arguments().mid(1));
    const QString path = DatabaseChoice::location(a.option(QStringLiteral("--db")));
    for (;;) {
        bool checkLater = false;
        std::unique_ptr<Database> db = openChecked(path, &checkLater);
        if (!db)
            return 1;
        if (const Status seeded = CatalogStore(*db).ensureSeeded(); !seeded) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("Main", "Loket — katalog layanan"), seeded.error());
            return 1;
        }
        int code = 0;
        QString damage;
        {
            MainWindow window(*db);
            window.show();
            QThread *check = nullptr;
            IntegrityCheck integrity(path);
            if (checkLater) {
                // Its own read-only connection, in its own thread; a finding comes back to
                // the window through a queued call.
                check = QThread::create([&integrity, &window, path] {
                    const QStringList problems = integrity.run();
                    if (!problems.isEmpty())
                        QMetaObject::invokeMethod(&window, [&window, path, problems] { window.databaseDamaged(damageText(path, problems)); },
                                                  Qt::QueuedConnection);
                });
                check->start(QThread::LowPriority);
            }
            if (window.login())
                code = app.exec();
            if (check) {
                integrity.cancel(); // closing must not wait for a check of a large file
                check->wait();
                QCoreApplication::removePostedEvents(&window);
                delete check;
            }
            if (window.restoreWanted())
                damage = window.damage();
        }
        if (damage.isEmpty())
            return code;
        db.reset(); // close before the restore
        if (!offerRestore(path, damage, false))
            return 1;
        QMessageBox::information(nullptr, QCoreApplication::translate("Main", "Loket — basis data"),
                                 QCoreApplication::translate("Main", "Basis data dipulihkan dari cadangan terakhir. Loket dibuka kembali."));
    }
}

} // namespace LoketApplication
