#include "WorkflowFixture.h"

#include "CatalogFixture.h"
#include "CliRunner.h"

#include "common/Clock.h"
#include "complaints/ComplaintRegister.h"
#include "complaints/ComplaintStore.h"
#include "storage/SqlQuery.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QSize>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include "storage/SqlQuery.h"

namespace {

// As runLoket(), but on the offscreen platform that `loket print` is meant to run on:
// the "minimal" one has no fonts (and `loket print` refuses it, see below).
CliResult runPrint(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Makassar"));
    QTemporaryDir runtime;
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOKET_BINARY), args);
    p.waitForFinished(60000);
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// -raw reads a table in drawing order, where -layout interleaves wrapped cells side by side.
QString pdfText(const QString &pdf, const QString &mode = QStringLiteral("-layout"))
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {mode, pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

// Width and height in millimetres, rounded.
QSize pageSizeMm(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(p.waitForFinished(30000));
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(QString::fromUtf8(p.readAllStandardOutput()));
    REQUIRE(m.hasMatch());
    return QSize(qRound(m.captured(1).toDouble() / 72 * 25.4), qRound(m.captured(2).toDouble() / 72 * 25.4));
}

int printedEvents(WorkflowFixture &f, qint64 id, const QString &kind)
{
    int n = 0;
    const Result<ApplicationFile> file = f.wf().files().file(id); // kept: the loop reads into it
    REQUIRE(file.ok());
    for (const Event &e : file->history)
        if (e.applicationId == id && e.kind == QLatin1String("printed") && e.data.value(QStringLiteral("receipt")).toString() == kind)
            ++n;
    return n;
}

int complaintPrints(WorkflowFixture &f, qint64 complaintId)
{
    SqlQuery q(f.db().connection(), QStringLiteral("SELECT COUNT(*) FROM events WHERE complaint_id = :id AND kind = 'complaint_printed'"));
    q.bind(QStringLiteral(":id"), complaintId);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("loket print standar names the catalogue version in force", "[cli][print][catalog-import]")
{
    const TestLocation location;
    const QString db = location.path();
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("katalog.json"));
    writeFile(file, catalogWithEighthService());
    const QDate today = QDateTime::currentDateTime().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Makassar"))).date();
    REQUIRE(runLoket({QStringLiteral("catalog"), QStringLiteral("import"), file, QStringLiteral("--effective"), today.toString(Qt::ISODate),
                      QStringLiteral("--regulation"), QStringLiteral("Perwali Banjarmasin Nomor 5 Tahun 2027"), QStringLiteral("--db"), db})
                .exitCode == 0);
    const QString standar = dir.filePath(QStringLiteral("standar-8.pdf"));
    const CliResult s = runPrint({QStringLiteral("print"), QStringLiteral("standar"), QStringLiteral("8"), QStringLiteral("--out"), standar,
                                  QStringLiteral("--db"), db});
    INFO(s.err.toStdString());
    REQUIRE(s.exitCode == 0);
    const QString board = pdfText(standar, QStringLiteral("-raw"));
    CHECK(board.contains(QStringLiteral("LegalisasiDokumenPengadaan")));
    CHECK(board.contains(QStringLiteral("Katalogversi2,berlakusejak%1,PerwaliBanjarmasinNomor5Tahun2027")
                             .arg(today.toString(QStringLiteral("dd-MM-yyyy")))));
}

TEST_CASE("loket print maklumat and standar write A4 posters, with or without a database", "[cli][print]")
{
    QTemporaryDir dir;
    const QString missingDb = dir.filePath(QStringLiteral("none.sqlite"));
    const QString maklumat = dir.filePath(QStringLiteral("maklumat.pdf"));
    const CliResult r = runPrint({QStringLiteral("print"), QStringLiteral("maklumat"), QStringLiteral("--date"), QStringLiteral("2026-11-23"),
                                  QStringLiteral("--out"), maklumat, QStringLiteral("--db"), missingDb});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(missingDb)); // a poster never creates a database
    CHECK(pageSizeMm(maklumat) == QSize(210, 297));
    const QString text = pdfText(maklumat);
    CHECK(text.contains(QStringLiteral("MAKLUMATPELAYANAN")));
    CHECK(text.contains(QStringLiteral("Banjarmasin,23November2026")));
    CHECK(text.contains(QStringLiteral("kamisiapmenerimasanksi")));

    const QString standar = dir.filePath(QStringLiteral("standar-7.pdf"));
    const CliResult s = runPrint({QStringLiteral("print"), QStringLiteral("standar"), QStringLiteral("7"), QStringLiteral("--out"), standar,
                                  QStringLiteral("--db"), missingDb});
    INFO(s.err.toStdString());
    REQUIRE(s.exitCode == 0);
    const QString board = pdfText(standar, QStringLiteral("-raw"));
    CHECK(board.contains(QStringLiteral("STANDARPELAYANAN")));
    CHECK(board.contains(QStringLiteral("PendampinganPermasalahan")));
    CHECK(board.contains(QStringLiteral("EvaluasiKinerjaPelaksana")));

    auto print = [&](QStringList args) {
        args << QStringLiteral("--db") << missingDb;
        return runPrint(args).exitCode;
    };
    CHECK(print({QStringLiteral("print"), QStringLiteral("standar"), QStringLiteral("99"), QStringLiteral("--out"), standar}) == 1);
    CHECK(print({QStringLiteral("print"), QStringLiteral("standar"), QStringLiteral("--out"), standar}) == 2);
    CHECK(print({QStringLiteral("print"), QStringLiteral("maklumat")}) == 2); // no --out
    CHECK(print({QStringLiteral("print"), QStringLiteral("maklumat"), QStringLiteral("--paper"), QStringLiteral("80mm"), QStringLiteral("--out"),
                 maklumat}) == 2);
    CHECK(print({QStringLiteral("print"), QStringLiteral("maklumat"), QStringLiteral("--date"), QStringLiteral("23-11-2026"),
                 QStringLiteral("--out"), maklumat}) == 2);
    CHECK(print({QStringLiteral("print"), QStringLiteral("poster"), QStringLiteral("--out"), maklumat}) == 2);
    CHECK_FALSE(QFileInfo::exists(missingDb));
}

TEST_CASE("loket print test-page writes the printer test page, and --printer refuses a printer the PC does not have", "[cli][print][printers]")
{
    QTemporaryDir dir;
    const QString missingDb = dir.filePath(QStringLiteral("none.sqlite"));
    const QString page = dir.filePath(QStringLiteral("uji.pdf"));
    const CliResult r = runPrint({QStringLiteral("print"), QStringLiteral("test-page"), QStringLiteral("--paper"), QStringLiteral("80mm"),
                                  QStringLiteral("--out"), page, QStringLiteral("--db"), missingDb});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(pageSizeMm(page).width() == 80);
    const QString text = pdfText(page);
    CHECK(text.contains(QStringLiteral("UJICETAK")));
    CHECK(text.contains(QStringLiteral("LayananPengadaanSekretariatDaerahKotaBanjarmasin"))); // the office's name (the defaults)
    CHECK(text.contains(QStringLiteral("areacetak72mm")));

    // No such CUPS queue: refused (exit 1) in Indonesian before anything is written.
    const QString copy = dir.filePath(QStringLiteral("salinan.pdf"));
    const CliResult missing = runPrint({QStringLiteral("print"), QStringLiteral("maklumat"), QStringLiteral("--printer"),
                                        QStringLiteral("Printer-Loket-Tidak-Ada"), QStringLiteral("--out"), copy, QStringLiteral("--db"), missingDb});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("Printer \"Printer-Loket-Tidak-Ada\" tidak ada di PC ini")));
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK_FALSE(QFileInfo::exists(missingDb));
}

TEST_CASE("loket print receipt writes the receipt and records the print", "[cli][print]")
{
    WorkflowFixture f;
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    f.tickAll(in->applicationId);
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:45"));
    REQUIRE(f.wf().documents().accept(f.helpdesk, in->applicationId).ok());
    const QString db = f.temp().path();
    QTemporaryDir dir;

    const QString a4 = dir.filePath(QStringLiteral("document-a4.pdf"));
    const CliResult r = runPrint({QStringLiteral("print"), QStringLiteral("receipt"), in->applicationNumber.toLower(), QStringLiteral("--kind"),
                                  QStringLiteral("document"), QStringLiteral("--paper"), QStringLiteral("a4"), QStringLiteral("--out"), a4,
                                  QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(in->applicationNumber));
    CHECK(pageSizeMm(a4) == QSize(210, 297));
    const QString text = pdfText(a4);
    CHECK(text.contains(QStringLiteral("TANDATERIMABERKAS")));
    CHECK(text.contains(in->applicationNumber));
    CHECK(text.contains(QStringLiteral("************0001")));
    CHECK(text.contains(QStringLiteral("***********1000")));
    CHECK_FALSE(text.contains(QStringLiteral("6371011203850001")));
    CHECK_FALSE(text.contains(QStringLiteral("012345678901000")));
    CHECK(printedEvents(f, in->applicationId, QStringLiteral("document")) == 1);

    // Without --paper the settings decide: the 80 mm roll by default, as long as the content.
    const QString roll = dir.filePath(QStringLiteral("ticket.pdf"));
    const CliResult t = runPrint({QStringLiteral("print"), QStringLiteral("receipt"), in->applicationNumber, QStringLiteral("--kind"),
                                  QStringLiteral("ticket"), QStringLiteral("--out"), roll, QStringLiteral("--db"), db});
    INFO(t.err.toStdString());
    REQUIRE(t.exitCode == 0);
    CHECK(pageSizeMm(roll).width() == 80);
    CHECK(pageSizeMm(roll).height() > 80);
    CHECK(pdfText(roll).contains(QStringLiteral("NOMORANTRIAN")));
    // The notice at collection: why, how long (the retention setting), whom to ask.
    CHECK(pdfText(roll).contains(QStringLiteral("disimpan5tahunsesudahkunjunganterakhir")));
    CHECK(printedEvents(f, in->applicationId, QStringLiteral("ticket")) == 1);

    SECTION("refusals")
    {
        const QString out = dir.filePath(QStringLiteral("x.pdf"));
        auto receipt = [&](const QString &number, const QString &kind) {
            return runPrint({QStringLiteral("print"), QStringLiteral("receipt"), number, QStringLiteral("--kind"), kind, QStringLiteral("--out"),
                             out, QStringLiteral("--db"), db});
        };
        const CliResult open = receipt(in->applicationNumber, QStringLiteral("done"));
        CHECK(open.exitCode == 1); // not finished yet
        CHECK(open.err.contains(QStringLiteral("belum selesai")));
        CHECK(receipt(QStringLiteral("20991231-Z999"), QStringLiteral("document")).exitCode == 1);
        const CliResult complaint = receipt(QStringLiteral("PGD-1"), QStringLiteral("complaint"));
        CHECK(complaint.exitCode == 1);
        CHECK(complaint.err.contains(QStringLiteral("pengaduan")));
        CHECK(receipt(in->applicationNumber, QStringLiteral("invoice")).exitCode == 2);
        CHECK(runPrint({QStringLiteral("print"), QStringLiteral("receipt"), in->applicationNumber, QStringLiteral("--kind"),
                        QStringLiteral("document"), QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("--out"), out,
                        QStringLiteral("--db"), db})
                  .exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(out));
        CHECK(printedEvents(f, in->applicationId, QStringLiteral("done")) == 0);
    }
}

TEST_CASE("loket print uses the offscreen platform when given one without fonts", "[cli][print]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("maklumat.pdf"));
    const CliResult r = runLoket({QStringLiteral("print"), QStringLiteral("maklumat"), QStringLiteral("--out"), out, QStringLiteral("--db"),
                                  dir.filePath(QStringLiteral("none.sqlite"))}); // runLoket uses QT_QPA_PLATFORM=minimal
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    REQUIRE(QFileInfo::exists(out));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    CHECK(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("MAKLUMAT")));
}

TEST_CASE("every open file's document receipt prints the same twice, and its promise is the minute loket due gives", "[cli][print][clock]")
{
    const TestLocation location;
    const QString db = location.path();
    QTemporaryDir dir;
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0); // demo-data never creates the file
    const CliResult made = runLoket({QStringLiteral("demo-data"), QStringLiteral("--db"), db, QStringLiteral("--years"), QStringLiteral("1"),
                                     QStringLiteral("--per-day"), QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("7"),
                                     QStringLiteral("--until"), QStringLiteral("2026-11-30")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    struct Open { QString number; int service; QDateTime accepted; bool paused; };
    QList<Open> open;
    {
        auto opened = Database::open(db, Database::Mode::Inspect);
        REQUIRE(opened.ok());
        SqlQuery q(opened.value()->connection(), QStringLiteral(
            "SELECT a.number, a.service_number, a.accepted_at, EXISTS (SELECT 1 FROM events e WHERE e.application_id = a.id AND e.kind = 'paused') "
            "FROM applications a WHERE a.accepted_at IS NOT NULL AND a.finished_at IS NULL ORDER BY a.id"));
        REQUIRE(q.exec().ok());
        while (q.next())
            open << Open{q.value(0).toString(), q.value(1).toInt(), Clock::fromStorage(q.value(2)), q.value(3).toBool()};
    }
    REQUIRE(open.size() >= 3);
    if (open.size() > 8)
        open.erase(open.begin() + 8, open.end()); // a bounded number of prints, paused and not
    const QRegularExpression stamp(QStringLiteral("Dicetak\\d\\d-\\d\\d-\\d{4}\\d\\d\\.\\d\\dWITA"));
    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    int compared = 0;
    for (const Open &f : open) {
        INFO(f.number.toStdString());
        QString texts[2];
        for (int i = 0; i < 2; ++i) {
            const QString pdf = dir.filePath(QStringLiteral("%1-%2.pdf").arg(f.number).arg(i));
            const CliResult printed = runLoket({QStringLiteral("print"), QStringLiteral("receipt"), f.number, QStringLiteral("--kind"),
                                                QStringLiteral("document"), QStringLiteral("--out"), pdf, QStringLiteral("--db"), db});
            REQUIRE(printed.exitCode == 0);
            texts[i] = pdfText(pdf).remove(stamp);
            if (i == 0)
                QThread::msleep(1100); // seconds apart, as at the desk
        }
        CHECK(texts[0] == texts[1]);
        if (f.paused)
            continue;
        // Never paused: the promise printed is what `loket due` says for that acceptance minute.
        const QDateTime local = f.accepted.toTimeZone(QTimeZone("Asia/Makassar"));
        const CliResult due = runLoket({QStringLiteral("due"), QString::number(f.service), QStringLiteral("--from"),
                                        local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QStringLiteral("--db"), db});
        REQUIRE(due.exitCode == 0);
        const QDateTime promised = QDateTime::fromString(due.out.section(QLatin1Char('\n'), 0, 0).trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
        REQUIRE(promised.isValid());
        const QString printedPromise = id.toString(promised.date(), QStringLiteral("dddd,dMMMMyyyy")) + QStringLiteral("pukul")
                                       + promised.toString(QStringLiteral("HH.mm")) + QStringLiteral("WITA");
        CHECK(texts[0].contains(printedPromise));
        ++compared;
    }
    CHECK(compared >= 2);
}

TEST_CASE("loket print receipt --kind complaint prints a stored complaint, as typed, on every paper", "[cli][print][complaint-receipt]")
{
    WorkflowFixture f;
    ComplaintStore store(f.db());
    ComplaintRegister desk(store);
    auto record = [&](const QString &now, const QString &name) {
        WorkflowFixture::setNow(now);
        ComplaintInput in;
        in.complainantName = name;
        in.complainantAddress = QStringLiteral("Jl. Pramuka No. 12, Banjarmasin");
        in.contact = QStringLiteral("0812-5123-4567");
        in.notPerStandard = QStringLiteral("Perubahan NPWP memakan dua hari.");
        in.materialLoss = QStringLiteral("tidak ada");
        in.immaterialLoss = QStringLiteral("tidak ada");
        in.resolutionRequested = QStringLiteral("Penjelasan");
        in.place = QStringLiteral("Banjarmasin");
        in.submittedAt = Clock::nowUtc();
        in.isSigned = true;
        const Result<Complaint> c = desk.record(f.helpdesk, in);
        INFO(c.error().toStdString());
        REQUIRE(c.ok());
        return c.value();
    };
    const Complaint last = record(QStringLiteral("2025-12-30 09:00"), QStringLiteral("Budi Santoso"));
    const Complaint first = record(QStringLiteral("2026-11-23 09:00"), QStringLiteral("Sari Wulandari"));
    REQUIRE(last.number == QStringLiteral("ADU-2025-0001"));
    REQUIRE(first.number == QStringLiteral("ADU-2026-0001"));
    const QString db = f.temp().path();
    REQUIRE(runLoket({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--db"), db}).out.contains(first.number));
    QTemporaryDir dir;

    struct Case
    {
        QString typed;
        QString paper; // empty: the settings' paper (the 80 mm roll)
        const Complaint *complaint;
        int widthMm;
    };
    const QList<Case> cases = {
        {QStringLiteral("ADU-2026-0001"), QString(), &first, 80},
        {QStringLiteral("  adu-2026-0001 "), QStringLiteral("80mm"), &first, 80},
        {QStringLiteral("Adu-2025-1"), QStringLiteral("a4"), &last, 210},
        {QStringLiteral("adu-2025-0001"), QStringLiteral("a5"), &last, 148},
    };
    int printedFirst = 0, printedLast = 0;
    for (const Case &c : cases) {
        INFO(c.typed.toStdString() << " " << c.paper.toStdString());
        const QString out = dir.filePath(QStringLiteral("adu-%1.pdf").arg(c.paper.isEmpty() ? QStringLiteral("bawaan") : c.paper));
        QStringList args = {QStringLiteral("print"), QStringLiteral("receipt"), c.typed, QStringLiteral("--kind"), QStringLiteral("complaint"),
                            QStringLiteral("--out"), out, QStringLiteral("--db"), db};
        if (!c.paper.isEmpty())
            args << QStringLiteral("--paper") << c.paper;
        const CliResult r = runPrint(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(c.complaint->number));
        CHECK(pageSizeMm(out).width() == c.widthMm);
        const QString text = pdfText(out);
        CHECK(text.contains(QStringLiteral("TANDATERIMAPENGADUAN")));
        CHECK(text.contains(c.complaint->number));
        CHECK(text.contains(QString(c.complaint->content.complainantName).remove(QLatin1Char(' '))));
        (c.complaint == &first ? printedFirst : printedLast) += 1;
    }
    CHECK(complaintPrints(f, first.id) == printedFirst);
    CHECK(complaintPrints(f, last.id) == printedLast);

    // A number that is not stored is still refused, with its own message, and nothing is written.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    const CliResult missing = runPrint({QStringLiteral("print"), QStringLiteral("receipt"), QStringLiteral("ADU-2026-0099"), QStringLiteral("--kind"),
                                        QStringLiteral("complaint"), QStringLiteral("--out"), none, QStringLiteral("--db"), db});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("ADU-2026-0099")));
    CHECK_FALSE(QFileInfo::exists(none));
}

TEST_CASE("loket ikm --by service --pdf writes the IKM report on A4: the table per service as the text gives it", "[cli][print][ikm-report]")
{
    WorkflowFixture f;
    const QString db = f.temp().path();
    const QString csv = QStringLiteral(LOKET_SOURCE_DIR "/tests/data/ikm/skm-contoh.csv");
    REQUIRE(runLoket({QStringLiteral("survey"), QStringLiteral("import"), csv, QStringLiteral("--db"), db}).exitCode == 0);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("laporan-ikm.pdf"));
    const CliResult r = runPrint({QStringLiteral("ikm"), QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                                  QStringLiteral("2026-10-31"), QStringLiteral("--by"), QStringLiteral("service"), QStringLiteral("--pdf"), pdf,
                                  QStringLiteral("--db"), db});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Laporan IKM disimpan")));
    CHECK(pageSizeMm(pdf) == QSize(210, 297));
    const QString text = pdfText(pdf, QStringLiteral("-raw"));
    CHECK(text.contains(QStringLiteral("LAPORANINDEKSKEPUASANMASYARAKAT")));
    CHECK(text.contains(QStringLiteral("Periode1Oktober2026s.d.31Oktober2026")));
    // The table per service, row by row: respondents, NRR of U1 ... U9, weighted NRR, IKM, category, performance.
    CHECK(text.contains(QStringLiteral("PenyediaBarang/Jasa43,503,003,253,753,253,003,502,753,003,22280,56BBaik")));
    CHECK(text.contains(QStringLiteral("33,673,674,004,004,003,674,003,673,673,81595,37ASangatBaik")));
    CHECK(text.contains(QStringLiteral("22,502,002,504,002,502,503,002,002,502,61165,28CKurangBaik")));
    CHECK(text.contains(QStringLiteral("Unitpelayanan(semualayanan)103,303,003,303,903,303,103,502,903,103,26781,67BBaik")));
    CHECK(text.contains(QStringLiteral("IKM=jumlahNRRtertimbang×25=25×294/(9×10)=81,67")));
    CHECK(text.contains(QStringLiteral("Laki-laki550,0%")));
    CHECK(text.contains(QStringLiteral("NIP.")));
    // The screen's text and the PDF's are one: the same figures as `loket ikm --by service`.
    const CliResult plain = runLoket({QStringLiteral("ikm"), QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                                      QStringLiteral("2026-10-31"), QStringLiteral("--by"), QStringLiteral("service"), QStringLiteral("--db"), db});
    CHECK(plain.out.contains(QStringLiteral("81,67")));
    // Asked for on the "minimal" platform, the PDF is drawn offscreen as `loket print` does.
    const QString again = dir.filePath(QStringLiteral("x.pdf"));
    CHECK(runLoket({QStringLiteral("ikm"), QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
                    QStringLiteral("--by"), QStringLiteral("service"), QStringLiteral("--pdf"), again, QStringLiteral("--db"), db})
              .exitCode == 0);
    CHECK(pdfText(again, QStringLiteral("-raw")).contains(QStringLiteral("81,67")));
}

TEST_CASE("loket print pemberitahuan and loket person --pdf: the notice at collection and a person's own data", "[cli][print][privacy]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:45"));
    const auto in = f.checkIn(1);
    REQUIRE(in.ok());
    const QString db = f.temp().path();
    QTemporaryDir dir;

    REQUIRE(runLoket({QStringLiteral("retention"), QStringLiteral("--years"), QStringLiteral("7"), QStringLiteral("--db"), db}).exitCode == 0);
    const QString sign = dir.filePath(QStringLiteral("pemberitahuan.pdf"));
    const CliResult printed = runPrint({QStringLiteral("print"), QStringLiteral("pemberitahuan"), QStringLiteral("--out"), sign, QStringLiteral("--db"), db});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(pageSizeMm(sign) == QSize(210, 297));
    const QString notice = pdfText(sign);
    CHECK(notice.contains(QStringLiteral("PEMBERITAHUANPELINDUNGANDATAPRIBADI")));
    CHECK(notice.contains(QStringLiteral("disimpan7tahunsesudahkunjunganterakhir")));
    CHECK(notice.contains(QStringLiteral("Undang-UndangNomor27Tahun2022")));

    const QString own = dir.filePath(QStringLiteral("data-pribadi.pdf"));
    const CliResult person = runPrint({QStringLiteral("person"), QStringLiteral("6371011203850001"), QStringLiteral("--pdf"), own,
                                       QStringLiteral("--db"), db});
    INFO(person.err.toStdString());
    REQUIRE(person.exitCode == 0);
    CHECK(pageSizeMm(own) == QSize(210, 297));
    const QString text = pdfText(own);
    CHECK(text.contains(QStringLiteral("DATAPRIBADIYANGDISIMPAN")));
    CHECK(text.contains(QStringLiteral("NIK:6371011203850001")));
    CHECK(text.contains(QStringLiteral("Kunjungandanberkas(1)")));
    CHECK(text.contains(in->applicationNumber));
    CHECK(text.contains(QStringLiteral("BudiSantoso")));
    // The look-up is itself recorded, and a NIK Loket does not hold is said so.
    SqlQuery q(f.db().connection(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'personal_data_looked_up'"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    const CliResult unknown = runPrint({QStringLiteral("person"), QStringLiteral("6371015506900002"), QStringLiteral("--db"), db});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("Tidak ada data")));
    CHECK(runPrint({QStringLiteral("person"), QStringLiteral("--db"), db}).exitCode == 2);
}
