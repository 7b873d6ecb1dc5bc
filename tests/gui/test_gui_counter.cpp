#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "accounts/AccountStore.h"
#include "common/FileTableModel.h"
#include "common/MessageBox.h"
#include "helpdesk/CheckInForm.h"
#include "helpdesk/ChecklistModel.h"
#include "helpdesk/HelpdeskPage.h"
#include "queue/QueuePage.h"
#include "session/LockDialog.h"
#include "session/LoginDialog.h"
#include "supervisor/SupervisorPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

// Types `text` into the form's line edit `name`, as the officer would.
void typeInto(QWidget *form, const char *name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(form, name);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

// Types the check-in of a director of CV Sinar Barito for service 1, keyboard only.
void typeCheckIn(QWidget *form, bool proxy = false)
{
    form->window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(form->window()));
    QTest::keyClick(form, Qt::Key_N, Qt::ControlModifier);
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus == child<QLineEdit>(form, "vendorLookup"));
    QTest::keyClicks(focus, QStringLiteral("CV Sinar Barito"));
    QTest::keyClick(focus, Qt::Key_Return); // no match: on to the company name (already filled)
    const auto type = [form](const char *name, const QString &text) { typeInto(form, name, text); };
    type("npwp", QStringLiteral("01.234.567.8-901.000"));
    type("email", QStringLiteral("direktur@sinarbarito.co.id"));
    type("applicantName", QStringLiteral("Budi Santoso"));
    type("nik", QStringLiteral("6371011203850001"));
    type("phone", QStringLiteral("081251234567"));
    if (proxy)
        child<QRadioButton>(form, "standingProxy")->setChecked(true);
    QTest::keyClick(child<QLineEdit>(form, "note"), Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

TEST_CASE("login refuses a wrong password and accepts the right one", "[gui]")
{
    TempDatabase t;
    REQUIRE(AccountStore(t.db()).addUser(QStringLiteral("admin"), QStringLiteral("Admin LPSE"), QString(), {Role::Administrator},
                                         QStringLiteral("rahasia-123")));
    LoginDialog login(t.db());
    child<QLineEdit>(&login, "login")->setText(QStringLiteral("admin"));
    child<QLineEdit>(&login, "password")->setText(QStringLiteral("salah-sekali"));
    login.accept();
    CHECK(login.message().contains(QStringLiteral("salah")));
    child<QLineEdit>(&login, "password")->setText(QStringLiteral("rahasia-123"));
    login.accept();
    CHECK(login.result() == QDialog::Accepted);
}

TEST_CASE("each role sees its own screens", "[gui]")
{
    WorkflowFixture f;
    MainWindow window(f.db());
    window.startSession(f.helpdesk);
    CHECK(window.helpdeskPage() != nullptr);
    CHECK(window.queuePage(QStringLiteral("verifikator")) == nullptr);
    CHECK(window.adminPage() == nullptr);
    window.startSession(f.verifikator);
    CHECK(window.helpdeskPage() == nullptr);
    CHECK(window.queuePage(QStringLiteral("verifikator")) != nullptr);
    window.startSession(f.kepalaBagian);
    CHECK(window.supervisorPage() != nullptr);
    window.startSession(f.admin);
    CHECK(window.adminPage() != nullptr);
    CHECK(window.supervisorPage() == nullptr);
    CHECK(window.standardsPage() != nullptr);
    CHECK(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("Administrator")));
}

TEST_CASE("check-in by keyboard, checklist, hand off, the verifikator claims and finishes", "[gui][story]")
{
    WorkflowFixture f;
    MessageBox::setNextAnswerForTesting(true);
    MainWindow helpdeskWindow(f.db());
    helpdeskWindow.resize(1366, 768);
    helpdeskWindow.startSession(f.helpdesk);
    helpdeskWindow.show();
    REQUIRE(QTest::qWaitForWindowExposed(&helpdeskWindow));
    HelpdeskPage *page = helpdeskWindow.helpdeskPage();
    CheckInForm *form = page->checkInForm();

    typeCheckIn(form);
    INFO(MessageBox::lastTextForTesting().toStdString());
    CHECK(child<QLabel>(page, "lastTicket")->text().contains(QStringLiteral("A-001")));
    auto *book = child<QTableView>(page, "guestBook");
    REQUIRE(book->model()->rowCount() == 1);
    REQUIRE(page->selectedApplication() != 0);

    // Tick every box with the keyboard: Space on the Asli and Salinan cells, a date typed for validity.
    auto *checklist = child<QTableView>(page, "checklist");
    auto *model = qobject_cast<ChecklistModel *>(checklist->model());
    REQUIRE(model != nullptr);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(child<QPushButton>(page, "acceptButton")->isEnabled());
    checklist->setFocus();
    for (int row = 0; row < model->rowCount(); ++row) {
        const ChecklistItem item = model->items().at(row);
        if (item.originalRequired) {
            checklist->setCurrentIndex(model->index(row, ChecklistModel::OriginalColumn));
            QTest::keyClick(checklist, Qt::Key_Space);
        }
        if (item.copyRequired) {
            checklist->setCurrentIndex(model->index(row, ChecklistModel::CopyColumn));
            QTest::keyClick(checklist, Qt::Key_Space);
        }
        if (item.validityRequired)
            REQUIRE(model->setData(model->index(row, ChecklistModel::ValidUntilColumn), QDate(2030, 1, 1), Qt::EditRole));
    }
    CHECK(child<QLabel>(page, "verdict")->text().contains(QStringLiteral("Lengkap")));
    REQUIRE(child<QPushButton>(page, "acceptButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(page, "acceptButton"), Qt::LeftButton);
    const qint64 id = page->selectedApplication();
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::Queued);
    // Handed off: the hint no longer tells the officer to press "Terima & teruskan".
    CHECK_FALSE(child<QLabel>(page, "verdict")->text().contains(QStringLiteral("Tekan")));
    CHECK(child<QLabel>(page, "verdict")->text().contains(QStringLiteral("tidak lagi di meja helpdesk")));

    // The verifikator's queue shows the file at once.
    MainWindow verifikatorWindow(f.db());
    verifikatorWindow.startSession(f.verifikator);
    QueuePage *queue = verifikatorWindow.queuePage(QStringLiteral("verifikator"));
    auto *queueView = child<QTableView>(queue, "queue");
    REQUIRE(queueView->model()->rowCount() == 1);
    QAbstractItemModelTester queueTester(queueView->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    queue->claimSelected();
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::InProgress);
    queue->completeSelected(QStringLiteral("User ID aktif"));
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::Done);
    CHECK(queueView->model()->rowCount() == 0);
    MessageBox::setNextAnswerForTesting(std::nullopt);
}

TEST_CASE("Layanan lain by keyboard: what was asked is required, no checklist, handed on, X queue, no promised time",
          "[gui][story][other-service]")
{
    WorkflowFixture f;
    MessageBox::setNextAnswerForTesting(true);
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    HelpdeskPage *page = window.helpdeskPage();
    CheckInForm *form = page->checkInForm();
    auto *service = child<QComboBox>(form, "service");
    auto *request = child<QLineEdit>(form, "request");
    // The field of what was asked is there only for Layanan lain.
    CHECK_FALSE(request->isVisible());
    const int other = service->findData(Service::kOtherNumber);
    REQUIRE(other == service->count() - 1); // after the catalogue's services
    CHECK(service->itemText(other) == QStringLiteral("(X) Layanan lain (belum ada standar)"));

    // Chosen by keyboard (End on the service list): the field shows and is next in Tab order.
    service->setFocus();
    QTest::keyClick(service, Qt::Key_End);
    REQUIRE(service->currentData().toInt() == Service::kOtherNumber);
    CHECK(request->isVisible());
    QTest::keyClick(service, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == request);

    // Without what was asked, the number is refused with a message and nothing is written.
    const auto type = [form](const char *name, const QString &text) { typeInto(form, name, text); };
    type("vendorName", QStringLiteral("CV Sinar Barito"));
    type("npwp", QStringLiteral("01.234.567.8-901.000"));
    type("applicantName", QStringLiteral("Budi Santoso"));
    type("nik", QStringLiteral("6371011203850001"));
    QTest::keyClick(child<QLineEdit>(form, "note"), Qt::Key_Return, Qt::ControlModifier);
    CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("tuliskan layanan yang diminta pemohon")));
    auto *book = child<QTableView>(page, "guestBook");
    CHECK(book->model()->rowCount() == 0);

    type("request", QStringLiteral("Surat keterangan terdaftar sebagai penyedia"));
    QTest::keyClick(request, Qt::Key_Return, Qt::ControlModifier);
    INFO(MessageBox::lastTextForTesting().toStdString());
    CHECK(child<QLabel>(page, "lastTicket")->text().contains(QStringLiteral("X-001")));
    REQUIRE(book->model()->rowCount() == 1);
    CHECK_FALSE(request->isVisible()); // the form is clean again, on the first service
    CHECK(request->text().isEmpty());
    const qint64 id = page->selectedApplication();
    REQUIRE(id != 0);

    // Nothing to tick: the verdict says so, with what was asked, and the hand-off is open.
    CHECK(child<QTableView>(page, "checklist")->model()->rowCount() == 0);
    const QString verdict = child<QLabel>(page, "verdict")->text();
    CHECK(verdict.contains(QStringLiteral("Layanan lain")));
    CHECK(verdict.contains(QStringLiteral("Surat keterangan terdaftar sebagai penyedia")));
    REQUIRE(child<QPushButton>(page, "acceptButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(page, "acceptButton"), Qt::LeftButton);
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::Queued);

    // In the verifikator's queue: no due time, no colour, "tanpa standar".
    MainWindow verifikatorWindow(f.db());
    verifikatorWindow.startSession(f.verifikator);
    QueuePage *queue = verifikatorWindow.queuePage(QStringLiteral("verifikator"));
    auto *queueView = child<QTableView>(queue, "queue");
    REQUIRE(queueView->model()->rowCount() == 1);
    QAbstractItemModelTester queueTester(queueView->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QAbstractItemModel *m = queueView->model();
    CHECK(m->index(0, FileTableModel::DueColumn).data().toString() == QStringLiteral("tanpa standar"));
    CHECK(m->index(0, FileTableModel::ServiceColumn).data().toString() == QStringLiteral("Layanan lain (belum ada standar)"));
    CHECK(m->index(0, FileTableModel::ClockColumn).data(FileTableModel::ClockStateRole).toString() == QStringLiteral("unpromised"));
    CHECK_FALSE(m->index(0, FileTableModel::ClockColumn).data(Qt::BackgroundRole).isValid());
    queue->claimSelected();
    queue->completeSelected(QStringLiteral("Surat keterangan diterbitkan"));
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::Done);
    MessageBox::setNextAnswerForTesting(std::nullopt);
}

TEST_CASE("a proxy without a Surat Kuasa is returned with the missing item listed", "[gui]")
{
    WorkflowFixture f;
    MessageBox::setNextAnswerForTesting(true);
    MainWindow window(f.db());
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    HelpdeskPage *page = window.helpdeskPage();
    typeCheckIn(page->checkInForm(), true);
    const qint64 id = page->selectedApplication();
    REQUIRE(id != 0);
    f.tickAll(id, {QStringLiteral("surat_kuasa")});
    page->selectApplication(id);
    CHECK(child<QLabel>(page, "verdict")->text().contains(QStringLiteral("Surat Kuasa")));
    CHECK_FALSE(child<QPushButton>(page, "acceptButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(page, "returnButton"), Qt::LeftButton);
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::Returned);
    MessageBox::setNextAnswerForTesting(std::nullopt);
}

TEST_CASE("a refused action shows its message", "[gui]")
{
    WorkflowFixture f;
    MessageBox::setNextAnswerForTesting(true);
    MessageBox::clearForTesting();
    MainWindow window(f.db());
    window.startSession(f.helpdesk);
    // A check-in with a malformed NIK is refused with the validator's message.
    CheckInForm *form = window.helpdeskPage()->checkInForm();
    child<QLineEdit>(form, "vendorName")->setText(QStringLiteral("CV Sinar Barito"));
    child<QLineEdit>(form, "applicantName")->setText(QStringLiteral("Budi Santoso"));
    child<QLineEdit>(form, "nik")->setText(QStringLiteral("12345"));
    QTest::mouseClick(child<QPushButton>(form, "checkInButton"), Qt::LeftButton);
    CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("NIK")));
    CHECK(window.helpdeskPage()->findChild<QTableView *>(QStringLiteral("guestBook"))->model()->rowCount() == 0);

    // A second verifikator cannot take a file the first one holds.
    const auto in = f.checkIn(1);
    f.tickAll(in->applicationId);
    REQUIRE(f.wf().documents().accept(f.helpdesk, in->applicationId).ok());
    REQUIRE(f.wf().queue().claim(f.verifikator, in->applicationId).ok());
    MainWindow other(f.db());
    other.startSession(f.verifikator2);
    QueuePage *queue = other.queuePage(QStringLiteral("verifikator"));
    REQUIRE(queue->openNumber(in->applicationNumber));
    MessageBox::clearForTesting();
    queue->completeSelected(QStringLiteral("User ID aktif"));
    CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("Vera Anggraini")));
    CHECK(f.wf().files().application(in->applicationId)->status == ApplicationStatus::InProgress);
    MessageBox::setNextAnswerForTesting(std::nullopt);
}

TEST_CASE("the file table model passes the model tester and colours the clock", "[gui]")
{
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    f.tickAll(in->applicationId);
    REQUIRE(f.wf().documents().accept(f.helpdesk, in->applicationId).ok());
    FileTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto files = f.wf().files().openQueue(QStringLiteral("verifikator"));
    REQUIRE(files.ok());
    QList<ClockReading> clocks;
    const QDateTime late = WorkflowFixture::local(QStringLiteral("2026-11-23 09:00"));
    for (const FileSummary &s : files.value())
        clocks << f.wf().clocks().glance(s, late);
    model.setFiles(files.value(), clocks);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, FileTableModel::ClockColumn).data(FileTableModel::ClockStateRole).toString() == QStringLiteral("overdue"));
    CHECK(model.index(0, FileTableModel::ClockColumn).data(Qt::BackgroundRole).isValid());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.updateClocks(clocks);
    model.setFiles({}, {});
    CHECK(proxy.rowCount() == 0);
}

TEST_CASE("the login dialog starts in its first field", "[gui]")
{
    WorkflowFixture f;
    LoginDialog login(f.db());
    login.show();
    REQUIRE(QTest::qWaitForWindowActive(&login));
    CHECK(QApplication::focusWidget() == login.findChild<QLineEdit *>(QStringLiteral("login")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == login.findChild<QLineEdit *>(QStringLiteral("password")));
}

TEST_CASE("the idle lock keeps unsaved input and opens only with the password", "[gui][security]")
{
    WorkflowFixture f;
    MainWindow window(f.db());
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QLineEdit *name = window.helpdeskPage()->checkInForm()->findChild<QLineEdit *>(QStringLiteral("applicantName"));
    name->setText(QStringLiteral("Budi Santoso (belum disimpan)"));
    bool sawLock = false;
    QTimer::singleShot(0, [&] {
        auto *lock = qobject_cast<LockDialog *>(QApplication::activeModalWidget());
        REQUIRE(lock != nullptr);
        sawLock = true;
        CHECK(child<QLabel>(lock, "lockIntro")->text().contains(QStringLiteral("karena tidak ada kegiatan")));
        CHECK(child<QLabel>(&window, "lockMessage")->text() == QStringLiteral("Layar dikunci karena tidak ada kegiatan."));
        lock->tryUnlock(QStringLiteral("salah-sekali"));
        CHECK(lock->isVisible());
        CHECK(lock->message().contains(QStringLiteral("salah")));
        QTest::keyClick(lock, Qt::Key_Escape);
        CHECK(lock->isVisible());
        lock->tryUnlock(QStringLiteral("rahasia-loket-1"));
    });
    window.lockNow(LockDialog::Reason::Idle);
    CHECK(sawLock);
    CHECK(name->text() == QStringLiteral("Budi Santoso (belum disimpan)"));
    CHECK(window.user().id == f.helpdesk.id);
}

TEST_CASE("Ctrl+L: locked by the officer, nothing of the records in sight, the input and the cursor come back", "[gui][security][lock]")
{
    WorkflowFixture f;
    MessageBox::setNextAnswerForTesting(true);
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    HelpdeskPage *page = window.helpdeskPage();
    typeCheckIn(page->checkInForm()); // one visitor in the guest book
    REQUIRE(child<QTableView>(page, "guestBook")->model()->rowCount() == 1);
    const qint64 selected = page->selectedApplication();
    REQUIRE(selected != 0);
    QLineEdit *name = child<QLineEdit>(page->checkInForm(), "applicantName");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Dewi Kartika (belum disimpan)"));
    REQUIRE(QApplication::focusWidget() == name);

    auto unlocked = whenModal<LockDialog>([&](LockDialog *lock) {
        auto *intro = lock->findChild<QLabel *>(QStringLiteral("lockIntro"));
        CHECK(intro != nullptr);
        if (intro) {
            CHECK(intro->text().contains(QStringLiteral("dikunci oleh Hana Lestari")));
            CHECK_FALSE(intro->text().contains(QStringLiteral("tidak ada kegiatan")));
        }
        // Behind the dialog: the lock page, no table, no field with a name in it.
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
        CHECK(stack != nullptr);
        if (stack)
            CHECK(stack->currentWidget()->objectName() == QStringLiteral("lockPage"));
        CHECK_FALSE(page->isVisible());
        for (QTableView *table : window.findChildren<QTableView *>())
            CHECK_FALSE(table->isVisible());
        for (QLineEdit *edit : window.findChildren<QLineEdit *>())
            CHECK_FALSE((edit->isVisible() && !edit->text().isEmpty()));
        // No way around the lock from the keyboard: the window's shortcuts are off, but closing.
        for (QAction *action : window.findChildren<QAction *>())
            if (!action->shortcut().isEmpty() && action->shortcut() != QKeySequence(QKeySequence::Quit))
                CHECK_FALSE(action->isEnabled());
        auto *message = window.findChild<QLabel *>(QStringLiteral("lockMessage"));
        CHECK((message && message->isVisible() && message->text().contains(QStringLiteral("Hana Lestari"))));
        lock->tryUnlock(QStringLiteral("rahasia-loket-1"));
    });
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(name, Qt::Key_L, Qt::ControlModifier);
    CHECK(*unlocked);
    CHECK(page->isVisible());
    CHECK(child<QTableView>(page, "guestBook")->isVisible());
    CHECK(name->text() == QStringLiteral("Dewi Kartika (belum disimpan)"));
    CHECK(window.focusWidget() == name); // where the cursor was, once the window is active again
    CHECK(child<QTableView>(page, "guestBook")->model()->rowCount() == 1);
    CHECK(page->selectedApplication() == selected);
    MessageBox::setNextAnswerForTesting(std::nullopt);
}

TEST_CASE("Ganti petugas, then Esc or Batal: Loket stays, locked, nothing lost, a login opens it, the title names who", "[gui][session][lock]")
{
    WorkflowFixture f;
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    HelpdeskPage *page = window.helpdeskPage();
    QLineEdit *name = child<QLineEdit>(page->checkInForm(), "applicantName");
    name->setText(QStringLiteral("Budi Santoso (belum disimpan)"));
    QAction *switchOfficer = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == QStringLiteral("&Ganti petugas…"))
            switchOfficer = a;
    REQUIRE(switchOfficer != nullptr);
    auto logIn = [](const QString &login) {
        return [login](LoginDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("login"))->setText(login);
            dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("rahasia-loket-1"));
            dialog->accept();
        };
    };

    // Escape on the login dialog: the window stays, its records hidden, the session kept.
    auto escaped = whenModal<LoginDialog>([](LoginDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    switchOfficer->trigger();
    CHECK(*escaped);
    CHECK(window.isVisible());
    REQUIRE(window.helpdeskPage() == page);
    CHECK_FALSE(page->isVisible());
    auto *lockPage = child<QWidget>(&window, "lockPage");
    CHECK(lockPage->isVisible());
    CHECK(name->text() == QStringLiteral("Budi Santoso (belum disimpan)"));

    // Batal, from the lock page's own button: the same.
    auto cancelled = whenModal<LoginDialog>([](LoginDialog *dialog) {
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Batal"))
                QTest::mouseClick(b, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(lockPage, "lockLoginButton"), Qt::LeftButton);
    CHECK(*cancelled);
    CHECK(window.isVisible());
    CHECK(lockPage->isVisible());
    CHECK_FALSE(page->isVisible());

    // The same officer logs in: everything as it was.
    auto same = whenModal<LoginDialog>(logIn(QStringLiteral("hana")));
    QTest::mouseClick(child<QPushButton>(lockPage, "lockLoginButton"), Qt::LeftButton);
    CHECK(*same);
    CHECK_FALSE(lockPage->isVisible());
    REQUIRE(window.helpdeskPage() == page);
    CHECK(page->isVisible());
    CHECK(name->text() == QStringLiteral("Budi Santoso (belum disimpan)"));
    CHECK(window.windowTitle().contains(QStringLiteral("Hana Lestari")));

    // Another officer: a session of their own, named in the title and the status bar.
    auto other = whenModal<LoginDialog>(logIn(QStringLiteral("vera")));
    switchOfficer->trigger();
    CHECK(*other);
    CHECK(window.user().id == f.verifikator.id);
    CHECK(window.windowTitle().contains(QStringLiteral("Vera Anggraini")));
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("Hana Lestari")));
    CHECK(child<QLabel>(&window, "userLabel")->text().contains(QStringLiteral("Vera Anggraini")));
    CHECK(window.helpdeskPage() == nullptr);
    REQUIRE(window.queuePage(QStringLiteral("verifikator")) != nullptr);
    CHECK(window.queuePage(QStringLiteral("verifikator"))->isVisible());
    CHECK_FALSE(lockPage->isVisible());

    // "Keluar akun", then Escape: the session ends, nobody is named any more, Loket waits.
    QAction *signOut = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == QStringLiteral("&Keluar akun"))
            signOut = a;
    REQUIRE(signOut != nullptr);
    auto escapedAgain = whenModal<LoginDialog>([](LoginDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    signOut->trigger();
    CHECK(*escapedAgain);
    CHECK(window.isVisible());
    CHECK(lockPage->isVisible());
    CHECK(window.user().id == 0);
    CHECK(window.windowTitle() == QStringLiteral("Loket — LPSE"));
    CHECK(window.queuePage(QStringLiteral("verifikator")) == nullptr);
    CHECK_FALSE(signOut->isEnabled());
}

TEST_CASE("a check-in that would rename a stored vendor shows old and new before the number is issued, Batal keeps the form", "[gui][vendors]")
{
    WorkflowFixture f;
    REQUIRE(f.checkIn(1).ok()); // CV Sinar Barito, NPWP 01.234.567.8-901.000, stored
    MessageBox::clearForTesting();
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    HelpdeskPage *page = window.helpdeskPage();
    CheckInForm *form = page->checkInForm();
    auto *book = child<QTableView>(page, "guestBook");
    const int before = book->model()->rowCount();

    auto fill = [&] {
        child<QLineEdit>(form, "vendorName")->setText(QStringLiteral("CV Sinar Barito Baru"));
        child<QLineEdit>(form, "npwp")->setText(QStringLiteral("01.234.567.8-901.000"));
        child<QLineEdit>(form, "applicantName")->setText(QStringLiteral("Budi Santoso"));
        child<QLineEdit>(form, "nik")->setText(QStringLiteral("6371011203850001"));
    };
    fill();
    MessageBox::setNextAnswerForTesting(false); // Batal
    QTest::mouseClick(child<QPushButton>(form, "checkInButton"), Qt::LeftButton);
    const QString asked = MessageBox::lastTextForTesting();
    CHECK(asked.contains(QStringLiteral("Nama perusahaan: CV Sinar Barito → CV Sinar Barito Baru")));
    CHECK(asked.contains(QStringLiteral("Digit pemeriksa NPWP"))); // the warning comes before the number too
    CHECK(book->model()->rowCount() == before);                    // nothing issued
    CHECK(child<QLineEdit>(form, "vendorName")->text() == QStringLiteral("CV Sinar Barito Baru")); // the form as typed

    MessageBox::setNextAnswerForTesting(true); // Ubah data dan daftarkan
    QTest::mouseClick(child<QPushButton>(form, "checkInButton"), Qt::LeftButton);
    CHECK(book->model()->rowCount() == before + 1);
    const auto first = f.wf().files().guestBook(WorkflowFixture::local(QStringLiteral("2026-11-23 07:41")).toTimeZone(f.wf().calendar().timeZone()).date());
    REQUIRE(first.ok());
    CHECK(first->first().vendorName == QStringLiteral("CV Sinar Barito")); // the earlier visit as it was
    MessageBox::setNextAnswerForTesting(std::nullopt);
}

TEST_CASE("at the check-in form Enter moves on without selecting the next field's text, Ctrl+N and Esc start a clean form",
          "[gui][keyboard]")
{
    WorkflowFixture f;
    MainWindow window(f.db());
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CheckInForm *form = window.helpdeskPage()->checkInForm();
    auto *name = child<QLineEdit>(form, "applicantName");
    auto *nik = child<QLineEdit>(form, "nik");
    auto *phone = child<QLineEdit>(form, "phone");
    phone->setText(QStringLiteral("0812"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Budi Santoso"));
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(QApplication::focusWidget() == nik);
    QTest::keyClicks(nik, QStringLiteral("6371011203850001"));
    QTest::keyClick(nik, Qt::Key_Return);
    REQUIRE(QApplication::focusWidget() == phone);
    CHECK(phone->selectedText().isEmpty());
    QTest::keyClicks(phone, QStringLiteral("51234567"));
    CHECK(phone->text() == QStringLiteral("081251234567"));
    CHECK(nik->text() == QStringLiteral("6371011203850001"));
    // Enter on a choice moves on too (Bentuk -> NPWP).
    auto *form2 = child<QComboBox>(form, "legalForm");
    form2->setFocus();
    QTest::keyClick(form2, Qt::Key_Return);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(form, "npwp"));

    // Ctrl+N: every field empty again, the standing and service back to their first choice.
    child<QLineEdit>(form, "vendorName")->setText(QStringLiteral("CV Lama"));
    child<QLineEdit>(form, "email")->setText(QStringLiteral("lama@example.id"));
    child<QRadioButton>(form, "standingProxy")->setChecked(true);
    child<QComboBox>(form, "service")->setCurrentIndex(3);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(form, "vendorLookup"));
    for (const char *field : {"vendorName", "email", "applicantName", "nik", "phone"})
        CHECK(child<QLineEdit>(form, field)->text().isEmpty());
    CHECK(child<QRadioButton>(form, "standingHead")->isChecked());
    CHECK(child<QComboBox>(form, "service")->currentIndex() == 0);
    // Esc inside the form clears it as well.
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Siti"));
    QTest::keyClick(name, Qt::Key_Escape);
    CHECK(name->text().isEmpty());
}

TEST_CASE("the validity date editor in the checklist shows the whole date at 1366x768", "[gui][layout]")
{
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    HelpdeskPage *page = window.helpdeskPage();
    page->selectApplication(in->applicationId);
    auto *checklist = child<QTableView>(page, "checklist");
    auto *model = qobject_cast<ChecklistModel *>(checklist->model());
    REQUIRE(model != nullptr);
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->items().at(r).validityRequired)
            row = r;
    REQUIRE(row >= 0);
    const QModelIndex cell = model->index(row, ChecklistModel::ValidUntilColumn);
    checklist->setCurrentIndex(cell);
    checklist->edit(cell);
    QApplication::processEvents();
    auto *editor = checklist->findChild<QDateEdit *>(QStringLiteral("validUntilEditor"));
    REQUIRE(editor != nullptr);
    CHECK(editor->width() >= editor->sizeHint().width());
    CHECK(checklist->columnWidth(ChecklistModel::ValidUntilColumn) >= editor->sizeHint().width());
}

TEST_CASE("a dialog left open when the screen locks is veiled, and comes back as it was", "[gui][security][lock]")
{
    WorkflowFixture f;
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QDialog open(&window); // a file view or a complaint form, open beside the counter
    auto *edit = new QLineEdit(&open);
    edit->setText(QStringLiteral("6371011203850001"));
    open.resize(400, 200);
    open.show();
    REQUIRE(QTest::qWaitForWindowExposed(&open));

    auto unlocked = whenModal<LockDialog>([&](LockDialog *lock) {
        auto *veil = open.findChild<QLabel *>(QStringLiteral("lockVeil"));
        CHECK(veil != nullptr);
        if (veil) {
            CHECK(veil->isVisible());
            CHECK(veil->geometry().contains(open.rect()));
            CHECK(veil->autoFillBackground());
            // Nothing of the dialog shows through: its grab is the veil alone.
            const QImage shot = open.grab().toImage();
            const QImage veilShot = veil->grab().toImage();
            CHECK(shot.pixel(edit->geometry().center()) == veilShot.pixel(edit->geometry().center()));
        }
        lock->tryUnlock(QStringLiteral("rahasia-loket-1"));
    });
    window.lockNow();
    CHECK(*unlocked);
    CHECK(open.findChild<QLabel *>(QStringLiteral("lockVeil")) == nullptr);
    CHECK(open.isVisible());
    CHECK(edit->text() == QStringLiteral("6371011203850001"));
}
