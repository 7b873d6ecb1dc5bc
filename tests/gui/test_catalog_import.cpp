// Administrasi › Katalog layanan: a new catalogue version imported with its effective date
// and regulation (Pasal 9); the standards screen names the version in force.
#include "GuiTestSupport.h"
#include "CatalogFixture.h"
#include "WorkflowFixture.h"

#include "admin/AdminPage.h"
#include "common/Clock.h"
#include "common/MessageBox.h"
#include "standards/StandardsPage.h"

#include <catch2/catch.hpp>

#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The built-in catalogue with an eighth service; `unit` its service time's unit.
QByteArray eightServices(const QString &unit)
{
    return catalogWithEighthService([&](QJsonObject &s) {
        s.insert(QStringLiteral("service_time"), QJsonObject{{QStringLiteral("unit"), unit}, {QStringLiteral("value"), 30}});
    });
}

QString written(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

} // namespace

TEST_CASE("Administrasi imports a catalogue version in force from its date and lists the history", "[gui][catalog-import]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-12-30 09:00"));
    MessageBox::setNextAnswerForTesting(true); // no box shown; its text is kept
    AdminPage page(f.db(), f.wf());
    page.setActor(f.admin);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *history = child<QTableWidget>(&page, "catalogHistory");
    REQUIRE(history->rowCount() == 1);
    CHECK(history->item(0, 0)->text() == QStringLiteral("1 (berlaku)"));
    CHECK(history->item(0, 1)->text() == QStringLiteral("sejak awal"));

    QTemporaryDir dir;
    const QString regulation = QStringLiteral("Perwali Banjarmasin Nomor 5 Tahun 2027");
    auto *effective = child<QDateEdit>(&page, "catalogEffective");
    auto *regulationField = child<QLineEdit>(&page, "catalogRegulation");

    // A broken file: refused, naming the service and the field; nothing stored.
    effective->setDate(QDate(2027, 1, 1));
    QTest::keyClicks(regulationField, regulation);
    MessageBox::clearForTesting();
    const QString refused = page.importCatalog(written(dir, QStringLiteral("rusak.json"), eightServices(QStringLiteral("hours"))),
                                               effective->date(), regulationField->text());
    CHECK(refused.contains(QStringLiteral("layanan 8 (Legalisasi Dokumen Pengadaan)")));
    CHECK(refused.contains(QStringLiteral("service_time.unit")));
    CHECK(MessageBox::lastTextForTesting() == refused);
    CHECK(history->rowCount() == 1);

    // The good one, effective on new year's day: listed, not yet in force.
    CHECK(page.importCatalog(written(dir, QStringLiteral("katalog-2027.json"), eightServices(QStringLiteral("minutes"))), effective->date(),
                             regulationField->text())
              .isEmpty());
    REQUIRE(history->rowCount() == 2);
    CHECK(history->item(1, 0)->text() == QStringLiteral("2"));
    CHECK(history->item(1, 1)->text() == QStringLiteral("01-01-2027"));
    CHECK(history->item(1, 2)->text() == regulation);
    CHECK(history->item(1, 3)->text() == f.admin.fullName);
    CHECK(history->item(1, 5)->text() == QStringLiteral("8"));
    CHECK(child<QLabel>(&page, "catalogInForce")->text().contains(QStringLiteral("Katalog versi 1")));

    StandardsPage standards(f.db());
    CHECK(standards.findChild<QTableView *>(QStringLiteral("serviceTable"))->model()->rowCount() == 7);
    CHECK(standards.versionText().contains(QStringLiteral("Katalog versi 1, berlaku sejak awal")));
    CHECK(standards.versionText().contains(QStringLiteral("Versi 2 tersimpan, berlaku mulai 01-01-2027.")));

    // On its date it is the version in force, on the standards screen too.
    WorkflowFixture::setNow(QStringLiteral("2027-01-01 07:30"));
    page.refresh();
    CHECK(history->item(1, 0)->text() == QStringLiteral("2 (berlaku)"));
    standards.reload();
    CHECK(standards.findChild<QTableView *>(QStringLiteral("serviceTable"))->model()->rowCount() == 8);
    CHECK(standards.versionText() == QStringLiteral("Katalog versi 2, berlaku sejak 01-01-2027, ") + regulation);

    // Only an administrator imports.
    page.setActor(f.helpdesk);
    CHECK(page.importCatalog(written(dir, QStringLiteral("lagi.json"), eightServices(QStringLiteral("minutes"))), effective->date(), regulation)
              .contains(QStringLiteral("administrator")));
    CHECK(history->rowCount() == 2);
    Clock::setNowForTesting({});
}
