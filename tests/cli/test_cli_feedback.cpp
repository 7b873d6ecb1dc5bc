#include "TestSupport.h"
#include "WorkflowFixture.h"

#include "CliRunner.h"

#include "accounts/AccountStore.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "complaints/ComplaintRegister.h"
#include "complaints/ComplaintStore.h"
#include "suggestions/SuggestionStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

QString arg(const char *text)
{
    return QString::fromUtf8(text);
}

// The worked example of tests/core/test_survey.cpp: IKM 80.56 (B), plus bad rows.
const QByteArray kSurveyCsv = QByteArrayLiteral(
    "\xEF\xBB\xBF" "tanggal;layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9;saran\r\n"
    "2026-10-06;1;3;3;3;3;3;3;3;3;3;\r\n"
    "2026-10-06;1;4;4;3;4;3;3;4;3;3;\"ramah;\r\ncepat\"\r\n"
    "2026-10-07;1;3;2;3;4;3;3;3;2;3;\r\n"
    "2026-10-07;1;4;3;4;4;4;3;4;3;3;\r\n"
    "2026-10-07;1;4;3;4;4;4;3;4;3;7;\r\n"
    "07/10/2026;1;4;3;4;4;4;3;4;3;3;\r\n");

// The output with every run of spaces as one: a table row as "2 3 3,67 ...".
QString squeezed(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral(" +")), QStringLiteral(" "));
}

void fixTime(const char *local)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(local), QStringLiteral("yyyy-MM-dd HH:mm"));
    Clock::setNowForTesting(QDateTime(t.date(), t.time(), QTimeZone(QByteArrayLiteral("Asia/Makassar"))).toUTC());
}

} // namespace

TEST_CASE("loket survey import of the corrected file stores only the rows that were refused", "[cli][feedback][import-once]")
{
    const TestLocation location;
    const QString db = location.path();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("skm-oktober.csv"));
    const QString fixed = dir.filePath(QStringLiteral("skm-oktober-diperbaiki.csv"));
    writeFile(csv, kSurveyCsv);
    // The two refused rows corrected; the four good ones as they were.
    writeFile(fixed, QByteArray(kSurveyCsv).replace("3;7;\r\n", "3;3;\r\n").replace("07/10/2026", "2026-10-07"));
    REQUIRE(runLoket({arg("init"), arg("--db"), db}).exitCode == 0);
    REQUIRE(runLoket({arg("survey"), arg("import"), csv, arg("--db"), db}).exitCode == 1);

    const CliResult corrected = runLoket({arg("survey"), arg("import"), fixed, arg("--db"), db});
    INFO(corrected.out.toStdString() << corrected.err.toStdString());
    CHECK(corrected.exitCode == 0);
    CHECK(corrected.out.contains(arg("2 jawaban survei diimpor dari skm-oktober-diperbaiki.csv (6 baris data, 0 ditolak)")));
    CHECK(corrected.out.contains(arg("4 baris sudah tersimpan dari impor sebelumnya")));
    const CliResult ikm = runLoket({arg("ikm"), arg("--from"), arg("2026-10-01"), arg("--to"), arg("2026-10-31"), arg("--db"), db});
    CHECK(ikm.out.contains(arg("Responden: 6")));

    // Nothing new: nothing written, not even the event of an import.
    const QByteArray before = databaseState(db);
    QByteArray reordered = QByteArray(kSurveyCsv).replace("07/10/2026", "2026-10-07");
    reordered.replace("3;7;\r\n", "3;3;\r\n");
    reordered += "\r\n"; // another file (by content), the same answers
    writeFile(fixed, reordered);
    const CliResult nothing = runLoket({arg("survey"), arg("import"), fixed, arg("--db"), db});
    INFO(nothing.out.toStdString() << nothing.err.toStdString());
    CHECK(nothing.exitCode == 0);
    CHECK(nothing.out.contains(arg("0 jawaban survei diimpor")));
    CHECK(nothing.out.contains(arg("6 baris sudah tersimpan")));
    CHECK(databaseState(db) == before);
}

TEST_CASE("loket survey import keeps good rows and names the bad ones: loket ikm prints NRR and IKM and category", "[cli][feedback]")
{
    const TestLocation location;
    const QString db = location.path();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("skm-oktober.csv"));
    writeFile(csv, kSurveyCsv);
    REQUIRE(runLoket({arg("init"), arg("--db"), db}).exitCode == 0);

    const CliResult imported = runLoket({arg("survey"), arg("import"), csv, arg("--db"), db});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    CHECK(imported.exitCode == 1); // some rows were refused
    CHECK(imported.out.contains(arg("4 jawaban survei diimpor dari skm-oktober.csv (6 baris data, 2 ditolak)")));
    CHECK(imported.err.contains(arg("baris 7: U9 bernilai \"7\"")));
    CHECK(imported.err.contains(arg("baris 8: tanggal \"07/10/2026\" tidak sah")));
    // The same file again counts nothing twice.
    const CliResult again = runLoket({arg("survey"), arg("import"), csv, arg("--db"), db});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(arg("sudah pernah diimpor")));

    const CliResult ikm = runLoket({arg("ikm"), arg("--from"), arg("2026-10-01"), arg("--to"), arg("2026-10-31"), arg("--db"), db});
    INFO(ikm.out.toStdString() << ikm.err.toStdString());
    REQUIRE(ikm.exitCode == 0);
    CHECK(ikm.out.contains(arg("Periode: 2026-10-01 s.d. 2026-10-31")));
    CHECK(ikm.out.contains(arg("Responden: 4")));
    CHECK(ikm.out.contains(arg("U1  Persyaratan")));
    CHECK(ikm.out.contains(arg("U4  Biaya/tarif")));
    CHECK(ikm.out.contains(arg("3,75")));
    CHECK(ikm.out.contains(arg("U8  Penanganan pengaduan, saran dan masukan")));
    CHECK(ikm.out.contains(arg("2,75")));
    CHECK(ikm.out.contains(arg("IKM: 80,56")));
    CHECK(ikm.out.contains(arg("Mutu pelayanan: B (Baik)")));
    CHECK(ikm.out.contains(arg("populasi 0 kunjungan: 0 responden")));

    const CliResult service = runLoket({arg("ikm"), arg("--from"), arg("2026-10-01"), arg("--to"), arg("2026-10-31"), arg("--service"), arg("1"),
                                        arg("--db"), db});
    CHECK(service.exitCode == 0);
    CHECK(service.out.contains(arg("Layanan: 1. ")));
    CHECK(service.out.contains(arg("IKM: 80,56")));

    const CliResult empty = runLoket({arg("ikm"), arg("--from"), arg("2026-11-01"), arg("--to"), arg("2026-11-30"), arg("--db"), db});
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains(arg("Belum ada jawaban")));
    CHECK(runLoket({arg("ikm"), arg("--from"), arg("2026-10-01"), arg("--db"), db}).exitCode == 2);
    CHECK(runLoket({arg("ikm"), arg("--from"), arg("2026-10-31"), arg("--to"), arg("2026-10-01"), arg("--db"), db}).exitCode == 2);
    CHECK(runLoket({arg("ikm"), arg("--from"), arg("2026-10-01"), arg("--to"), arg("2026-10-31"), arg("--service"), arg("99"), arg("--db"), db}).exitCode == 1);
    CHECK(runLoket({arg("survey"), arg("import"), dir.filePath(QStringLiteral("tidak-ada.csv")), arg("--db"), db}).exitCode == 1);
    CHECK(runLoket({arg("survey"), arg("--db"), db}).exitCode == 2);
}

TEST_CASE("loket complaint list shows stages and completeness and deadlines: loket suggestions export writes CSV", "[cli][feedback]")
{
    const TestLocation location;
    const QString db = location.path();
    QTemporaryDir dir;
    {
        auto opened = Database::open(db);
        REQUIRE(opened.ok());
        Database &d = *opened.value();
        REQUIRE(CatalogStore(d).ensureSeeded().ok());
        const auto admin = AccountStore(d).addUser(arg("admin"), arg("Admin LPSE"), QString(), {Role::Administrator}, arg("rahasia-loket-1"));
        REQUIRE(admin.ok());
        const auto hana = AccountStore(d).addUser(arg("hana"), arg("Hana Lestari"), QString(), {Role::Helpdesk}, arg("rahasia-loket-1"), admin->id);
        REQUIRE(hana.ok());
        fixTime("2026-03-17 13:30");
        ComplaintInput in;
        in.complainantName = arg("Budi Santoso");
        in.complainantAddress = arg("Jl. Pramuka No. 12, Banjarmasin");
        in.notPerStandard = arg("Perubahan NPWP dua hari");
        in.materialLoss = arg("Tidak ada");
        in.immaterialLoss = arg("Tertunda ikut tender");
        in.resolutionRequested = arg("Penjelasan");
        in.place = arg("Banjarmasin");
        in.submittedAt = Clock::nowUtc();
        in.isSigned = true;
        ComplaintStore complaints(d);
        ComplaintRegister desk(complaints);
        REQUIRE(desk.record(hana.value(), in).ok());
        ComplaintInput partial = in;
        partial.complainantAddress.clear();
        partial.isSigned = false;
        partial.serviceDate = QDate(2026, 1, 2);
        REQUIRE(desk.record(hana.value(), partial).ok());
        Suggestion s;
        s.channel = FeedbackChannel::SuggestionBox;
        s.text = arg("Tambah kursi, \"terutama\" pagi");
        REQUIRE(SuggestionStore(d).add(hana.value(), s).ok());
        Clock::setNowForTesting({});
    }
    const CliResult list = runLoket({arg("complaint"), arg("list"), arg("--db"), db});
    INFO(list.out.toStdString() << list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    // Idul Fitri and its cuti bersama (18-24 March 2026) do not count.
    CHECK(list.out.contains(arg("ADU-2026-0001  2026-03-17 13:30  Diterima")));
    CHECK(list.out.contains(arg("tanggapan awal 2026-03-27 16:00 terlambat")));
    CHECK(list.out.contains(arg("respons 2026-04-01 16:00 terlambat")));
    CHECK(list.out.contains(arg("ADU-2026-0002")));
    CHECK(list.out.contains(arg("belum lengkap: (a) alamat lengkap; (d) tanda tangan")));
    CHECK(list.out.contains(arg("lewat 30 hari: menunggu keputusan")));
    CHECK(list.out.contains(arg("2 pengaduan, 2 terlambat.")));
    CHECK(runLoket({arg("complaint"), arg("--db"), db}).exitCode == 2);
    CHECK(runLoket({arg("complaint"), arg("list"), arg("--db"), dir.filePath(QStringLiteral("tidak-ada.sqlite"))}).exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("tidak-ada.sqlite"))));

    const QString out = dir.filePath(QStringLiteral("saran.csv"));
    const CliResult exported = runLoket({arg("suggestions"), arg("export"), arg("--out"), out, arg("--db"), db});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(arg("1 saran diekspor")));
    const QByteArray bytes = readFile(out);
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "tanggal,saluran,kontak,saran,dicatat_oleh\r\n"));
    CHECK(bytes.contains(",kotak_saran,,\"Tambah kursi, \"\"terutama\"\" pagi\",Hana Lestari\r\n"));
    CHECK(runLoket({arg("suggestions"), arg("export"), arg("--db"), db}).exitCode == 2);
}

TEST_CASE("loket ikm --by service on the hand-made survey file of docs/ikm.md gives the values computed by hand", "[cli][feedback][ikm-report]")
{
    WorkflowFixture f;
    // The guest book of October: 5 visits for service 1, 3 for service 2, 2 for service 5.
    WorkflowFixture::setNow(arg("2026-10-05 08:00"));
    for (const auto &[service, visits] : {std::pair(1, 5), std::pair(2, 3), std::pair(5, 2)})
        for (int i = 0; i < visits; ++i)
            REQUIRE(f.checkIn(service).ok());
    Clock::setNowForTesting({});
    const QString db = f.temp().path();
    const QString csv = arg(LOKET_SOURCE_DIR "/tests/data/ikm/skm-contoh.csv");
    const CliResult imported = runLoket({arg("survey"), arg("import"), csv, arg("--db"), db});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(arg("10 jawaban survei diimpor dari skm-contoh.csv (10 baris data, 0 ditolak)")));

    const CliResult r = runLoket({arg("ikm"), arg("--from"), arg("2026-10-01"), arg("--to"), arg("2026-10-31"), arg("--by"), arg("service"),
                                  arg("--db"), db});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString out = squeezed(r.out);
    CHECK(out.contains(arg("Periode: 2026-10-01 s.d. 2026-10-31")));
    CHECK(out.contains(arg("Responden: 10")));
    CHECK(out.contains(arg("bobot tiap unsur 1/9 (0,111)")));
    // NRR of U1 ... U9, the weighted sum, IKM, category, performance: per service, then the unit.
    CHECK(out.contains(arg("\n 1 4 3,50 3,00 3,25 3,75 3,25 3,00 3,50 2,75 3,00 3,222 80,56 B Baik\n")));
    CHECK(out.contains(arg("\n 2 3 3,67 3,67 4,00 4,00 4,00 3,67 4,00 3,67 3,67 3,815 95,37 A Sangat Baik\n")));
    CHECK(out.contains(arg("\n 3 0 - - - - - - - - - - - - -\n")));
    CHECK(out.contains(arg("\n 5 2 2,50 2,00 2,50 4,00 2,50 2,50 3,00 2,00 2,50 2,611 65,28 C Kurang Baik\n")));
    CHECK(out.contains(arg("\nLain 1 3,00 3,00 3,00 4,00 3,00 3,00 3,00 3,00 3,00 3,111 77,78 B Baik\n")));
    CHECK(out.contains(arg("\nUnit 10 3,30 3,00 3,30 3,90 3,30 3,10 3,50 2,90 3,10 3,267 81,67 B Baik\n")));
    // The sample against the population, per service.
    CHECK(out.contains(arg("\n 1 Aktivasi User ID Penyedia Barang/Jasa 4 5 5 kurang 1\n")));
    CHECK(out.contains(arg(" 3 3 terpenuhi\n")));
    CHECK(out.contains(arg("Unit pelayanan (semua layanan) 10 10 10 terpenuhi\n")));
    // The unit's elements, weighted, and the IKM worked out.
    CHECK(out.contains(arg("U4 Biaya/tarif 39 3,90 1/9 (0,111) 0,433\n")));
    CHECK(out.contains(arg(" Jumlah 294 29,40 - 3,267\n")));
    CHECK(out.contains(arg("IKM = jumlah NRR tertimbang × 25 = 25 × 294 / (9 × 10) = 81,67: mutu pelayanan B, kinerja unit pelayanan Baik")));
    // The respondents.
    CHECK(out.contains(arg("\nJenis kelamin\n Laki-laki 5 50,0%\n Perempuan 4 40,0%\n Tidak diisi 1 10,0%\n")));
    CHECK(out.contains(arg(" S1 5 50,0%\n")));
    CHECK(out.contains(arg(" Pegawai swasta 4 40,0%\n")));
    CHECK(out.contains(arg("88,31 – 100,00 A Sangat Baik")));

    // Refusals.
    auto code = [&](QStringList args) {
        args << arg("--from") << arg("2026-10-01") << arg("--to") << arg("2026-10-31") << arg("--db") << db;
        return runLoket(args).exitCode;
    };
    CHECK(code({arg("ikm"), arg("--by"), arg("officer")}) == 2);
    CHECK(code({arg("ikm"), arg("--by"), arg("service"), arg("--service"), arg("1")}) == 2);
    CHECK(code({arg("ikm"), arg("--pdf"), arg("x.pdf")}) == 2);
    const CliResult none = runLoket({arg("ikm"), arg("--from"), arg("2026-11-01"), arg("--to"), arg("2026-11-30"), arg("--by"), arg("service"),
                                     arg("--db"), db});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(arg("Belum ada jawaban")));
}

TEST_CASE("loket complaint lapor prints the follow-up of an SP4N-LAPOR! complaint, by either number", "[cli][feedback][lapor]")
{
    WorkflowFixture f;
    ComplaintStore store(f.db());
    ComplaintRegister desk(store);
    WorkflowFixture::setNow(arg("2026-11-23 09:00"));
    ComplaintInput in;
    in.channel = FeedbackChannel::Sp4nLapor;
    in.laporReference = arg("2611230042");
    in.complainantName = arg("Budi Santoso");
    in.notPerStandard = arg("Perubahan NPWP dua hari");
    const auto c = desk.record(f.helpdesk, in);
    REQUIRE(c.ok());
    WorkflowFixture::setNow(arg("2026-11-24 10:00"));
    REQUIRE(desk.startCheck(f.kasubbag, c->id).ok());
    REQUIRE(desk.acknowledge(f.kasubbag, c->id).ok());
    ComplaintInput direct = in;
    direct.channel = FeedbackChannel::InPerson;
    const auto other = desk.record(f.helpdesk, direct);
    REQUIRE(other.ok());
    Clock::setNowForTesting({});
    const QString db = f.temp().path();

    const CliResult byNumber = runLoket({arg("complaint"), arg("lapor"), c->number.toLower(), arg("--db"), db});
    INFO(byNumber.out.toStdString() << byNumber.err.toStdString());
    REQUIRE(byNumber.exitCode == 0);
    CHECK(byNumber.out.startsWith(arg("TINDAK LANJUT PENGADUAN SP4N-LAPOR!\nNomor laporan SP4N-LAPOR!: 2611230042\n")));
    CHECK(byNumber.out.contains(arg("Disampaikan: 24-11-2026 10.00 WITA\nBatas 3 hari kerja: terpenuhi (tepat waktu)")));
    // Read now (after 1 December) with no response: the 6 working days were not met.
    CHECK(byNumber.out.contains(arg("Batas 6 hari kerja: tidak terpenuhi (belum disampaikan, batas waktu sudah lewat)")));
    const CliResult byTracking = runLoket({arg("complaint"), arg("lapor"), arg("2611230042"), arg("--db"), db});
    CHECK(byTracking.exitCode == 0);
    CHECK(byTracking.out == byNumber.out);

    QTemporaryDir dir;
    const QString file = dir.filePath(arg("lapor.txt"));
    const CliResult saved = runLoket({arg("complaint"), arg("lapor"), arg("2611230042"), arg("--out"), file, arg("--db"), db});
    CHECK(saved.exitCode == 0);
    CHECK(QString::fromUtf8(readFile(file)) == byNumber.out);

    const CliResult notLapor = runLoket({arg("complaint"), arg("lapor"), other->number, arg("--db"), db});
    CHECK(notLapor.exitCode == 1);
    CHECK(notLapor.err.contains(arg("tidak masuk melalui SP4N-LAPOR!")));
    const CliResult unknown = runLoket({arg("complaint"), arg("lapor"), arg("2611230043"), arg("--db"), db});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(arg("Tidak ada pengaduan dengan nomor laporan SP4N-LAPOR! 2611230043")));
    CHECK(runLoket({arg("complaint"), arg("lapor"), arg("--db"), db}).exitCode == 2);
}
