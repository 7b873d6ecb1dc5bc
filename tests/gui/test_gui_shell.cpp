#include "TestSupport.h"

#include "MainWindow.h"
#include "catalog/CatalogStore.h"
#include "standards/StandardsPage.h"
#include "standards/ServiceTableModel.h"
#include "backup/Backup.h"
#include "settings/OfficeSettings.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

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
