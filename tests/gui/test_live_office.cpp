// Two desks, two processes, one database (issue 16): a file handed off at one appears in
// the other's queue within a second, in place, with a cue when the queue was empty.
#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "admin/AdminPage.h"
#include "common/MessageBox.h"
#include "desks/DeskSessions.h"
#include "supervisor/SupervisorPage.h"
#include "common/FileTableModel.h"
#include "helpdesk/HelpdeskPage.h"
#include "queue/QueuePage.h"
#include "storage/ChangeFeed.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QProcess>
#include <QTableView>
#include <QtTest/QTest>

namespace {

// The queue's row of the file numbered `number`, -1 when it is not there.
int rowOfNumber(QTableView *table, const QString &number)
{
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, FileTableModel::NumberColumn).data().toString() == number)
            return r;
    return -1;
}

// Reads the desk process's lines until a hand-off is committed; its file number.
QString nextHandOff(QProcess &desk, QElapsedTimer &committedAt)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000) {
        while (desk.canReadLine()) {
            const QString line = QString::fromUtf8(desk.readLine()).trimmed();
            if (line.startsWith(QLatin1String("COMMITTED ")) && line.endsWith(QLatin1String(" accepted"))) {
                committedAt.start();
                return line.section(QLatin1Char(' '), 1, 1);
            }
        }
        if (desk.state() == QProcess::NotRunning && !desk.canReadLine())
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        desk.waitForReadyRead(5);
    }
    INFO(desk.readAllStandardError().toStdString());
    FAIL("the other desk handed off no file");
    return {};
}

void handOffAtAnotherDeskAppears()
{
    WorkflowFixture f;
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.show();
    window.startSession(f.verifikator);
    QueuePage *queue = window.queuePage(QStringLiteral("verifikator"));
    REQUIRE(queue);
    auto *table = child<QTableView>(queue, "queue");
    REQUIRE(table->model()->rowCount() == 0);

    // The helpdesk of another PC: another process, its own connection.
    QProcess desk;
    desk.setProgram(QStringLiteral(LOKET_STRESS));
    desk.setArguments({QStringLiteral("--db"), f.temp().path(), QStringLiteral("--hand-offs"), QStringLiteral("2"),
                       QStringLiteral("--actor-prefix"), QStringLiteral("meja2")});
    desk.start();
    REQUIRE(desk.waitForStarted());

    QElapsedTimer since;
    const QString first = nextHandOff(desk, since);
    while (rowOfNumber(table, first) < 0 && since.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    const qint64 firstMs = since.elapsed();
    INFO("first file " << first.toStdString() << " seen after " << firstMs << " ms");
    REQUIRE(rowOfNumber(table, first) >= 0);
    CHECK(firstMs < 1000);
    // It came into an empty queue: the officer is told (colour, attention, chime).
    CHECK(queue->arrivalCues() == 1);
    CHECK(child<QLabel>(queue, "queueSummary")->text().contains(QStringLiteral("Berkas baru")));
    CHECK(queue->selectedApplication() != 0);
    const qint64 selected = queue->selectedApplication();

    // The second one arrives while the officer looks at the first: added in place, the
    // selection stays where it was, no second cue (the queue was not empty).
    const QString second = nextHandOff(desk, since);
    while (rowOfNumber(table, second) < 0 && since.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    const qint64 secondMs = since.elapsed();
    INFO("second file " << second.toStdString() << " seen after " << secondMs << " ms");
    REQUIRE(rowOfNumber(table, second) >= 0);
    CHECK(secondMs < 1000);
    CHECK(table->model()->rowCount() == 2);
    CHECK(queue->selectedApplication() == selected);
    CHECK(table->currentIndex().data(FileTableModel::ApplicationIdRole).toLongLong() == selected);
    CHECK(queue->arrivalCues() == 1);
    if (desk.state() != QProcess::NotRunning)
        REQUIRE(desk.waitForFinished(30000));
    CHECK(desk.exitCode() == 0);
}

} // namespace

TEST_CASE("Two windows on one file: a file handed off in the other process is in the queue within a second (SQLite)",
          "[gui][live][sqlite]")
{
    handOffAtAnotherDeskAppears();
}

TEST_CASE("PostgreSQL: a file handed off at another desk is in the verifikator's queue within a second", "[gui][live][postgresql]")
{
    handOffAtAnotherDeskAppears();
}

TEST_CASE("PostgreSQL: when the server drops the connection the window says so, holds the writes, keeps what is typed, and carries on",
          "[gui][postgresql][live][faults]")
{
    WorkflowFixture f;
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.show();
    window.startSession(f.helpdesk);
    HelpdeskPage *page = window.helpdeskPage();
    REQUIRE(page);
    auto *name = child<QLineEdit>(page, "applicantName");
    auto *vendor = child<QLineEdit>(page, "vendorName");
    auto *submit = child<QPushButton>(page, "checkInButton");
    auto *banner = child<QLabel>(&window, "connectionLabel");
    QTest::keyClicks(vendor, QStringLiteral("CV Sinar Barito"));
    QTest::keyClicks(name, QStringLiteral("Budi Santoso"));
    CHECK(submit->isEnabled());
    CHECK_FALSE(banner->isVisible());

    // The server ends the desk's connection (a restart, a dropped network).
    QSqlQuery pid(f.db().connection());
    const bool asked = pid.exec(QStringLiteral("SELECT pg_backend_pid()"));
    INFO(pid.lastError().text().toStdString());
    REQUIRE(asked);
    REQUIRE(pid.next());
    auto other = Database::open(f.temp().path());
    REQUIRE(other.ok());
    QSqlQuery kill(other.value()->connection());
    kill.prepare(QStringLiteral("SELECT pg_terminate_backend(:pid)"));
    kill.bindValue(QStringLiteral(":pid"), pid.value(0));
    REQUIRE(kill.exec());
    QElapsedTimer waited;
    waited.start();
    while (!banner->isVisible() && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    REQUIRE(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Tidak terhubung ke server")));
    CHECK_FALSE(window.isOnline());
    CHECK_FALSE(submit->isEnabled());
    CHECK(name->text() == QStringLiteral("Budi Santoso"));
    CHECK(vendor->text() == QStringLiteral("CV Sinar Barito"));
    // The officer keeps typing meanwhile.
    QTest::keyClicks(child<QLineEdit>(page, "phone"), QStringLiteral("0812-5123-4567"));

    // Back by itself, within the first retries; everything typed is still there.
    while (banner->isVisible() && waited.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    CHECK_FALSE(banner->isVisible());
    CHECK(window.isOnline());
    CHECK(submit->isEnabled());
    CHECK(name->text() == QStringLiteral("Budi Santoso"));
    CHECK(child<QLineEdit>(page, "phone")->text() == QStringLiteral("0812-5123-4567"));
    CHECK(f.db().isConnected());
}

TEST_CASE("Administrasi names this PC's desk and sets when a silent desk's files are flagged, and the supervisor sees the desk",
          "[gui][live][desks]")
{
    WorkflowFixture f;
    MessageBox::setNextAnswerForTesting(true);
    MainWindow window(f.db());
    window.startSession(f.admin);
    AdminPage *admin = window.adminPage();
    REQUIRE(admin);
    auto *desk = child<QLineEdit>(admin, "deskName");
    auto *minutes = child<QSpinBox>(admin, "abandonedMinutes");
    desk->setText(QStringLiteral("   "));
    MessageBox::setNextAnswerForTesting(true);
    QTest::mouseClick(child<QPushButton>(admin, "saveDesks"), Qt::LeftButton);
    CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("Nama meja belum diisi"))); // a desk needs a name
    desk->setText(QStringLiteral("Meja Helpdesk 1"));
    minutes->setValue(25);
    MessageBox::setNextAnswerForTesting(true);
    QTest::mouseClick(child<QPushButton>(admin, "saveDesks"), Qt::LeftButton);
    CHECK(DeskSessions::deskName() == QStringLiteral("Meja Helpdesk 1"));
    INFO(MessageBox::lastTextForTesting().toStdString());
    CHECK(DeskSessions(f.db()).abandonedMinutes() == 25);

    // The next login at this PC is at that desk, and the supervisor's page lists it.
    window.startSession(f.kasubbag);
    SupervisorPage *supervisor = window.supervisorPage();
    REQUIRE(supervisor);
    auto *desks = child<QTableWidget>(supervisor, "desks");
    bool listed = false;
    for (int r = 0; r < desks->rowCount(); ++r)
        listed |= desks->item(r, 0)->text() == QStringLiteral("Meja Helpdesk 1") && desks->item(r, 1)->text() == f.kasubbag.fullName;
    CHECK(listed);
    CHECK(child<QLabel>(supervisor, "abandonedTitle")->text().contains(QStringLiteral("25 menit")));
    QSettings().remove(QStringLiteral("desk/name"));
}
