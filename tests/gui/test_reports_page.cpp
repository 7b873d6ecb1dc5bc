#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "reports/ReportCharts.h"
#include "reports/ReportsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractSeries>
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
    ok(f.wf().accept(f.helpdesk, a->applicationId));
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:05"));
    ok(f.wf().claim(f.verifikator, a->applicationId));
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:20"));
    ok(f.wf().complete(f.verifikator, a->applicationId, QStringLiteral("User ID aktif")));
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:00"));
    const auto b = f.checkIn(1, true, QStringLiteral("02.345.678.9-012.000"));
    REQUIRE(b.ok());
    f.tickAll(b->applicationId, {QStringLiteral("surat_kuasa")});
    REQUIRE(f.wf().returnToApplicant(f.helpdesk, b->applicationId).ok());
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
    CHECK(total.at(column(table, QStringLiteral("Tepat janji (%)"))) == QStringLiteral("100.0"));
    CHECK(total.at(column(table, QStringLiteral("Waktu layanan median (menit)"))) == QStringLiteral("20.0"));
    CHECK(total.at(column(table, QStringLiteral("Persyaratan paling sering kurang"))).contains(QStringLiteral("(1)")));
    CHECK(child<QLabel>(&page, "reportStatus")->text().contains(QStringLiteral("2026-11-01")));

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
    CHECK(text.contains(QStringLiteral("Evaluasi Kinerja Pelayanan")));
    CHECK(text.contains(QStringLiteral("2026-11-01 s.d. 2026-11-30")));
    CHECK(text.contains(f.verifikator.fullName));

    // A period that ends before it starts: a clear message, and no stale figures.
    child<QDateEdit>(&page, "reportFrom")->setDate(QDate(2026, 12, 1));
    QTest::mouseClick(child<QPushButton>(&page, "reportShow"), Qt::LeftButton);
    CHECK(child<QLabel>(&page, "reportStatus")->text().contains(QStringLiteral("sebelum awalnya")));
    CHECK(table->rowCount() == 0);
    CHECK(!page.report());
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
