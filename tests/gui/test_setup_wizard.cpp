#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "accounts/AccountStore.h"
#include "print/PrintSettings.h"
#include "print/PrinterChoices.h"
#include "print/Printers.h"
#include "session/LoginDialog.h"
#include "settings/OfficeSettings.h"
#include "setup/SetupWizard.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTest>

namespace {

void press(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Types into a line edit of the current page by keyboard, replacing what it held.
void type(QWizard *wizard, const char *name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(wizard->currentPage(), name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QString pageMessage(QWizard *wizard)
{
    return child<QLabel>(wizard->currentPage(), "message")->text();
}

} // namespace

TEST_CASE("the first-run wizard on an empty database ends logged in as the new administrator with the office stored", "[gui][setup]")
{
    TempDatabase t;
    QTemporaryDir printed;
    Printers::setForTesting(QStringList{QStringLiteral("Kasir-80mm"), QStringLiteral("Kantor-A4")}, printed.path());
    struct Restore { ~Restore() { Printers::setForTesting(QStringList{}, QString()); } } restore;
    MainWindow window(t.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString officeName = QStringLiteral("Bagian Pengadaan Barang dan Jasa Setda Kota Banjarmasin");
    QStringList seen;
    auto walked = whenModal<SetupWizard>([&](SetupWizard *wizard) {
        // 1. The database: this PC's file, shown; nothing to change.
        REQUIRE(wizard->currentId() == SetupWizard::DatabasePage);
        CHECK(child<QLabel>(wizard->currentPage(), "currentDatabase")->text().contains(t.db().isServer() ? QStringLiteral("server kantor")
                                                                                                         : QStringLiteral("hanya PC ini")));
        press(wizard, QWizard::NextButton);

        // 2. The administrator: the passwords must match, then the account is made.
        REQUIRE(wizard->currentId() == SetupWizard::AdministratorPage);
        type(wizard, "fullName", QStringLiteral("Rina Administrator"));
        type(wizard, "login", QStringLiteral("rina"));
        type(wizard, "password", QStringLiteral("rahasia-123"));
        type(wizard, "repeat", QStringLiteral("rahasia-124"));
        press(wizard, QWizard::CommitButton);
        CHECK(wizard->currentId() == SetupWizard::AdministratorPage);
        seen << pageMessage(wizard);
        type(wizard, "repeat", QStringLiteral("rahasia-123"));
        press(wizard, QWizard::CommitButton);
        REQUIRE(wizard->currentId() == SetupWizard::OfficePage);
        CHECK_FALSE(wizard->button(QWizard::BackButton)->isEnabled()); // the account is made: no way back

        // 3. The office: a NIP of the wrong length is refused with a message.
        type(wizard, "officeName", officeName);
        type(wizard, "headName", QStringLiteral("Drs. H. Ahmad Fauzi, M.Si"));
        type(wizard, "headNip", QStringLiteral("19700101"));
        press(wizard, QWizard::NextButton);
        CHECK(wizard->currentId() == SetupWizard::OfficePage);
        seen << pageMessage(wizard);
        type(wizard, "headNip", QStringLiteral("197001011995031002"));
        press(wizard, QWizard::NextButton);
        REQUIRE(wizard->currentId() == SetupWizard::PrinterPage);

        // 4. The receipts on A4, on the office printer, with a test page sent to it.
        CHECK(child<QRadioButton>(wizard->currentPage(), "paperRoll")->isChecked()); // the default
        QComboBox *printer = child<QComboBox>(wizard->currentPage(), "printer");
        REQUIRE(printer->count() == 3); // ask each time, and the two printers
        printer->setCurrentIndex(printer->findData(QStringLiteral("Kantor-A4")));
        QRadioButton *a4 = child<QRadioButton>(wizard->currentPage(), "paperA4");
        QTest::mouseClick(a4, Qt::LeftButton, {}, QPoint(8, a4->height() / 2)); // on its circle
        CHECK(a4->isChecked());
        QTest::mouseClick(child<QPushButton>(wizard->currentPage(), "testPrint"), Qt::LeftButton);
        REQUIRE(Printers::jobsForTesting().size() == 1);
        CHECK(Printers::jobsForTesting().first().printer == QStringLiteral("Kantor-A4"));
        CHECK(Printers::jobsForTesting().first().paper.key() == QStringLiteral("a4"));
        CHECK(child<QLabel>(wizard->currentPage(), "testResult")->text().contains(QStringLiteral("Kantor-A4")));
        press(wizard, QWizard::NextButton);
        REQUIRE(wizard->currentId() == SetupWizard::BackupPage);

        // 5. The backup folder: a relative path is refused; empty keeps the default.
        type(wizard, "backupFolder", QStringLiteral("cadangan"));
        press(wizard, QWizard::NextButton);
        CHECK(wizard->currentId() == SetupWizard::BackupPage);
        seen << pageMessage(wizard);
        type(wizard, "backupFolder", QString());
        press(wizard, QWizard::NextButton);
        REQUIRE(wizard->currentId() == SetupWizard::DonePage);
        seen << child<QLabel>(wizard->currentPage(), "summary")->text();
        press(wizard, QWizard::FinishButton);
    });
    REQUIRE(window.login());
    REQUIRE(*walked);
    REQUIRE(seen.size() == 4);
    CHECK(seen[0].contains(QStringLiteral("tidak sama")));
    CHECK(seen[1].contains(QStringLiteral("NIP")));
    CHECK_FALSE(seen[2].isEmpty());
    CHECK(seen[3].contains(QStringLiteral("Rina Administrator")));
    CHECK(seen[3].contains(officeName.toHtmlEscaped()));
    CHECK(seen[3].contains(QStringLiteral("A4")));

    // Logged in as the new administrator, on the administrator's screens.
    CHECK(window.user().login == QStringLiteral("rina"));
    CHECK(window.user().hasRole(Role::Administrator));
    CHECK(window.adminPage() != nullptr);
    const Result<OfficeIdentity> office = OfficeSettings(t.db()).load();
    REQUIRE(office);
    CHECK(office->name == officeName);
    CHECK(office->headName == QStringLiteral("Drs. H. Ahmad Fauzi, M.Si"));
    CHECK(office->headNip == QStringLiteral("197001011995031002"));
    CHECK(PrintSettings(t.db()).paperFor(ReceiptKind::Ticket).key() == QStringLiteral("a4"));
    CHECK(PrintSettings(t.db()).paperFor(ReceiptKind::Done).key() == QStringLiteral("a4"));
    // This PC prints its receipts on the printer chosen, without asking.
    for (ReceiptKind kind : ReceiptKinds::all()) {
        const std::optional<PrinterChoice> choice = PrinterChoices::forJob(PrinterChoices::receiptJob(kind));
        REQUIRE(choice);
        CHECK(choice->printer == QStringLiteral("Kantor-A4"));
    }

    // The next start is a plain login.
    AccountStore accounts(t.db());
    CHECK(accounts.authenticate(QStringLiteral("rina"), QStringLiteral("rahasia-123")));
    LoginDialog login(t.db());
    CHECK(login.findChild<QLineEdit *>(QStringLiteral("fullName")) == nullptr);
}

TEST_CASE("the first-run wizard gives way to the login when another desk set the office up meanwhile", "[gui][setup]")
{
    TempDatabase t;
    MainWindow window(t.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto loginShown = std::make_shared<bool>(false);
    auto walked = whenModal<SetupWizard>([&](SetupWizard *wizard) {
        press(wizard, QWizard::NextButton);
        REQUIRE(wizard->currentId() == SetupWizard::AdministratorPage);
        // Another desk on the same server makes its administrator first.
        REQUIRE(AccountStore(t.db()).addUser(QStringLiteral("budi"), QStringLiteral("Budi Admin"), QString(), {Role::Administrator},
                                             QStringLiteral("rahasia-456")));
        type(wizard, "fullName", QStringLiteral("Rina Administrator"));
        type(wizard, "login", QStringLiteral("rina"));
        type(wizard, "password", QStringLiteral("rahasia-123"));
        type(wizard, "repeat", QStringLiteral("rahasia-123"));
        whenModal<LoginDialog>([loginShown](LoginDialog *dialog) {
            *loginShown = true;
            child<QLineEdit>(dialog, "login")->setText(QStringLiteral("budi"));
            child<QLineEdit>(dialog, "password")->setText(QStringLiteral("rahasia-456"));
            dialog->accept();
        });
        press(wizard, QWizard::CommitButton);
    });
    REQUIRE(window.login());
    CHECK(*walked);
    CHECK(*loginShown);
    CHECK(window.user().login == QStringLiteral("budi"));
    // Only the other desk's administrator exists: the wizard made no second one.
    CHECK_FALSE(AccountStore(t.db()).authenticate(QStringLiteral("rina"), QStringLiteral("rahasia-123")));
}

TEST_CASE("the first-run wizard starts in its first field and the administrator's fields go by Tab", "[gui][setup]")
{
    TempDatabase t;
    SetupWizard wizard(t.db(), QString());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    wizard.next();
    REQUIRE(wizard.currentId() == SetupWizard::AdministratorPage);
    QApplication::processEvents();
    CHECK(QApplication::focusWidget() == wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("fullName")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("login")));
}

TEST_CASE("the first-run wizard with --db names the option and keeps the database as it is", "[gui][setup]")
{
    TempDatabase t;
    SetupWizard wizard(t.db(), QStringLiteral("opsi --db"));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK_FALSE(child<QAbstractButton>(wizard.currentPage(), "changeDatabase")->isEnabled());
    CHECK(wizard.currentPage()->findChildren<QLabel *>().size() >= 2);
    bool named = false;
    for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
        named = named || label->text().contains(QStringLiteral("opsi --db"));
    CHECK(named);
}
