#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "complaints/ComplaintStore.h"
#include "complaints/LateFile.h"
#include "feedback/ComplaintForm.h"
#include "feedback/ComplaintsPage.h"
#include "helpdesk/HelpdeskPage.h"
#include "history/EventText.h"
#include "print/LateFileAnnex.h"
#include "print/PrintDialogs.h"
#include "supervisor/SupervisorPage.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

qint64 lateFile(WorkflowFixture &f)
{
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:45"));
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    f.tickAll(in->applicationId);
    REQUIRE(f.wf().documents().accept(f.helpdesk, in->applicationId).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:50"));
    REQUIRE(f.wf().queue().claim(f.verifikator, in->applicationId).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 10:05")); // due 08:15
    return in->applicationId;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(20000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("the supervisor turns a late file into a complaint in one step: the form prefilled, the complaint linked", "[gui][late-file]")
{
    WorkflowFixture f;
    const qint64 id = lateFile(f);
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.kasubbag);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SupervisorPage *supervisor = window.supervisorPage();
    REQUIRE(supervisor != nullptr);
    window.tabs()->setCurrentWidget(supervisor);
    supervisor->selectFile(id);
    QPushButton *button = child<QPushButton>(supervisor, "lateComplaintButton");
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());

    const QString number = f.wf().files().application(id)->number;
    QString prefilled;
    auto filled = whenModal<ComplaintForm>([&](ComplaintForm *form) {
        prefilled = form->input().notPerStandard;
        CHECK(form->input().applicationNumber == number);
        CHECK_FALSE(form->input().complainantName.isEmpty());
        CHECK(form->input().complainantAddress.isEmpty()); // marked as still to add
        form->accept();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(*filled);
    CHECK(prefilled.contains(QStringLiteral("Terlambat 1 jam 50 menit")));
    CHECK(window.tabs()->currentWidget() == window.complaintsPage());
    const Result<QList<Complaint>> about = ComplaintStore(f.db()).aboutFile(id);
    REQUIRE(about);
    REQUIRE(about->size() == 1);
    CHECK(about->first().content.applicationNumber == number);
}

TEST_CASE("the helpdesk's guest book turns a late file into a complaint, not a file on time or still at the helpdesk",
          "[gui][late-file]")
{
    WorkflowFixture f;
    const qint64 id = lateFile(f);
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 10:06"));
    const auto waiting = f.checkIn(2, true, QStringLiteral("02.345.678.9-012.000")); // still at the helpdesk
    REQUIRE(waiting.ok());
    MainWindow window(f.db());
    window.resize(1366, 768);
    window.startSession(f.helpdesk);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    HelpdeskPage *page = window.helpdeskPage();
    QPushButton *button = child<QPushButton>(page, "lateComplaintButton");
    page->selectApplication(waiting->applicationId);
    CHECK_FALSE(button->isEnabled());
    page->selectApplication(id);
    REQUIRE(button->isEnabled());

    bool shown = false;
    auto filled = whenModal<ComplaintForm>([&](ComplaintForm *form) {
        shown = form->input().applicationNumber == f.wf().files().application(id)->number;
        form->reject(); // Batal: nothing is recorded
    });
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(*filled);
    CHECK(shown);
    CHECK(window.tabs()->currentWidget() == window.complaintsPage());
    const Result<QList<Complaint>> about = ComplaintStore(f.db()).aboutFile(id);
    REQUIRE(about);
    CHECK(about->isEmpty());
}

TEST_CASE("the annex to a late file's complaint prints every event and the working time on A4", "[gui][late-file][receipts]")
{
    WorkflowFixture f;
    const qint64 id = lateFile(f);
    const Result<ClockTimeline> t = LateFile::timeline(f.wf(), id);
    REQUIRE(t);
    const QTimeZone zone = f.wf().calendar().timeZone();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("lampiran.pdf"));
    REQUIRE(DocumentPrinter::writePdf(pdf, PaperProfile(PaperProfile::Size::A4),
                                      LateFileAnnex::builder(OfficeIdentity::defaults(), QStringLiteral("ADU-2026-0007"),
                                                             LateFile::annexLines(t.value(), zone))));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("LAMPIRAN PENGADUAN ADU-2026-0007")));
    for (const Event &e : t->file.history) {
        INFO(e.kind.toStdString() << " " << EventText::describe(e).toStdString() << "\n" << text.toStdString());
        CHECK(text.contains(EventText::describe(e).simplified()));
    }
    CHECK(text.contains(QStringLiteral("Waktu kerja terhitung: 2 jam 20 menit")));
    CHECK(text.contains(QStringLiteral("Terlambat: 1 jam 50 menit")));
}
