// The waiting room at the desk (issue 17): the helpdesk calls the next number with one
// key, repeats it, sets a no-show aside; a priority visitor marked at check-in is called
// first; the verifikator calls an applicant to collect; the board shows each call.
#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "admin/AdminPage.h"
#include "applications/DisplayBoard.h"
#include "calling/Announcement.h"
#include "applications/WaitingRoom.h"
#include "common/MessageBox.h"
#include "desks/DeskSessions.h"
#include "common/Announcer.h"
#include "display/DisplayWindow.h"
#include "helpdesk/CallBar.h"
#include "helpdesk/CheckInForm.h"
#include "helpdesk/HelpdeskPage.h"
#include "queue/QueuePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QElapsedTimer>
#include <QtTest/QTest>

namespace {

const QString kDesk = QStringLiteral("Meja Helpdesk 1");

struct DeskName
{
    DeskName() { REQUIRE(DeskSessions::setDeskName(kDesk).ok()); }
    ~DeskName()
    {
        QSettings().remove(QStringLiteral("desk/name"));
        QSettings().remove(QStringLiteral("desk/services"));
    }
};

CheckInResult walkIn(WorkflowFixture &f, int service, int i, const QString &at, Priority priority = Priority::None)
{
    f.setNow(at);
    const Result<CheckInResult> r = f.checkIn(service, false, QStringLiteral("01.234.567.8-9%1.000").arg(i, 2, 10, QLatin1Char('0')), 0, priority);
    INFO((r.ok() ? std::string() : r.error().toStdString()));
    REQUIRE(r.ok());
    return r.value();
}

bool waitFor(const std::function<bool()> &done, int ms = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(20);
    return done();
}

} // namespace

TEST_CASE("Panggil berikutnya (F6) at the helpdesk calls the next number to this desk, opens its file, and the board shows it",
          "[gui][calling]")
{
    DeskName desk;
    WorkflowFixture f;
    const CheckInResult a1 = walkIn(f, 1, 1, QStringLiteral("2026-12-02 08:01"));
    const CheckInResult a2 = walkIn(f, 1, 2, QStringLiteral("2026-12-02 08:02"));
    const CheckInResult lansia = walkIn(f, 1, 3, QStringLiteral("2026-12-02 08:03"), Priority::Elderly);
    f.setNow(QStringLiteral("2026-12-02 08:10"));

    MessageBox::setNextAnswerForTesting(true);
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    HelpdeskPage *page = window.helpdeskPage();
    REQUIRE(page);
    CallBar *bar = page->callBar();
    REQUIRE(bar->isVisible());
    auto *status = child<QLabel>(page, "callStatus");
    CHECK(status->text().contains(QStringLiteral("Menunggu dipanggil: 3")));
    CHECK(status->text().contains(lansia.queueNumber)); // next: the priority visitor
    CHECK_FALSE(bar->recallButton()->isEnabled());
    CHECK_FALSE(bar->noShowButton()->isEnabled());

    const auto before = f.wf().board().read();
    REQUIRE(before.ok());
    CHECK_FALSE(before->current.has_value());
    // The waiting room's screen, on a connection of its own as from Tampilan › Layar antrian.
    auto opened = DisplayWindow::openDatabase(f.temp().path());
    REQUIRE(opened.ok());
    DisplayWindow display(std::move(opened).value());
    display.resize(960, 540);
    display.show();
    REQUIRE(QTest::qWaitForWindowExposed(&display));
    CHECK_FALSE(display.snapshot().current.has_value());

    // One key.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F6);
    INFO(MessageBox::lastTextForTesting().toStdString());
    CHECK(status->text().contains(QStringLiteral("Dipanggil ke %1: %2").arg(kDesk, lansia.queueNumber)));
    CHECK(page->selectedApplication() == lansia.applicationId);
    const auto board = f.wf().board().read();
    REQUIRE(board.ok());
    REQUIRE(board->current.has_value());
    CHECK(board->current->queueNumber == lansia.queueNumber);
    CHECK(board->current->desk == kDesk);
    // The board's model follows by itself, and the call is announced with its desk.
    CHECK(waitFor([&] { return display.snapshot().current && display.snapshot().current->queueNumber == lansia.queueNumber; }));
    CHECK(display.snapshot().current->desk == kDesk);
    CHECK(waitFor([&] { return display.announcer().announced().contains(Announcement::callText(lansia.queueNumber, kDesk)); }));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // Not here: called again twice, then set aside (after the office's 3 calls).
    CHECK(bar->recallButton()->isEnabled());
    QTest::keyClick(&window, Qt::Key_F7);
    CHECK_FALSE(bar->noShowButton()->isEnabled());
    QTest::keyClick(&window, Qt::Key_F7);
    CHECK(status->text().contains(QStringLiteral("3× dipanggil")));
    REQUIRE(bar->noShowButton()->isEnabled());
    MessageBox::setNextAnswerForTesting(true);
    QTest::keyClick(&window, Qt::Key_F8);
    CHECK(status->text().contains(QStringLiteral("Tidak hadir: 1")));
    CHECK_FALSE(status->text().contains(QStringLiteral("Dipanggil ke")));

    // The next is A-001, and a selected file's page follows.
    QTest::mouseClick(bar->nextButton(), Qt::LeftButton);
    CHECK(status->text().contains(QStringLiteral("Dipanggil ke %1: %2").arg(kDesk, a1.queueNumber)));
    CHECK(page->selectedApplication() == a1.applicationId);
    const auto after = f.wf().board().read();
    REQUIRE(after.ok());
    CHECK(after->current->queueNumber == a1.queueNumber);
    REQUIRE(after->recent.size() == 1);
    CHECK(after->recent.first().queueNumber == lansia.queueNumber);

    // "Panggil nomor…": the visitor set aside turned up, called without a reason.
    auto chooseSetAside = whenModal<QDialog>([&](QDialog *dialog) {
        auto *combo = dialog->findChild<QComboBox *>();
        REQUIRE(combo);
        const int i = combo->findText(lansia.queueNumber, Qt::MatchStartsWith);
        REQUIRE(i >= 0);
        CHECK(combo->itemText(i).contains(QStringLiteral("tidak hadir")));
        combo->setCurrentIndex(i);
        dialog->accept();
    });
    QTest::mouseClick(bar->chooseButton(), Qt::LeftButton);
    CHECK(*chooseSetAside);
    CHECK(status->text().contains(QStringLiteral("Dipanggil ke %1: %2").arg(kDesk, lansia.queueNumber)));
    const auto line = f.wf().waitingRoom().line(QDate(2026, 12, 2));
    REQUIRE(line.ok());
    QStringList waiting;
    for (const WaitingVisit &v : line.value())
        if (v.state == WaitingVisit::State::Waiting)
            waiting << v.queueNumber;
    CHECK(waiting == QStringList{a2.queueNumber});
}

TEST_CASE("The check-in form marks a priority visitor, who is then called first", "[gui][calling]")
{
    DeskName desk;
    WorkflowFixture f;
    const CheckInResult first = walkIn(f, 1, 1, QStringLiteral("2026-12-02 08:01"));
    f.setNow(QStringLiteral("2026-12-02 08:05"));
    MessageBox::setNextAnswerForTesting(true);
    MainWindow window(f.db());
    window.startSession(f.helpdesk);
    CheckInForm *form = window.helpdeskPage()->checkInForm();
    auto *priority = child<QComboBox>(form, "priority");
    CHECK(priority->currentIndex() == 0);
    QStringList items;
    for (int i = 0; i < priority->count(); ++i)
        items << priority->itemText(i);
    CHECK(items == QStringList{QStringLiteral("(tidak ada)"), QStringLiteral("Lansia"), QStringLiteral("Disabilitas"), QStringLiteral("Ibu hamil")});
    child<QLineEdit>(form, "vendorName")->setText(QStringLiteral("PT Kahayan Jaya"));
    child<QLineEdit>(form, "npwp")->setText(QStringLiteral("02.345.678.9-012.000"));
    child<QLineEdit>(form, "email")->setText(QStringLiteral("admin@kahayan.co.id"));
    child<QLineEdit>(form, "applicantName")->setText(QStringLiteral("Siti Aminah"));
    child<QLineEdit>(form, "nik")->setText(QStringLiteral("6371014107600003"));
    child<QLineEdit>(form, "phone")->setText(QStringLiteral("081250001111"));
    priority->setCurrentIndex(priority->findText(QStringLiteral("Ibu hamil")));
    MessageBox::setNextAnswerForTesting(true);
    QTest::mouseClick(child<QPushButton>(form, "checkInButton"), Qt::LeftButton);
    INFO(MessageBox::lastTextForTesting().toStdString());
    CHECK(priority->currentIndex() == 0); // a clean form for the next walk-in

    const auto next = f.wf().waitingRoom().next(QDate(2026, 12, 2));
    REQUIRE(next.ok());
    REQUIRE(next->has_value());
    CHECK((*next)->priority == Priority::Pregnant);
    CHECK((*next)->queueNumber != first.queueNumber);
}

TEST_CASE("The verifikator calls the applicant of a file to the desk, and Administrasi sets the desk's services and the calling rules",
          "[gui][calling]")
{
    DeskName desk;
    WorkflowFixture f;
    const CheckInResult a1 = walkIn(f, 1, 1, QStringLiteral("2026-12-02 08:01"));
    const CheckInResult b1 = walkIn(f, 2, 2, QStringLiteral("2026-12-02 08:02"));
    f.setNow(QStringLiteral("2026-12-02 08:30"));
    MessageBox::setNextAnswerForTesting(true);
    MainWindow window(f.db());

    window.startSession(f.admin);
    AdminPage *admin = window.adminPage();
    REQUIRE(admin);
    QList<QCheckBox *> services = child<QWidget>(admin, "deskServices")->findChildren<QCheckBox *>();
    REQUIRE(services.size() == 8); // the seven of the catalogue, then Layanan lain (X)
    CHECK(services.last()->property("service").toInt() == Service::kOtherNumber);
    CHECK(services.last()->text().startsWith(QStringLiteral("X · Layanan lain")));
    for (QCheckBox *box : services)
        box->setChecked(box->property("service").toInt() == 2);
    child<QSpinBox>(admin, "noShowAfter")->setValue(2);
    child<QLineEdit>(admin, "displayTicker")->setText(QStringLiteral("Semua layanan LPSE tidak dipungut biaya."));
    MessageBox::setNextAnswerForTesting(true);
    QTest::mouseClick(child<QPushButton>(admin, "saveDesks"), Qt::LeftButton);
    INFO(MessageBox::lastTextForTesting().toStdString());
    CHECK(DeskSessions::deskServices() == QList<int>{2});
    CHECK(f.wf().waitingRoom().noShowAfter() == 2);
    CHECK(f.wf().board().ticker().value() == QStringLiteral("Semua layanan LPSE tidak dipungut biaya."));
    for (QCheckBox *box : services)
        box->setChecked(false);
    MessageBox::setNextAnswerForTesting(true);
    QTest::mouseClick(child<QPushButton>(admin, "saveDesks"), Qt::LeftButton);
    CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("paling sedikit satu layanan")));
    CHECK(DeskSessions::deskServices() == QList<int>{2});

    // This desk serves service 2 only: B-001 is called though A-001 came first.
    window.startSession(f.helpdesk);
    CallBar *bar = window.helpdeskPage()->callBar();
    QTest::mouseClick(bar->nextButton(), Qt::LeftButton);
    const auto board = f.wf().board().read();
    REQUIRE(board.ok());
    REQUIRE(board->current.has_value());
    CHECK(board->current->queueNumber == b1.queueNumber);

    // The verifikator calls A-001's applicant from the file.
    window.startSession(f.verifikator);
    QueuePage *queue = window.queuePage(QStringLiteral("verifikator"));
    REQUIRE(queue);
    auto *find = child<QLineEdit>(queue, "findNumber");
    find->setText(a1.applicationNumber);
    QTest::keyClick(find, Qt::Key_Return);
    auto *call = child<QPushButton>(queue, "callApplicantButton");
    REQUIRE(call->isEnabled());
    QTest::mouseClick(call, Qt::LeftButton);
    const auto collect = f.wf().board().read();
    REQUIRE(collect.ok());
    CHECK(collect->current->queueNumber == a1.queueNumber);
    CHECK(collect->current->desk == kDesk);
    const auto calls = f.wf().waitingRoom().calls(QDate(2026, 12, 2), 10);
    REQUIRE(calls.ok());
    CHECK(calls->first().purpose == CallPurpose::Collect);
    CHECK(calls->first().calledBy == f.verifikator.id);
}
