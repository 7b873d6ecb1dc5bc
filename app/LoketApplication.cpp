#include "LoketApplication.h"

#include "Args.h"
#include "MainWindow.h"
#include "common/FileDialogs.h"
#include "backup/Backup.h"
#include "catalog/CatalogStore.h"
#include "storage/Database.h"
#include "storage/DatabaseChoice.h"
#include "storage/IntegrityCheck.h"
#include "storage/ServerAddress.h"
#include "session/DatabaseDialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QThread>
#include <QPushButton>
#include <QTranslator>

namespace LoketApplication {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Loket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOKET_VERSION));
    // The menu entry the package installs: the desktop matches the windows to it (Wayland's app id).
    QGuiApplication::setDesktopFileName(QStringLiteral("id.go.banjarmasinkota.lpse.loket"));
}

void installIcon(QApplication &app)
{
    // The package's icon in the hicolor theme; run from the build folder there is none.
    const QIcon icon = QIcon::fromTheme(QStringLiteral("loket"));
    if (!icon.isNull())
        app.setWindowIcon(icon);
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

// Restores the latest backup over a damaged database; true when restored. With `ask`,
// asks first. The damaged file is kept aside by the restore, never deleted.
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

// What the officer chose when the database could not be opened at start.
enum class Next { Restored, Retry, ChangeDatabase, Quit };

// The start-up error: the problem, and what can be done. A file may be restored from its
// latest backup (once: `mayRestore`); a server is tried again (it may be starting), never
// restored from this PC's backups; either may be swapped for another database.
Next startupChoice(const QString &path, const QString &problem, bool mayRestore)
{
    const QString title = QCoreApplication::translate("Main", "Loket — basis data");
    QMessageBox box(QMessageBox::Critical, title, problem, QMessageBox::NoButton);
    QPushButton *restore = nullptr;
    QPushButton *retry = nullptr;
    QString latest;
    if (ServerAddress::isServer(path)) {
        retry = box.addButton(QCoreApplication::translate("Main", "&Coba lagi"), QMessageBox::AcceptRole);
    } else if (mayRestore) {
        const QString folder = Backup::folderFor(path);
        latest = Backup::latest(folder);
        if (latest.isEmpty()) {
            box.setInformativeText(QCoreApplication::translate("Main", "Tidak ada cadangan yang dapat dipulihkan di %1. Berkas itu tidak diubah.").arg(folder));
        } else {
            box.setInformativeText(QCoreApplication::translate("Main", "Cadangan terakhir: %1 (%2). Pulihkan? Berkas yang rusak disimpan di samping, tidak dihapus.")
                                       .arg(latest, QFileInfo(latest).lastModified().toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
            restore = box.addButton(QCoreApplication::translate("Main", "&Pulihkan dari cadangan"), QMessageBox::AcceptRole);
        }
    }
    QPushButton *change = box.addButton(QCoreApplication::translate("Main", "&Ubah basis data…"), QMessageBox::ActionRole);
    QPushButton *quit = box.addButton(QCoreApplication::translate("Main", "&Keluar"), QMessageBox::RejectRole);
    box.setDefaultButton(restore ? restore : retry ? retry : quit);
    box.exec();
    if (box.clickedButton() == change)
        return Next::ChangeDatabase;
    if (retry && box.clickedButton() == retry)
        return Next::Retry;
    if (!restore || box.clickedButton() != restore)
        return Next::Quit;
    const Result<QString> restored = Backup::restore(latest, path);
    if (!restored) {
        QMessageBox::critical(nullptr, title, restored.error());
        return Next::Quit;
    }
    return Next::Restored;
}

// "Ubah basis data…" at start: the database dialog; true when another database was saved
// and is the one to open now (`path` then names it).
bool changeDatabase(QString &path, const std::optional<QString> &option, const QString &overriddenBy)
{
    DatabaseDialog dialog(path, overriddenBy);
    if (dialog.exec() != QDialog::Accepted || !dialog.changed())
        return false;
    if (!overriddenBy.isEmpty()) {
        QMessageBox::information(nullptr, QCoreApplication::translate("Main", "Loket — basis data"),
                                 QCoreApplication::translate("Main", "Pengaturan disimpan. Loket ini dibuka dengan %1, jadi basis data "
                                                                     "yang baru dipakai saat Loket dibuka tanpa itu.")
                                     .arg(overriddenBy));
        return false;
    }
    path = DatabaseChoice::location(option);
    return true;
}

QString damageText(const QString &path, const QStringList &problems)
{
    return QCoreApplication::translate("Main", "Pemeriksaan integritas basis data %1 menemukan kerusakan: %2").arg(path, problems.first());
}

// Opens the database and, for a small file, checks its integrity at once. A damaged,
// foreign, newer or read-only file is never overwritten: the dialog offers to restore
// the latest backup instead, or another database ("Ubah basis data…", which changes
// `path`). `checkLater` is set when the file is large enough to be checked in the
// background.
std::unique_ptr<Database> openChecked(QString &path, bool *checkLater, const std::optional<QString> &option, const QString &overriddenBy)
{
    bool mayRestore = true;
    for (;;) {
        QString problem;
        auto opened = Database::open(path, Database::Mode::Open);
        if (opened) {
            // LOKET_CHECK_LATER_ABOVE (bytes) lowers the threshold for the crash and
            // concurrency proofs, which run the background check on a small file.
            bool thresholdSet = false;
            const qint64 threshold = qEnvironmentVariableIntValue("LOKET_CHECK_LATER_ABOVE", &thresholdSet);
            // A database on the server is not checked at every desk's start (its pages are
            // the server's; `loket check` runs amcheck there for the office's IT).
            if (opened.value()->isServer())
                return std::move(opened).value();
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
        for (bool again = false; !again;) {
            switch (startupChoice(path, problem, mayRestore)) {
            case Next::Restored:
                mayRestore = false; // a restored file that still fails is not restored twice
                again = true;
                break;
            case Next::Retry:
                again = true;
                break;
            case Next::ChangeDatabase:
                if (changeDatabase(path, option, overriddenBy)) {
                    mayRestore = true;
                    again = true;
                }
                break; // cancelled: the same choice again
            case Next::Quit:
                return nullptr;
            }
        }
    }
}

int runGui(QApplication &app)
{
    Args a(app.arguments().mid(1));
    const std::optional<QString> option = a.option(QStringLiteral("--db"));
    // --db and LOKET_DB come before this PC's setting: the database dialog says so.
    const QString overriddenBy = DatabaseChoice::overriddenBy(option);
    QString path = DatabaseChoice::location(option);
    for (;;) {
        bool checkLater = false;
        std::unique_ptr<Database> db = openChecked(path, &checkLater, option, overriddenBy);
        if (!db)
            return 1;
        if (const Status seeded = CatalogStore(*db).ensureSeeded(); !seeded) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("Main", "Loket — katalog layanan"), seeded.error());
            return 1;
        }
        int code = 0;
        QString damage;
        bool reopen = false;
        {
            MainWindow window(*db);
            window.setDatabaseOverride(overriddenBy);
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
            reopen = window.reopenWanted();
        }
        if (reopen) { // another database was chosen in the window's database dialog
            db.reset();
            path = DatabaseChoice::location(option);
            continue;
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
