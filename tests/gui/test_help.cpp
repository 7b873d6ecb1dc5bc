#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "feedback/SurveyModeWindow.h"
#include "helpdesk/HelpdeskPage.h"
#include "help/Help.h"
#include "setup/SetupWizard.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

namespace {

QString chapterText(const QString &file)
{
    QFile f(QStringLiteral(":/panduan/") + file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// Presses F1 on whatever has the focus in `window` and returns the guide it opened.
HelpWindow *pressF1(QWidget *window)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, Qt::Key_F1);
    QApplication::processEvents();
    return HelpWindow::current();
}

void closeGuide()
{
    if (HelpWindow *guide = HelpWindow::current())
        guide->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

TEST_CASE("the guide has a chapter per role, every section a screen names, and every picture and link it shows", "[gui][help]")
{
    QStringList roles;
    for (const auto &[file, title] : Help::chapters()) {
        INFO(file.toStdString());
        const QString text = chapterText(file);
        CHECK(text.startsWith(QStringLiteral("# ")));
        roles << file;
        // Pictures: the screenshots built in beside it, each a real image.
        static const QRegularExpression picture(QStringLiteral(R"(!\[[^\]]*\]\(([^)]+)\))"));
        for (auto m = picture.globalMatch(text); m.hasNext();) {
            const QString path = m.next().captured(1);
            INFO(path.toStdString());
            REQUIRE(path.startsWith(QStringLiteral("../screenshots/")));
            CHECK_FALSE(QImage(QStringLiteral(":/") + path.mid(3)).isNull());
        }
        // Links to other chapters.
        static const QRegularExpression link(QStringLiteral(R"((?<!!)\[[^\]]*\]\(([a-z-]+\.md)\))"));
        for (auto m = link.globalMatch(text); m.hasNext();) {
            const QString target = m.next().captured(1);
            INFO(target.toStdString());
            CHECK(QFile::exists(QStringLiteral(":/panduan/") + target));
        }
    }
    for (const char *role : {"helpdesk.md", "verifikator.md", "admin-sistem.md", "pengawas.md", "administrator.md", "ti-kantor.md"})
        CHECK(roles.contains(QString::fromLatin1(role)));

    // Every topic opens on its chapter at its section's heading.
    HelpWindow guide;
    guide.resize(900, 600);
    guide.show();
    REQUIRE(QTest::qWaitForWindowExposed(&guide));
    for (const Help::Topic &topic : Help::topics()) {
        INFO(topic.id.toStdString());
        guide.showTopic(topic.id);
        QApplication::processEvents();
        CHECK(guide.chapter() == topic.chapter);
        if (!topic.heading.isEmpty())
            CHECK(guide.visibleHeading() == topic.heading);
        CHECK(guide.browser()->document()->characterCount() > 500);
    }
}

TEST_CASE("F1 opens the guide at the chapter of the screen in use", "[gui][help]")
{
    WorkflowFixture f;
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.tabs()->setCurrentIndex(0);
    window.helpdeskPage()->setFocus();
    HelpWindow *guide = pressF1(&window);
    REQUIRE(guide != nullptr);
    CHECK(guide->isVisible());
    CHECK(guide->chapter() == QStringLiteral("helpdesk.md"));
    closeGuide();

    // The Kasubbag on the reports tab: the supervisor's chapter at "Laporan kinerja".
    window.startSession(f.kasubbag);
    QWidget *reports = nullptr;
    for (int i = 0; i < window.tabs()->count(); ++i)
        if (Help::topicFor(window.tabs()->widget(i)) == QStringLiteral("pengawas/laporan"))
            reports = window.tabs()->widget(i);
    REQUIRE(reports != nullptr);
    window.tabs()->setCurrentWidget(reports);
    window.tabs()->tabBar()->setFocus(); // on the tab bar: the tab shown decides
    guide = pressF1(&window);
    REQUIRE(guide != nullptr);
    CHECK(guide->chapter() == QStringLiteral("pengawas.md"));
    REQUIRE(QTest::qWaitForWindowExposed(guide));
    QApplication::processEvents();
    CHECK(guide->visibleHeading() == QStringLiteral("Laporan kinerja"));
    closeGuide();

    // The visitor's survey kiosk: F1 opens nothing.
    SurveyModeWindow *survey = window.startSurveyMode();
    REQUIRE(survey != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(survey));
    survey->activateWindow();
    QApplication::processEvents();
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : survey, Qt::Key_F1);
    QApplication::processEvents();
    CHECK(HelpWindow::current() == nullptr);
}

TEST_CASE("F1 and Bantuan in the first-run wizard open the first-run section", "[gui][help][setup]")
{
    TempDatabase t;
    SetupWizard wizard(t.db(), QString());
    wizard.show();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    HelpWindow *guide = pressF1(&wizard);
    REQUIRE(guide != nullptr);
    CHECK(guide->chapter() == QStringLiteral("administrator.md"));
    REQUIRE(QTest::qWaitForWindowExposed(guide));
    QApplication::processEvents();
    CHECK(guide->visibleHeading() == QStringLiteral("Penyiapan pertama"));
    closeGuide();
    QTest::mouseClick(wizard.button(QWizard::HelpButton), Qt::LeftButton);
    QApplication::processEvents();
    REQUIRE(HelpWindow::current() != nullptr);
    CHECK(HelpWindow::current()->chapter() == QStringLiteral("administrator.md"));
    closeGuide();
}
