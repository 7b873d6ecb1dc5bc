// The GUI holds the database open while an officer uses the file dialogs, a backup runs,
// the integrity check runs and the calendar changes, and meanwhile a `loket` command
// opens and closes the same file. Nothing of it may drop SQLite's locks (see
// storage/LiveFiles.h): the command must not delete the -wal and -shm under the GUI, and
// the GUI's writes must reach the file that everyone else reads.
#include "CliRunner.h"
#include "FileLocks.h"
#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "backup/Backup.h"
#include "calendar/CalendarStore.h"
#include "common/MessageBox.h"
#include "feedback/SuggestionsPage.h"
#include "feedback/SurveyResultsPage.h"
#include "reports/ReportsPage.h"
#include "storage/IntegrityCheck.h"
#include "storage/LiveFiles.h"
#include "applications/CalendarChange.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

namespace {

// Answers the next file dialog the way a curious officer would: shows `folder` (the
// database's own) in both views and lets Qt list and type its files, then picks
// `fileName` there, or cancels when it is empty. Sets *seen when it found the dialog.
void answerFileDialog(const QString &folder, const QString &fileName, bool *seen)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        *seen = true;
        dialog->setDirectory(folder);
        dialog->setViewMode(QFileDialog::Detail);
        QTest::qWait(600); // Qt's file information thread lists the folder meanwhile
        dialog->grab();
        dialog->setViewMode(QFileDialog::List);
        dialog->grab();
        QTest::qWait(300);
        if (fileName.isEmpty()) {
            dialog->reject();
            return;
        }
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        REQUIRE(name != nullptr);
        name->setText(fileName); // typed, as the officer would
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, which checks and overwrites
    });
    poll->start();
}

struct LocksReport
{
    int onFile = 0;
    int onShm = 0;
};

LocksReport locksOf(const QString &path)
{
    return {locksHeldOn(path), locksHeldOn(path + QStringLiteral("-shm"))};
}

} // namespace

TEST_CASE("the GUI keeps its database's locks through file dialogs, backup, integrity check and calendar change while a loket command uses the file",
          "[gui][locks]")
{
    WorkflowFixture f;
    MessageBox::setNextAnswerForTesting(true);
    MessageBox::clearForTesting();
    const QString path = f.temp().path();
    const QString folder = f.temp().dir();
    REQUIRE(locksOf(path).onFile >= 1);
    REQUIRE(locksOf(path).onShm >= 1);

    SuggestionsPage suggestions(f.db());
    suggestions.setActor(f.helpdesk);
    suggestions.show();
    child<QPlainTextEdit>(&suggestions, "suggestionText")->setPlainText(QStringLiteral("Saran pertama, sebelum dialog."));
    REQUIRE(suggestions.addFromForm());

    // The export dialogs, pointed at the database's own folder.
    bool seen = false;
    answerFileDialog(folder, QStringLiteral("saran.csv"), &seen);
    suggestions.exportWithDialog();
    CHECK(seen);
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("saran.csv"))));

    ReportsPage reports(f.db());
    reports.show();
    seen = false;
    answerFileDialog(folder, QStringLiteral("laporan.pdf"), &seen);
    QTest::mouseClick(child<QPushButton>(&reports, "reportPdf"), Qt::LeftButton);
    CHECK(seen);
    CHECK(QFileInfo(QDir(folder).filePath(QStringLiteral("laporan.pdf"))).size() > 0);

    SurveyResultsPage survey(f.db());
    survey.setActor(f.helpdesk);
    seen = false;
    answerFileDialog(folder, QString(), &seen);
    survey.importWithDialog();
    CHECK(seen);
    {
        INFO("after the file dialogs");
        CHECK(locksOf(path).onFile >= 1);
        CHECK(locksOf(path).onShm >= 1);
    }

    // A daily backup from the file, in its own thread as the window runs it, and one
    // through the open connection.
    Result<QString> backedUp = Result<QString>::failure(QString());
    QThread *backup = QThread::create([&] { backedUp = Backup::rotate(path, QDir(folder).filePath(QStringLiteral("cadangan"))); });
    backup->start();
    REQUIRE(backup->wait(60000));
    delete backup;
    REQUIRE(backedUp.ok());
    // The start-up check of a large file: its own read-only connection in a thread.
    QStringList problems{QStringLiteral("not run")};
    QThread *check = QThread::create([&] { problems = IntegrityCheck(path).run(); });
    check->start();
    REQUIRE(check->wait(60000));
    delete check;
    CHECK(problems.isEmpty());
    // A calendar change.
    WorkingCalendar calendar = CalendarStore(f.db()).load().value();
    calendar.addHoliday(Holiday{QDate(2026, 12, 28), QStringLiteral("Libur uji"), Holiday::Kind::Local});
    REQUIRE(CalendarChange(f.db()).apply(f.admin, calendar, QStringLiteral("uji")).ok());
    {
        INFO("after backup, integrity check and calendar change");
        CHECK(locksOf(path).onFile >= 1);
        CHECK(locksOf(path).onShm >= 1);
        CHECK(LiveFiles::lockState(path) == LiveFiles::LockState::Held);
    }

    // Meanwhile a loket command opens, writes and closes the same file.
    const CliResult added = runLoket({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zz1"), QStringLiteral("--name"),
                                      QStringLiteral("Zed Satu"), QStringLiteral("--role"), QStringLiteral("helpdesk"), QStringLiteral("--db"), path},
                                     "Rahasia-Sekali-42\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    // The GUI writes on; the command line sees it, the file checks whole, nothing the
    // GUI uses was deleted under it.
    child<QPlainTextEdit>(&suggestions, "suggestionText")->setPlainText(QStringLiteral("Saran kedua, sesudah perintah lain."));
    REQUIRE(suggestions.addFromForm());
    CHECK(deletedOpenFiles(folder).isEmpty());
    const QString csv = QDir(folder).filePath(QStringLiteral("dari-cli.csv"));
    const CliResult exported = runLoket({QStringLiteral("suggestions"), QStringLiteral("export"), QStringLiteral("--out"), csv, QStringLiteral("--db"), path});
    REQUIRE(exported.exitCode == 0);
    const QByteArray exportedCsv = readFile(csv);
    CHECK(exportedCsv.contains("Saran pertama, sebelum dialog."));
    CHECK(exportedCsv.contains("Saran kedua, sesudah perintah lain."));
    const CliResult checked = runLoket({QStringLiteral("check"), QStringLiteral("--db"), path});
    INFO(checked.out.toStdString() << checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    CHECK(LiveFiles::lockState(path) == LiveFiles::LockState::Held);

    // And after the GUI closes, the file is whole and has everything.
    f.temp().close();
    const CliResult after = runLoket({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(after.exitCode == 0);
    const CliResult users = runLoket({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), path});
    CHECK(users.out.contains(QStringLiteral("zz1")));
    MessageBox::setNextAnswerForTesting(std::nullopt);
}

TEST_CASE("the window tells the officer at once when its locks on the database are gone, and writes stop", "[gui][locks]")
{
    WorkflowFixture f;
    MessageBox::setNextAnswerForTesting(true);
    MessageBox::clearForTesting();
    MainWindow window(f.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.checkDatabaseFiles());
    CHECK(window.findChild<QLabel *>(QStringLiteral("databaseFilesLostLabel")) == nullptr);
    {
        QFile other(f.temp().path()); // another piece of code in the process opens and closes it
        REQUIRE(other.open(QIODevice::ReadOnly));
    }
    CHECK_FALSE(window.checkDatabaseFiles());
    auto *label = window.findChild<QLabel *>(QStringLiteral("databaseFilesLostLabel"));
    REQUIRE(label != nullptr);
    CHECK(label->text().contains(QStringLiteral("BERHENTI MENYIMPAN")));
    CHECK(MessageBox::lastTextForTesting() == LiveFiles::lostMessage());
    // A check-in is refused with that message; nothing is written.
    const auto refused = f.checkIn(1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == LiveFiles::lostMessage());
    MessageBox::setNextAnswerForTesting(std::nullopt);
}
