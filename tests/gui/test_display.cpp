// The waiting room's screen (issue 17): what the TV shows of the calls, what it speaks,
// and that nothing personal reaches it.
#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "calling/Announcement.h"
#include "applications/WaitingRoom.h"
#include "common/Announcer.h"
#include "display/DisplayWindow.h"
#include "display/TickerLine.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenuBar>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString kDesk1 = QStringLiteral("Meja Helpdesk 1");
const QString kDesk2 = QStringLiteral("Meja Helpdesk 2");

// Waits for `condition` with a generous timeout (the board reads on timers and the voice
// takes its time); false when it never held.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    QElapsedTimer waited;
    waited.start();
    while (!condition()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

// Every text the window shows: its labels, the running line and its title.
QStringList shownTexts(DisplayWindow &window)
{
    QStringList texts{window.windowTitle()};
    for (const QLabel *l : window.findChildren<QLabel *>())
        texts << l->text() << l->toolTip();
    for (const TickerLine *t : window.findChildren<TickerLine *>())
        texts << t->text();
    return texts;
}

QString labelText(DisplayWindow &window, const char *name)
{
    return child<QLabel>(&window, name)->text();
}

} // namespace

TEST_CASE("the board shows a call made at a desk, speaks it once, never the calls made before it opened, and nothing personal",
          "[display]")
{
    WorkflowFixture f;
    const auto early = f.checkIn(1);
    const auto later = f.checkIn(2, true);
    const auto third = f.checkIn(1);
    REQUIRE(early.ok());
    REQUIRE(later.ok());
    REQUIRE(third.ok());
    WaitingRoom &room = f.wf().waitingRoom();
    const auto before = room.callNext(f.helpdesk, kDesk1, {1});
    REQUIRE(before.ok());

    DisplayWindow window(f.db());
    window.resize(1920, 1080);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The call made before the board opened is on it, and not spoken.
    REQUIRE(window.snapshot().current.has_value());
    CHECK(window.snapshot().current->queueNumber == before->queueNumber);
    CHECK(labelText(window, "currentNumber") == before->queueNumber);

    const auto call = room.callNext(f.helpdesk, kDesk2, {2});
    REQUIRE(call.ok());
    window.refresh();
    CHECK(labelText(window, "currentNumber") == call->queueNumber);
    CHECK(labelText(window, "currentDesk").contains(kDesk2));
    CHECK(labelText(window, "recentNumber0") == before->queueNumber);
    CHECK(labelText(window, "recentDesk0") == kDesk1);
    // Waiting per service: the letter, the name and the count of the day.
    const BoardSnapshot &board = window.snapshot();
    REQUIRE(board.queues.size() == 7);
    CHECK(labelText(window, "queueLetter0") == board.queues.at(0).letter);
    CHECK(labelText(window, "queueName0") == board.queues.at(0).service);
    CHECK(labelText(window, "queueCount0") == QString::number(board.queues.at(0).waiting));
    CHECK(board.queues.at(0).waiting == 1); // the third walk-in, not yet called

    const QString spoken = Announcement::callText(call->queueNumber, kDesk2);
    CHECK(waitFor([&] { return window.announcer().announced().contains(spoken); }));
    window.refresh(); // nothing new: nothing spoken again
    QTest::qWait(50);
    CHECK(window.announcer().announced().count(spoken) == 1);
    CHECK_FALSE(window.announcer().announced().contains(Announcement::callText(before->queueNumber, kDesk1)));

    // "Panggil ulang" is a call of its own: spoken again, in order after the first.
    REQUIRE(room.recall(f.helpdesk, kDesk2).ok());
    window.refresh();
    CHECK(waitFor([&] { return window.announcer().announced().count(spoken) == 2; }));
    CHECK(labelText(window, "currentCaption").contains(QStringLiteral("ULANG")));
    CHECK(window.announcer().announced().size() == 2);

    // No name, NIK, phone, e-mail, NPWP or company anywhere on the screen.
    const QStringList personal = {QStringLiteral("Budi"),         QStringLiteral("Santoso"),         QStringLiteral("Dewi"),
                                  QStringLiteral("Kartika"),      QStringLiteral("6371011203850001"), QStringLiteral("6371015506900002"),
                                  QStringLiteral("0812"),         QStringLiteral("Sinar Barito"),     QStringLiteral("sinarbarito"),
                                  QStringLiteral("01.234.567.8"), QStringLiteral("Hana")};
    const QStringList texts = shownTexts(window);
    CHECK(texts.size() > 30);
    for (const QString &text : texts)
        for (const QString &p : personal) {
            INFO(text.toStdString());
            CHECK_FALSE(text.contains(p, Qt::CaseInsensitive));
        }
}

TEST_CASE("the board follows another desk's call by itself, on a connection of its own", "[display]")
{
    WorkflowFixture f;
    REQUIRE(f.checkIn(3).ok());
    auto opened = DisplayWindow::openDatabase(f.temp().path());
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    DisplayWindow window(std::move(opened).value());
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(window.snapshot().current.has_value());
    CHECK(labelText(window, "currentDesk").contains(QStringLiteral("Belum ada panggilan")));

    const auto call = f.wf().waitingRoom().callNext(f.helpdesk, kDesk1, {});
    REQUIRE(call.ok());
    CHECK(waitFor([&] { return labelText(window, "currentNumber") == call->queueNumber; }));
    CHECK(waitFor([&] { return window.announcer().announced() == QStringList{Announcement::callText(call->queueNumber, kDesk1)}; }));
}

TEST_CASE("Tampilan › Layar antrian (TV) opens the board once, beside the counter window", "[display]")
{
    WorkflowFixture f;
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.show();
    window.startSession(f.helpdesk);
    QAction *open = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Layar antrian (TV)…"))
            open = a;
    REQUIRE(open);
    REQUIRE(open->isEnabled());
    open->trigger();
    open->trigger(); // the board already open is raised, not opened twice
    const QList<DisplayWindow *> boards = window.findChildren<DisplayWindow *>();
    REQUIRE(boards.size() == 1);
    CHECK(boards.first()->isWindow());
    CHECK(boards.first()->isVisible());
    boards.first()->close();
    CHECK(waitFor([&] { return window.findChildren<DisplayWindow *>().isEmpty(); }));
}

TEST_CASE("on a server the board only reads: a schema behind this Loket's is refused with what to do, never migrated, and a current one is "
          "followed live",
          "[display][postgresql]")
{
    REQUIRE(testOnServer());
    WorkflowFixture f;
    REQUIRE(f.checkIn(1).ok());
    QSqlQuery behind(f.db().connection());
    REQUIRE(behind.exec(QStringLiteral("UPDATE schema_version SET version = version - 1")));
    const auto refused = DisplayWindow::openDatabase(f.temp().path());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("petugas TI perlu memperbaruinya")));
    CHECK(f.db().schemaVersion() == Database::latestSchemaVersion() - 1);
    REQUIRE(behind.exec(QStringLiteral("UPDATE schema_version SET version = version + 1")));

    auto opened = DisplayWindow::openDatabase(f.temp().path());
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    DisplayWindow window(std::move(opened).value());
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const auto call = f.wf().waitingRoom().callNext(f.helpdesk, kDesk1, {});
    REQUIRE(call.ok());
    CHECK(waitFor([&] { return labelText(window, "currentNumber") == call->queueNumber; }));
    CHECK(waitFor([&] { return window.announcer().announced() == QStringList{Announcement::callText(call->queueNumber, kDesk1)}; }));
}
