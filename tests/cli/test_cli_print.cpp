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
    // Layanan lain has no standard to print yet (Pasal 9); 42 is no service at all.
    const CliResult other = runPrint({QStringLiteral("print"), QStringLiteral("standar"), QStringLiteral("99"), QStringLiteral("--out"),
                                      standar, QStringLiteral("--db"), missingDb});
    CHECK(other.exitCode == 1);
    CHECK(other.err.contains(QStringLiteral("belum mempunyai Standar Pelayanan (Pasal 9)")));
    CHECK(print({QStringLiteral("print"), QStringLiteral("standar"), QStringLiteral("42"), QStringLiteral("--out"), standar}) == 1);
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

namespace {

// The rows of `loket report` as text, in its order: each row's name with its "title: value" lines.
QList<std::pair<QString, QMap<QString, QString>>> reportRows(const QString &text)
{
    QList<std::pair<QString, QMap<QString, QString>>> rows;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line == QStringLiteral("Panggilan antrian"))
            break;
        if (line.isEmpty())
            continue;
        if (!line.startsWith(QLatin1Char(' '))) {
            rows.append({line, {}});
        } else if (!rows.isEmpty()) {
            const qsizetype colon = line.indexOf(QStringLiteral(": "));
            rows.last().second.insert(line.left(colon).trimmed(), line.mid(colon + 2));
        }
    }
    return rows;
}

// A "label: value" line of the report's feedback figures; "–" when its value is empty.
QString feedbackValue(const QString &text, const QString &label)
{
    const QRegularExpression line(QStringLiteral("^%1: (.*)$").arg(QRegularExpression::escape(label)), QRegularExpression::MultilineOption);
    const QString value = line.match(text).captured(1).trimmed();
    return value.isEmpty() ? QStringLiteral("–") : value;
}

// `loket report --explain FIGURE`: the figure as its heading prints it, and the number of records listed.
struct Explained
{
    QString value;
    int count = -1;
};

Explained explainOf(const QStringList &period, const QString &figure)
{
    const CliResult r = runLoket(QStringList(period) << QStringLiteral("--explain") << figure);
    INFO(figure.toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    REQUIRE(lines.size() >= 2);
    Explained e;
    const QRegularExpressionMatch head = QRegularExpression(QStringLiteral("^.* · [^:]+: (\\S+)")).match(lines.at(0));
    REQUIRE(head.hasMatch());
    e.value = head.captured(1);
    const QRegularExpressionMatch count = QRegularExpression(QStringLiteral("^([\\d.]+) (berkas|pengaduan)$")).match(lines.at(1));
    REQUIRE(count.hasMatch());
    e.count = count.captured(1).remove(QLatin1Char('.')).toInt();
    // One record per listed block: its number at the start of a line.
    const qsizetype blocks = r.out.count(QRegularExpression(QStringLiteral("\n\n\\S")));
    CHECK(blocks == e.count);
    return e;
}

QString dashed(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("–") : value;
}

} // namespace

TEST_CASE("loket print kinerja: each figure of the board is loket report's for the same month, and each one's files are listed by --explain",
          "[cli][print][kinerja]")
{
    const TestLocation location;
    const QString db = location.path();
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    REQUIRE(runLoket({QStringLiteral("demo-data"), QStringLiteral("--db"), db, QStringLiteral("--years"), QStringLiteral("1"),
                      QStringLiteral("--per-day"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--until"),
                      QStringLiteral("2026-10-31")})
                .exitCode == 0);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("papan.pdf"));
    const QString png = dir.filePath(QStringLiteral("papan.png"));
    const CliResult printed = runPrint({QStringLiteral("print"), QStringLiteral("kinerja"), QStringLiteral("--month"), QStringLiteral("2026-10"),
                                        QStringLiteral("--out"), pdf, QStringLiteral("--png"), png, QStringLiteral("--db"), db});
    INFO(printed.out.toStdString() << printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.contains(QStringLiteral("Papan kinerja Oktober 2026 disimpan")));
    CHECK(pageSizeMm(pdf) == QSize(210, 297));
    QProcess info; // one sheet for the wall
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30000));
    CHECK(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")).match(QString::fromUtf8(info.readAllStandardOutput())).hasMatch());
    // The picture for the website: the A4 sheet at 150 dpi.
    const QByteArray picture = readFile(png);
    REQUIRE(picture.startsWith("\x89PNG"));
    const auto be32 = [&](int at) { return (quint32(quint8(picture[at])) << 24) | (quint32(quint8(picture[at + 1])) << 16)
                                           | (quint32(quint8(picture[at + 2])) << 8) | quint32(quint8(picture[at + 3])); };
    CHECK(be32(16) == 1241); // 210 mm
    CHECK(be32(20) == 1754); // 297 mm

    const QString board = pdfText(pdf, QStringLiteral("-raw"));
    CHECK(board.contains(QStringLiteral("PAPANKINERJAPELAYANAN")));
    CHECK(board.contains(QStringLiteral("Oktober2026")));
    CHECK(board.contains(QStringLiteral("periode1Oktober2026s.d.31Oktober2026")));
    CHECK(board.contains(QStringLiteral("NIP.")));

    const QStringList period = {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-10-31"), QStringLiteral("--by"), QStringLiteral("service")};
    const CliResult report = runLoket(period);
    REQUIRE(report.exitCode == 0);
    const auto rows = reportRows(report.out);
    REQUIRE(rows.size() == 8); // the seven services, then the total
    int served = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto &[name, figures] = rows.at(i);
        const bool total = i + 1 == rows.size();
        const QString key = total ? QStringLiteral("total") : QString::number(i + 1); // the rows come by service number
        INFO("row " << key.toStdString());
        // Complaints by service are not in the report's text: their count and percentages are
        // --explain's; the total's are the report's own lines.
        QString complaints, ack, resp;
        if (total) {
            CHECK(name == QStringLiteral("Jumlah"));
            complaints = feedbackValue(report.out, QStringLiteral("Pengaduan diterima"));
            ack = feedbackValue(report.out, QStringLiteral("Ditanggapi awal dalam 3 hari kerja (%)"));
            resp = feedbackValue(report.out, QStringLiteral("Direspons dalam 6 hari kerja (%)"));
        } else {
            complaints = QString::number(explainOf(period, QStringLiteral("complaints:") + key).count);
            ack = explainOf(period, QStringLiteral("ack3:") + key).value;
            resp = explainOf(period, QStringLiteral("resp6:") + key).value;
        }
        CHECK(complaints == explainOf(period, QStringLiteral("complaints:") + key).value);
        QString expected = (total ? name : key + QStringLiteral(". ") + name) + figures.value(QStringLiteral("Selesai"))
                           + dashed(figures.value(QStringLiteral("Tepat janji (%)")))
                           + dashed(figures.value(QStringLiteral("Waktu layanan median (menit)"))) + complaints + ack + resp
                           + dashed(figures.value(QStringLiteral("IKM")));
        expected.remove(QRegularExpression(QStringLiteral("\\s+")));
        CHECK(board.contains(expected));
        if (total)
            CHECK(board.contains(expected + feedbackValue(report.out, QStringLiteral("Mutu pelayanan")).remove(QLatin1Char(' '))));

        // Each figure that counts files lists exactly the files it counts.
        const int done = figures.value(QStringLiteral("Selesai")).remove(QLatin1Char('.')).toInt();
        if (!total)
            served += done;
        CHECK(explainOf(period, QStringLiteral("served:") + key).count == done);
        CHECK(explainOf(period, QStringLiteral("median:") + key).count == done);
        CHECK(explainOf(period, QStringLiteral("visits:") + key).count == figures.value(QStringLiteral("Kunjungan")).remove(QLatin1Char('.')).toInt());
        CHECK(explainOf(period, QStringLiteral("returned:") + key).count
              == figures.value(QStringLiteral("Dikembalikan")).remove(QLatin1Char('.')).toInt());
        const int met = explainOf(period, QStringLiteral("met:") + key).count;
        const int late = explainOf(period, QStringLiteral("late:") + key).count;
        CHECK(met + late == done);
        if (done > 0)
            CHECK(QString::number(100.0 * met / done, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','))
                  == figures.value(QStringLiteral("Tepat janji (%)")));
    }
    CHECK(served == rows.last().second.value(QStringLiteral("Selesai")).remove(QLatin1Char('.')).toInt());
    CHECK(served > 0);

    // The quarter, and what is refused.
    const CliResult quarter = runPrint({QStringLiteral("print"), QStringLiteral("kinerja"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4"),
                                        QStringLiteral("--out"), pdf, QStringLiteral("--db"), db});
    REQUIRE(quarter.exitCode == 0);
    CHECK(pdfText(pdf, QStringLiteral("-raw")).contains(QStringLiteral("TriwulanIV2026")));
    CHECK(pdfText(pdf, QStringLiteral("-raw")).contains(QStringLiteral("periode1Oktober2026s.d.31Desember2026")));
    CHECK(runPrint({QStringLiteral("print"), QStringLiteral("kinerja"), QStringLiteral("--month"), QStringLiteral("2026-13"), QStringLiteral("--out"),
                    pdf, QStringLiteral("--db"), db})
              .exitCode == 2);
    CHECK(runPrint({QStringLiteral("print"), QStringLiteral("kinerja"), QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--quarter"),
                    QStringLiteral("2026-Q4"), QStringLiteral("--out"), pdf, QStringLiteral("--db"), db})
              .exitCode == 2);
    CHECK(runPrint({QStringLiteral("print"), QStringLiteral("maklumat"), QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--out"),
                    pdf, QStringLiteral("--db"), db})
              .exitCode == 2);
    const CliResult unknown = runLoket(QStringList(period) << QStringLiteral("--explain") << QStringLiteral("ikm:1"));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("tidak dikenal")));
    CHECK(runLoket(QStringList(period) << QStringLiteral("--explain") << QStringLiteral("met:99")).exitCode == 1);
    CHECK(runLoket(QStringList(period) << QStringLiteral("--explain") << QStringLiteral("met:1") << QStringLiteral("--format") << QStringLiteral("csv"))
              .exitCode == 2);
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
