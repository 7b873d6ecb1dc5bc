// Issue 21 item 4: what a new officer stumbled over at the counter. Each test drives the
// real widgets under the offscreen platform.
#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "accounts/AccountStore.h"
#include "admin/AdminPage.h"
#include "calendar/CalendarStore.h"
#include "common/FileTableModel.h"
#include "common/MessageBox.h"
#include "events/EventLog.h"
#include "helpdesk/ChecklistModel.h"
#include "helpdesk/HelpdeskPage.h"
#include "queue/QueuePage.h"
#include "reports/ReportsPage.h"
#include "supervisor/SupervisorPage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTimer>

#include <functional>

namespace {

void ok(const Status &s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

// Accepts a walk-in for `service` at the local time `at` (the clock is set there).
qint64 acceptedAt(WorkflowFixture &f, int service, const QString &at)
{
    WorkflowFixture::setNow(at);
    const auto in = f.checkIn(service);
    REQUIRE(in.ok());
    f.tickAll(in->applicationId);
    ok(f.wf().documents().accept(f.helpdesk, in->applicationId));
    return in->applicationId;
}

QList<qint64> rowIds(QTableView *view)
{
    QList<qint64> ids;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        ids << view->model()->index(r, 0).data(FileTableModel::ApplicationIdRole).toLongLong();
    return ids;
}

int proxyRowOf(QTableView *view, qint64 id)
{
    return int(rowIds(view).indexOf(id));
}

// Runs `answer` on the next modal window once it is up (the caller then opens it).
void whenModal(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, [answer] {
        QWidget *modal = nullptr;
        for (int i = 0; i < 200 && !(modal = QApplication::activeModalWidget()); ++i)
            QTest::qWait(10);
        REQUIRE(modal != nullptr);
        answer(modal);
    });
}

QList<Event> eventsOf(WorkflowFixture &f, qint64 id)
{
    const auto events = EventLog(f.db().connection()).forApplication(id);
    REQUIRE(events.ok());
    return events.value();
}

bool hasEvent(WorkflowFixture &f, qint64 id, const QString &kind)
{
    for (const Event &e : eventsOf(f, id))
        if (e.kind == kind)
            return true;
    return false;
}

// Answers test hooks for the whole test and clears them at the end, also on failure.
struct Answers
{
    explicit Answers(std::optional<bool> answer) { MessageBox::setNextAnswerForTesting(answer); }
    ~Answers()
    {
        MessageBox::setNextAnswerForTesting(std::nullopt);
        MessageBox::setNextTextForTesting(QString());
    }
};

} // namespace

// ------------------------------------------------------------------ 1. urgency

TEST_CASE("overdue and at-risk files say so, colour the whole row and come first, headers sort and keep the selection",
          "[gui][usability][urgency]")
{
    WorkflowFixture f;
    // P: service 7 (5 working days) since last Monday, at risk by Monday 10:00.
    const qint64 p = acceptedAt(f, 7, QStringLiteral("2026-11-23 07:50"));
    // O: 30 minutes since 08:00, overdue by 10:00. N: 30 minutes since 09:50, on time.
    const qint64 o = acceptedAt(f, 1, QStringLiteral("2026-11-30 08:00"));
    const qint64 n = acceptedAt(f, 1, QStringLiteral("2026-11-30 09:50"));
    WorkflowFixture::setNow(QStringLiteral("2026-11-30 10:00"));
    REQUIRE(f.wf().clocks().read(p)->state == ClockState::AtRisk);
    REQUIRE(f.wf().clocks().read(o)->state == ClockState::Overdue);
    REQUIRE(f.wf().clocks().read(n)->state == ClockState::OnTime);

    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.kasubbag);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SupervisorPage *page = window.supervisorPage();
    window.tabs()->setCurrentWidget(page);
    auto *table = child<QTableView>(page, "allOpen");
    QAbstractItemModel *model = table->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->refresh(); // the same files again: updated in place

    // Overdue first, then at risk (although its due time is later than N's), then by due time.
    CHECK(rowIds(table) == QList<qint64>{o, p, n});
    auto cell = [&](qint64 id, int column, int role) { return model->index(proxyRowOf(table, id), column).data(role); };
    CHECK(cell(o, FileTableModel::StatusColumn, Qt::DisplayRole).toString().startsWith(QStringLiteral("Terlambat")));
    CHECK(cell(p, FileTableModel::StatusColumn, Qt::DisplayRole).toString().startsWith(QStringLiteral("Hampir lewat")));
    CHECK_FALSE(cell(n, FileTableModel::StatusColumn, Qt::DisplayRole).toString().contains(QStringLiteral("Terlambat")));
    // The whole row of the overdue file stands out, not two cells.
    const QVariant red = cell(o, FileTableModel::ClockColumn, Qt::BackgroundRole);
    REQUIRE(red.isValid());
    for (int c = 0; c < FileTableModel::ColumnCount; ++c) {
        INFO("column " << c);
        CHECK(cell(o, c, Qt::BackgroundRole) == red);
        CHECK(cell(p, c, Qt::BackgroundRole).isValid());
        CHECK(cell(o, c, Qt::FontRole).value<QFont>().bold());
    }
    CHECK_FALSE(cell(n, FileTableModel::ApplicantColumn, Qt::BackgroundRole).isValid());

    // A click on the "Layanan" header sorts by service; the selected file stays selected.
    table->setCurrentIndex(model->index(proxyRowOf(table, p), FileTableModel::QueueColumn));
    REQUIRE(table->currentIndex().data(FileTableModel::ApplicationIdRole).toLongLong() == p);
    QHeaderView *header = table->horizontalHeader();
    const int section = FileTableModel::ServiceColumn;
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    CHECK(header->sortIndicatorSection() == section);
    const QList<qint64> byService = rowIds(table);
    CHECK(byService.indexOf(p) == (header->sortIndicatorOrder() == Qt::AscendingOrder ? 2 : 0));
    CHECK(table->currentIndex().data(FileTableModel::ApplicationIdRole).toLongLong() == p);
    REQUIRE(table->selectionModel()->selectedRows().size() == 1);
    CHECK(table->selectionModel()->selectedRows().first().data(FileTableModel::ApplicationIdRole).toLongLong() == p);

    // The verifikator's queue is ordered the same way.
    window.startSession(f.verifikator);
    auto *queue = child<QTableView>(window.queuePage(QStringLiteral("verifikator")), "queue");
    CHECK(rowIds(queue) == QList<qint64>{o, n});
    CHECK(queue->model()->index(0, FileTableModel::StatusColumn).data().toString().startsWith(QStringLiteral("Terlambat")));
}

// ------------------------------------------------------------------ 2. confirmations

TEST_CASE("Lepas asks for confirmation and a reason: Batal changes nothing, the reason is recorded", "[gui][usability][confirm]")
{
    WorkflowFixture f;
    const qint64 id = acceptedAt(f, 1, QStringLiteral("2026-11-23 08:00"));
    ok(f.wf().queue().claim(f.verifikator, id));
    Answers answers(std::nullopt); // the real dialog
    MainWindow window(f.db());
    window.startSession(f.verifikator);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QueuePage *queue = window.queuePage(QStringLiteral("verifikator"));
    REQUIRE(queue->openNumber(f.wf().files().application(id)->number));
    auto *release = child<QPushButton>(queue, "releaseButton");
    REQUIRE(release->isEnabled());

    bool asked = false;
    whenModal([&](QWidget *dialog) {
        asked = true;
        CHECK(dialog->objectName() == QStringLiteral("confirmDialog"));
        auto *confirm = child<QPushButton>(dialog, "confirmButton");
        CHECK_FALSE(confirm->isEnabled()); // no reason written yet
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "confirmText"), QStringLiteral("Dipanggil rapat"));
        CHECK(confirm->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    });
    QTest::mouseClick(release, Qt::LeftButton);
    CHECK(asked);
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::InProgress);
    CHECK_FALSE(hasEvent(f, id, QStringLiteral("released")));

    asked = false;
    whenModal([&](QWidget *dialog) {
        asked = true;
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "confirmText"), QStringLiteral("Dipanggil rapat mendadak"));
        QTest::mouseClick(child<QPushButton>(dialog, "confirmButton"), Qt::LeftButton);
    });
    QTest::mouseClick(release, Qt::LeftButton);
    CHECK(asked);
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::Queued);
    const Event last = eventsOf(f, id).last();
    CHECK(last.kind == QStringLiteral("released"));
    CHECK(last.data.value(QStringLiteral("reason")).toString() == QStringLiteral("Dipanggil rapat mendadak"));
}

TEST_CASE("the supervisor's Lepas asks too, Batal leaves the file with its officer", "[gui][usability][confirm]")
{
    WorkflowFixture f;
    const qint64 id = acceptedAt(f, 1, QStringLiteral("2026-11-23 08:00"));
    ok(f.wf().queue().claim(f.verifikator, id));
    Answers answers(false);
    MainWindow window(f.db());
    window.startSession(f.kasubbag);
    SupervisorPage *page = window.supervisorPage();
    auto *table = child<QTableView>(page, "allOpen");
    table->setCurrentIndex(table->model()->index(proxyRowOf(table, id), 0));
    auto *release = child<QPushButton>(page, "releaseAnyButton");
    REQUIRE(release->isEnabled());
    release->click();
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::InProgress);
    CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("Vera Anggraini")));

    MessageBox::setNextAnswerForTesting(true);
    MessageBox::setNextTextForTesting(QStringLiteral("Petugas sakit hari ini"));
    release->click();
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::Queued);
    CHECK(eventsOf(f, id).last().reason == QStringLiteral("Petugas sakit hari ini"));
}

TEST_CASE("Kembalikan berkas shows what is missing and offers a note, Batal changes nothing", "[gui][usability][confirm]")
{
    WorkflowFixture f;
    const auto in = f.checkIn(1, true);
    REQUIRE(in.ok());
    const qint64 id = in->applicationId;
    f.tickAll(id, {QStringLiteral("surat_kuasa")});
    Answers answers(std::nullopt);
    MainWindow window(f.db());
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    HelpdeskPage *page = window.helpdeskPage();
    page->selectApplication(id);
    auto *button = child<QPushButton>(page, "returnButton");
    REQUIRE(button->isEnabled());

    bool asked = false;
    whenModal([&](QWidget *dialog) {
        asked = true;
        CHECK(child<QLabel>(dialog, "confirmMessage")->text().contains(QStringLiteral("Surat Kuasa")));
        CHECK(child<QPushButton>(dialog, "confirmButton")->isEnabled()); // the note may stay empty
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(asked);
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::Checking);
    CHECK_FALSE(hasEvent(f, id, QStringLiteral("returned")));

    whenModal([&](QWidget *dialog) {
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "confirmText"), QStringLiteral("Bawa surat kuasa bermeterai"));
        QTest::mouseClick(child<QPushButton>(dialog, "confirmButton"), Qt::LeftButton);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(f.wf().files().application(id)->status == ApplicationStatus::Returned);
    CHECK(eventsOf(f, id).last().reason == QStringLiteral("Bawa surat kuasa bermeterai"));
}

TEST_CASE("adding and deactivating an officer ask first, Batal changes nothing", "[gui][usability][confirm]")
{
    WorkflowFixture f;
    Answers answers(false);
    MainWindow window(f.db());
    window.startSession(f.admin);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    AdminPage *admin = window.adminPage();
    window.tabs()->setCurrentWidget(admin);
    AccountStore accounts(f.db());

    auto fillAndPressOk = [&](QWidget *dialog) {
        child<QLineEdit>(dialog, "newLogin")->setText(QStringLiteral("dewi"));
        child<QLineEdit>(dialog, "newName")->setText(QStringLiteral("Dewi Lestari"));
        child<QLineEdit>(dialog, "newPassword")->setText(QStringLiteral("rahasia-loket-2"));
        child<QLineEdit>(dialog, "newNip")->setText(QStringLiteral("198705122010012003")); // the table has an NIP column
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
            if (box->text() == Roles::title(Role::Helpdesk))
                box->setChecked(true);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        REQUIRE(buttons != nullptr);
        buttons->button(QDialogButtonBox::Ok)->click();
    };
    bool stayed = false;
    whenModal([&](QWidget *dialog) {
        fillAndPressOk(dialog); // the confirmation is answered "Batal"
        stayed = dialog->isVisible();
        CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("dewi")));
        static_cast<QDialog *>(dialog)->reject();
    });
    child<QPushButton>(admin, "addUserButton")->click();
    CHECK(stayed);
    CHECK_FALSE(accounts.userByLogin(QStringLiteral("dewi")).ok());

    MessageBox::setNextAnswerForTesting(true);
    whenModal(fillAndPressOk);
    child<QPushButton>(admin, "addUserButton")->click();
    REQUIRE(accounts.userByLogin(QStringLiteral("dewi")).ok());
    CHECK(accounts.userByLogin(QStringLiteral("dewi"))->nip == QStringLiteral("198705122010012003"));

    // Deactivating: Batal keeps the account active.
    auto *users = child<QTableWidget>(admin, "users");
    for (int r = 0; r < users->rowCount(); ++r)
        if (users->item(r, 0)->text() == QStringLiteral("hana"))
            users->setCurrentCell(r, 0);
    REQUIRE(users->currentRow() >= 0);
    MessageBox::setNextAnswerForTesting(false);
    child<QPushButton>(admin, "toggleUserButton")->click();
    CHECK(accounts.userByLogin(QStringLiteral("hana"))->active);
    CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("Hana Lestari")));
    MessageBox::setNextAnswerForTesting(true);
    child<QPushButton>(admin, "toggleUserButton")->click();
    CHECK_FALSE(accounts.userByLogin(QStringLiteral("hana"))->active);
}

// ------------------------------------------------------------------ 3. holiday kinds

TEST_CASE("the Tambah hari libur dialog has no kind chosen in advance: the officer picks it", "[gui][usability][holiday]")
{
    WorkflowFixture f;
    Answers answers(true); // error boxes are not shown
    MainWindow window(f.db());
    window.startSession(f.admin);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    AdminPage *admin = window.adminPage();
    const QDate day(2026, 9, 24);
    auto holidayOn = [&]() -> std::optional<Holiday> {
        for (const Holiday &h : CalendarStore(f.db()).load()->holidays(2026))
            if (h.date == day)
                return h;
        return std::nullopt;
    };
    REQUIRE_FALSE(holidayOn());

    bool checked = false;
    whenModal([&](QWidget *dialog) {
        CHECK(dialog->objectName() == QStringLiteral("addHolidayDialog"));
        const QList<QRadioButton *> kinds = dialog->findChildren<QRadioButton *>();
        CHECK(kinds.size() == 3);
        for (QRadioButton *k : kinds)
            CHECK_FALSE(k->isChecked());
        CHECK(dialog->findChildren<QComboBox *>().isEmpty());
        child<QDateEdit>(dialog, "holidayDate")->setDate(day);
        child<QLineEdit>(dialog, "holidayName")->setText(QStringLiteral("Hari Jadi Kota Banjarmasin"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        MessageBox::clearForTesting();
        buttons->button(QDialogButtonBox::Ok)->click();
        CHECK(dialog->isVisible()); // refused: no kind chosen
        CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("jenis")));
        CHECK_FALSE(holidayOn());
        child<QRadioButton>(dialog, "kindLocal")->click();
        buttons->button(QDialogButtonBox::Ok)->click();
        checked = true;
    });
    child<QPushButton>(admin, "addHolidayButton")->click();
    REQUIRE(checked);
    REQUIRE(holidayOn());
    CHECK(holidayOn()->kind == Holiday::Kind::Local);
}

TEST_CASE("an .ics import keeps the kind the file states and asks for the days it does not classify", "[gui][usability][holiday]")
{
    WorkflowFixture f;
    Answers answers(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("libur.ics"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                   "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:Tahun Baru 2027 Masehi\r\nCATEGORIES:Libur Nasional\r\nEND:VEVENT\r\n"
                   "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270211\r\nSUMMARY:Cuti Bersama Imlek\r\nEND:VEVENT\r\n"
                   "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270924\r\nSUMMARY:Hari Jadi Kota Banjarmasin\r\nEND:VEVENT\r\n"
                   "END:VCALENDAR\r\n");
    }
    MainWindow window(f.db());
    window.startSession(f.admin);
    AdminPage *admin = window.adminPage();
    auto kindOn = [&](const QDate &d) -> std::optional<Holiday::Kind> {
        for (const Holiday &h : CalendarStore(f.db()).load()->holidays(d.year()))
            if (h.date == d)
                return h.kind;
        return std::nullopt;
    };

    // Batal: nothing is imported.
    whenModal([&](QWidget *dialog) {
        CHECK(dialog->objectName() == QStringLiteral("holidayKindDialog"));
        const QString listed = child<QPlainTextEdit>(dialog, "unclassifiedDays")->toPlainText();
        CHECK(listed.contains(QStringLiteral("Hari Jadi Kota Banjarmasin")));
        CHECK_FALSE(listed.contains(QStringLiteral("Tahun Baru")));
        CHECK_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());
        child<QPushButton>(dialog, "cancelButton")->click();
    });
    CHECK_FALSE(admin->importIcs(path).isEmpty());
    CHECK_FALSE(kindOn(QDate(2027, 1, 1)));
    CHECK_FALSE(kindOn(QDate(2027, 9, 24)));

    whenModal([&](QWidget *dialog) {
        child<QRadioButton>(dialog, "kindLocal")->click();
        auto *import = child<QPushButton>(dialog, "importButton");
        REQUIRE(import->isEnabled());
        import->click();
    });
    CHECK(admin->importIcs(path).isEmpty());
    CHECK(kindOn(QDate(2027, 1, 1)) == Holiday::Kind::National);
    CHECK(kindOn(QDate(2027, 2, 11)) == Holiday::Kind::CutiBersama);
    CHECK(kindOn(QDate(2027, 9, 24)) == Holiday::Kind::Local);
    const auto *holidays = child<QTableWidget>(admin, "holidays");
    Q_UNUSED(holidays);
}

// ------------------------------------------------------------------ 4. guest book status

TEST_CASE("the guest book shows the new status as soon as the checklist changes it", "[gui][usability][guestbook]")
{
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    MainWindow window(f.db());
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    HelpdeskPage *page = window.helpdeskPage();
    page->selectApplication(in->applicationId);
    auto *book = child<QTableView>(page, "guestBook");
    auto status = [&] { return book->model()->index(proxyRowOf(book, in->applicationId), FileTableModel::StatusColumn).data().toString(); };
    REQUIRE(status() == ApplicationStatuses::title(ApplicationStatus::Registered));

    auto *checklist = child<QTableView>(page, "checklist");
    auto *model = qobject_cast<ChecklistModel *>(checklist->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester bookTester(book->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    int row = 0;
    while (!model->items().at(row).originalRequired)
        ++row;
    checklist->setFocus();
    checklist->setCurrentIndex(model->index(row, ChecklistModel::OriginalColumn));
    QTest::keyClick(checklist, Qt::Key_Space);
    REQUIRE(f.wf().files().application(in->applicationId)->status == ApplicationStatus::Checking);
    CHECK(status() == ApplicationStatuses::title(ApplicationStatus::Checking));
    CHECK(child<QLabel>(page, "fileTitle")->text().endsWith(ApplicationStatuses::title(ApplicationStatus::Checking)));
    // Still the same file selected in the book, and the same cell current in the checklist.
    CHECK(book->currentIndex().data(FileTableModel::ApplicationIdRole).toLongLong() == in->applicationId);
    CHECK(checklist->currentIndex() == model->index(row, ChecklistModel::OriginalColumn));
    page->refresh(); // Ctrl+R: the checklist is reloaded in place, the cursor stays
    CHECK(checklist->currentIndex() == model->index(row, ChecklistModel::OriginalColumn));
}

// ------------------------------------------------------------------ 5. report scroll

TEST_CASE("switching the report between per layanan and per petugas starts again at the names", "[gui][usability][report]")
{
    WorkflowFixture f;
    const qint64 id = acceptedAt(f, 1, QStringLiteral("2026-11-23 08:00"));
    ok(f.wf().queue().claim(f.verifikator, id));
    ok(f.wf().queue().complete(f.verifikator, id, QStringLiteral("User ID aktif")));
    WorkflowFixture::setNow(QStringLiteral("2026-11-24 09:00"));
    ReportsPage page(f.db());
    page.resize(480, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    page.refresh();
    auto *table = child<QTableWidget>(&page, "reportTable");
    QScrollBar *bar = table->horizontalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    REQUIRE(bar->value() > 0);

    auto *grouping = child<QComboBox>(&page, "reportGrouping");
    grouping->setCurrentIndex(1); // per petugas
    QTest::mouseClick(child<QPushButton>(&page, "reportShow"), Qt::LeftButton);
    REQUIRE(page.report()->grouping == ReportGrouping::Officer);
    CHECK(bar->value() == 0);
    CHECK(table->columnViewportPosition(0) == 0);
    CHECK(table->viewport()->rect().contains(table->visualItemRect(table->item(0, 0)).topLeft()));

    bar->setValue(bar->maximum());
    grouping->setCurrentIndex(0); // back to per layanan
    QTest::mouseClick(child<QPushButton>(&page, "reportShow"), Qt::LeftButton);
    REQUIRE(page.report()->grouping == ReportGrouping::Service);
    CHECK(bar->value() == 0);
}

// ------------------------------------------------------------------ 6. keyboard

namespace {

struct Mnemonic
{
    QKeySequence key;
    QString owner;
};

QString describe(QWidget *w, const QString &text)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), text);
}

// The Alt mnemonics a user can press in the window as it is now.
QList<Mnemonic> visibleMnemonics(QMainWindow &window)
{
    QList<Mnemonic> found;
    auto add = [&](const QString &text, const QString &owner) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found << Mnemonic{key, owner};
    };
    for (QAction *a : window.menuBar()->actions())
        if (a->isVisible())
            add(a->text(), QStringLiteral("menu \"%1\"").arg(a->text()));
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != &window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), describe(w, button->text()));
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), describe(w, label->text()));
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title(), describe(w, box->title()));
        else if (auto *bar = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < bar->count(); ++i)
                if (bar->isTabVisible(i))
                    add(bar->tabText(i), QStringLiteral("tab \"%1\"").arg(bar->tabText(i)));
    }
    return found;
}

void collectCollisions(const QList<Mnemonic> &mnemonics, const QString &where, QStringList &collisions)
{
    // LOKET_DUMP_MNEMONICS=FILE lists every screen's mnemonics (for choosing free letters).
    if (const QByteArray dump = qgetenv("LOKET_DUMP_MNEMONICS"); !dump.isEmpty()) {
        QFile out(QString::fromLocal8Bit(dump));
        if (out.open(QIODevice::Append | QIODevice::Text))
            for (const Mnemonic &m : mnemonics)
                out.write((where + QLatin1Char('\t') + m.key.toString() + QLatin1Char('\t') + m.owner + QLatin1Char('\n')).toUtf8());
    }
    QMap<QString, QStringList> byKey;
    for (const Mnemonic &m : mnemonics)
        byKey[m.key.toString()] << m.owner;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            collisions << QStringLiteral("%1: %2 — %3").arg(where, it.key(), it.value().join(QStringLiteral(", ")));
}

void collectMenuCollisions(QMenu *menu, const QString &where, QStringList &collisions)
{
    QList<Mnemonic> items;
    for (QAction *a : menu->actions()) {
        if (!a->isVisible() || a->isSeparator())
            continue;
        const QKeySequence key = QKeySequence::mnemonic(a->text());
        if (!key.isEmpty())
            items << Mnemonic{key, QStringLiteral("\"%1\"").arg(a->text())};
        if (a->menu())
            collectMenuCollisions(a->menu(), where + QStringLiteral(" > ") + a->text(), collisions);
    }
    collectCollisions(items, where, collisions);
}

} // namespace

namespace {

QStringList mnemonicCollisions()
{
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QStringList collisions;
    // Small offices give one person several roles: those windows have more tabs at once.
    User desk = f.verifikator;
    desk.login = QStringLiteral("vera+adi");
    desk.roles = {Role::Verifikator, Role::AdminSistem};
    User lead = f.kasubbag;
    lead.login = QStringLiteral("kasub+vera");
    lead.roles = {Role::Kasubbag, Role::Verifikator};
    for (const User &user : {f.helpdesk, f.verifikator, f.adminSistem, f.kasubbag, f.kepalaBagian, f.admin, desk, lead}) {
        window.startSession(user);
        QCoreApplication::processEvents();
        QTabWidget *tabs = window.tabs();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QWidget *page = tabs->widget(t);
            const QString where = QStringLiteral("%1 / %2").arg(user.login, tabs->tabText(t));
            collectCollisions(visibleMnemonics(window), where, collisions);
            // Tabs inside the page (the administration's Petugas / Kalender / Identitas).
            for (QTabWidget *inner : page->findChildren<QTabWidget *>()) {
                for (int i = 0; i < inner->count(); ++i) {
                    inner->setCurrentIndex(i);
                    collectCollisions(visibleMnemonics(window), where + QStringLiteral(" / ") + inner->tabText(i), collisions);
                }
                inner->setCurrentIndex(0);
            }
        }
        for (QAction *a : window.menuBar()->actions())
            if (a->menu())
                collectMenuCollisions(a->menu(), QStringLiteral("%1 / menu %2").arg(user.login, a->text()), collisions);
    }
    collisions.removeDuplicates();
    return collisions;
}

} // namespace

TEST_CASE("no two Alt mnemonics reachable at the same time share a letter, on any page of any role", "[gui][usability][keyboard]")
{
    const QStringList collisions = mnemonicCollisions();
    INFO(collisions.join(QLatin1Char('\n')).toStdString());
    CHECK(collisions.isEmpty());
}

TEST_CASE("in English too, no two Alt mnemonics reachable at the same time share a letter", "[gui][usability][keyboard][english]")
{
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(LOKET_EN_QM)));
    QCoreApplication::installTranslator(&english);
    const QStringList collisions = mnemonicCollisions();
    QCoreApplication::removeTranslator(&english);
    INFO(collisions.join(QLatin1Char('\n')).toStdString());
    CHECK(collisions.isEmpty());
}

TEST_CASE("Tab leaves the office hours table for Simpan jam kerja", "[gui][usability][keyboard]")
{
    WorkflowFixture f;
    MainWindow window(f.db());
    window.startSession(f.admin);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    AdminPage *admin = window.adminPage();
    window.tabs()->setCurrentWidget(admin);
    auto *inner = admin->findChild<QTabWidget *>();
    REQUIRE(inner != nullptr);
    inner->setCurrentIndex(1); // Kalender kerja
    auto *hours = child<QTableWidget>(admin, "officeHours");
    auto *save = child<QPushButton>(admin, "saveHours");
    hours->setFocus();
    hours->setCurrentCell(0, 1);
    REQUIRE(QApplication::focusWidget() == hours);
    bool reached = false;
    for (int i = 0; i < 10 && !reached; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached = QApplication::focusWidget() == save;
    }
    CHECK(reached);
}

TEST_CASE("on the report page Tab reaches the period, the grouping and Tampilkan before the table", "[gui][usability][keyboard]")
{
    WorkflowFixture f;
    ReportsPage page(f.db());
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    auto *from = child<QDateEdit>(&page, "reportFrom");
    from->setFocus();
    REQUIRE(QApplication::focusWidget() == from);
    // The widgets in the order Tab reaches them (a date field takes one Tab per section).
    QList<QWidget *> order{from};
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() != order.last())
            order << QApplication::focusWidget();
    }
    auto position = [&](const char *name) { return order.indexOf(page.findChild<QWidget *>(QString::fromLatin1(name))); };
    CHECK(position("reportTo") == 1);
    CHECK(position("reportGrouping") == 2);
    CHECK(position("reportShow") == 3);
    CHECK(position("reportShow") < position("reportTable"));
    for (const char *chart : {"dailyChart", "metChart", "distributionChart"})
        CHECK(position(chart) < 0);
    // Each control has its letter.
    for (const char *name : {"reportShow", "reportCsv", "reportPdf"})
        CHECK_FALSE(QKeySequence::mnemonic(child<QPushButton>(&page, name)->text()).isEmpty());
    int buddies = 0;
    for (QLabel *label : page.findChildren<QLabel *>())
        buddies += label->buddy() && !QKeySequence::mnemonic(label->text()).isEmpty();
    CHECK(buddies == 3);
}

TEST_CASE("a key pressed half a second after a checklist tick is not lost", "[gui][usability][keyboard]")
{
    // A tick with the mouse on the check box of "Asli", half a second, then Right and Space
    // for "Salinan" of the same document: the keys go to the document just ticked.
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    MainWindow window(f.db());
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    HelpdeskPage *page = window.helpdeskPage();
    page->selectApplication(in->applicationId);
    auto *checklist = child<QTableView>(page, "checklist");
    auto *model = qobject_cast<ChecklistModel *>(checklist->model());
    int row = -1;
    for (int r = 1; r < model->rowCount() && row < 0; ++r)
        if (model->items().at(r).originalRequired && model->items().at(r).copyRequired)
            row = r;
    REQUIRE(row > 0);
    checklist->setFocus();
    checklist->setCurrentIndex(model->index(0, ChecklistModel::LabelColumn));
    const QModelIndex original = model->index(row, ChecklistModel::OriginalColumn);
    checklist->scrollTo(original);
    QStyleOptionViewItem option;
    option.initFrom(checklist);
    option.rect = checklist->visualRect(original);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    option.checkState = Qt::Unchecked;
    const QRect box = checklist->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, checklist);
    QTest::mouseClick(checklist->viewport(), Qt::LeftButton, {}, box.center());
    REQUIRE(model->items().at(row).originalSeen);
    QTest::qWait(500);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(QApplication::focusWidget() == checklist);
    CHECK(model->items().at(row).copyReceived);
    CHECK_FALSE(model->items().at(0).originalSeen); // not the first row, where the cursor was before the click
    CHECK(f.wf().documents().checklist(in->applicationId)->at(row).copyReceived);
}

TEST_CASE("Tab in the discretion reason moves on instead of typing a tab", "[gui][usability][keyboard]")
{
    WorkflowFixture f;
    const auto in = f.checkIn(1, true);
    REQUIRE(in.ok());
    f.tickAll(in->applicationId, {QStringLiteral("surat_kuasa")});
    Answers answers(std::nullopt);
    MainWindow window(f.db());
    window.startSession(f.kepalaBagian);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SupervisorPage *page = window.supervisorPage();
    auto *table = child<QTableView>(page, "allOpen");
    table->setCurrentIndex(table->model()->index(proxyRowOf(table, in->applicationId), 0));
    auto *discretion = child<QPushButton>(page, "discretionButton");
    REQUIRE(discretion->isEnabled());
    bool asked = false;
    whenModal([&](QWidget *dialog) {
        asked = true;
        auto *edit = dialog->findChild<QPlainTextEdit *>();
        REQUIRE(edit != nullptr);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Surat kuasa menyusul"));
        QTest::keyClick(edit, Qt::Key_Tab);
        CHECK_FALSE(edit->toPlainText().contains(QLatin1Char('\t')));
        CHECK(QApplication::focusWidget() != edit);
        static_cast<QDialog *>(dialog)->reject();
    });
    QTest::mouseClick(discretion, Qt::LeftButton);
    CHECK(asked);
}

