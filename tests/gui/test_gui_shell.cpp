#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "admin/AdminPage.h"
#include "common/Clock.h"
#include "common/MessageBox.h"
#include "complaints/ComplaintStore.h"
#include "feedback/ComplaintsPage.h"
#include "session/LockDialog.h"
#include "session/LoginDialog.h"
#include "setup/SetupWizard.h"
#include "catalog/CatalogStore.h"
#include "standards/StandardsPage.h"
#include "standards/ServiceTableModel.h"
#include "backup/Backup.h"
#include "settings/OfficeSettings.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QDir>
#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>

TEST_CASE("the main window shows the service standards", "[gui]")
{
    TempDatabase t;
    REQUIRE(CatalogStore(t.db()).ensureSeeded().ok());
    MainWindow window(t.db());
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == QStringLiteral("Loket — LPSE"));

    StandardsPage *page = window.standardsPage();
    auto *table = page->findChild<QTableView *>(QStringLiteral("serviceTable"));
    REQUIRE(table != nullptr);
    CHECK(table->model()->rowCount() == 7);
    CHECK(page->shownText().contains(QStringLiteral("Aktivasi")));
    CHECK(page->shownText().contains(QStringLiteral("Dasar Hukum")));

    // Selecting service 7 by keyboard shows its own components.
    table->setFocus();
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(table, Qt::Key_Down);
    CHECK(page->shownText().contains(QStringLiteral("5 hari kerja")));
    CHECK(page->shownText().contains(QStringLiteral("Evaluasi Kinerja Pelaksana")));
}

TEST_CASE("the service table model passes the model tester", "[gui]")
{
    ServiceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto catalog = ServiceCatalog::builtIn();
    REQUIRE(catalog.ok());
    model.setCatalog(catalog.value());
    CHECK(model.rowCount() == 7);
    model.setCatalog(ServiceCatalog());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the backup is written in the background while the counter works on, and once more at closing", "[gui]")
{
    TempDatabase t;
    REQUIRE(CatalogStore(t.db()).ensureSeeded().ok());
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("cadangan-uji"));
    REQUIRE(OfficeSettings(t.db()).setValue(QStringLiteral("backup.folder"), folder).ok());
    MainWindow window(t.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *label = window.findChild<QLabel *>(QStringLiteral("backupLabel"));
    REQUIRE(label != nullptr);

    QSignalSpy finished(&window, &MainWindow::backupFinished);
    window.backupIfDue(true);
    // Started, not finished: the window returned at once and says so.
    CHECK(window.backupRunning());
    CHECK(label->text() == QStringLiteral("Mencadangkan…"));
    // The counter goes on writing meanwhile.
    REQUIRE(OfficeSettings(t.db()).setValue(QStringLiteral("uji.saat_cadangan"), QStringLiteral("ya")).ok());
    window.backupIfDue(true); // a second request is answered by the backup under way
    REQUIRE(finished.wait(20000));
    CHECK(finished.count() == 1);
    CHECK_FALSE(window.backupRunning());
    CHECK(label->text().startsWith(QStringLiteral("Cadangan terakhir: ")));
    const QString daily = Backup::latest(folder);
    REQUIRE_FALSE(daily.isEmpty());
    CHECK(Backup::verify(daily).ok());

    // Closing writes one more, with what was recorded since, before the window goes.
    const QString closingFolder = QDir(t.dir()).filePath(QStringLiteral("cadangan-tutup"));
    REQUIRE(OfficeSettings(t.db()).setValue(QStringLiteral("backup.folder"), closingFolder).ok());
    REQUIRE(OfficeSettings(t.db()).setValue(QStringLiteral("uji.sebelum_tutup"), QStringLiteral("ya")).ok());
    window.close();
    CHECK_FALSE(window.backupRunning());
    const QString closing = Backup::latest(closingFolder);
    REQUIRE_FALSE(closing.isEmpty());
    REQUIRE(Backup::verify(closing).ok());
    auto copy = Database::open(closing, Database::Mode::Inspect);
    REQUIRE(copy.ok());
    CHECK(OfficeSettings(*copy.value()).value(QStringLiteral("uji.sebelum_tutup")).value() == QStringLiteral("ya"));
}

namespace {

// What reads wrong on a screen: a label that shows its "&" (no buddy takes the
// mnemonic), a mnemonic that leads nowhere, a button in Qt's English.
QStringList textProblems(QWidget *root)
{
    static const QStringList english = {QStringLiteral("Cancel"), QStringLiteral("Yes"), QStringLiteral("No"), QStringLiteral("Close"),
                                        QStringLiteral("Save"), QStringLiteral("Apply"), QStringLiteral("Open"), QStringLiteral("Discard"),
                                        QStringLiteral("Abort"), QStringLiteral("Retry"), QStringLiteral("Ignore"), QStringLiteral("Reset"),
                                        QStringLiteral("Help")};
    QStringList problems;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
            continue; // "&" there starts an entity
        if (!QString(text).remove(QStringLiteral("&&")).contains(QLatin1Char('&')))
            continue;
        QWidget *buddy = label->buddy();
        while (buddy && buddy->focusProxy())
            buddy = buddy->focusProxy();
        if (!buddy)
            problems << QStringLiteral("shows \"&\": ") + text;
        else if (buddy->focusPolicy() == Qt::NoFocus)
            problems << QStringLiteral("mnemonic to a widget without focus: ") + text;
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        if (english.contains(QString(button->text()).remove(QLatin1Char('&'))))
            problems << QStringLiteral("English button: ") + button->text() + QStringLiteral(" in ") + button->window()->windowTitle();
    return problems;
}

} // namespace

TEST_CASE("no label shows a literal \"&\" and no button is in English, on every screen and dialog", "[gui][texts]")
{
    WorkflowFixture f;
    QStringList problems;
    for (const User &user : {f.helpdesk, f.verifikator, f.adminSistem, f.kasubbag, f.kepalaBagian, f.admin}) {
        MainWindow window(f.db());
        window.startSession(user);
        problems << textProblems(&window);
    }
    {
        TempDatabase empty;
        SetupWizard first(empty.db(), QString());
        problems << textProblems(&first);
    }
    LoginDialog login(f.db());
    problems << textProblems(&login);
    for (LockDialog::Reason reason : {LockDialog::Reason::Idle, LockDialog::Reason::Officer}) {
        LockDialog lock(f.db(), f.helpdesk, reason);
        problems << textProblems(&lock);
    }

    // The dialogs of the complaint steps, as a Kasubbag opens them.
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.kasubbag);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ComplaintsPage *complaints = window.complaintsPage();
    REQUIRE(complaints != nullptr);
    window.tabs()->setCurrentWidget(complaints);
    auto inspect = [&](QDialog *dialog) {
        problems << textProblems(dialog);
        dialog->reject();
    };
    auto form = whenModal<QDialog>(inspect);
    complaints->recordWithForm();
    CHECK(*form);
    ComplaintInput in;
    in.complainantName = QStringLiteral("Budi Santoso");
    in.notPerStandard = QStringLiteral("Antrian terlalu lama.");
    in.submittedAt = Clock::nowUtc();
    MessageBox::setNextAnswerForTesting(true);
    REQUIRE(complaints->recordComplaint(in));
    MessageBox::setNextAnswerForTesting(std::nullopt);
    complaints->startCheckSelected();
    auto acknowledge = whenModal<QDialog>(inspect);
    QTest::mouseClick(child<QPushButton>(complaints, "acknowledgeButton"), Qt::LeftButton);
    CHECK(*acknowledge);
    complaints->acknowledgeSelected(QStringLiteral("Diterima."), false);
    auto coordinate = whenModal<QDialog>(inspect);
    QTest::mouseClick(child<QPushButton>(complaints, "coordinateButton"), Qt::LeftButton);
    CHECK(*coordinate);
    complaints->coordinateSelected(QStringLiteral("Verifikator"));
    auto respond = whenModal<QDialog>(inspect);
    QTest::mouseClick(child<QPushButton>(complaints, "respondButton"), Qt::LeftButton);
    CHECK(*respond);
    // A question (Ya / Tidak).
    auto question = whenModal<QDialog>(inspect);
    MessageBox::question(&window, QStringLiteral("Loket"), QStringLiteral("Lanjutkan?"));
    CHECK(*question);

    // The administrator's own dialogs.
    window.startSession(f.admin);
    for (const QString &text : {QStringLiteral("Tambah petugas… (&+)"), QStringLiteral("&Tambah…")}) {
        QPushButton *button = nullptr;
        for (QPushButton *b : window.adminPage()->findChildren<QPushButton *>())
            if (b->text() == text)
                button = b;
        REQUIRE(button != nullptr);
        auto dialog = whenModal<QDialog>(inspect);
        button->click();
        CHECK(*dialog);
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
