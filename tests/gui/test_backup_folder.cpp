// The backup folder is set in Administrasi (tab Cadangan), checked and stored by core, and
// used by every backup (Backup::folderFor); a folder backups cannot rely on is refused.
#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "accounts/AccountStore.h"
#include "admin/AdminPage.h"
#include "applications/Workflow.h"
#include "backup/Backup.h"
#include "backup/ServerBackup.h"
#include "common/MessageBox.h"
#include "storage/SqlQuery.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Not under the system's temporary folder, which Backup::checkFolder refuses (the build
// tree itself may be there, as on a CI machine that checks out into /tmp): under the
// account's home, removed again at the end.
QString permanentRoot()
{
    const QString root = QDir::home().filePath(QStringLiteral(".cache/loket-tests"));
    REQUIRE(QDir().mkpath(root));
    return root;
}

QString permanentWorkFolder(QTemporaryDir &dir)
{
    REQUIRE(dir.isValid());
    return dir.path();
}

int folderEvents(Database &db)
{
    SqlQuery q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'backup_folder_changed'"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void showAsAdministrator(AdminPage &page, WorkflowFixture &f)
{
    page.setActor(f.admin);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
}

// Types `folder` into the field and presses "Simpan folder cadangan"; the message shown.
QString saveTyped(AdminPage &page, const QString &folder)
{
    auto *field = child<QLineEdit>(&page, "backupFolder");
    field->clear();
    QTest::keyClicks(field, folder);
    MessageBox::clearForTesting();
    QTest::mouseClick(child<QPushButton>(&page, "saveBackupFolder"), Qt::LeftButton);
    return MessageBox::lastTextForTesting();
}

} // namespace

TEST_CASE("the backup folder set in Administrasi is stored and used by every backup", "[gui][backup]")
{
    WorkflowFixture f;
    MessageBox::setNextAnswerForTesting(true); // no box shown; its text is kept
    AdminPage page(f.db(), f.wf());
    showAsAdministrator(page, f);
    CHECK(child<QLineEdit>(&page, "backupFolder")->text().isEmpty());
    CHECK(child<QLineEdit>(&page, "backupFolder")->placeholderText() == Backup::defaultFolder(f.db().path()));

    QTemporaryDir work(QDir(permanentRoot()).filePath(QStringLiteral("cadangan-uji-XXXXXX")));
    const QString folder = QDir(permanentWorkFolder(work)).filePath(QStringLiteral("usb/cadangan-loket")); // made when stored
    const QString shown = saveTyped(page, folder);
    INFO(shown.toStdString());
    CHECK(shown.contains(folder));
    CHECK(QFileInfo(folder).isDir());
    CHECK(Backup::folderSetting(f.db()).value() == folder);
    CHECK(Backup::folderFor(f.db()) == folder);
    CHECK(Backup::folderFor(f.db().path()) == folder); // the restore offer reads the same setting
    CHECK(folderEvents(f.db()) == 1);

    // The daily rule of the window and `loket backup --if-due`, on that folder.
    CHECK(Backup::daily(folder).due);
    const Result<QString> written = Backup::rotate(f.db(), Backup::folderFor(f.db()));
    REQUIRE(written.ok());
    CHECK(written.value().startsWith(folder + QStringLiteral("/harian/")));
    CHECK_FALSE(Backup::daily(folder).due);
    CHECK_FALSE(Backup::daily(folder).overdue);

    // Shown again when the page is refreshed; emptied, the default folder is used again.
    page.refresh();
    CHECK(child<QLineEdit>(&page, "backupFolder")->text() == folder);
    CHECK(saveTyped(page, QString()).contains(Backup::defaultFolder(f.db().path())));
    CHECK(Backup::folderFor(f.db()) == Backup::defaultFolder(f.db().path()));
    CHECK(folderEvents(f.db()) == 2);
    MessageBox::setNextAnswerForTesting(std::nullopt);
}

TEST_CASE("Jelajahi… picks the backup folder in Qt's own dialog", "[gui][backup]")
{
    WorkflowFixture f;
    AdminPage page(f.db(), f.wf());
    showAsAdministrator(page, f);
    QTemporaryDir work(QDir(permanentRoot()).filePath(QStringLiteral("cadangan-uji-XXXXXX")));
    const QString folder = permanentWorkFolder(work);
    auto picked = whenModal<QFileDialog>([&](QFileDialog *dialog) {
        CHECK(dialog->testOption(QFileDialog::DontUseNativeDialog));
        CHECK(dialog->fileMode() == QFileDialog::Directory);
        dialog->setDirectory(folder);
        dialog->selectFile(folder);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected; QDialog's is not
    });
    QTest::mouseClick(child<QPushButton>(&page, "chooseBackupFolder"), Qt::LeftButton);
    REQUIRE(*picked);
    CHECK(QDir::fromNativeSeparators(child<QLineEdit>(&page, "backupFolder")->text()) == folder);
    CHECK(Backup::folderSetting(f.db()).value().isEmpty()); // chosen, not yet stored
}

TEST_CASE("a backup folder backups cannot rely on is refused with a reason, the setting stays", "[gui][backup]")
{
    WorkflowFixture f;
    MessageBox::setNextAnswerForTesting(true);
    AdminPage page(f.db(), f.wf());
    showAsAdministrator(page, f);
    QTemporaryDir work(QDir(permanentRoot()).filePath(QStringLiteral("cadangan-uji-XXXXXX")));
    const QString good = permanentWorkFolder(work);
    REQUIRE(saveTyped(page, good).contains(good));

    QTemporaryDir temporary; // in the system's temporary folder
    REQUIRE(temporary.isValid());
    const QString file = QDir(good).filePath(QStringLiteral("catatan.txt"));
    {
        QFile note(file);
        REQUIRE(note.open(QIODevice::WriteOnly));
    }
    const struct
    {
        QString folder;
        QString reason;
    } refusals[] = {
        {QStringLiteral("cadangan"), QStringLiteral("lengkap dari akarnya")},
        {file, QStringLiteral("bukan folder")},
        {temporary.path(), QStringLiteral("folder sementara")},
        {QDir(temporary.path()).filePath(QStringLiteral("baru")), QStringLiteral("folder sementara")},
    };
    for (const auto &r : refusals) {
        INFO(r.folder.toStdString());
        const QString shown = saveTyped(page, r.folder);
        INFO(shown.toStdString());
        CHECK(shown.contains(r.reason));
        CHECK(Backup::folderFor(f.db()) == good);
    }
    CHECK_FALSE(QFileInfo::exists(QDir(temporary.path()).filePath(QStringLiteral("baru")))); // refused before it was made
    CHECK(folderEvents(f.db()) == 1);

    // Only an administrator sets it.
    const Status refused = Backup::setFolder(f.db(), f.helpdesk, good);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("administrator")));
    MessageBox::setNextAnswerForTesting(std::nullopt);
}

TEST_CASE("on a server, Administrasi shows the latest pg_dump archive and whether it is due, and Cadangkan sekarang makes today's",
          "[gui][backup][postgres]")
{
    if (qEnvironmentVariableIsEmpty("LOKET_TEST_PG")) {
        WARN("LOKET_TEST_PG is not set: the server backup needs the suite's PostgreSQL server (scripts/test.sh)");
        return;
    }
    TestServerDatabase server;
    auto opened = Database::open(server.location());
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    const Result<User> admin = AccountStore(db).addUser(QStringLiteral("admin"), QStringLiteral("Administrator"), QString(),
                                                        {Role::Administrator}, QStringLiteral("rahasia-loket-1"));
    REQUIRE(admin.ok());
    Workflow workflow(db);
    MessageBox::setNextAnswerForTesting(true);
    AdminPage page(db, workflow);
    page.setActor(admin.value());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *state = child<QLabel>(&page, "backupState");
    auto *now = child<QPushButton>(&page, "backupNow");
    // No folder beside a server's database: none until one is set.
    CHECK(child<QLineEdit>(&page, "backupFolder")->placeholderText().contains(QStringLiteral("wajib diisi")));
    CHECK(state->text().contains(QStringLiteral("belum diatur")));
    CHECK_FALSE(now->isEnabled());

    QTemporaryDir work(QDir(permanentRoot()).filePath(QStringLiteral("cadangan-server-XXXXXX")));
    const QString folder = QDir(permanentWorkFolder(work)).filePath(QStringLiteral("arsip"));
    CHECK(saveTyped(page, folder).contains(folder));
    CHECK(state->text().contains(QStringLiteral("Belum ada arsip server")));
    CHECK(state->text().contains(QStringLiteral("belum dibuat")));
    CHECK(now->isEnabled());

    QSignalSpy finished(&page, &AdminPage::backupFinished);
    MessageBox::clearForTesting();
    QTest::mouseClick(now, Qt::LeftButton);
    REQUIRE(finished.wait(60000));
    INFO(MessageBox::lastTextForTesting().toStdString());
    CHECK(finished.first().first().toString().isEmpty());
    const QString archive = Backup::latest(folder, Backup::Format::ServerDump);
    REQUIRE_FALSE(archive.isEmpty());
    CHECK(ServerBackup::isArchive(archive));
    CHECK(MessageBox::lastTextForTesting().contains(QDir::toNativeSeparators(archive)));
    CHECK(state->text().contains(QStringLiteral("Arsip server terakhir")));
    CHECK(state->text().contains(QStringLiteral("sudah dibuat")));
    CHECK(now->isEnabled());
}
