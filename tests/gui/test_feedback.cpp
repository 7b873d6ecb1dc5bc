#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "standards/StandardsPage.h"
#include "storage/SqlQuery.h"

#include "common/Clock.h"
#include "common/MessageBox.h"
#include "complaints/ComplaintRegister.h"
#include "complaints/ComplaintStore.h"
#include "feedback/ComplaintForm.h"
#include "feedback/ComplaintTableModel.h"
#include "feedback/ComplaintView.h"
#include "feedback/ComplaintsPage.h"
#include "feedback/IkmServiceTableModel.h"
#include "feedback/IkmTableModel.h"
#include "feedback/SuggestionTableModel.h"
#include "feedback/SuggestionsPage.h"
#include "feedback/SurveyModeWindow.h"
#include "feedback/SurveyResultsPage.h"
#include "survey/SurveyStore.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

ComplaintInput incompleteComplaint()
{
    ComplaintInput in;
    in.complainantName = QStringLiteral("Budi Santoso");
    in.notPerStandard = QStringLiteral("Perubahan NPWP memakan dua hari.");
    in.materialLoss = QStringLiteral("Tidak ada");
    in.immaterialLoss = QStringLiteral("Tertunda ikut tender");
    in.resolutionRequested = QStringLiteral("Penjelasan");
    in.place = QStringLiteral("Banjarmasin");
    in.submittedAt = Clock::nowUtc();
    return in; // no address, not signed
}

// The source model behind a view with a proxy.
QAbstractItemModel *sourceOf(QTableView *view)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    return proxy ? proxy->sourceModel() : view->model();
}

struct MessageBoxesAnswered
{
    MessageBoxesAnswered()
    {
        MessageBox::setNextAnswerForTesting(true);
        MessageBox::clearForTesting();
    }
    ~MessageBoxesAnswered() { MessageBox::setNextAnswerForTesting(std::nullopt); }
};

} // namespace

TEST_CASE("complaints page: record, deadline colours, every stage by its button, the timeline", "[gui][complaints]")
{
    WorkflowFixture f;
    MessageBoxesAnswered boxes;
    f.setNow(QStringLiteral("2026-12-17 13:30"));
    ComplaintsPage page(f.db());
    page.resize(1366, 768);
    page.setActor(f.helpdesk);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *table = child<QTableView>(&page, "complaints");
    auto *model = qobject_cast<ComplaintTableModel *>(sourceOf(table));
    REQUIRE(model != nullptr);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    QList<ComplaintReceipt> receipts;
    QObject::connect(&page, &ComplaintsPage::receiptRequested, [&](const ComplaintReceipt &r) { receipts << r; });
    REQUIRE(page.recordComplaint(incompleteComplaint()));
    REQUIRE(model->rowCount() == 1);
    REQUIRE(receipts.size() == 1);
    CHECK(receipts.first().number == QStringLiteral("ADU-2026-0001"));
    CHECK(WorkflowFixture::localText(receipts.first().ackDue) == QStringLiteral("2026-12-22 16:00"));
    CHECK(WorkflowFixture::localText(receipts.first().responseDue) == QStringLiteral("2026-12-29 16:00"));
    CHECK(receipts.first().complainantName == QStringLiteral("Budi Santoso"));
    CHECK(receipts.first().summary.contains(QStringLiteral("(a) alamat lengkap; (d) tanda tangan")));
    CHECK(model->data(model->index(0, ComplaintTableModel::CompletenessColumn)).toString() == QStringLiteral("kurang 2 unsur"));
    CHECK(model->data(model->index(0, ComplaintTableModel::AcknowledgementColumn), Qt::BackgroundRole).value<QBrush>().color()
          == ComplaintTableModel::stateColour(DeadlineState::Pending));

    // The helpdesk records; only the supervisors handle.
    CHECK_FALSE(child<QPushButton>(&page, "checkButton")->isEnabled());
    CHECK(child<QPushButton>(&page, "amendButton")->isEnabled());
    page.setActor(f.kasubbag);
    REQUIRE(page.selectedComplaint() != 0);
    const qint64 id = page.selectedComplaint();
    auto *check = child<QPushButton>(&page, "checkButton");
    REQUIRE(check->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    ComplaintStore &store = page.store();
    CHECK(store.complaint(id)->stage == ComplaintStage::AdministrativeCheck);
    CHECK_FALSE(child<QPushButton>(&page, "coordinateButton")->isEnabled());
    CHECK(child<QPushButton>(&page, "acknowledgeButton")->isEnabled());
    page.acknowledgeSelected(QString(), false);
    CHECK(store.complaint(id)->acknowledgedAt.isValid());
    CHECK(child<QPushButton>(&page, "coordinateButton")->isEnabled());
    page.coordinateSelected(QStringLiteral("Internal dengan verifikator"));

    // Time passes: the response deadline turns amber, then red.
    f.setNow(QStringLiteral("2026-12-28 09:00"));
    page.refresh();
    const int row = model->rowOf(id);
    CHECK(model->data(model->index(row, ComplaintTableModel::ResponseColumn), Qt::BackgroundRole).value<QBrush>().color()
          == ComplaintTableModel::stateColour(DeadlineState::DueSoon));
    f.setNow(QStringLiteral("2026-12-30 09:00"));
    page.refresh();
    CHECK(model->data(model->index(model->rowOf(id), ComplaintTableModel::ResponseColumn), Qt::BackgroundRole).value<QBrush>().color()
          == ComplaintTableModel::stateColour(DeadlineState::Overdue));
    CHECK(child<QLabel>(&page, "complaintSummary")->text().contains(QStringLiteral("1 terlambat")));

    REQUIRE(child<QPushButton>(&page, "respondButton")->isEnabled());
    page.respondSelected(QStringLiteral("Maaf, prosedur sudah diperbaiki."));
    REQUIRE(child<QPushButton>(&page, "finishButton")->isEnabled());
    page.finishSelected(QStringLiteral("Pengadu menerima penjelasan."));
    CHECK(store.complaint(id)->stage == ComplaintStage::Finished);
    // Finished ones leave the "open only" list; the timeline shows every step with who did it.
    CHECK(model->rowCount() == 0);
    child<QCheckBox>(&page, "openOnly")->setChecked(false);
    REQUIRE(model->rowCount() == 1);
    page.select(id);
    const QString html = child<ComplaintView>(&page, "complaintView")->toPlainText();
    CHECK(html.contains(QStringLiteral("Pengaduan ADU-2026-0001 dicatat")));
    CHECK(html.contains(QStringLiteral("Cek administrasi pengaduan dimulai")));
    CHECK(html.contains(QStringLiteral("Tanggapan awal disampaikan")));
    CHECK(html.contains(QStringLiteral("Pengaduan selesai: Pengadu menerima penjelasan.")));
    CHECK(html.contains(f.kasubbag.fullName));
    CHECK(html.contains(QStringLiteral("dipenuhi terlambat")));
    for (const char *name : {"checkButton", "acknowledgeButton", "coordinateButton", "respondButton", "finishButton", "refuseButton"})
        CHECK_FALSE(child<QPushButton>(&page, name)->isEnabled());

    // Opening by number; a refused step shows its message.
    CHECK(page.openNumber(QStringLiteral("adu-2026-1")));
    CHECK_FALSE(page.openNumber(QStringLiteral("ADU-2026-0042")));
    CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("ADU-2026-0042")));
}

TEST_CASE("complaints page: a late complaint waits for the decision, refusing needs a reason", "[gui][complaints]")
{
    WorkflowFixture f;
    MessageBoxesAnswered boxes;
    ComplaintsPage page(f.db());
    page.setActor(f.kepalaBagian);
    ComplaintInput late = incompleteComplaint();
    late.serviceDate = QDate(2026, 10, 1);
    REQUIRE(page.recordComplaint(late));
    CHECK_FALSE(child<QPushButton>(&page, "checkButton")->isEnabled());
    CHECK(child<QPushButton>(&page, "refuseButton")->isEnabled());
    CHECK(child<QPushButton>(&page, "acceptLateButton")->isEnabled());
    const qint64 id = page.selectedComplaint();
    REQUIRE(id != 0);
    page.refuseSelected(QStringLiteral("ok"));
    CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("Alasan penolakan")));
    page.refuseSelected(QStringLiteral("Lewat 30 hari sejak layanan diterima (Pasal 8)"));
    CHECK(page.store().complaint(id)->stage == ComplaintStage::Refused);
    CHECK(child<QTableView>(&page, "complaints")->model()->rowCount() == 0); // no longer open
}

TEST_CASE("complaint form: shows what is missing while typing, records, and refuses bad input in place", "[gui][complaints]")
{
    WorkflowFixture f;
    ComplaintStore store(f.db());
    ComplaintRegister desk(store);
    ComplaintForm form(desk, f.helpdesk);
    auto *missing = child<QLabel>(&form, "missing");
    CHECK(missing->text().contains(QStringLiteral("(a) nama pengadu")));
    child<QLineEdit>(&form, "complainantName")->setText(QStringLiteral("Budi Santoso"));
    child<QPlainTextEdit>(&form, "complainantAddress")->setPlainText(QStringLiteral("Jl. Pramuka No. 12, Banjarmasin"));
    child<QPlainTextEdit>(&form, "notPerStandard")->setPlainText(QStringLiteral("Lambat"));
    child<QLineEdit>(&form, "materialLoss")->setText(QStringLiteral("Tidak ada"));
    child<QLineEdit>(&form, "immaterialLoss")->setText(QStringLiteral("Tidak ada"));
    child<QPlainTextEdit>(&form, "resolutionRequested")->setPlainText(QStringLiteral("Penjelasan"));
    child<QLineEdit>(&form, "place")->setText(QStringLiteral("Banjarmasin"));
    CHECK(missing->text() == QStringLiteral("Belum ada: (d) tanda tangan. Pengaduan tetap dapat dicatat; tanggapan awal akan menyebutkan kekurangan ini."));
    child<QCheckBox>(&form, "signed")->setChecked(true);
    CHECK(missing->text() == QStringLiteral("Isi pengaduan lengkap."));

    auto *channel = child<QComboBox>(&form, "channel");
    channel->setCurrentIndex(channel->findData(QStringLiteral("sp4n_lapor")));
    CHECK(child<QLineEdit>(&form, "laporReference")->isEnabled());
    form.accept();
    CHECK(form.result() != QDialog::Accepted);
    CHECK(form.message().contains(QStringLiteral("SP4N-LAPOR!")));
    child<QLineEdit>(&form, "laporReference")->setText(QStringLiteral("LAPOR-1234567"));
    form.accept();
    CHECK(form.result() != QDialog::Accepted);
    CHECK(form.message().contains(QStringLiteral("hanya berisi angka")));
    child<QLineEdit>(&form, "laporReference")->setText(QStringLiteral("1234567"));
    form.accept();
    CHECK(form.result() == QDialog::Accepted);
    const auto recorded = store.complaint(form.complaintId());
    REQUIRE(recorded.ok());
    CHECK(recorded->isComplete());
    CHECK(recorded->content.laporReference == QStringLiteral("1234567"));
    CHECK(recorded->content.complainantAddress == QStringLiteral("Jl. Pramuka No. 12, Banjarmasin"));
}

TEST_CASE("suggestions page: add, list, export CSV", "[gui][suggestions]")
{
    WorkflowFixture f;
    MessageBoxesAnswered boxes;
    SuggestionsPage page(f.db());
    page.setActor(f.helpdesk);
    auto *table = child<QTableView>(&page, "suggestions");
    QAbstractItemModelTester tester(sourceOf(table), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *text = child<QPlainTextEdit>(&page, "suggestionText");
    CHECK_FALSE(page.addFromForm()); // empty
    text->setPlainText(QStringLiteral("Ruang tunggu perlu kipas angin, \"mohon\" segera."));
    child<QLineEdit>(&page, "suggestionContact")->setText(QStringLiteral("0812-1111-2222"));
    auto *channel = child<QComboBox>(&page, "suggestionChannel");
    channel->setCurrentIndex(channel->findData(QStringLiteral("kotak_saran")));
    QTest::mouseClick(child<QPushButton>(&page, "addSuggestionButton"), Qt::LeftButton);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(text->toPlainText().isEmpty());
    CHECK(sourceOf(table)->data(sourceOf(table)->index(0, SuggestionTableModel::ChannelColumn)).toString() == QStringLiteral("Kotak saran"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saran.csv"));
    REQUIRE(page.exportTo(path));
    const QByteArray csv = readFile(path);
    CHECK(csv.startsWith("\xEF\xBB\xBF" "tanggal,saluran,kontak,saran,dicatat_oleh\r\n"));
    CHECK(csv.contains("kotak_saran,0812-1111-2222,\"Ruang tunggu perlu kipas angin, \"\"mohon\"\" segera.\",Hana Lestari"));

    page.setActor(f.verifikator);
    CHECK_FALSE(child<QPushButton>(&page, "addSuggestionButton")->isEnabled());
}

TEST_CASE("survey results page: import CSV, NRR table, IKM with two decimals and its category", "[gui][survey]")
{
    WorkflowFixture f;
    MessageBoxesAnswered boxes;
    SurveyResultsPage page(f.db());
    page.setActor(f.kasubbag);
    auto *table = child<QTableView>(&page, "nrrTable");
    auto *model = qobject_cast<IkmTableModel *>(table->model());
    REQUIRE(model != nullptr);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("skm.csv"));
    // The worked example of tests/core/test_survey.cpp: 80.56, B; and one bad line.
    writeFile(path, QByteArrayLiteral("tanggal,layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
                                      "2026-10-06,1,3,3,3,3,3,3,3,3,3\n"
                                      "2026-10-06,1,4,4,3,4,3,3,4,3,3\n"
                                      "2026-10-07,1,3,2,3,4,3,3,3,2,3\n"
                                      "2026-10-07,1,4,3,4,4,4,3,4,3,3\n"
                                      "2026-10-07,1,4,3,4,4,4,3,4,3\n"));
    REQUIRE(page.importFile(path));
    CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("4 jawaban diimpor")));
    CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("baris 6: U9 kosong")));
    page.setPeriod(QDate(2026, 10, 1), QDate(2026, 12, 31));
    CHECK(child<QLabel>(&page, "ikmValue")->text() == QStringLiteral("IKM 80,56"));
    CHECK(child<QLabel>(&page, "ikmCategory")->text() == QStringLiteral("Mutu B · Baik"));
    CHECK(child<QLabel>(&page, "ikmRespondents")->text().startsWith(QStringLiteral("4 responden")));
    CHECK(model->data(model->index(3, IkmTableModel::NrrColumn)).toString() == QStringLiteral("3,75"));
    CHECK(model->data(model->index(7, IkmTableModel::ElementColumn)).toString().startsWith(QStringLiteral("Penanganan pengaduan")));
    page.setPeriod(QDate(2026, 10, 1), QDate(2026, 12, 31), 2);
    CHECK(child<QLabel>(&page, "ikmValue")->text() == QStringLiteral("IKM —"));
    CHECK(model->data(model->index(0, IkmTableModel::NrrColumn)).toString().isEmpty());
}

TEST_CASE("survey mode: nine big questions and the profile, thanks, a fresh form, it cannot be left without the password", "[gui][survey]")
{
    WorkflowFixture f;
    QMainWindow behind;
    behind.menuBar()->addMenu(QStringLiteral("Berkas"));
    behind.show();
    int left = 0;
    SurveyModeWindow window(f.db(), SurveyModeWindow::officerPassword(f.db(), f.helpdesk), &behind);
    QObject::connect(&window, &SurveyModeWindow::left, [&] { ++left; });
    window.setThanksDuration(50);
    window.showForVisitor(4);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.isFullScreen());
    CHECK(window.windowModality() == Qt::ApplicationModal);
    CHECK(window.findChildren<QMenuBar *>().isEmpty());
    CHECK(window.findChildren<QLineEdit *>().size() == 1); // only the officer's password field

    // Every question shows its four standard labels; a tap answers and moves on.
    const int answers[9] = {4, 3, 3, 4, 3, 3, 4, 3, 3};
    for (int e = 0; e < 9; ++e) {
        REQUIRE(window.page() == SurveyModeWindow::Page::Question);
        REQUIRE(window.currentQuestion() == e);
        const QString code = QStringLiteral("U%1").arg(e + 1);
        for (int v = 1; v <= 4; ++v) {
            auto *b = child<QPushButton>(&window, QStringLiteral("answer_%1_%2").arg(code).arg(v));
            CHECK(b->text().endsWith(SurveyElement::answerLabels(e).at(v - 1)));
            CHECK(b->minimumHeight() >= 80);
        }
        QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("answer_%1_%2").arg(code).arg(answers[e])), Qt::LeftButton);
    }
    REQUIRE(window.page() == SurveyModeWindow::Page::Profile);
    CHECK(child<QPushButton>(&window, "service_4")->isChecked()); // the service just used
    QTest::mouseClick(child<QPushButton>(&window, "profile_gender_P"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&window, "profile_age_30-39"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&window, "profile_education_s1"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&window, "profile_occupation_wirausaha"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&window, "submitSurvey"), Qt::LeftButton);
    REQUIRE(window.page() == SurveyModeWindow::Page::Thanks);
    const auto stored = SurveyStore(f.db()).responses(QDate(2026, 11, 23), QDate(2026, 11, 23));
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().answers == std::array<int, 9>{4, 3, 3, 4, 3, 3, 4, 3, 3});
    CHECK(stored->first().serviceNumber == 4);
    CHECK(stored->first().gender == QStringLiteral("P"));
    CHECK(stored->first().ageBand == QStringLiteral("30-39"));
    CHECK(stored->first().occupation == QStringLiteral("wirausaha"));

    // After the thanks, a fresh form for the next visitor: nothing of the last one left.
    QTRY_VERIFY(window.page() == SurveyModeWindow::Page::Question);
    CHECK(window.currentQuestion() == 0);
    CHECK_FALSE(child<QPushButton>(&window, "answer_U1_4")->isChecked());
    CHECK_FALSE(child<QPushButton>(&window, "service_4")->isChecked());
    CHECK_FALSE(child<QPushButton>(&window, "profile_gender_P")->isChecked());
    // Keyboard: a number answers; Kembali goes back.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2);
    CHECK(window.currentQuestion() == 1);
    QTest::mouseClick(child<QPushButton>(&window, "back_U2"), Qt::LeftButton);
    CHECK(window.currentQuestion() == 0);
    CHECK(child<QPushButton>(&window, "answer_U1_2")->isChecked());

    // Alt+F4 / the window manager's close: refused, the password screen comes up.
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());
    CHECK(window.page() == SurveyModeWindow::Page::Unlock);
    QTest::mouseClick(child<QPushButton>(&window, "cancelUnlock"), Qt::LeftButton);
    CHECK(window.page() == SurveyModeWindow::Page::Question);
    CHECK(window.currentQuestion() == 0);

    // Escape: the password screen; a wrong password keeps survey mode.
    QTest::keyClick(&window, Qt::Key_Escape);
    REQUIRE(window.page() == SurveyModeWindow::Page::Unlock);
    auto *password = child<QLineEdit>(&window, "unlockPassword");
    CHECK(password->echoMode() == QLineEdit::Password);
    QTest::keyClicks(password, QStringLiteral("tebak-tebak"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(window.isVisible());
    CHECK_FALSE(window.isUnlocked());
    CHECK(window.message().contains(QStringLiteral("salah")));
    CHECK(password->text().isEmpty());
    CHECK_FALSE(window.unlock(QString()));
    CHECK(left == 0);

    // The officer's password: survey mode ends.
    QTest::keyClicks(password, QStringLiteral("rahasia-loket-1"));
    QTest::mouseClick(child<QPushButton>(&window, "unlockButton"), Qt::LeftButton);
    CHECK(window.isUnlocked());
    CHECK_FALSE(window.isVisible());
    CHECK(left == 1);

    // Started again, it is locked again; without a password check nothing opens it.
    window.showForVisitor();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(window.isUnlocked());
    CHECK_FALSE(window.close());
    SurveyModeWindow noWayOut(f.db(), {});
    noWayOut.show();
    CHECK_FALSE(noWayOut.unlock(QStringLiteral("rahasia-loket-1")));
    CHECK_FALSE(noWayOut.close());
    window.unlock(QStringLiteral("rahasia-loket-1"));
}

TEST_CASE("wrong passwords at the survey exit leave the officer's account alone, three in a row pause the tries", "[gui][survey][security]")
{
    WorkflowFixture f;
    SurveyModeWindow window(f.db(), SurveyModeWindow::officerPassword(f.db(), f.helpdesk));
    int left = 0;
    QObject::connect(&window, &SurveyModeWindow::left, [&] { ++left; });
    window.showForVisitor();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto account = [&] {
        SqlQuery q(f.db().connection(), QStringLiteral("SELECT failed_logins, locked_until IS NOT NULL FROM users WHERE id = :id"));
        q.bind(QStringLiteral(":id"), f.helpdesk.id);
        REQUIRE(q.exec().ok());
        REQUIRE(q.next());
        return std::pair<int, bool>(q.value(0).toInt(), q.value(1).toBool());
    };

    window.requestLeave();
    REQUIRE(window.page() == SurveyModeWindow::Page::Unlock);
    for (int i = 0; i < 2; ++i) {
        CHECK_FALSE(window.unlock(QStringLiteral("tebak-%1").arg(i)));
        CHECK(window.message().contains(QStringLiteral("salah")));
    }
    CHECK(account() == std::pair<int, bool>(0, false));
    // The third wrong one: no try for 30 seconds, not even the right password.
    CHECK_FALSE(window.unlock(QStringLiteral("tebak-2")));
    CHECK(window.message().contains(QStringLiteral("30 detik")));
    CHECK_FALSE(window.unlock(QStringLiteral("rahasia-loket-1")));
    CHECK(window.message().contains(QStringLiteral("detik")));
    CHECK(window.isVisible());
    CHECK(left == 0);
    // More guesses after the pause: still nothing against the account (5 would lock a login).
    f.setNow(QStringLiteral("2026-11-23 07:42"));
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(window.unlock(QStringLiteral("tebak-lagi-%1").arg(i)));
    CHECK(account() == std::pair<int, bool>(0, false));
    SqlQuery failures(f.db().connection(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind IN ('login_failed', 'login_locked')"));
    REQUIRE(failures.exec().ok());
    REQUIRE(failures.next());
    CHECK(failures.value(0).toInt() == 0);

    // Once the pause is over, the officer's password ends survey mode; the login still works.
    f.setNow(QStringLiteral("2026-11-23 07:43"));
    CHECK(window.unlock(QStringLiteral("rahasia-loket-1")));
    CHECK(left == 1);
    CHECK(AccountStore(f.db()).authenticate(QStringLiteral("hana"), QStringLiteral("rahasia-loket-1")).ok());
}

TEST_CASE("F2 opens the complaint form whenever the complaints page is shown, wherever the cursor is", "[gui][complaints][keyboard]")
{
    WorkflowFixture f;
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.helpdesk);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.complaintsPage() != nullptr);
    window.tabs()->setCurrentWidget(window.complaintsPage());

    // The cursor on the tab bar, outside the page.
    QTabBar *tabBar = window.tabs()->tabBar();
    tabBar->setFocus();
    REQUIRE(QApplication::focusWidget() == tabBar);
    auto opened = whenModal<ComplaintForm>([](ComplaintForm *form) { form->reject(); });
    QTest::keyClick(tabBar, Qt::Key_F2);
    CHECK(*opened);

    // The cursor in the complaint text on the right, inside the page.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *view = child<ComplaintView>(window.complaintsPage(), "complaintView");
    view->setFocus();
    REQUIRE(QApplication::focusWidget() == view);
    auto again = whenModal<ComplaintForm>([](ComplaintForm *form) { form->reject(); });
    QTest::keyClick(view, Qt::Key_F2);
    CHECK(*again);

    // Another page shown: F2 is not the complaint form.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.tabs()->setCurrentWidget(window.standardsPage());
    tabBar->setFocus();
    REQUIRE(QApplication::focusWidget() == tabBar);
    auto wrong = whenModal<ComplaintForm>([](ComplaintForm *form) { form->reject(); }, 300);
    QTest::keyClick(tabBar, Qt::Key_F2);
    QTest::qWait(400);
    CHECK_FALSE(*wrong);
}

TEST_CASE("the suggestion and complaint tables show their whole column titles", "[gui][layout]")
{
    WorkflowFixture f;
    MessageBoxesAnswered boxes;
    SuggestionsPage suggestions(f.db());
    suggestions.resize(1366, 700);
    suggestions.setActor(f.helpdesk);
    suggestions.show();
    ComplaintsPage complaints(f.db());
    complaints.resize(1366, 700);
    complaints.setActor(f.helpdesk);
    complaints.show();
    REQUIRE(QTest::qWaitForWindowExposed(&complaints));
    REQUIRE(complaints.recordComplaint(incompleteComplaint()));
    auto *suggestionTable = child<QTableView>(&suggestions, "suggestions");
    auto *complaintTable = child<QTableView>(&complaints, "complaints");
    for (QTableView *table : {suggestionTable, complaintTable}) {
        QHeaderView *header = table->horizontalHeader();
        const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        int right = 0;
        for (int c = 0; c < header->count(); ++c) {
            const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
            INFO(title.toStdString());
            // The whole title (every line of it) in its section.
            const QSize needed = header->fontMetrics().size(0, title);
            CHECK(header->sectionSize(c) >= needed.width() + margin);
            CHECK(header->height() >= needed.height());
            right = std::max(right, header->sectionViewportPosition(c) + header->sectionSize(c));
        }
        // The suggestions: every column within the visible width, none cut off at the edge.
        if (table == suggestionTable)
            CHECK(right <= table->viewport()->width());
    }
    // The complaints list is narrow beside the complaint: the deadlines' titles take two lines.
    const QString ack = complaintTable->model()->headerData(ComplaintTableModel::AcknowledgementColumn, Qt::Horizontal).toString();
    CHECK(ack == QStringLiteral("Tanggapan awal\n(3 hari kerja)"));
    CHECK(complaintTable->model()->headerData(ComplaintTableModel::AcknowledgementColumn, Qt::Horizontal, Qt::ToolTipRole).toString()
          == QStringLiteral("Tanggapan awal (3 hari kerja)"));
}

TEST_CASE("survey results page: the IKM per service of docs/ikm.md in its own table, and the A4 report", "[gui][survey][ikm-report]")
{
    WorkflowFixture f;
    MessageBoxesAnswered boxes;
    SurveyResultsPage page(f.db());
    page.setActor(f.kasubbag);
    page.resize(1200, 700);
    page.show();
    REQUIRE(page.importFile(QStringLiteral(LOKET_SOURCE_DIR "/tests/data/ikm/skm-contoh.csv")));
    page.setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
    auto *tabs = child<QTabWidget>(&page, "ikmTabs");
    auto *table = child<QTableView>(&page, "ikmServiceTable");
    tabs->setCurrentWidget(table);
    CHECK(table->isVisible());
    auto *model = qobject_cast<IkmServiceTableModel *>(table->model());
    REQUIRE(model != nullptr);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Seven services, the answers without a service, the unit.
    REQUIRE(model->rowCount() == 9);
    auto cell = [&](int row, int column) { return model->data(model->index(row, column)).toString(); };
    using F = IkmReportFormat;
    CHECK(model->headerData(F::FirstElementColumn + 8, Qt::Horizontal).toString() == QStringLiteral("U9"));
    CHECK(cell(1, F::ServiceColumn) == QStringLiteral("Perubahan e-mail Penyedia Barang/Jasa"));
    CHECK(cell(1, F::RespondentsColumn) == QStringLiteral("3"));
    CHECK(cell(1, F::FirstElementColumn) == QStringLiteral("3,67"));
    CHECK(cell(1, F::WeightedColumn) == QStringLiteral("3,815"));
    CHECK(cell(1, F::IkmColumn) == QStringLiteral("95,37"));
    CHECK(cell(1, F::CategoryColumn) == QStringLiteral("A"));
    CHECK(cell(1, F::PerformanceColumn) == QStringLiteral("Sangat Baik"));
    CHECK(cell(4, F::IkmColumn) == QStringLiteral("65,28"));
    CHECK(cell(2, F::IkmColumn).isEmpty());
    CHECK(cell(7, F::ServiceColumn) == QStringLiteral("Jawaban tanpa keterangan layanan"));
    CHECK(cell(8, F::ServiceColumn) == QStringLiteral("Unit pelayanan (semua layanan)"));
    CHECK(cell(8, F::IkmColumn) == QStringLiteral("81,67"));
    CHECK(model->data(model->index(8, F::IkmColumn), Qt::FontRole).value<QFont>().bold());
    // What the table shows is on screen: the IKM column of the unit's row is within the view.
    table->scrollTo(model->index(8, F::IkmColumn));
    CHECK(table->visualRect(model->index(8, F::IkmColumn)).intersects(table->viewport()->rect()));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("laporan-ikm.pdf"));
    REQUIRE(page.savePdf(pdf));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s+")));
    CHECK(text.contains(QStringLiteral("33,673,674,004,004,003,674,003,673,673,81595,37ASangatBaik")));
}

TEST_CASE("complaints page: the follow-up of an SP4N-LAPOR! complaint is copied for the LAPOR! admin, or saved as text", "[gui][complaints][lapor]")
{
    WorkflowFixture f;
    MessageBoxesAnswered boxes;
    ComplaintsPage page(f.db());
    page.setActor(f.helpdesk);
    REQUIRE(page.recordComplaint(incompleteComplaint()));
    CHECK_FALSE(child<QPushButton>(&page, "copyLaporButton")->isEnabled());
    ComplaintInput lapor = incompleteComplaint();
    lapor.channel = FeedbackChannel::Sp4nLapor;
    lapor.laporReference = QStringLiteral("2611230042");
    REQUIRE(page.recordComplaint(lapor));
    auto *copy = child<QPushButton>(&page, "copyLaporButton");
    REQUIRE(copy->isEnabled());
    CHECK(child<QPushButton>(&page, "saveLaporButton")->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    CHECK(copied.startsWith(QStringLiteral("TINDAK LANJUT PENGADUAN SP4N-LAPOR!\nNomor laporan SP4N-LAPOR!: 2611230042\n")));
    CHECK(copied.contains(QStringLiteral("Batas 3 hari kerja: belum disampaikan; batas waktu belum lewat")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lapor.txt"));
    REQUIRE(page.saveLaporSelected(path));
    CHECK(QString::fromUtf8(readFile(path)) == copied);
}
