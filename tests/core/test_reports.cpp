#include "WorkflowFixture.h"

#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "events/EventLog.h"
#include "reports/PeriodFiles.h"
#include "reports/PerformanceBoard.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportExplain.h"
#include "common/IdNumber.h"
#include "reports/ReportFormat.h"
#include "reports/WorkingTimeIndex.h"
#include "storage/ConfigVersions.h"
#include "settings/OfficeSettings.h"
#include "storage/SqlQuery.h"
#include "survey/Ikm.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

namespace {

void ok(const Status &s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

qint64 checkedIn(WorkflowFixture &f, int service, bool proxy = false, qint64 previous = 0)
{
    const auto r = f.checkIn(service, proxy, QStringLiteral("01.234.567.8-901.000"), previous);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r->applicationId;
}

const ReportRow &rowOf(const PerformanceReport &report, const QString &key)
{
    for (const ReportRow &r : report.rows)
        if (r.key == key)
            return r;
    FAIL("no row " << key.toStdString());
    return report.total;
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

// Monday 23 and Tuesday 24 November 2026, at the counter (Banjarmasin time):
//  A  service 1, in 07:41, accepted 07:45, claimed 07:50 (Vera), done 08:05        20 min, met
//  B  service 1 by a proxy, in 07:55, returned 08:00 without the Surat Kuasa
//  C  service 3, in 09:00, accepted 09:10, claimed 09:20 (Vino), paused for the internet
//     10:00-10:40, done 10:50                                                       60 min, missed
//  D  service 7, in 11:00, accepted 11:05, claimed 11:30 (Adi), done 13:30          85 min (the break
//     12:00-13:00 does not count), met (5 working days)
//  E  service 2, in 14:00, cancelled 14:10
//  F  service 1, in 15:00, accepted 15:05, still queued
//  G  Tuesday 08:00, B's applicant comes back (a follow-up visit, not a new file), still registered
struct History
{
    WorkflowFixture f;
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0, g = 0, fileF = 0;

    History()
    {
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:41"));
        a = checkedIn(f, 1);
        f.tickAll(a);
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:45"));
        ok(f.wf().documents().accept(f.helpdesk, a));
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:50"));
        ok(f.wf().queue().claim(f.verifikator, a));
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 07:55"));
        b = checkedIn(f, 1, true);
        f.tickAll(b, {QStringLiteral("surat_kuasa")});
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:00"));
        REQUIRE(f.wf().documents().returnToApplicant(f.helpdesk, b).ok());
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 08:05"));
        ok(f.wf().queue().complete(f.verifikator, a, QStringLiteral("User ID aktif")));

        WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:00"));
        c = checkedIn(f, 3);
        f.tickAll(c);
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:10"));
        ok(f.wf().documents().accept(f.helpdesk, c));
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 09:20"));
        ok(f.wf().queue().claim(f.verifikator2, c));
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 10:00"));
        ok(f.wf().queue().pause(f.verifikator2, c, PauseReason::InternetOutage, {}));
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 10:40"));
        ok(f.wf().queue().resume(f.verifikator2, c));
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 10:50"));
        ok(f.wf().queue().complete(f.verifikator2, c, QStringLiteral("Status perusahaan telah diubah")));

        WorkflowFixture::setNow(QStringLiteral("2026-11-23 11:00"));
        d = checkedIn(f, 7);
        f.tickAll(d);
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 11:05"));
        ok(f.wf().documents().accept(f.helpdesk, d));
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 11:30"));
        ok(f.wf().queue().claim(f.adminSistem, d));
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 13:30"));
        ok(f.wf().queue().complete(f.adminSistem, d, QStringLiteral("Masalah teratasi")));

        WorkflowFixture::setNow(QStringLiteral("2026-11-23 14:00"));
        e = checkedIn(f, 2);
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 14:10"));
        ok(f.wf().queue().cancel(f.kasubbag, e, QStringLiteral("Pemohon membatalkan")));

        WorkflowFixture::setNow(QStringLiteral("2026-11-23 15:00"));
        fileF = checkedIn(f, 1);
        f.tickAll(fileF);
        WorkflowFixture::setNow(QStringLiteral("2026-11-23 15:05"));
        ok(f.wf().documents().accept(f.helpdesk, fileF));

        WorkflowFixture::setNow(QStringLiteral("2026-11-24 08:00"));
        g = checkedIn(f, 1, true, b);
        WorkflowFixture::setNow(QStringLiteral("2026-11-24 12:00"));
    }

    PerformanceReport report(ReportGrouping grouping)
    {
        const auto r = ReportBuilder(f.db()).build(QDate(2026, 11, 23), QDate(2026, 11, 24), grouping);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
};

// A small deterministic generator (64-bit LCG) for the tests' random instants and values.
class Lcg
{
public:
    explicit Lcg(quint64 seed) : m_x(seed) {}
    quint64 next()
    {
        m_x = m_x * 6364136223846793005ULL + 1442695040888963407ULL;
        return m_x;
    }
    // An instant `from` plus up to `days` days, at millisecond resolution.
    qint64 after(qint64 from, quint64 days) { return from + qint64((next() >> 20) % (days * 86400000ULL)); }

private:
    quint64 m_x;
};

} // namespace

TEST_CASE("working time from the index equals the calendar's", "[reports]")
{
    const WorkingCalendar calendar = WorkingCalendar::defaults();
    const QDate first(2026, 3, 10); // across the Idul Fitri holidays and cuti bersama
    const WorkingTimeIndex index(calendar, first, first.addDays(40));
    const qint64 base = QDateTime(first, QTime(0, 0), calendar.timeZone()).toMSecsSinceEpoch();
    Lcg random(12345);
    for (int i = 0; i < 2000; ++i) {
        const qint64 a = random.after(base, 30);
        const qint64 b = random.after(a, 8);
        const quint64 x = random.next();
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(a, QTimeZone::utc());
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(b, QTimeZone::utc());
        REQUIRE(index.workingSeconds(a, b) == calendar.workingSecondsBetween(from, to));
        const qint64 add = qint64((x >> 7) % (3ULL * 27000)) * 1000;
        REQUIRE(index.addWorkingMs(a, add) == calendar.addWorkingSeconds(from, add / 1000).toMSecsSinceEpoch());
    }
    const QDate received(2026, 3, 17);
    REQUIRE(index.closeOfWorkingDaysAfter(received, 5) == calendar.closeOfWorkingDaysAfter(received, 5).toMSecsSinceEpoch());
}

TEST_CASE("a working-time index grown day by day equals one built at once", "[reports]")
{
    const WorkingCalendar calendar = WorkingCalendar::defaults();
    const QDate first(2026, 3, 1);
    const WorkingTimeIndex whole(calendar, first, first.addDays(60));
    WorkingTimeIndex grown(calendar, first, first.addDays(3));
    const qint64 base = QDateTime(first, QTime(0, 0), calendar.timeZone()).toMSecsSinceEpoch();
    const qint64 beyond = base + 10LL * 86400000;
    CHECK_FALSE(grown.covers(beyond));
    for (int step = 4; step <= 60; step += 7)
        grown.extendTo(calendar, first.addDays(step));
    grown.extendTo(calendar, first.addDays(60));
    grown.extendTo(calendar, first.addDays(20)); // already covered: nothing changes
    REQUIRE(grown.lastDay() == first.addDays(60));
    REQUIRE(grown.covers(beyond));
    Lcg random(777);
    for (int i = 0; i < 2000; ++i) {
        const qint64 a = random.after(base, 50);
        const qint64 b = random.after(a, 9);
        REQUIRE(grown.workingMs(a, b) == whole.workingMs(a, b));
        REQUIRE(grown.localDate(a) == whole.localDate(a));
        REQUIRE(grown.addWorkingMs(a, 3600000) == whole.addWorkingMs(a, 3600000));
    }
    for (int d = 0; d < 50; ++d)
        REQUIRE(grown.closeOfWorkingDaysAfter(first.addDays(d), 5) == whole.closeOfWorkingDaysAfter(first.addDays(d), 5));
}

TEST_CASE("duration statistics: median, nearest-rank p90 and max", "[reports]")
{
    const DurationStats odd = DurationStats::of({300, 100, 200});
    CHECK(odd.count == 3);
    CHECK(odd.median == 200);
    CHECK(odd.p90 == 300);
    CHECK(odd.max == 300);
    const DurationStats even = DurationStats::of({10, 20, 30, 40, 50, 60, 70, 80, 90, 100});
    CHECK(even.median == 55);
    CHECK(even.p90 == 90);
    CHECK(DurationStats::of({}).count == 0);

    // Against a plain sort, on lists of every length up to 60 with repeated values.
    Lcg random(99);
    for (int n = 1; n <= 60; ++n) {
        QList<qint64> values;
        for (int i = 0; i < n; ++i)
            values << qint64((random.next() >> 33) % 50);
        QList<qint64> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const DurationStats s = DurationStats::of(values);
        INFO("n = " << n);
        CHECK(s.count == n);
        CHECK(s.max == sorted.constLast());
        CHECK(s.median == (n % 2 ? double(sorted.at(n / 2)) : (double(sorted.at(n / 2 - 1)) + double(sorted.at(n / 2))) / 2.0));
        CHECK(s.p90 == sorted.at(qsizetype(std::ceil(0.9 * n)) - 1));
        // The sorted and the in-place forms give the same figures.
        const DurationStats fromSorted = DurationStats::ofSorted(sorted);
        std::vector<qint64> scratch(values.cbegin(), values.cend());
        const DurationStats inPlace = DurationStats::ofReordering(scratch.data(), scratch.data() + scratch.size());
        for (const DurationStats &other : {fromSorted, inPlace}) {
            CHECK(other.count == s.count);
            CHECK(other.median == s.median);
            CHECK(other.p90 == s.p90);
            CHECK(other.max == s.max);
        }
    }
    CHECK(DurationStats::ofSorted({}).count == 0);
}

TEST_CASE("each report figure on a hand-made history", "[reports]")
{
    History h;
    // Feedback in the period: a complaint acknowledged the next day, a suggestion, two survey answers.
    exec(h.f.db(), QStringLiteral("INSERT INTO complaints (number, year, seq, received_at, received_date, channel, stage, acknowledged_at, "
                                  "recorded_by) VALUES ('ADU-2026-0001', 2026, 1, '2026-11-23T05:00:00.000Z', '2026-11-23', 'langsung', "
                                  "'cek_administrasi', '2026-11-24T01:00:00.000Z', %1)").arg(h.f.helpdesk.id));
    exec(h.f.db(), QStringLiteral("INSERT INTO suggestions (local_date, channel, text, recorded_by, created_at) VALUES ('2026-11-23', "
                                  "'kotak_saran', 'Tambah kursi', %1, '2026-11-23T05:00:00.000Z')").arg(h.f.helpdesk.id));
    for (int score : {4, 3})
        exec(h.f.db(), QStringLiteral("INSERT INTO survey_responses (local_date, service_number, u1, u2, u3, u4, u5, u6, u7, u8, u9, source, "
                                      "created_at) VALUES ('2026-11-23', 1, %1, %1, %1, %1, %1, %1, %1, %1, %1, 'counter', "
                                      "'2026-11-23T05:00:00.000Z')").arg(score));

    const PerformanceReport report = h.report(ReportGrouping::Service);
    const ReportRow &t = report.total;
    CHECK(t.visits == 7);
    CHECK(t.applications == 6);
    CHECK(t.returned == 1);
    CHECK(t.accepted == 4);
    CHECK(t.done == 3);
    CHECK(t.cancelled == 1);
    CHECK(t.open == 2);
    CHECK(t.met == 2);
    CHECK(ReportFormat::percent(t.metPercent()) == QStringLiteral("66,7"));
    CHECK(t.serviceSeconds == QList<qint64>{1200, 3600, 5100});
    CHECK(t.serviceTime.median == 3600);
    CHECK(t.serviceTime.p90 == 5100);
    CHECK(t.serviceTime.max == 5100);
    CHECK(t.waitHelpdesk.median == 300); // 4, 5, 5, 10 minutes
    CHECK(t.waitClaim.median == 600);    // 5, 10, 25 minutes
    CHECK(t.pausedByReason == QMap<QString, qint64>{{QStringLiteral("internet_outage"), 2400}});
    const ServiceCatalog catalog = CatalogStore(h.f.db()).current(CalendarStore(h.f.db()).today()).value();
    const Service *one = catalog.service(1);
    REQUIRE(one);
    REQUIRE(t.missing.size() == 1);
    CHECK(t.missing.first().first == one->requirement(QStringLiteral("surat_kuasa"))->label);
    CHECK(t.missing.first().second == 1);

    const ReportRow &s1 = rowOf(report, QStringLiteral("1"));
    CHECK(s1.visits == 4);
    CHECK(s1.applications == 3);
    CHECK(s1.returned == 1);
    CHECK(s1.accepted == 2);
    CHECK(s1.done == 1);
    CHECK(s1.open == 2);
    CHECK(s1.metPercent() == 100.0);
    CHECK(s1.serviceTime.median == 1200);
    REQUIRE(s1.ikm);
    CHECK(s1.ikm->text() == QStringLiteral("87.50"));
    const ReportRow &s3 = rowOf(report, QStringLiteral("3"));
    CHECK(s3.done == 1);
    CHECK(s3.met == 0);
    CHECK(s3.serviceTime.max == 3600);
    const ReportRow &s7 = rowOf(report, QStringLiteral("7"));
    CHECK(s7.serviceTime.median == 5100);
    CHECK(s7.met == 1);
    CHECK(rowOf(report, QStringLiteral("2")).cancelled == 1);
    CHECK(report.rows.size() == 7); // every service of the catalogue, even without visits

    REQUIRE(report.daily.size() == 2);
    CHECK(report.daily.at(0).visits == 6);
    CHECK(report.daily.at(0).done == 3);
    CHECK(report.daily.at(1).visits == 1);
    CHECK(report.daily.at(1).done == 0);

    REQUIRE(report.complaints);
    CHECK(report.complaints->received == 1);
    CHECK(report.complaints->acknowledgedPercent() == 100.0);
    CHECK(report.complaints->respondDecided == 0); // the 6 working days have not passed yet
    REQUIRE(report.suggestions);
    CHECK(*report.suggestions == 1);
    REQUIRE(report.ikm);
    CHECK(report.ikm->category == QLatin1Char('B'));

    // The same service times and verdicts as the workflow's own clock, file by file, and
    // stored with each done file as its completion proof printed them.
    for (qint64 id : {h.a, h.c, h.d}) {
        const auto clock = h.f.wf().clocks().read(id);
        REQUIRE(clock.ok());
        CHECK(t.serviceSeconds.contains(clock->elapsedSeconds));
        SqlQuery stored(h.f.db().connection(), QStringLiteral("SELECT service_seconds, met FROM applications WHERE id = :id"));
        stored.bind(QStringLiteral(":id"), id);
        REQUIRE(stored.exec().ok());
        REQUIRE(stored.next());
        CHECK(stored.value(0).toLongLong() == clock->elapsedSeconds);
        CHECK(stored.value(1).toBool() == clock->met);
    }
    CHECK(!h.f.wf().clocks().read(h.c)->met);
}

TEST_CASE("by officer, each figure goes to the officer who did it", "[reports]")
{
    History h;
    const PerformanceReport report = h.report(ReportGrouping::Officer);
    const ReportRow &helpdesk = rowOf(report, QString::number(h.f.helpdesk.id));
    CHECK(helpdesk.visits == 7);
    CHECK(helpdesk.accepted == 4);
    CHECK(helpdesk.returned == 1);
    CHECK(helpdesk.waitHelpdesk.median == 300);
    const ReportRow &vera = rowOf(report, QString::number(h.f.verifikator.id));
    CHECK(vera.done == 1);
    CHECK(vera.serviceTime.median == 1200);
    CHECK(vera.waitClaim.median == 300);
    const ReportRow &vino = rowOf(report, QString::number(h.f.verifikator2.id));
    CHECK(vino.done == 1);
    CHECK(vino.met == 0);
    CHECK(vino.pausedSeconds() == 2400);
    CHECK(rowOf(report, QString::number(h.f.adminSistem.id)).done == 1);
    CHECK(rowOf(report, QString::number(h.f.kasubbag.id)).cancelled == 1);
    CHECK(report.total.done == 3);
}

TEST_CASE("migration 0004 fills each file's summary from its events (SQLite)", "[reports][storage][sqlite]")
{
    History h;
    const PerformanceReport before = h.report(ReportGrouping::Officer);
    // The file as Loket 3 left it: no summary columns, no report index.
    exec(h.f.db(), QStringLiteral("DROP INDEX events_report"));
    exec(h.f.db(), QStringLiteral("DROP INDEX survey_responses_import_key")); // 0006
    exec(h.f.db(), QStringLiteral("ALTER TABLE survey_responses DROP COLUMN import_key"));
    exec(h.f.db(), QStringLiteral("DROP TABLE config_versions")); // 0007
    exec(h.f.db(), QStringLiteral("DROP INDEX events_action_key")); // 0008
    exec(h.f.db(), QStringLiteral("ALTER TABLE events DROP COLUMN action_key"));
    exec(h.f.db(), QStringLiteral("DROP TABLE desk_sessions"));
    exec(h.f.db(), QStringLiteral("DROP TABLE calls")); // 0009
    exec(h.f.db(), QStringLiteral("ALTER TABLE visits DROP COLUMN priority"));
    exec(h.f.db(), QStringLiteral("ALTER TABLE visits DROP COLUMN request")); // 0011
    for (const char *column : {"effective_from", "regulation", "imported_by"}) // 0010
        exec(h.f.db(), QStringLiteral("ALTER TABLE catalog_versions DROP COLUMN %1").arg(QLatin1String(column)));
    for (const char *column : {"accepted_by", "claimed_at", "finished_by", "service_seconds", "met"})
        exec(h.f.db(), QStringLiteral("ALTER TABLE applications DROP COLUMN %1").arg(QLatin1String(column)));
    // ... nor the later migrations' columns.
    for (const char *column : {"vendor_name", "vendor_legal_form", "vendor_npwp", "vendor_email"})
        exec(h.f.db(), QStringLiteral("ALTER TABLE visits DROP COLUMN %1").arg(QLatin1String(column)));
    exec(h.f.db(), QStringLiteral("PRAGMA user_version = 3"));
    h.f.temp().reopen();
    REQUIRE(h.f.db().schemaVersion() == Database::latestSchemaVersion());
    SqlQuery q(h.f.db().connection(), QStringLiteral("SELECT accepted_by, claimed_at, finished_by FROM applications WHERE id = :id"));
    q.bind(QStringLiteral(":id"), h.c);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == h.f.helpdesk.id);
    CHECK(Clock::fromStorage(q.value(1).toString()) == WorkflowFixture::local(QStringLiteral("2026-11-23 09:20")));
    CHECK(q.value(2).toLongLong() == h.f.verifikator2.id);
    // The stored clock is not rebuilt for files done before 0004: the report computes it.
    SqlQuery clock(h.f.db().connection(), QStringLiteral("SELECT COUNT(*) FROM applications WHERE service_seconds IS NOT NULL"));
    REQUIRE(clock.exec().ok());
    REQUIRE(clock.next());
    CHECK(clock.value(0).toInt() == 0);

    const auto after = ReportBuilder(h.f.db()).build(QDate(2026, 11, 23), QDate(2026, 11, 24), ReportGrouping::Officer);
    REQUIRE(after.ok());
    REQUIRE(after->rows.size() == before.rows.size());
    for (qsizetype i = 0; i < before.rows.size(); ++i)
        CHECK(ReportFormat::cells(after->rows.at(i)) == ReportFormat::cells(before.rows.at(i)));
    CHECK(ReportFormat::cells(after->total) == ReportFormat::cells(before.total));
}

TEST_CASE("a stored calendar or catalogue that does not parse is the report's error, never the defaults", "[reports][cache]")
{
    History h;
    ReportBuilder builder(h.f.db());
    const QDate from(2026, 11, 23), to(2026, 11, 24);
    REQUIRE(builder.build(from, to, ReportGrouping::Service).ok());

    // The calendar, changed by another desk: the builder's kept calendar follows its version.
    const Result<QString> calendar = OfficeSettings(h.f.db()).value(QStringLiteral("calendar"));
    REQUIRE(calendar.ok());
    ok(OfficeSettings(h.f.db()).setValue(QStringLiteral("calendar"), QStringLiteral("{\"time_zone\": 12, \"week\": \"rusak\"")));
    ok(ConfigVersions(h.f.db()).bump(ConfigTopic::Calendar));
    const auto broken = builder.build(from, to, ReportGrouping::Service);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().contains(QStringLiteral("Kalender kerja yang tersimpan tidak dapat dibaca")));
    CHECK_FALSE(ReportBuilder(h.f.db()).build(from, to, ReportGrouping::Officer).ok());
    if (calendar->isEmpty())
        exec(h.f.db(), QStringLiteral("DELETE FROM settings WHERE key = 'calendar'"));
    else
        ok(OfficeSettings(h.f.db()).setValue(QStringLiteral("calendar"), calendar.value()));
    ok(ConfigVersions(h.f.db()).bump(ConfigTopic::Calendar));
    REQUIRE(builder.build(from, to, ReportGrouping::Service).ok());

    // The catalogue in force, unreadable: the report says so instead of the built-in one.
    exec(h.f.db(), QStringLiteral("INSERT INTO catalog_versions (created_at, note, content) "
                                  "VALUES ('2026-11-24T04:00:00.000Z', 'rusak', '{\"format\": ')"));
    ok(ConfigVersions(h.f.db()).bump(ConfigTopic::Catalog));
    const auto noCatalog = builder.build(from, to, ReportGrouping::Service);
    REQUIRE_FALSE(noCatalog.ok());
    CHECK(noCatalog.error().contains(QStringLiteral("Katalog layanan")));
    CHECK_FALSE(ReportBuilder(h.f.db()).build(from, to, ReportGrouping::Service).ok());
}

TEST_CASE("the report reads the files' pauses and returns from the covering index events_report (SQLite)", "[reports][storage][sqlite]")
{
    WorkflowFixture f;
    QSqlQuery plan(f.db().connection());
    REQUIRE(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + QString::fromUtf8(PeriodFiles::eventsSql())));
    plan.bindValue(QStringLiteral(":lo"), 1);
    plan.bindValue(QStringLiteral(":hi"), 100);
    REQUIRE(plan.exec());
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    INFO(steps.join(QStringLiteral(" / ")).toStdString());
    CHECK(steps.join(QLatin1Char(' ')).contains(QStringLiteral("COVERING INDEX events_report")));
}

TEST_CASE("a period outside the history, and invalid periods", "[reports]")
{
    WorkflowFixture f;
    ReportBuilder builder(f.db());
    const auto empty = builder.build(QDate(2020, 1, 1), QDate(2020, 1, 31), ReportGrouping::Service);
    REQUIRE(empty.ok());
    CHECK(empty->total.visits == 0);
    CHECK(empty->total.metPercent() < 0);
    CHECK(empty->daily.size() == 31);
    CHECK(!empty->ikm);
    CHECK(!builder.build(QDate(2020, 2, 1), QDate(2020, 1, 1), ReportGrouping::Service).ok());
    CHECK(!builder.build(QDate(2000, 1, 1), QDate(2020, 1, 1), ReportGrouping::Service).ok());
}

TEST_CASE("CSV: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting", "[reports]")
{
    PerformanceReport report;
    report.from = QDate(2026, 11, 1);
    report.to = QDate(2026, 11, 30);
    ReportRow row;
    row.key = QStringLiteral("1");
    row.title = QStringLiteral("Layanan \"A\", baris\nkedua");
    row.visits = 3;
    row.missing = {{QStringLiteral("Surat Kuasa"), 2}};
    report.rows << row;
    report.total.title = QStringLiteral("Jumlah");
    const QByteArray csv = ReportFormat::csv(report);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("\"Layanan \"\"A\"\", baris\nkedua\",3,"));
    CHECK(csv.contains("Surat Kuasa (2)"));
    // Every record ends with CRLF; the only bare LF is inside the quoted field.
    CHECK(csv.endsWith("\r\n"));
    CHECK(csv.count("\n") == csv.count("\r\n") + 1);
    CHECK(csv.mid(3).startsWith("Layanan,Kunjungan,Berkas baru,"));
    CHECK(csv.contains(",\"Tunggu di helpdesk, median (menit)\","));
}

TEST_CASE("CSV for a spreadsheet set to Indonesian: semicolons and decimal commas", "[reports]")
{
    PerformanceReport report;
    report.from = QDate(2026, 11, 1);
    report.to = QDate(2026, 11, 30);
    ReportRow row;
    row.key = QStringLiteral("1");
    row.title = QStringLiteral("Aktivasi; lama");
    row.visits = 12;
    row.done = 3;
    row.met = 2; // 66.7 %
    row.serviceSeconds = {1230, 1800, 2700};
    row.serviceTime = DurationStats::of(row.serviceSeconds); // median 30.0, P90 45.0 minutes
    row.waitHelpdesk = DurationStats::of({90}); // 1.5 minutes
    row.pausedByReason.insert(QStringLiteral("internet_outage"), 630); // 10.5 minutes
    row.ikm = Ikm::compute(1, {3, 3, 3, 3, 3, 3, 3, 4, 4});
    report.rows << row;
    report.total = row;
    report.total.title = QStringLiteral("Jumlah");
    const QString ikm = row.ikm->text();
    REQUIRE(ikm.contains(QLatin1Char('.')));

    const QByteArray csv = ReportFormat::csv(report, CsvStyle::Indonesian);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.mid(3).startsWith("Layanan;Kunjungan;Berkas baru;"));
    // The field holding the separator is quoted; a comma no longer needs to be.
    CHECK(csv.contains("\r\n\"Aktivasi; lama\";12;"));
    CHECK(csv.contains(";Tunggu di helpdesk, median (menit);"));
    QByteArray first = csv.split('\n').at(1).trimmed();
    REQUIRE(first.startsWith("\"Aktivasi; lama\";"));
    const QList<QByteArray> line = first.mid(int(qstrlen("\"Aktivasi; lama\";"))).split(';'); // from Kunjungan on
    CHECK(line.at(7) == "66,7");
    CHECK(line.at(8) == "30,0");
    CHECK(line.at(9) == "45,0");
    CHECK(line.at(11) == "1,5");
    CHECK(line.at(13) == "10,5");
    CHECK(csv.contains(QString(ikm).replace(QLatin1Char('.'), QLatin1Char(',')).toUtf8()));
    CHECK(csv.contains("Gangguan internet 10,5"));
    CHECK(csv.endsWith("\r\n"));

    // The international form of the same report keeps RFC 4180's commas and decimal points.
    const QByteArray plain = ReportFormat::csv(report, CsvStyle::International);
    CHECK(plain.contains(",66.7,30.0,45.0,"));
    CHECK(plain.contains(ikm.toUtf8()));
}

TEST_CASE("demo data: deterministic, a valid chain, refused on a used database", "[reports][demo]")
{
    DemoOptions options;
    options.years = 1;
    options.perDay = 4;
    options.seed = 3;
    options.until = QDate(2025, 6, 30);
    auto fingerprint = [&](Database &db, DemoSummary *summary) {
        const Result<DemoSummary> s = DemoData(db).generate(options);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
        *summary = s.value();
        SqlQuery q(db.connection(), QStringLiteral("SELECT COUNT(*), MAX(hash) FROM events"));
        REQUIRE(q.exec().ok());
        REQUIRE(q.next());
        SqlQuery last(db.connection(), QStringLiteral("SELECT hash FROM events ORDER BY id DESC LIMIT 1"));
        REQUIRE(last.exec().ok());
        REQUIRE(last.next());
        return last.value(0).toString();
    };
    TempDatabase one, two, three;
    DemoSummary s1, s2, s3;
    const QString h1 = fingerprint(one.db(), &s1);
    const QString h2 = fingerprint(two.db(), &s2);
    CHECK(h1 == h2);
    CHECK(s1.visits == s2.visits);
    CHECK(s1.events == s2.events);
    CHECK(s1.vendors == s2.vendors);
    CHECK(s1.complaints == s2.complaints);
    CHECK(s1.visits > 700);
    CHECK(s1.returned > 0);
    options.seed = 4;
    CHECK(fingerprint(three.db(), &s3) != h1);

    const auto chain = EventLog(one.db().connection()).verifyChain();
    REQUIRE(chain.ok());
    CHECK(chain->firstBadId == 0);
    CHECK(chain->checked == s1.events);

    // Visits only on working days, inside office hours.
    const WorkingCalendar calendar = WorkingCalendar::defaults();
    SqlQuery visits(one.db().connection(), QStringLiteral("SELECT arrived_at, local_date FROM visits"));
    REQUIRE(visits.exec().ok());
    while (visits.next()) {
        const QDateTime at = Clock::fromStorage(visits.value(0).toString());
        const QDate day = QDate::fromString(visits.value(1).toString(), Qt::ISODate);
        REQUIRE(calendar.isWorkingDay(day));
        REQUIRE(calendar.workingSecondsBetween(at, at.addSecs(1)) == 1);
    }

    // The report on demo data agrees with the workflow's clock of every finished file.
    const auto report = ReportBuilder(one.db()).build(QDate(2025, 1, 1), QDate(2025, 3, 31), ReportGrouping::Service);
    REQUIRE(report.ok());
    Workflow wf(one.db());
    SqlQuery done(one.db().connection(), QStringLiteral("SELECT a.id FROM applications a JOIN visits v ON v.id = a.visit_id "
                                                        "WHERE v.local_date BETWEEN '2025-01-01' AND '2025-03-31' AND a.status = 'done'"));
    REQUIRE(done.exec().ok());
    int count = 0, met = 0;
    qint64 sum = 0, reportSum = 0;
    while (done.next()) {
        const auto clock = wf.clocks().read(done.value(0).toLongLong());
        REQUIRE(clock.ok());
        ++count;
        met += clock->met ? 1 : 0;
        sum += clock->elapsedSeconds;
    }
    for (qint64 s : report->total.serviceSeconds)
        reportSum += s;
    CHECK(report->total.done == count);
    CHECK(report->total.met == met);
    CHECK(reportSum == sum);
    CHECK(report->total.returned > 0);
    CHECK(!report->total.missing.isEmpty());
    CHECK(report->complaints);
    CHECK(report->ikm);

    // A second run, and a database with a real check-in, are refused.
    CHECK(!DemoData(one.db()).generate(options).ok());
    WorkflowFixture f;
    checkedIn(f, 1);
    const auto refused = DemoData(f.db()).generate(options);
    REQUIRE(!refused.ok());
    CHECK(refused.error().contains(QStringLiteral("vendors")));
}

TEST_CASE("figures a person reads are in Indonesian format, the CSV keeps its two styles", "[reports][format]")
{
    CHECK(IdNumber::format(87.26, 2) == QStringLiteral("87,26"));
    CHECK(IdNumber::format(qint64(1747742)) == QStringLiteral("1.747.742"));
    CHECK(IdNumber::format(12345.5, 1) == QStringLiteral("12.345,5"));
    CHECK(IdNumber::format(999) == QStringLiteral("999"));

    PerformanceReport report;
    report.from = QDate(2025, 1, 1);
    report.to = QDate(2026, 12, 31);
    ReportRow row;
    row.key = QStringLiteral("1");
    row.title = QStringLiteral("Aktivasi");
    row.visits = 12345;
    row.done = 8;
    row.met = 7; // 87.5 %
    row.serviceSeconds = {600, 780};
    row.serviceTime = DurationStats::of(row.serviceSeconds); // median 11.5 minutes
    row.pausedByReason.insert(QStringLiteral("internet_outage"), 1142692LL * 60); // 19,045 hours less 8 minutes
    row.ikm = Ikm::compute(1, {3, 3, 3, 3, 3, 3, 3, 4, 4});
    report.rows << row;
    report.total = row;
    report.total.title = QStringLiteral("Jumlah");

    const QStringList cells = ReportFormat::cells(row);
    CHECK(cells.at(1) == QStringLiteral("12.345"));
    CHECK(cells.at(8) == QStringLiteral("87,5"));
    CHECK(cells.at(9) == QStringLiteral("11,5"));
    CHECK(cells.at(14) == QStringLiteral("19.045 jam"));
    CHECK(cells.at(16) == row.ikm->text().replace(QLatin1Char('.'), QLatin1Char(',')));
    CHECK(ReportFormat::duration(45 * 60) == QStringLiteral("45 menit"));
    CHECK(ReportFormat::duration(3 * 3600 + 20 * 60) == QStringLiteral("3 jam 20 menit"));
    CHECK(ReportFormat::periodText(report) == QStringLiteral("1 Januari 2025 s.d. 31 Desember 2026"));
    const QString text = ReportFormat::text(report);
    CHECK(text.contains(QStringLiteral("Kunjungan: 12.345")));
    CHECK(text.contains(QStringLiteral("Gangguan internet 19.045 jam")));
    CHECK(text.contains(QStringLiteral("1 Januari 2025 s.d. 31 Desember 2026")));

    // The CSV: no thousands separator, its own decimal mark, minutes, ISO dates, as before.
    const QByteArray plain = ReportFormat::csv(report, CsvStyle::International);
    CHECK(plain.contains("Aktivasi,12345,"));
    CHECK(plain.contains(",87.5,11.5,"));
    CHECK(plain.contains(",1142692.0,"));
    CHECK(plain.contains("Waktu tunda (menit)"));
    CHECK(plain.contains("2025-01-01 s.d. 2026-12-31"));
    const QByteArray indonesian = ReportFormat::csv(report, CsvStyle::Indonesian);
    CHECK(indonesian.contains("Aktivasi;12345;"));
    CHECK(indonesian.contains(";87,5;11,5;"));
    CHECK(indonesian.contains(";1142692,0;"));
}

TEST_CASE("every figure traced: the files the report counts, each read as its completion proof reads it", "[reports][explain]")
{
    History h;
    const QDate from(2026, 11, 23), to(2026, 11, 24);
    const QDateTime now = Clock::nowUtc();
    const PerformanceReport report = h.report(ReportGrouping::Service);
    auto explained = [&](const QString &figure, ReportGrouping grouping = ReportGrouping::Service) {
        const Result<FigureExplanation> e = ReportExplain::explain(h.f.db(), from, to, grouping, figure, now);
        INFO(figure.toStdString() << ": " << e.error().toStdString());
        REQUIRE(e.ok());
        return e.value();
    };
    auto ids = [](const FigureExplanation &e) {
        QList<qint64> list;
        for (const ExplainedFile &f : e.files)
            list << f.id;
        return list;
    };
    const ReportRow &t = report.total;
    CHECK(ids(explained(QStringLiteral("visits"))).size() == t.visits);
    CHECK(ids(explained(QStringLiteral("new:total"))).size() == t.applications);
    CHECK(ids(explained(QStringLiteral("returned"))) == QList<qint64>{h.b});
    CHECK(ids(explained(QStringLiteral("accepted"))) == QList<qint64>{h.a, h.c, h.d, h.fileF});
    CHECK(ids(explained(QStringLiteral("served"))) == QList<qint64>{h.a, h.c, h.d});
    CHECK(ids(explained(QStringLiteral("met"))) == QList<qint64>{h.a, h.d});
    CHECK(ids(explained(QStringLiteral("late"))) == QList<qint64>{h.c});
    CHECK(ids(explained(QStringLiteral("cancelled"))) == QList<qint64>{h.e});
    CHECK(ids(explained(QStringLiteral("open"))) == QList<qint64>{h.fileF, h.g});
    CHECK(ids(explained(QStringLiteral("served:1"))) == QList<qint64>{h.a});
    CHECK(ids(explained(QStringLiteral("Met:7"))) == QList<qint64>{h.d});
    CHECK(explained(QStringLiteral("met:3")).files.isEmpty());
    CHECK(explained(QStringLiteral("late:3")).value == QStringLiteral("0,0")); // the row's "Tepat janji (%)"

    // The median: the served files by the time counted (20, 60, 85 minutes), C in the middle.
    const FigureExplanation median = explained(QStringLiteral("median"));
    REQUIRE(ids(median) == QList<qint64>{h.a, h.c, h.d});
    CHECK(median.files.at(1).middle);
    CHECK_FALSE(median.files.at(0).middle);
    CHECK(median.value == ReportFormat::minutes(t.serviceTime.median));
    CHECK(median.files.at(1).countedSeconds == qint64(t.serviceTime.median));

    // Each file's reading is the workflow's own clock, as its completion proof prints it.
    for (const ExplainedFile &f : median.files) {
        const auto clock = h.f.wf().clocks().read(f.id, now);
        REQUIRE(clock.ok());
        CHECK(f.clock.elapsedSeconds == clock->elapsedSeconds);
        CHECK(f.clock.met == clock->met);
        CHECK(f.clock.dueAt == clock->dueAt);
        CHECK(f.countedSeconds == clock->elapsedSeconds);
    }
    const ExplainedFile &c = median.files.at(1);
    REQUIRE(c.pauses.size() == 1);
    CHECK(c.clock.pausedSeconds == 2400);
    const QStringList cells = ReportExplain::fileCells(c, QTimeZone("Asia/Makassar"));
    CHECK(cells.at(4) == QStringLiteral("2026-11-23 09:10"));
    CHECK(cells.at(6) == QStringLiteral("2026-11-23 10:50"));
    CHECK(cells.at(7).startsWith(QStringLiteral("2026-11-23 10:00 – 2026-11-23 10:40")));
    CHECK(cells.at(9) == QStringLiteral("60,0"));
    CHECK(cells.at(10).startsWith(QStringLiteral("terlambat")));
    CHECK(cells.at(10).endsWith(QStringLiteral("median")));

    // By officer: the verifier's files.
    const QString vera = QString::number(h.f.verifikator.id);
    CHECK(ids(explained(QStringLiteral("served:") + vera, ReportGrouping::Officer)) == QList<qint64>{h.a});

    // Names and rows that are not there.
    CHECK_FALSE(ReportExplain::explain(h.f.db(), from, to, ReportGrouping::Service, QStringLiteral("ikm:1"), now).ok());
    CHECK_FALSE(ReportExplain::figureError(QStringLiteral("ikm:1")).isEmpty());
    CHECK(ReportExplain::figureError(QStringLiteral("met:1")).isEmpty());
    CHECK_FALSE(ReportExplain::explain(h.f.db(), from, to, ReportGrouping::Service, QStringLiteral("met:99"), now).ok());
    CHECK(ReportExplain::figureOfColumn(5) == QStringLiteral("served"));
    CHECK(ReportExplain::figureOfColumn(8) == QStringLiteral("met"));
    CHECK(ReportExplain::figureOfColumn(9) == QStringLiteral("median"));
    CHECK(ReportExplain::figureOfColumn(16).isEmpty());
}

TEST_CASE("complaints by the service of the file they are about, traced to the complaints", "[reports][explain][kinerja]")
{
    History h;
    // About file C (service 3), acknowledged the next day; and one that names no file.
    exec(h.f.db(), QStringLiteral("INSERT INTO complaints (number, year, seq, received_at, received_date, channel, stage, acknowledged_at, "
                                  "recorded_by, application_id) VALUES ('ADU-2026-0001', 2026, 1, '2026-11-23T05:00:00.000Z', '2026-11-23', "
                                  "'langsung', 'cek_administrasi', '2026-11-24T01:00:00.000Z', %1, %2)")
                       .arg(h.f.helpdesk.id)
                       .arg(h.c));
    exec(h.f.db(), QStringLiteral("INSERT INTO complaints (number, year, seq, received_at, received_date, channel, stage, recorded_by) "
                                  "VALUES ('ADU-2026-0002', 2026, 2, '2026-11-23T06:00:00.000Z', '2026-11-23', 'langsung', 'diterima', %1)")
                       .arg(h.f.helpdesk.id));
    // Read a month later: every deadline is decided.
    const QDateTime later = QDateTime(QDate(2026, 12, 24), QTime(4, 0), QTimeZone::utc());
    const auto built = ReportBuilder(h.f.db()).build(QDate(2026, 11, 23), QDate(2026, 11, 24), ReportGrouping::Service, later);
    REQUIRE(built.ok());
    const PerformanceReport &report = built.value();
    REQUIRE(report.complaints);
    CHECK(report.complaints->received == 2);
    CHECK(report.complaints->acknowledgeDecided == 2);
    CHECK(report.complaints->acknowledgedInTime == 1);
    const ReportRow &s3 = rowOf(report, QStringLiteral("3"));
    REQUIRE(s3.complaints);
    CHECK(s3.complaints->received == 1);
    CHECK(s3.complaints->acknowledgedPercent() == 100.0);
    CHECK(s3.complaints->respondDecided == 1); // passed without a response
    CHECK(s3.complaints->respondedInTime == 0);
    REQUIRE(rowOf(report, QStringLiteral("1")).complaints);
    CHECK(rowOf(report, QStringLiteral("1")).complaints->received == 0);

    const auto three = ReportExplain::explain(h.f.db(), report.from, report.to, ReportGrouping::Service, QStringLiteral("complaints:3"), later);
    REQUIRE(three.ok());
    REQUIRE(three->complaints.size() == 1);
    CHECK(three->complaints.first().number == QStringLiteral("ADU-2026-0001"));
    const Result<Application> fileC = h.f.wf().files().application(h.c);
    REQUIRE(fileC.ok());
    CHECK(three->complaints.first().applicationNumber == fileC->number);
    const auto ack = ReportExplain::explain(h.f.db(), report.from, report.to, ReportGrouping::Service, QStringLiteral("ack3"), later);
    REQUIRE(ack.ok());
    CHECK(ack->complaints.size() == report.complaints->acknowledgeDecided);
    CHECK(ack->value == QStringLiteral("50,0"));
    CHECK(ReportExplain::complaintCells(ack->complaints.at(1), QTimeZone("Asia/Makassar")).at(2) == QStringLiteral("tanpa berkas"));

    // The board: the report's own cells, service by service, then the total.
    const QList<QStringList> board = PerformanceBoard::rows(report);
    REQUIRE(board.size() == report.rows.size() + 1);
    REQUIRE(board.first().size() == PerformanceBoard::columnTitles().size());
    const QStringList third = board.at(2);
    CHECK(third.at(0) == QStringLiteral("3. ") + s3.title);
    CHECK(third.at(1) == QStringLiteral("1"));
    CHECK(third.at(2) == QStringLiteral("0,0"));
    CHECK(third.at(3) == QStringLiteral("60,0"));
    CHECK(third.at(4) == QStringLiteral("1"));
    CHECK(third.at(5) == QStringLiteral("100,0"));
    CHECK(third.at(6) == QStringLiteral("0,0"));
    CHECK(third.at(7) == QStringLiteral("–")); // no survey answer names service 3
    const QStringList total = board.last();
    CHECK(total.at(0) == report.total.title);
    CHECK(total.at(1) == QStringLiteral("3"));
    CHECK(total.at(2) == ReportFormat::percent(report.total.metPercent()));
    CHECK(total.at(3) == QStringLiteral("60,0"));
    CHECK(total.at(4) == QStringLiteral("2"));
    CHECK(total.at(5) == QStringLiteral("50,0"));
}

TEST_CASE("the board's periods: a month and a quarter as typed", "[reports][kinerja]")
{
    const auto october = PerformanceBoard::month(QStringLiteral("2026-10"));
    REQUIRE(october.ok());
    CHECK(october->from == QDate(2026, 10, 1));
    CHECK(october->to == QDate(2026, 10, 31));
    CHECK(october->title == QStringLiteral("Oktober 2026"));
    CHECK(PerformanceBoard::month(QStringLiteral("2028-02"))->to == QDate(2028, 2, 29));
    const auto q4 = PerformanceBoard::quarter(QStringLiteral(" 2026-q4 "));
    REQUIRE(q4.ok());
    CHECK(q4->from == QDate(2026, 10, 1));
    CHECK(q4->to == QDate(2026, 12, 31));
    CHECK(q4->title == QStringLiteral("Triwulan IV 2026"));
    CHECK(PerformanceBoard::quarterOf(QDate(2026, 5, 17)).from == QDate(2026, 4, 1));
    CHECK(PerformanceBoard::quarterOf(QDate(2026, 5, 17)).to == QDate(2026, 6, 30));
    for (const QString bad : {QStringLiteral("2026-13"), QStringLiteral("10-2026"), QStringLiteral("")}) {
        const auto m = PerformanceBoard::month(bad);
        REQUIRE_FALSE(m.ok());
        CHECK(m.error().contains(QStringLiteral("YYYY-MM")));
    }
    for (const QString bad : {QStringLiteral("2026-Q5"), QStringLiteral("2026-4"), QStringLiteral("Q4-2026")})
        CHECK_FALSE(PerformanceBoard::quarter(bad).ok());
}
