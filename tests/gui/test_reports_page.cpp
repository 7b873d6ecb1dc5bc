#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "applications/WaitingRoom.h"
#include "reports/ReportCharts.h"
#include "reports/ReportDocument.h"
#include "print/DocumentPrinter.h"
#include "reports/ReportsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractSeries>
#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QCategoryAxis>
#include <QDir>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

namespace {

void ok(const Status &s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

// The text of a table row whose first cell is `title`, cell by cell.
QStringList rowCells(QTableWidget *table, const QString &title)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == title) {
            QStringList cells;
            for (int c = 0; c < table->columnCount(); ++c)
                cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
            return cells;
        }
    }
    FAIL("no row " << title.toStdString());
    return {};
}

int column(QTableWidget *table, const QString &title)
{
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c)->text() == title)
            return c;
    FAIL("no column " << title.toStdString());
    return -1;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// Two activations on Monday 23 November 2026: one done in 20 minutes by Vera, one
// returned for a missing Surat Kuasa.
void history(WorkflowFixture &f)
{
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:00"));
    const auto a = f.checkIn(1);
    REQUIRE(a.ok());
    f.tickAll(a->applicationId);
    ok(f.wf().documents().accept(f.helpdesk, a->applicationId));
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:05"));
    ok(f.wf().queue().claim(f.verifikator, a->applicationId));
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:20"));
    ok(f.wf().queue().complete(f.verifikator, a->applicationId, QStringLiteral("User ID aktif")));
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:00"));
    const auto b = f.checkIn(1, true, QStringLiteral("02.345.678.9-012.000"));
    REQUIRE(b.ok());
    f.tickAll(b->applicationId, {QStringLiteral("surat_kuasa")});
    REQUIRE(f.wf().documents().returnToApplicant(f.helpdesk, b->applicationId).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-24 10:00"));
}

} // namespace

TEST_CASE("the report page shows the period's figures, by service and by officer, with charts and exports", "[gui][reports]")
{
    WorkflowFixture f;
    history(f);
    ReportsPage page(f.db());
    page.resize(1300, 760);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    child<QDateEdit>(&page, "reportFrom")->setDate(QDate(2026, 11, 1));
    child<QDateEdit>(&page, "reportTo")->setDate(QDate(2026, 11, 30));
    QTest::mouseClick(child<QPushButton>(&page, "reportShow"), Qt::LeftButton);
    auto *table = child<QTableWidget>(&page, "reportTable");
    REQUIRE(table->rowCount() == 8); // seven services and the total
    const QStringList total = rowCells(table, QStringLiteral("Jumlah"));
    CHECK(total.at(column(table, QStringLiteral("Kunjungan"))) == QStringLiteral("2"));
    CHECK(total.at(column(table, QStringLiteral("Dikembalikan"))) == QStringLiteral("1"));
    CHECK(total.at(column(table, QStringLiteral("Selesai"))) == QStringLiteral("1"));
    CHECK(total.at(column(table, QStringLiteral("Tepat janji (%)"))) == QStringLiteral("100,0"));
    CHECK(total.at(column(table, QStringLiteral("Waktu layanan median (menit)"))) == QStringLiteral("20,0"));
    CHECK(total.at(column(table, QStringLiteral("Persyaratan paling sering kurang"))).contains(QStringLiteral("(1)")));
    CHECK(child<QLabel>(&page, "reportStatus")->text().contains(QStringLiteral("1 November 2026")));

    // The charts hold the figures: 30 days of volume, met percent per service.
    QChart *daily = child<QChartView>(&page, "dailyChart")->chart();
    REQUIRE(daily);
    REQUIRE(!daily->series().isEmpty());
    CHECK(child<QChartView>(&page, "metChart")->chart()->series().size() >= 1);
    CHECK(child<QChartView>(&page, "distributionChart")->chart()->series().size() >= 1);

    // By officer: the helpdesk officer has both visits, Vera the finished file.
    auto *grouping = child<QComboBox>(&page, "reportGrouping");
    grouping->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(&page, "reportShow"), Qt::LeftButton);
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Petugas"));
    CHECK(rowCells(table, f.helpdesk.fullName).at(column(table, QStringLiteral("Kunjungan"))) == QStringLiteral("2"));
    CHECK(rowCells(table, f.verifikator.fullName).at(column(table, QStringLiteral("Selesai"))) == QStringLiteral("1"));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("r.csv"));
    REQUIRE(page.exportCsv(csv));
    const QByteArray bytes = readFile(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "Petugas,Kunjungan,"));
    CHECK(bytes.contains(f.verifikator.fullName.toUtf8()));
    REQUIRE(page.exportCsv(csv, CsvStyle::Indonesian));
    CHECK(readFile(csv).startsWith("\xEF\xBB\xBF" "Petugas;Kunjungan;"));
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(page.exportPdf(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("EVALUASI KINERJA PELAYANAN")));
    CHECK(text.contains(QStringLiteral("1 November 2026 s.d. 30 November 2026")));
    CHECK(text.contains(f.verifikator.fullName));
    // The office did not call anybody: the waiting room says so, on the page and on paper.
    CHECK(text.contains(QStringLiteral("Panggilan antrian belum ada panggilan dalam periode ini")));
    CHECK(child<QTextBrowser>(&page, "reportCalling")->toPlainText().contains(QStringLiteral("belum ada panggilan dalam periode ini")));
    // On screen one line under the table, not a panel of its own.
    CHECK(child<QTextBrowser>(&page, "reportCalling")->isHidden());
    CHECK(child<QLabel>(&page, "reportFeedback")->text().contains(QStringLiteral("Panggilan antrian: belum ada panggilan dalam periode ini")));

    // A period that ends before it starts: a clear message, and no stale figures.
    child<QDateEdit>(&page, "reportFrom")->setDate(QDate(2026, 12, 1));
    QTest::mouseClick(child<QPushButton>(&page, "reportShow"), Qt::LeftButton);
    CHECK(child<QLabel>(&page, "reportStatus")->text().contains(QStringLiteral("sebelum awalnya")));
    CHECK(table->rowCount() == 0);
    CHECK(!page.report());
}

TEST_CASE("the report page shows the waiting room's figures: the wait for the call, no-shows, calls per desk",
          "[gui][reports][calling]")
{
    WorkflowFixture f;
    WaitingRoom &room = f.wf().waitingRoom();
    const QString desk = QStringLiteral("Meja Helpdesk 1");
    // Monday: three walk-ins called after 5, 9 and 20 minutes, the last set aside.
    const QStringList in = {QStringLiteral("08:00"), QStringLiteral("08:01"), QStringLiteral("08:02")};
    const QStringList called = {QStringLiteral("08:05"), QStringLiteral("08:10"), QStringLiteral("08:22")};
    for (qsizetype i = 0; i < in.size(); ++i) {
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 ") + in.at(i));
        REQUIRE(f.checkIn(1, false, QStringLiteral("01.234.567.8-90%1.000").arg(i)).ok());
    }
    for (qsizetype i = 0; i < called.size(); ++i) {
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 ") + called.at(i));
        REQUIRE(room.callNext(f.helpdesk, desk, {}).ok());
    }
    for (const char *at : {"08:23", "08:24"}) {
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 ") + QLatin1String(at));
        REQUIRE(room.recall(f.helpdesk, desk).ok());
    }
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:25"));
    REQUIRE(room.noShow(f.helpdesk, desk).ok());
    WorkflowFixture::setNow(QStringLiteral("2026-11-24 10:00"));

    ReportsPage page(f.db());
    page.resize(1300, 900);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QTest::mouseClick(child<QPushButton>(&page, "reportShow"), Qt::LeftButton);
    const QString shown = child<QTextBrowser>(&page, "reportCalling")->toPlainText().simplified();
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("Panggilan antrian")));
    CHECK(shown.contains(QStringLiteral("Jumlah 3 3 9,0 20,0 0")));
    CHECK(shown.contains(QStringLiteral("Hari dengan panggilan 1")));
    CHECK(shown.contains(QStringLiteral("Tidak hadir saat dipanggil 1 kunjungan; dipanggil kembali 0, lalu dilayani 0")));
    CHECK(shown.contains(desk + QStringLiteral(" 3 2 0 0")));
    if (const QString keep = qEnvironmentVariable("LOKET_RECEIPT_EXAMPLES"); !keep.isEmpty())
        page.grab().save(QDir(keep).filePath(QStringLiteral("report-page.png")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(page.exportPdf(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Jumlah 3 3 9,0 20,0 0")));
    CHECK(text.contains(QStringLiteral("Tidak hadir saat dipanggil 1 kunjungan; dipanggil kembali 0, lalu dilayani 0")));
}

TEST_CASE("only supervisors get the report page", "[gui][reports]")
{
    WorkflowFixture f;
    MainWindow window(f.db());
    window.show();
    auto hasReports = [&] {
        for (int i = 0; i < window.tabs()->count(); ++i)
            if (window.tabs()->tabText(i).remove(QLatin1Char('&')) == QStringLiteral("Laporan kinerja"))
                return true;
        return false;
    };
    window.startSession(f.kasubbag);
    CHECK(window.reportsPage() != nullptr);
    CHECK(hasReports());
    window.startSession(f.helpdesk);
    CHECK(window.reportsPage() == nullptr);
    CHECK(!hasReports());
}

TEST_CASE("service times fall into the distribution's ranges", "[gui][reports]")
{
    // 5 minutes, 11 minutes 40 seconds, exactly 30 minutes, and 55 hours of working time.
    const auto buckets = ReportCharts::distribution({300, 700, 1800, 200000});
    REQUIRE(buckets.size() == 9);
    CHECK(buckets.at(0) == std::pair(QStringLiteral("<10"), 1));
    CHECK(buckets.at(1) == std::pair(QStringLiteral("<20"), 1));
    CHECK(buckets.at(2).second == 0);                 // <30: 30 minutes is not under 30
    CHECK(buckets.at(3) == std::pair(QStringLiteral("<45"), 1));
    CHECK(buckets.at(7).first == QStringLiteral("<5h"));   // under five working days
    CHECK(buckets.at(8).first == QString(QChar(0x2265)) + QStringLiteral("5h"));
    CHECK(buckets.at(8).second == 1);
    int total = 0;
    for (const auto &b : buckets)
        total += b.second;
    CHECK(total == 4);
}

namespace {

// Two years of a busy counter: figures in the millions, a long paused time, every chart.
PerformanceReport bigReport()
{
    PerformanceReport report;
    report.from = QDate(2025, 1, 1);
    report.to = QDate(2026, 12, 31);
    report.computedOn = QDate(2027, 1, 4);
    report.office = OfficeIdentity::defaults();
    report.office.headName = QStringLiteral("Drs. H. Ahmad Fauzi, M.Si");
    report.office.headNip = QStringLiteral("197501012000031001");
    report.office.city = QStringLiteral("Banjarmasin");
    const QStringList names = {QStringLiteral("Aktivasi User ID"), QStringLiteral("Perubahan E-mail"), QStringLiteral("Perubahan CV ke PT"),
                               QStringLiteral("Perubahan NPWP"), QStringLiteral("Penonaktifan User ID"), QStringLiteral("Agregasi Data Penyedia"),
                               QStringLiteral("Pendampingan SPSE")};
    for (int i = 0; i < names.size(); ++i) {
        ReportRow r;
        r.key = QString::number(i + 1);
        r.title = names.at(i);
        r.visits = 1747742 - i;
        r.applications = 1500000;
        r.returned = 120000;
        r.accepted = 1380000;
        r.done = 1375000;
        r.met = 1200000;
        r.serviceSeconds = {600, 1200, 1800, 3600 * 30};
        r.serviceTime = DurationStats::of(r.serviceSeconds);
        r.waitHelpdesk = DurationStats::of({300, 900});
        r.waitClaim = DurationStats::of({600});
        r.pausedByReason.insert(QStringLiteral("waiting_lkpp"), 1142692LL * 60);
        report.rows << r;
    }
    report.total = report.rows.first();
    report.total.key = QStringLiteral("total");
    report.total.title = QStringLiteral("Jumlah");
    for (QDate d = report.from; d <= report.to; d = d.addDays(1))
        report.daily << DailyCount{d, d.dayOfWeek() < 6 ? 40 : 0, d.dayOfWeek() < 6 ? 38 : 0};
    CallingFigures calling;
    calling.callDays = 480;
    for (int i = 0; i < names.size(); ++i) {
        CallWaitRow w;
        w.key = QString::number(i + 1);
        w.title = names.at(i);
        w.visits = 2800 + i;
        w.wait = DurationStats::of({240, 600, 780, 1500, 5400});
        calling.waits << w;
    }
    calling.waitTotal = calling.waits.first();
    calling.waitTotal.key = QStringLiteral("total");
    calling.waitTotal.title = QStringLiteral("Jumlah");
    calling.waitTotal.visits = 19621;
    calling.noShows = 312;
    calling.calledBack = 140;
    calling.servedAfter = 131;
    for (const char *desk : {"Meja Helpdesk 1", "Meja Helpdesk 2", "Meja Verifikasi"}) {
        DeskCalls d;
        d.desk = QString::fromLatin1(desk);
        d.serveCalls = 9800;
        d.serveRepeats = 1204;
        d.collectCalls = 15;
        d.collectRepeats = 2;
        calling.desks << d;
    }
    calling.deskTotal = {QStringLiteral("Jumlah"), 29400, 3612, 45, 6};
    report.calling = calling;
    return report;
}

} // namespace

TEST_CASE("the report PDF reads like a government document: letterhead, whole headers and figures, dates in words, signature",
          "[gui][reports][pdf]")
{
    QTemporaryDir dir;
    const QString keep = qEnvironmentVariable("LOKET_RECEIPT_EXAMPLES");
    const QString pdf = keep.isEmpty() ? dir.filePath(QStringLiteral("report.pdf")) : QDir(keep).filePath(QStringLiteral("report.pdf"));
    const PerformanceReport report = bigReport();
    REQUIRE(ReportDocument::writePdf(report, pdf).ok());
    // Words as a reader sees them: a header or a figure broken over two lines is not one word.
    const QStringList words = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                                  .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &header : {QStringLiteral("Kunjungan"), QStringLiteral("Dikembalikan"), QStringLiteral("Dibatalkan"), QStringLiteral("Selesai"),
                                  QStringLiteral("Diterima"), QStringLiteral("berjalan"), QStringLiteral("helpdesk,"), QStringLiteral("petugas,")}) {
        INFO(header.toStdString());
        CHECK(words.contains(header));
    }
    CHECK(words.contains(QStringLiteral("1.747.742")));
    CHECK(words.count(QStringLiteral("1.375.000")) >= 2); // a row and the total
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("19.045 jam")));
    CHECK_FALSE(text.contains(QStringLiteral("1142692")));
    CHECK(text.contains(QStringLiteral("Periode 1 Januari 2025 s.d. 31 Desember 2026")));
    CHECK(text.contains(report.office.unit));
    CHECK(text.contains(report.office.address.simplified()));
    CHECK(text.contains(QStringLiteral("Banjarmasin, 4 Januari 2027")));
    CHECK(text.contains(QStringLiteral("Drs. H. Ahmad Fauzi, M.Si")));
    CHECK(text.contains(QStringLiteral("NIP. 19750101 200003 1 001")));
    // The waiting room: the wait for the call per service, the no-shows, the calls per desk.
    CHECK(text.contains(QStringLiteral("Panggilan antrian")));
    CHECK(text.contains(QStringLiteral("Tunggu panggilan: menit jam dinding")));
    CHECK(text.contains(QStringLiteral("Jumlah 19.621 5 13,0 90,0 19.616")));
    CHECK(text.contains(QStringLiteral("Hari dengan panggilan 480")));
    CHECK(text.contains(QStringLiteral("Tidak hadir saat dipanggil 312 kunjungan; dipanggil kembali 140, lalu dilayani 131")));
    CHECK(text.contains(QStringLiteral("Panggilan per meja")));
    CHECK(text.contains(QStringLiteral("Meja Helpdesk 2 9.800 1.204 15 2")));
    CHECK(text.contains(QStringLiteral("Jumlah 29.400 3.612 45 6")));
    for (const QString &header : {QStringLiteral("Dipanggil"), QStringLiteral("Tidak"), QStringLiteral("pemeriksaan"), QStringLiteral("hasil")}) {
        INFO(header.toStdString());
        CHECK(words.contains(header));
    }

    // Nothing is laid out wider than the sheet's printable width (whole words take room).
    QPdfWriter writer(dir.filePath(QStringLiteral("width.pdf")));
    writer.setResolution(600);
    QTextDocument doc;
    const PaperProfile a4(PaperProfile::Size::A4);
    DocumentPrinter::layOut(doc, &writer, a4, [&](QTextDocument &d, qreal pt) { ReportDocument::build(d, report, pt, 600); });
    CHECK(doc.documentLayout()->documentSize().width() <= a4.printableWidthMm() / 25.4 * writer.logicalDpiX() + 1);
}

TEST_CASE("each chart of the report PDF is on the page of its heading, and the signature on the last page", "[gui][reports][pdf]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const PerformanceReport report = bigReport();
    REQUIRE(ReportDocument::writePdf(report, pdf).ok());
    // pdfimages -list: "page num type ...", one line per image after two header lines.
    const QStringList lines = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE(lines.size() == 3);
    const QStringList headings = {ReportCharts::dailyVolume(report)->title(), ReportCharts::metPercent(report)->title(),
                                  ReportCharts::serviceTimeDistribution(report)->title()};
    for (int i = 0; i < 3; ++i) {
        const QString page = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts).first();
        const QString onPage = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), page, QStringLiteral("-l"), page, QStringLiteral("-layout"), pdf,
                                                                  QStringLiteral("-")})
                                   .simplified();
        INFO(headings.at(i).toStdString() << " with its chart on page " << page.toStdString());
        CHECK(onPage.contains(headings.at(i)));
    }
    const QString pages = runTool(QStringLiteral("pdfinfo"), {pdf}).section(QStringLiteral("Pages:"), 1).section(QLatin1Char('\n'), 0, 0).trimmed();
    const QString last = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), pages, QStringLiteral("-l"), pages, QStringLiteral("-layout"), pdf,
                                                            QStringLiteral("-")})
                             .simplified();
    CHECK(last.contains(QStringLiteral("NIP. 19750101 200003 1 001")));
    CHECK(last.contains(QStringLiteral("Banjarmasin, 4 Januari 2027")));
}

TEST_CASE("the daily chart of a long period has a tick on the first of evenly spaced months", "[gui][reports]")
{
    const PerformanceReport report = bigReport();
    const std::unique_ptr<QChart> chart = ReportCharts::dailyVolume(report);
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    auto *months = qobject_cast<QCategoryAxis *>(axes.first());
    REQUIRE(months);
    const QStringList labels = months->categoriesLabels();
    CHECK(labels.size() == 12); // 24 months, two to a block
    CHECK(labels.first() == QStringLiteral("Jan 2025"));
    CHECK(labels.at(1) == QStringLiteral("Mar 2025"));
    // Every block but the last ends on the first of a month, two months after the one before.
    QDate previous = report.from;
    for (qsizetype i = 0; i + 1 < labels.size(); ++i) {
        const QDate end = QDateTime::fromMSecsSinceEpoch(qint64(months->endValue(labels.at(i)))).date();
        INFO(labels.at(i).toStdString());
        CHECK(end.day() == 1);
        CHECK(previous.addMonths(2) == end);
        previous = end;
    }
}
