#include "WorkflowFixture.h"

#include "storage/SqlQuery.h"
#include "survey/CsvReader.h"
#include "survey/Ikm.h"
#include "survey/SurveyCsv.h"
#include "survey/SurveyProfile.h"
#include "survey/SurveyStore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <cmath>

namespace {

using Answers = std::array<int, SurveyElement::kCount>;

SurveyResponse response(const Answers &answers, int service = 0)
{
    SurveyResponse r;
    r.answers = answers;
    r.serviceNumber = service;
    return r;
}

// A worked example by hand: four respondents.
//            U1 U2 U3 U4 U5 U6 U7 U8 U9   total
//   R1        3  3  3  3  3  3  3  3  3     27
//   R2        4  4  3  4  3  3  4  3  3     31
//   R3        3  2  3  4  3  3  3  2  3     26
//   R4        4  3  4  4  4  3  4  3  3     32
//   sum      14 12 13 15 13 12 14 11 12    116
//   NRR     3.50 3.00 3.25 3.75 3.25 3.00 3.50 2.75 3.00   (sum 29.00)
// IKM = 29.00 x 1/9 x 25 = 80.5555... -> 80.56, B (Baik). With the rounded weight 0.111
// it would be 80.48: the exact 1/9 matters.
const QList<Answers> kWorked = {
    {3, 3, 3, 3, 3, 3, 3, 3, 3},
    {4, 4, 3, 4, 3, 3, 4, 3, 3},
    {3, 2, 3, 4, 3, 3, 3, 2, 3},
    {4, 3, 4, 4, 4, 3, 4, 3, 3},
};

// `n` respondents whose scores add up to `total`: every answer 1, then the rest spread.
QList<SurveyResponse> withTotal(int n, int total)
{
    QList<SurveyResponse> list;
    int extra = total - 9 * n;
    REQUIRE(extra >= 0);
    REQUIRE(extra <= 27 * n);
    for (int i = 0; i < n; ++i) {
        Answers a;
        a.fill(1);
        for (int e = 0; e < SurveyElement::kCount; ++e) {
            const int add = std::min(3, extra);
            a[e] += add;
            extra -= add;
        }
        list << response(a);
    }
    return list;
}

QByteArray csvOf(const QList<Answers> &rows, const QString &date, char separator = ';', int service = 1)
{
    const QByteArray sep(1, separator);
    QByteArray csv = QByteArrayLiteral("tanggal") + sep + "layanan";
    for (int e = 1; e <= 9; ++e)
        csv += sep + "U" + QByteArray::number(e);
    csv += "\r\n";
    for (const Answers &a : rows) {
        csv += date.toLatin1() + sep + QByteArray::number(service);
        for (int v : a)
            csv += sep + QByteArray::number(v);
        csv += "\r\n";
    }
    return csv;
}

} // namespace

TEST_CASE("IKM of a worked example: NRR per element, exact 1/9, two decimals, category", "[survey][ikm]")
{
    QList<SurveyResponse> responses;
    for (const Answers &a : kWorked)
        responses << response(a);
    const IkmResult r = Ikm::compute(responses);
    REQUIRE(r.isValid());
    CHECK(r.respondents == 4);
    const double nrr[] = {3.50, 3.00, 3.25, 3.75, 3.25, 3.00, 3.50, 2.75, 3.00};
    for (int e = 0; e < 9; ++e) {
        INFO("U" << e + 1);
        CHECK(r.nrr(e) == Approx(nrr[e]));
        CHECK(r.weightedNrr(e) == Approx(nrr[e] / 9));
    }
    CHECK(r.hundredths == 8056);
    CHECK(r.text() == QStringLiteral("80.56"));
    CHECK(r.category == QLatin1Char('B'));
    CHECK(Ikm::categoryTitle(r.category) == QStringLiteral("Baik"));

    // Everybody answers 4: exactly 100.00 (not 99.00 as with the rounded weight 0.11).
    QList<SurveyResponse> best;
    Answers four;
    four.fill(4);
    best << response(four) << response(four);
    CHECK(Ikm::compute(best).text() == QStringLiteral("100.00"));
    CHECK(Ikm::compute(best).category == QLatin1Char('A'));
    Answers one;
    one.fill(1);
    CHECK(Ikm::compute(QList<SurveyResponse>{response(one)}).text() == QStringLiteral("25.00"));
    CHECK_FALSE(Ikm::compute(QList<SurveyResponse>{}).isValid());
}

TEST_CASE("IKM categories at their boundaries, on the value rounded to two decimals", "[survey][ikm]")
{
    CHECK(Ikm::category(10000) == QLatin1Char('A'));
    CHECK(Ikm::category(8831) == QLatin1Char('A'));
    CHECK(Ikm::category(8830) == QLatin1Char('B'));
    CHECK(Ikm::category(7661) == QLatin1Char('B'));
    CHECK(Ikm::category(7660) == QLatin1Char('C'));
    CHECK(Ikm::category(6500) == QLatin1Char('C'));
    CHECK(Ikm::category(6499) == QLatin1Char('D'));
    CHECK(Ikm::category(2500) == QLatin1Char('D'));
    CHECK(Ikm::categoryTitle(QLatin1Char('A')) == QStringLiteral("Sangat Baik"));
    CHECK(Ikm::categoryTitle(QLatin1Char('C')) == QStringLiteral("Kurang Baik"));
    CHECK(Ikm::categoryTitle(QLatin1Char('D')) == QStringLiteral("Tidak Baik"));

    // Real response sets whose IKM falls on each side of each boundary (found by search:
    // n respondents with total score T give 2500 T / 9n).
    struct Case { int n; int total; const char *ikm; char category; };
    const Case cases[] = {
        {19, 604, "88.30", 'B'}, // 88.3041
        {24, 763, "88.31", 'A'}, // 88.3102
        {26, 717, "76.60", 'C'}, // 76.6026
        {19, 524, "76.61", 'B'}, // 76.6082
        {38, 889, "64.99", 'D'}, // 64.9854
        {5, 117, "65.00", 'C'},  // exactly 65
    };
    for (const Case &c : cases) {
        INFO(c.n << " respondents, total " << c.total);
        const IkmResult r = Ikm::compute(withTotal(c.n, c.total));
        CHECK(r.text() == QString::fromLatin1(c.ikm));
        CHECK(r.category == QLatin1Char(c.category));
        // The unrounded value is on the other side for the rounded-up ones: the category
        // follows the rounded value.
        CHECK(std::abs(2500.0 * c.total / (9.0 * c.n) / 100.0 - r.value()) < 0.005);
    }
    // 2500 x 199 / 72 = 69.097: rounded to the nearest hundredth.
    CHECK(Ikm::compute(withTotal(8, 199)).text() == QStringLiteral("69.10"));
}

TEST_CASE("Krejcie-Morgan sample sizes match the published table", "[survey][sample]")
{
    CHECK(Ikm::sampleSize(100) == 80);
    CHECK(Ikm::sampleSize(500) == 217);
    CHECK(Ikm::sampleSize(1000) == 278);
    CHECK(Ikm::sampleSize(10000) == 370);
    CHECK(Ikm::sampleSize(100000) == 384);
    CHECK(Ikm::sampleSize(2000000) == 384);
    CHECK(Ikm::sampleSize(0) == 0);
    CHECK(Ikm::sampleSize(5) == 5);
    // The whole table (Krejcie & Morgan 1970, Table 1).
    const std::pair<int, int> table[] = {
        {10, 10}, {15, 14}, {20, 19}, {25, 24}, {30, 28}, {35, 32}, {40, 36}, {45, 40}, {50, 44}, {55, 48}, {60, 52},
        {65, 56}, {70, 59}, {75, 63}, {80, 66}, {85, 70}, {90, 73}, {95, 76}, {100, 80}, {110, 86}, {120, 92}, {130, 97},
        {140, 103}, {150, 108}, {160, 113}, {170, 118}, {180, 123}, {190, 127}, {200, 132}, {210, 136}, {220, 140},
        {230, 144}, {240, 148}, {250, 152}, {260, 155}, {270, 159}, {280, 162}, {290, 165}, {300, 169}, {320, 175},
        {340, 181}, {360, 186}, {380, 191}, {400, 196}, {420, 201}, {440, 205}, {460, 210}, {480, 214}, {500, 217},
        {550, 226}, {600, 234}, {650, 242}, {700, 248}, {750, 254}, {800, 260}, {850, 265}, {900, 269}, {950, 274},
        {1000, 278}, {1100, 285}, {1200, 291}, {1300, 297}, {1400, 302}, {1500, 306}, {1600, 310}, {1700, 313},
        {1800, 317}, {1900, 320}, {2000, 322}, {2200, 327}, {2400, 331}, {2600, 335}, {2800, 338}, {3000, 341},
        {3500, 346}, {4000, 351}, {4500, 354}, {5000, 357}, {6000, 361}, {7000, 364}, {8000, 367}, {9000, 368},
        {10000, 370}, {15000, 375}, {20000, 377}, {30000, 379}, {40000, 380}, {50000, 381}, {75000, 382}, {1000000, 384},
    };
    for (const auto &[population, sample] : table) {
        INFO("population " << population);
        CHECK(Ikm::sampleSize(population) == sample);
    }
}

TEST_CASE("CSV reading: RFC 4180 quotes, line breaks in fields, BOM, separator detection", "[survey][csv]")
{
    QChar separator;
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF" "a;b;\"c;d\"\r\n"
                                               "1;\"say \"\"hi\"\"\";\"two\r\nlines\"\r\n"
                                               "\r\n"
                                               "x;;z\n"
                                               "last;row;no newline");
    const auto records = CsvReader::read(bytes, &separator);
    REQUIRE(records.ok());
    CHECK(separator == QLatin1Char(';'));
    REQUIRE(records->size() == 4);
    CHECK(records->at(0).fields == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c;d")});
    CHECK(records->at(0).line == 1);
    CHECK(records->at(1).fields == QStringList{QStringLiteral("1"), QStringLiteral("say \"hi\""), QStringLiteral("two\r\nlines")});
    CHECK(records->at(1).line == 2);
    CHECK(records->at(2).fields == QStringList{QStringLiteral("x"), QString(), QStringLiteral("z")});
    CHECK(records->at(2).line == 5); // the blank line 4 is skipped
    CHECK(records->at(3).line == 6);
    CHECK(records->at(3).fields.size() == 3);

    const auto commas = CsvReader::read(QByteArrayLiteral("tanggal,\"U1;x\",U2\n"), &separator);
    REQUIRE(commas.ok());
    CHECK(separator == QLatin1Char(','));
    CHECK(commas->first().fields.size() == 3);

    const auto open = CsvReader::read(QByteArrayLiteral("a,b\n1,\"never closed\n2,3\n"));
    REQUIRE(open.ok());
    REQUIRE(open->size() == 2);
    CHECK(open->at(1).line == 2);
    CHECK_FALSE(open->at(1).problem.isEmpty());

    CHECK_FALSE(CsvReader::read(QByteArrayLiteral("tanggal,U1\n2026-01-01,\xE9\n")).ok()); // Latin-1, not UTF-8

    // Excel's separator hint line.
    const auto hinted = CsvReader::read(QByteArrayLiteral("sep=;\r\ntanggal;U1,x\r\n2026-01-01;3\r\n"), &separator);
    REQUIRE(hinted.ok());
    CHECK(separator == QLatin1Char(';'));
    REQUIRE(hinted->size() == 2);
    CHECK(hinted->at(0).line == 2);
    CHECK(hinted->at(0).fields == QStringList{QStringLiteral("tanggal"), QStringLiteral("U1,x")});
    CHECK(hinted->at(1).line == 3);
}

TEST_CASE("survey CSV: good rows kept, bad rows reported with line numbers and reasons", "[survey][csv]")
{
    const QByteArray csv = QByteArrayLiteral(
        "\xEF\xBB\xBF" "No,Tanggal, layanan ,U1,U2,U3,U4,U5,U6,U7,U8,U9,catatan\r\n" // 1
        "1,2026-10-01,4,3,3,3,3,3,3,3,3,3,baik\r\n"                            // 2 good
        "2,2026-10-01,,4,4,3,4,3,3,4,3,3,\"pelayanan cepat,\r\nramah\"\r\n"   // 3-4 good, no service
        "3,2026-13-01,4,3,2,3,4,3,3,3,2,3,\r\n"                               // 5 bad date
        "4,2026-10-02,4,3,3,5,4,3,3,3,2,3,\r\n"                               // 6 U3 = 5
        "5,2026-10-02,9,3,3,3,4,3,3,3,2,3,\r\n"                               // 7 no service 9
        "6,2026-10-02,4,3,3,3,4,,3,3,2,3,\r\n"                                // 8 U5 empty
        ",,,,,,,,,,,,\r\n"                                                    // 9 empty: skipped
        "7,2026-10-03,1,4,3,4,3,3,4,3,2,3,\"a \"\"quoted\"\" note\"\r\n"      // 10 good
        "8,2026-10-03,abc,x,3,3,3,3,3,3,3,3.0\r\n"                            // 11 several reasons
        "9,2026-10-04,2,3,3,3\r\n"                                            // 12 too short
        "10,2030-01-01,2,3,3,3,3,3,3,3,3,3\r\n");                             // 13 in the future
    const auto parsed = SurveyCsv::parse(csv, {1, 2, 3, 4, 5, 6, 7}, QDate(2026, 11, 23));
    REQUIRE(parsed.ok());
    CHECK(parsed->dataRows == 10);
    REQUIRE(parsed->rows.size() == 3);
    CHECK(parsed->rows.at(0).date == QDate(2026, 10, 1));
    CHECK(parsed->rows.at(0).serviceNumber == 4);
    CHECK(parsed->rows.at(1).serviceNumber == 0);
    CHECK(parsed->rows.at(1).answers == Answers{4, 4, 3, 4, 3, 3, 4, 3, 3});
    CHECK(parsed->rows.at(2).answers.at(0) == 4);
    CHECK(parsed->rows.at(2).source == SurveyResponse::Source::Import);
    REQUIRE(parsed->problems.size() == 7);
    QList<int> lines;
    for (const CsvProblem &p : parsed->problems)
        lines << p.line;
    CHECK(lines == QList<int>{5, 6, 7, 8, 11, 12, 13});
    CHECK(parsed->problems.at(0).reason.contains(QStringLiteral("2026-13-01")));
    CHECK(parsed->problems.at(1).reason.contains(QStringLiteral("U3 bernilai \"5\"")));
    CHECK(parsed->problems.at(2).reason.contains(QStringLiteral("layanan 9")));
    CHECK(parsed->problems.at(3).reason == QStringLiteral("U5 kosong"));
    CHECK(parsed->problems.at(4).reason.contains(QStringLiteral("layanan \"abc\"")));
    CHECK(parsed->problems.at(4).reason.contains(QStringLiteral("U1 bernilai \"x\"")));
    CHECK(parsed->problems.at(4).reason.contains(QStringLiteral("U9 bernilai \"3.0\"")));
    CHECK(parsed->problems.at(5).reason == QStringLiteral("U4 kosong; U5 kosong; U6 kosong; U7 kosong; U8 kosong; U9 kosong"));
    CHECK(parsed->problems.at(6).reason.contains(QStringLiteral("belum terjadi")));

    // The header must name tanggal and U1..U9; order and extra columns do not matter.
    const auto noU7 = SurveyCsv::parse(QByteArrayLiteral("tanggal,U1,U2,U3,U4,U5,U6,U8,U9\n2026-10-01,3,3,3,3,3,3,3,3\n"));
    CHECK_FALSE(noU7.ok());
    CHECK(noU7.error().contains(QStringLiteral("U7")));
    CHECK_FALSE(SurveyCsv::parse(QByteArray()).ok());
    const auto reordered = SurveyCsv::parse(QByteArrayLiteral("U9;U8;U7;U6;U5;U4;U3;U2;U1;tanggal\n1;2;3;4;1;2;3;4;1;2026-10-01\n"));
    REQUIRE(reordered.ok());
    REQUIRE(reordered->rows.size() == 1);
    CHECK(reordered->rows.first().answers == Answers{1, 4, 3, 2, 1, 4, 3, 2, 1});
}

TEST_CASE("survey import into the database: the worked example's IKM, per period and per service, no double counting", "[survey][ikm]")
{
    WorkflowFixture f;
    SurveyStore store(f.db());
    // Two walk-ins in October for service 1, one for service 4: the population.
    f.setNow(QStringLiteral("2026-10-05 08:00"));
    REQUIRE(f.checkIn(1).ok());
    REQUIRE(f.checkIn(1).ok());
    REQUIRE(f.checkIn(4).ok());
    f.setNow(QStringLiteral("2026-11-23 09:00"));

    QByteArray october = csvOf(kWorked, QStringLiteral("2026-10-06"), ';', 1);
    october += "2026-10-07;4;4;4;4;4;4;4;4;4;4\r\n";
    const auto imported = store.importCsv(f.kasubbag, october, QStringLiteral("/tmp/skm-oktober.csv"));
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->imported == 5);
    CHECK(imported->problems.isEmpty());

    const auto service1 = store.ikm(QDate(2026, 10, 1), QDate(2026, 10, 31), 1);
    REQUIRE(service1.ok());
    CHECK(service1->result.respondents == 4);
    CHECK(service1->result.text() == QStringLiteral("80.56"));
    CHECK(service1->result.category == QLatin1Char('B'));
    CHECK(service1->result.nrr(3) == Approx(3.75));
    CHECK(service1->population == 2);
    CHECK(service1->sampleSize == 2);

    // All services: 116 + 36 over 5 respondents: 2500 x 152 / 45 = 84.444 -> 84.44.
    const auto all = store.ikm(QDate(2026, 10, 1), QDate(2026, 10, 31));
    REQUIRE(all.ok());
    CHECK(all->result.respondents == 5);
    CHECK(all->result.text() == QStringLiteral("84.44"));
    CHECK(all->population == 3);
    const auto perService = store.ikmPerService(QDate(2026, 10, 1), QDate(2026, 10, 31));
    REQUIRE(perService.ok());
    REQUIRE(perService->size() == 2);
    CHECK(perService->at(1).serviceNumber == 4);
    CHECK(perService->at(1).result.text() == QStringLiteral("100.00"));
    CHECK(store.ikm(QDate(2026, 11, 1), QDate(2026, 11, 30))->result.respondents == 0);
    CHECK_FALSE(store.ikm(QDate(2026, 11, 30), QDate(2026, 11, 1)).ok());

    // The same file again is refused and counts nothing twice.
    const auto again = store.importCsv(f.kasubbag, october, QStringLiteral("salinan.csv"));
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("sudah pernah diimpor")));
    CHECK(store.responses(QDate(2026, 10, 1), QDate(2026, 10, 31))->size() == 5);
    // Who may import; the import is an event.
    CHECK_FALSE(store.importCsv(f.verifikator, csvOf(kWorked, QStringLiteral("2026-10-08")), QStringLiteral("x.csv")).ok());
    SqlQuery q(f.db().connection(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'survey_imported'"));
    REQUIRE(q.exec().ok());
    q.next();
    CHECK(q.value(0).toInt() == 1);

    // A file with bad rows keeps its good ones.
    QByteArray mixed = csvOf({kWorked.at(0)}, QStringLiteral("2026-10-09"), ',', 2);
    mixed += "2026-10-09,2,3,3,3,3,3,3,3,3,0\r\n";
    const auto partly = store.importCsv(f.helpdesk, mixed, QStringLiteral("campur.csv"));
    REQUIRE(partly.ok());
    CHECK(partly->imported == 1);
    REQUIRE(partly->problems.size() == 1);
    CHECK(partly->problems.first().line == 3);
    CHECK(store.ikm(QDate(2026, 10, 9), QDate(2026, 10, 9), 2)->result.respondents == 1);
}

TEST_CASE("survey mode answers are stored anonymously after a check", "[survey]")
{
    WorkflowFixture f;
    SurveyStore store(f.db());
    SurveyResponse r = response({4, 3, 3, 4, 3, 3, 4, 3, 3}, 1);
    r.gender = QStringLiteral("P");
    r.ageBand = QStringLiteral("30-39");
    r.education = QStringLiteral("s1");
    r.occupation = QStringLiteral("swasta");
    const auto id = store.record(r);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    const auto stored = store.responses(QDate(2026, 11, 23), QDate(2026, 11, 23));
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().date == QDate(2026, 11, 23));
    CHECK(stored->first().source == SurveyResponse::Source::Counter);
    CHECK(stored->first().gender == QStringLiteral("P"));
    CHECK(stored->first().answers == r.answers);

    SurveyResponse unanswered = r;
    unanswered.answers[7] = 0;
    const auto refused = store.record(unanswered);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Penanganan pengaduan")));
    SurveyResponse badProfile = r;
    badProfile.gender = QStringLiteral("X");
    CHECK_FALSE(store.record(badProfile).ok());
    SurveyResponse badService = r;
    badService.serviceNumber = 42;
    CHECK_FALSE(store.record(badService).ok());
    CHECK(store.responses(QDate(2026, 1, 1), QDate(2026, 12, 31))->size() == 1);
}

TEST_CASE("survey elements: nine, keyed, with four standard labels each", "[survey]")
{
    QStringList keys;
    for (int e = 0; e < SurveyElement::kCount; ++e) {
        keys << SurveyElement::key(e);
        CHECK(SurveyElement::answerLabels(e).size() == 4);
        CHECK_FALSE(SurveyElement::question(e).isEmpty());
        CHECK(SurveyElement::code(e) == QStringLiteral("U%1").arg(e + 1));
    }
    CHECK(keys.removeDuplicates() == 0);
    CHECK(SurveyElement::title(0) == QStringLiteral("Persyaratan"));
    CHECK(SurveyElement::title(7).startsWith(QStringLiteral("Penanganan pengaduan")));
    CHECK(SurveyElement::title(8) == QStringLiteral("Sarana dan prasarana"));
    CHECK(SurveyElement::answerLabels(3).last() == QStringLiteral("Gratis"));
    CHECK(SurveyElement::answerLabels(0).first() == QStringLiteral("Tidak sesuai"));
    CHECK(SurveyProfile::accepts(SurveyProfile::educations(), QStringLiteral("s2")));
    CHECK_FALSE(SurveyProfile::accepts(SurveyProfile::educations(), QStringLiteral("s4")));
}

namespace {

int count(Database &db, const QString &sql)
{
    SqlQuery q(db.connection(), sql);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("a survey row already stored is not stored again, an import of nothing new writes nothing", "[survey][import-once]")
{
    WorkflowFixture f;
    SurveyStore store(f.db());
    f.setNow(QStringLiteral("2026-11-23 09:00"));
    const QByteArray header = "tanggal,layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\r\n";
    // Two respondents who answered alike (both kept), one other, and one bad row.
    const QByteArray alike = "2026-10-08,1,4,4,4,3,4,4,4,3,4\r\n";
    const QByteArray other = "2026-10-08,1,3,3,3,3,3,3,3,3,3\r\n";
    const QByteArray first = header + alike + alike + other + "2026-10-08,1,3,3,3,3,3,3,3,3,7\r\n";
    const auto partly = store.importCsv(f.kasubbag, first, QStringLiteral("skm.csv"));
    INFO(partly.error().toStdString());
    REQUIRE(partly.ok());
    CHECK(partly->imported == 3);
    CHECK(partly->alreadyStored == 0);
    CHECK(partly->problems.size() == 1);

    // The corrected file: only the row that was rejected is new.
    const QByteArray corrected = header + alike + alike + other + "2026-10-08,1,3,3,3,3,3,3,3,3,4\r\n";
    const auto fixed = store.importCsv(f.kasubbag, corrected, QStringLiteral("skm-diperbaiki.csv"));
    INFO(fixed.error().toStdString());
    REQUIRE(fixed.ok());
    CHECK(fixed->imported == 1);
    CHECK(fixed->alreadyStored == 3);
    CHECK(fixed->problems.isEmpty());
    CHECK(store.responses(QDate(2026, 10, 8), QDate(2026, 10, 8))->size() == 4);
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'survey_imported'")) == 2);

    // A third respondent answering alike, in a later file, is new (the third occurrence).
    const auto third = store.importCsv(f.kasubbag, header + alike + alike + alike, QStringLiteral("skm-tambah.csv"));
    REQUIRE(third.ok());
    CHECK(third->imported == 1);
    CHECK(third->alreadyStored == 2);

    // Nothing new, or no row at all: no row, no event, no change to the history.
    const int events = count(f.db(), QStringLiteral("SELECT COUNT(*) FROM events"));
    const auto nothingNew = store.importCsv(f.kasubbag, header + other + alike, QStringLiteral("skm-lagi.csv"));
    REQUIRE(nothingNew.ok());
    CHECK(nothingNew->imported == 0);
    CHECK(nothingNew->alreadyStored == 2);
    const auto empty = store.importCsv(f.kasubbag, header, QStringLiteral("kosong.csv"));
    REQUIRE(empty.ok());
    CHECK(empty->imported == 0);
    const auto allBad = store.importCsv(f.kasubbag, header + "2026-10-08,1,9,9,9,9,9,9,9,9,9\r\n", QStringLiteral("salah.csv"));
    REQUIRE(allBad.ok());
    CHECK(allBad->imported == 0);
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM events")) == events);
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM survey_responses")) == 5);
    CHECK(count(f.db(), QStringLiteral("SELECT COUNT(*) FROM survey_responses WHERE import_key = '2026-10-08|1|444344434|3'")) == 1);
}

TEST_CASE("migration 0006 keys the survey rows imported before it, the doubles numbered", "[survey][import-once]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lama.sqlite"));
    {
        auto old = Database::open(path, Database::Mode::Open, 4);
        REQUIRE(old.ok());
        // The bug of issue 13: the good row stored twice by a corrected file.
        for (int i = 0; i < 2; ++i) {
            SqlQuery q(old.value()->connection(),
                       QStringLiteral("INSERT INTO survey_responses (local_date, service_number, u1, u2, u3, u4, u5, u6, u7, u8, u9, source, "
                                      "import_batch, created_at) VALUES ('2026-10-08', NULL, 4, 4, 4, 3, 4, 4, 4, 3, 4, 'import', :b, '2026-11-23T01:00:00Z')"));
            q.bind(QStringLiteral(":b"), QStringLiteral("batch-%1").arg(i));
            REQUIRE(q.exec().ok());
        }
    }
    auto migrated = Database::open(path);
    REQUIRE(migrated.ok());
    CHECK(count(*migrated.value(), QStringLiteral("SELECT COUNT(*) FROM survey_responses WHERE import_key IN "
                                                  "('2026-10-08||444344434|1', '2026-10-08||444344434|2')")) == 2);
    // A file with that row once adds nothing; with it three times, one.
    WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:00"));
    const QByteArray header = "tanggal,U1,U2,U3,U4,U5,U6,U7,U8,U9\r\n";
    const QByteArray row = "2026-10-08,4,4,4,3,4,4,4,3,4\r\n";
    AccountStore accounts(*migrated.value());
    REQUIRE(accounts.addUser(QStringLiteral("admin"), QStringLiteral("Admin"), QString(), {Role::Administrator}, QStringLiteral("kata-sandi-admin-1")).ok());
    const Result<User> kasubbag =
        accounts.addUser(QStringLiteral("siti"), QStringLiteral("Siti"), QString(), {Role::Kasubbag}, QStringLiteral("kata-sandi-siti-1"));
    INFO(kasubbag.error().toStdString());
    REQUIRE(kasubbag.ok());
    SurveyStore store(*migrated.value());
    const auto once = store.importCsv(kasubbag.value(), header + row, QStringLiteral("a.csv"));
    REQUIRE(once.ok());
    CHECK(once->imported == 0);
    CHECK(once->alreadyStored == 1);
    const auto thrice = store.importCsv(kasubbag.value(), header + row + row + row, QStringLiteral("b.csv"));
    REQUIRE(thrice.ok());
    CHECK(thrice->imported == 1);
    CHECK(thrice->alreadyStored == 2);
}

namespace {

// The hand-made file of docs/ikm.md, with the guest book of its month: 5 visits for
// service 1, 3 for service 2, 2 for service 5.
void importWorkedExample(WorkflowFixture &f, SurveyStore &store)
{
    f.setNow(QStringLiteral("2026-10-05 08:00"));
    for (const auto &[service, visits] : {std::pair(1, 5), std::pair(2, 3), std::pair(5, 2)})
        for (int i = 0; i < visits; ++i)
            REQUIRE(f.checkIn(service).ok());
    f.setNow(QStringLiteral("2026-11-23 09:00"));
    QFile file(QStringLiteral(LOKET_SOURCE_DIR "/tests/data/ikm/skm-contoh.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto imported = store.importCsv(f.kasubbag, file.readAll(), file.fileName());
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->problems.isEmpty());
    CHECK(imported->imported == 10);
}

const IkmServiceLine *lineOf(const IkmUnitReport &report, int service)
{
    for (const IkmServiceLine &line : report.services)
        if (line.kind == IkmServiceLine::Kind::Service && line.serviceNumber == service)
            return &line;
    return nullptr;
}

} // namespace

TEST_CASE("the IKM report of docs/ikm.md: per service and for the unit, the sample and the respondents, as computed by hand", "[survey][ikm][ikm-report]")
{
    WorkflowFixture f;
    SurveyStore store(f.db());
    importWorkedExample(f, store);
    const auto report = store.unitReport(QDate(2026, 10, 1), QDate(2026, 10, 31));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());

    // The unit: 294 points from 10 respondents.
    const IkmResult &unit = report->unit.result;
    CHECK(unit.respondents == 10);
    CHECK(unit.total() == 294);
    const double nrr[] = {3.30, 3.00, 3.30, 3.90, 3.30, 3.10, 3.50, 2.90, 3.10};
    for (int e = 0; e < 9; ++e) {
        INFO("U" << e + 1);
        CHECK(unit.nrr(e) == Approx(nrr[e]));
    }
    CHECK(unit.weightedSum() == Approx(294.0 / 90));
    CHECK(unit.text() == QStringLiteral("81.67"));
    CHECK(unit.category == QLatin1Char('B'));
    CHECK(report->unit.population == 10);
    CHECK(report->unit.sampleSize == 10);

    // Every service of the catalogue, then the answers without one.
    REQUIRE(report->services.size() == 8);
    CHECK(report->services.last().kind == IkmServiceLine::Kind::NoService);
    struct Expected
    {
        int service, respondents;
        qint64 total, hundredths;
        char category;
        qint64 population;
        int sample;
    };
    for (const Expected &x : {Expected{1, 4, 116, 8056, 'B', 5, 5}, Expected{2, 3, 103, 9537, 'A', 3, 3}, Expected{5, 2, 47, 6528, 'C', 2, 2}}) {
        INFO("layanan " << x.service);
        const IkmServiceLine *line = lineOf(report.value(), x.service);
        REQUIRE(line != nullptr);
        CHECK(line->report.result.respondents == x.respondents);
        CHECK(line->report.result.total() == x.total);
        CHECK(line->report.result.hundredths == x.hundredths);
        CHECK(line->report.result.category == QLatin1Char(x.category));
        CHECK(line->report.population == x.population);
        CHECK(line->report.sampleSize == x.sample);
    }
    CHECK(lineOf(report.value(), 2)->report.result.nrr(0) == Approx(11.0 / 3));
    CHECK(lineOf(report.value(), 5)->report.result.nrr(3) == Approx(4.0));
    CHECK_FALSE(lineOf(report.value(), 3)->report.result.isValid());
    CHECK(report->services.last().report.result.respondents == 1);
    CHECK(report->services.last().report.result.text() == QStringLiteral("77.78"));

    // The cells every reader shows.
    const QStringList one = IkmReportFormat::serviceCells(*lineOf(report.value(), 1));
    CHECK(one.at(IkmReportFormat::RespondentsColumn) == QStringLiteral("4"));
    CHECK(one.at(IkmReportFormat::FirstElementColumn + 3) == QStringLiteral("3,75"));
    CHECK(one.at(IkmReportFormat::WeightedColumn) == QStringLiteral("3,222"));
    CHECK(one.at(IkmReportFormat::IkmColumn) == QStringLiteral("80,56"));
    CHECK(one.at(IkmReportFormat::PerformanceColumn) == QStringLiteral("Baik"));
    CHECK(one.at(IkmReportFormat::SampleNoteColumn) == QStringLiteral("kurang 1"));
    const QStringList two = IkmReportFormat::serviceCells(*lineOf(report.value(), 2));
    CHECK(two.at(IkmReportFormat::FirstElementColumn) == QStringLiteral("3,67"));
    CHECK(two.at(IkmReportFormat::WeightedColumn) == QStringLiteral("3,815"));
    CHECK(two.at(IkmReportFormat::IkmColumn) == QStringLiteral("95,37"));
    CHECK(two.at(IkmReportFormat::PerformanceColumn) == QStringLiteral("Sangat Baik"));
    CHECK(two.at(IkmReportFormat::SampleNoteColumn) == QStringLiteral("terpenuhi"));
    CHECK(IkmReportFormat::serviceCells(*lineOf(report.value(), 5)).at(IkmReportFormat::PerformanceColumn) == QStringLiteral("Kurang Baik"));
    CHECK(IkmReportFormat::serviceCells(*lineOf(report.value(), 3)).at(IkmReportFormat::IkmColumn).isEmpty());
    const QStringList total = IkmReportFormat::elementTotalCells(unit);
    CHECK(total.at(2) == QStringLiteral("294"));
    CHECK(total.at(3) == QStringLiteral("29,40"));
    CHECK(total.at(5) == QStringLiteral("3,267"));
    CHECK(IkmReportFormat::verdict(unit).contains(QStringLiteral("25 × 294 / (9 × 10) = 81,67")));

    // The respondents by sex, age, education and occupation; the empty profile counted.
    REQUIRE(report->profile.size() == 4);
    auto count = [&](int item, const QString &title) {
        for (const auto &[t, n] : report->profile.at(item).rows)
            if (t == title)
                return n;
        return -1;
    };
    CHECK(count(0, QStringLiteral("Laki-laki")) == 5);
    CHECK(count(0, QStringLiteral("Perempuan")) == 4);
    CHECK(count(0, QStringLiteral("Tidak diisi")) == 1);
    CHECK(count(1, QStringLiteral("20–29 tahun")) == 3);
    CHECK(count(1, QStringLiteral("30–39 tahun")) == 3);
    CHECK(count(1, QStringLiteral("60 tahun ke atas")) == 1);
    CHECK(count(1, QStringLiteral("di bawah 20 tahun")) == 0);
    CHECK(count(2, QStringLiteral("S1")) == 5);
    CHECK(count(2, QStringLiteral("SMA/SMK atau sederajat")) == 2);
    CHECK(count(3, QStringLiteral("Pegawai swasta")) == 4);
    CHECK(count(3, QStringLiteral("Wirausaha/pengusaha")) == 3);
    CHECK(count(3, QStringLiteral("PNS/ASN")) == 1);
    CHECK(IkmReportFormat::profileRows(report->profile.at(2), unit.respondents).at(4).at(2) == QStringLiteral("50,0%"));
}

TEST_CASE("survey CSV: the profile columns take keys, titles and ages, and refuse the rest by name", "[survey][csv][ikm-report]")
{
    const QByteArray csv = QByteArrayLiteral("tanggal,U1,U2,U3,U4,U5,U6,U7,U8,U9,Jenis_Kelamin,usia,pendidikan,pekerjaan\n"
                                             "2026-10-06,3,3,3,3,3,3,3,3,3,perempuan,19,S2,TNI_Polri\n"
                                             "2026-10-06,3,3,3,3,3,3,3,3,3,L,60+,,\n"
                                             "2026-10-06,3,3,3,3,3,3,3,3,3,X,200,magister,petani\n");
    const auto parsed = SurveyCsv::parse(csv);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->rows.size() == 2);
    CHECK(parsed->rows.at(0).gender == QStringLiteral("P"));
    CHECK(parsed->rows.at(0).ageBand == QStringLiteral("<20"));
    CHECK(parsed->rows.at(0).education == QStringLiteral("s2"));
    CHECK(parsed->rows.at(0).occupation == QStringLiteral("tni_polri"));
    CHECK(parsed->rows.at(1).ageBand == QStringLiteral("60+"));
    CHECK(parsed->rows.at(1).education.isEmpty());
    REQUIRE(parsed->problems.size() == 1);
    const QString why = parsed->problems.first().reason;
    CHECK(why.contains(QStringLiteral("jenis_kelamin \"X\" tidak dikenal (tulis L atau P)")));
    CHECK(why.contains(QStringLiteral("usia \"200\" tidak dikenal")));
    CHECK(why.contains(QStringLiteral("pendidikan \"magister\" tidak dikenal")));
    CHECK(why.contains(QStringLiteral("pekerjaan \"petani\" tidak dikenal")));
    CHECK(SurveyProfile::ageBandOf(34) == QStringLiteral("30-39"));
    CHECK(SurveyProfile::ageBandOf(0).isEmpty());
}
