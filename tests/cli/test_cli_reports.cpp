#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("loket demo-data, then loket report as text, CSV and PDF", "[cli][reports]")
{
    const TestLocation location;
    const QString db = location.path();
    QTemporaryDir dir;
    const QStringList demo = {QStringLiteral("demo-data"), QStringLiteral("--db"), db, QStringLiteral("--years"), QStringLiteral("1"),
                              QStringLiteral("--per-day"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("5"),
                              QStringLiteral("--until"), QStringLiteral("2025-06-30")};
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0); // demo-data never creates the file
    const CliResult made = runLoket(demo);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("kunjungan")));

    // A database with records is refused, with exit code 1.
    CHECK(runLoket(demo).exitCode == 1);
    CHECK(runLoket({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);

    const QStringList period = {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                QStringLiteral("--to"), QStringLiteral("2025-03-31")};
    const CliResult text = runLoket(period);
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Jumlah")));
    // The demo history calls each walk-in to a helpdesk desk before its check: the wait
    // for the call and the calls per desk are there.
    CHECK_FALSE(text.out.contains(QStringLiteral("belum ada panggilan")));
    CHECK(text.out.contains(QStringLiteral("Tunggu panggilan, median (menit)")));
    CHECK(text.out.contains(QStringLiteral("Panggilan per meja")));
    CHECK(text.out.contains(QStringLiteral("Meja Helpdesk 1")));
    CHECK(text.out.contains(QStringLiteral("Tidak hadir saat dipanggil: tidak ada")));

    const QString csvPath = dir.filePath(QStringLiteral("r.csv"));
    REQUIRE(runLoket(QStringList(period) << QStringLiteral("--by") << QStringLiteral("officer") << QStringLiteral("--format")
                                         << QStringLiteral("csv") << QStringLiteral("--out") << csvPath).exitCode == 0);
    const QByteArray csv = readFile(csvPath);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("\r\n"));
    CHECK(csv.contains("Petugas,Kunjungan,"));
    // For a spreadsheet set to Indonesian: semicolons, and percentages with a decimal comma.
    const CliResult indonesian = runLoket(QStringList(period) << QStringLiteral("--format") << QStringLiteral("csv")
                                                              << QStringLiteral("--csv-style") << QStringLiteral("indonesian"));
    REQUIRE(indonesian.exitCode == 0);
    CHECK(indonesian.out.contains(QStringLiteral("Layanan;Kunjungan;")));
    CHECK(QRegularExpression(QStringLiteral("\r\nJumlah;(\\d+;){7}\\d+,\\d;")).match(indonesian.out).hasMatch());

    const QString pdfPath = dir.filePath(QStringLiteral("r.pdf"));
    const CliResult pdf = runLoket(QStringList(period) << QStringLiteral("--format") << QStringLiteral("pdf") << QStringLiteral("--out") << pdfPath);
    INFO(pdf.err.toStdString());
    REQUIRE(pdf.exitCode == 0);
    CHECK(readFile(pdfPath).startsWith("%PDF"));

    // Usage errors exit with 2.
    CHECK(runLoket({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2025-13-01"),
                    QStringLiteral("--to"), QStringLiteral("2025-12-31")}).exitCode == 2);
    CHECK(runLoket(QStringList(period) << QStringLiteral("--by") << QStringLiteral("month")).exitCode == 2);
    CHECK(runLoket(QStringList(period) << QStringLiteral("--format") << QStringLiteral("pdf")).exitCode == 2);
    const CliResult badStyle = runLoket(QStringList(period) << QStringLiteral("--csv-style") << QStringLiteral("excel"));
    CHECK(badStyle.exitCode == 2);
    CHECK(badStyle.err.contains(QStringLiteral("--csv-style harus")));
}
