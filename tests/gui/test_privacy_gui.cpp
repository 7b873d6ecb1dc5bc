// Personal data in the window (issue 19): the administrator's yearly reminder and the
// erasure it leads to (Administrasi, tab Data pribadi), and the supervisor's "Data
// pribadi seseorang" with its correction and its PDF.
#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "admin/AdminPage.h"
#include "admin/RetentionPanel.h"
#include "common/MessageBox.h"
#include "storage/SqlQuery.h"
#include "supervisor/PersonDataDialog.h"
#include "supervisor/SupervisorPage.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

namespace {

int visitsWithNik(Database &db, const QString &nik)
{
    SqlQuery q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM visits WHERE applicant_nik = :nik"));
    q.bind(QStringLiteral(":nik"), nik);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("the administrator is reminded of identifiers past their retention and erases them from the tab", "[gui][privacy]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2019-05-06 09:00"));
    REQUIRE(f.checkIn(1).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-05-06 09:00"));
    REQUIRE(f.checkIn(1, true).ok());

    AdminPage page(f.db(), f.wf());
    page.setActor(f.admin);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *reminder = child<QLabel>(&page, "retentionReminder");
    CHECK(reminder->isVisible());
    CHECK(reminder->text().contains(QStringLiteral("1 orang melewati masa simpan 5 tahun")));
    CHECK(child<QLabel>(&page, "retentionDue")->text().contains(QStringLiteral("NIK, telepon dan e-mail 1 orang")));

    MessageBox::setNextAnswerForTesting(true);
    auto *apply = child<QPushButton>(&page, "retentionApply");
    REQUIRE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    MessageBox::clearForTesting();
    CHECK(visitsWithNik(f.db(), QStringLiteral("6371011203850001")) == 0);
    CHECK(visitsWithNik(f.db(), QStringLiteral("6371015506900002")) == 1);
    CHECK_FALSE(reminder->isVisible());
    CHECK_FALSE(apply->isEnabled());
}

TEST_CASE("the supervisor looks a NIK up, corrects the phone and saves the printout", "[gui][privacy]")
{
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    SupervisorPage page(f.db(), f.wf());
    page.setActor(f.kasubbag);
    CHECK(child<QPushButton>(&page, "personData")->isVisibleTo(&page));

    PersonDataDialog dialog(f.db(), f.kasubbag, f.wf().calendar().timeZone());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "personNik"), QStringLiteral("6371011203850001"));
    QTest::keyClick(child<QLineEdit>(&dialog, "personNik"), Qt::Key_Return);
    REQUIRE(dialog.shown().has_value());
    const QString shown = child<QTextBrowser>(&dialog, "personView")->toPlainText();
    CHECK(shown.contains(QStringLiteral("DATA PRIBADI YANG DISIMPAN")));
    CHECK(shown.contains(in->applicationNumber));

    CHECK(dialog.correct(PersonRecord::Field::Phone, QStringLiteral("0813-4999-1234")).isEmpty());
    CHECK(child<QTextBrowser>(&dialog, "personView")->toPlainText().contains(dialog.shown()->visits.at(0).phone));
    CHECK_FALSE(dialog.correct(PersonRecord::Field::Nik, QStringLiteral("12")).isEmpty());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("data.pdf"));
    REQUIRE(dialog.savePdf(pdf).isEmpty());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    CHECK(extracted.contains(QStringLiteral("NIK: 6371011203850001")));
    CHECK(extracted.contains(QStringLiteral("Data pribadi dikoreksi")));

    // A helpdesk officer is refused, with the reason.
    PersonDataDialog counter(f.db(), f.helpdesk, f.wf().calendar().timeZone());
    CHECK(counter.lookUp(QStringLiteral("6371011203850001")).contains(QStringLiteral("kasubbag")));
}
