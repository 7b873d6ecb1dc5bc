#include "TestSupport.h"

#include "MainWindow.h"
#include "catalog/CatalogStore.h"
#include "standards/StandardsPage.h"
#include "standards/ServiceTableModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTableView>
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
