#include "calendar/IcsImporter.h"
#include "calendar/WorkingCalendar.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <functional>
#include <string>

// Expected values are worked out by hand from the conventions in
// docs/reference-data.md ("Counting service times") and the shipped office hours:
// Mon-Thu 07:30-16:00 break 12:00-13:00, Fri 07:30-16:00 break 11:30-13:00.

namespace {

const QByteArray kWita = "Asia/Makassar";

QTimeZone wita()
{
    return QTimeZone(kWita);
}

WorkingCalendar office()
{
    WorkingCalendar c = WorkingCalendar::defaults();
    c.setTimeZone(wita());
    return c;
}

// "2026-03-02 11:50" (or with seconds) in WITA.
QDateTime at(const char *text)
{
    const QString s = QString::fromLatin1(text);
    const QDateTime local = QDateTime::fromString(s, s.size() > 16 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                                    : QStringLiteral("yyyy-MM-dd HH:mm"));
    REQUIRE(local.isValid());
    return QDateTime(local.date(), local.time(), wita());
}

QDate day(const char *text)
{
    const QDate d = QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
    REQUIRE(d.isValid());
    return d;
}

std::string text(const QDateTime &dt, const QTimeZone &zone = wita())
{
    if (!dt.isValid())
        return "invalid";
    const QDateTime local = dt.toTimeZone(zone);
    return local.toString(local.time().second() ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"))
        .toStdString();
}

std::string text(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : "invalid";
}

std::string plusMinutes(const WorkingCalendar &c, const char *start, qint64 minutes)
{
    return text(c.addWorkingSeconds(at(start), minutes * 60));
}

qint64 minutesBetween(const WorkingCalendar &c, const char *from, const char *to)
{
    const qint64 seconds = c.workingSecondsBetween(at(from), at(to));
    return seconds / 60;
}

std::string due(const WorkingCalendar &c, const char *received, int n)
{
    return text(c.closeOfWorkingDaysAfter(day(received), n));
}

std::string str(const QString &s)
{
    return s.toStdString();
}

DaySchedule hours(QTime open, QTime close, QList<TimeRange> breaks = {})
{
    return DaySchedule{true, open, close, breaks};
}

// The Ramadan 1447 H schedule an administrator would enter (a test fixture, not a default).
SpecialSchedule ramadan2026()
{
    SpecialSchedule s;
    s.name = QStringLiteral("Ramadan 1447 H");
    s.from = QDate(2026, 2, 18);
    s.to = QDate(2026, 3, 19);
    for (int d = 1; d <= 4; ++d)
        s.days.insert(d, hours(QTime(8, 0), QTime(15, 0), {TimeRange{QTime(12, 0), QTime(12, 30)}}));
    s.days.insert(5, hours(QTime(8, 0), QTime(15, 30), {TimeRange{QTime(11, 30), QTime(12, 30)}}));
    return s;
}

QList<QDate> dates(int year, std::initializer_list<std::pair<int, std::initializer_list<int>>> months)
{
    QList<QDate> out;
    for (const auto &[month, days] : months)
        for (int d : days)
            out << QDate(year, month, d);
    return out;
}

QList<QDate> holidayDates(const WorkingCalendar &c, int year, Holiday::Kind kind)
{
    QList<QDate> out;
    for (const Holiday &h : c.holidays(year))
        if (h.kind == kind)
            out << h.date;
    return out;
}

QByteArray calendarJson(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(office().toJson()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

QJsonObject dayJson(const char *open, const char *close, QJsonArray breaks = {})
{
    return QJsonObject{{QStringLiteral("open"), QString::fromLatin1(open)},
                       {QStringLiteral("close"), QString::fromLatin1(close)},
                       {QStringLiteral("breaks"), breaks}};
}

QJsonArray pair(const char *a, const char *b)
{
    return QJsonArray{QString::fromLatin1(a), QString::fromLatin1(b)};
}

QByteArray ics(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Loket//Test//ID\r\n" + events + "END:VCALENDAR\r\n";
}

QByteArray event(const QByteArray &lines)
{
    return "BEGIN:VEVENT\r\n" + lines + "END:VEVENT\r\n";
}

Result<QList<Holiday>> parseIcs(const QByteArray &data, Holiday::Kind kind = Holiday::Kind::National)
{
    return IcsImporter::parse(data, kind);
}

} // namespace

// ---------------------------------------------------------------------------------
// Shipped defaults

TEST_CASE("defaults: Mon-Thu 07:30-16:00 with break 12:00-13:00, Fri break 11:30-13:00, weekend closed", "[calendar]")
{
    const WorkingCalendar c = office();
    for (int d = 1; d <= 4; ++d) {
        const DaySchedule s = c.weekday(d);
        CHECK(s.working);
        CHECK(s.open == QTime(7, 30));
        CHECK(s.close == QTime(16, 0));
        CHECK(s.breaks == QList<TimeRange>{TimeRange{QTime(12, 0), QTime(13, 0)}});
    }
    CHECK(c.weekday(5) == hours(QTime(7, 30), QTime(16, 0), {TimeRange{QTime(11, 30), QTime(13, 0)}}));
    CHECK_FALSE(c.weekday(6).working);
    CHECK_FALSE(c.weekday(7).working);
    CHECK_FALSE(c.weekday(0).working);
    CHECK_FALSE(c.weekday(8).working);
    CHECK(c.specialSchedules().isEmpty());

    CHECK(c.workingPeriods(day("2026-03-02")) ==
          QList<TimeRange>{{QTime(7, 30), QTime(12, 0)}, {QTime(13, 0), QTime(16, 0)}});
    CHECK(c.workingPeriods(day("2026-03-06")) ==
          QList<TimeRange>{{QTime(7, 30), QTime(11, 30)}, {QTime(13, 0), QTime(16, 0)}});
    CHECK(c.workingPeriods(day("2026-03-07")).isEmpty());
    CHECK(c.isWorkingDay(day("2026-03-02")));
    CHECK_FALSE(c.isWorkingDay(day("2026-03-08")));
}

TEST_CASE("defaults: a plain week (Mon 2026-11-23 .. Sun 11-29) has 4 x 7h30 + 7h = 37 working hours", "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(minutesBetween(c, "2026-11-23 00:00", "2026-11-30 00:00") == 37 * 60);
    CHECK(minutesBetween(c, "2026-11-23 00:00", "2026-11-24 00:00") == 7 * 60 + 30);
    CHECK(minutesBetween(c, "2026-11-27 00:00", "2026-11-28 00:00") == 7 * 60);
}

TEST_CASE("defaults: every 2025 and 2026 holiday and cuti bersama of the SKB, by date and kind", "[calendar]")
{
    const WorkingCalendar c = office();
    using K = Holiday::Kind;
    CHECK(holidayDates(c, 2025, K::National) ==
          dates(2025, {{1, {1, 27, 29}}, {3, {29, 31}}, {4, {1, 18, 20}}, {5, {1, 12, 29}}, {6, {1, 6, 27}}, {8, {17}}, {9, {5}}, {12, {25}}}));
    CHECK(holidayDates(c, 2025, K::CutiBersama) ==
          dates(2025, {{1, {28}}, {3, {28}}, {4, {2, 3, 4, 7}}, {5, {13, 30}}, {6, {9}}, {8, {18}}, {12, {26}}}));
    CHECK(holidayDates(c, 2026, K::National) ==
          dates(2026, {{1, {1, 16}}, {2, {17}}, {3, {19, 21, 22}}, {4, {3, 5}}, {5, {1, 14, 27, 31}}, {6, {1, 16}}, {8, {17, 25}}, {12, {25}}}));
    CHECK(holidayDates(c, 2026, K::CutiBersama) == dates(2026, {{2, {16}}, {3, {18, 20, 23, 24}}, {5, {15, 28}}, {12, {24}}}));
    CHECK(c.holidays(2025).size() == 28);
    CHECK(c.holidays(2026).size() == 25);
    CHECK(c.holidays(2024).isEmpty());
    CHECK(c.holidays(2027).isEmpty());
    CHECK(c.holidays().size() == 53);
    CHECK(holidayDates(c, 2026, K::Local).isEmpty());

    for (const Holiday &h : c.holidays()) {
        INFO(text(h.date) << " " << str(h.name));
        CHECK_FALSE(h.name.isEmpty());
        CHECK(h.name.startsWith(QStringLiteral("Cuti Bersama ")) == (h.kind == K::CutiBersama));
        CHECK_FALSE(c.isWorkingDay(h.date));
        CHECK_FALSE(c.scheduleFor(h.date).working);
        CHECK(c.workingPeriods(h.date).isEmpty());
    }
}

TEST_CASE("defaults: holiday names match the day (2026 in the order of reference-data.md)", "[calendar]")
{
    const WorkingCalendar c = office();
    auto name = [&](const char *d) {
        const Holiday *h = c.holiday(day(d));
        return h ? str(h->name) : std::string("-");
    };
    CHECK(name("2026-01-01") == "Tahun Baru Masehi");
    CHECK(name("2026-01-16") == "Isra Mikraj Nabi Muhammad");
    CHECK(name("2026-02-17") == "Tahun Baru Imlek");
    CHECK(name("2026-03-19") == "Hari Suci Nyepi");
    CHECK(name("2026-03-21") == "Hari Raya Idul Fitri");
    CHECK(name("2026-03-22") == "Hari Raya Idul Fitri");
    CHECK(name("2026-04-03") == "Wafat Yesus Kristus");
    CHECK(name("2026-04-05") == "Kebangkitan Yesus Kristus");
    CHECK(name("2026-05-01") == "Hari Buruh Internasional");
    CHECK(name("2026-05-14") == "Kenaikan Yesus Kristus");
    CHECK(name("2026-05-27") == "Hari Raya Idul Adha");
    CHECK(name("2026-05-31") == "Hari Raya Waisak");
    CHECK(name("2026-06-01") == "Hari Lahir Pancasila");
    CHECK(name("2026-06-16") == "Tahun Baru Islam");
    CHECK(name("2026-08-17") == "Hari Kemerdekaan RI");
    CHECK(name("2026-08-25") == "Maulid Nabi Muhammad");
    CHECK(name("2026-12-25") == "Hari Raya Natal");
    CHECK(name("2026-02-16") == "Cuti Bersama Tahun Baru Imlek");
    CHECK(name("2026-03-18") == "Cuti Bersama Hari Suci Nyepi");
    CHECK(name("2026-03-20") == "Cuti Bersama Hari Raya Idul Fitri");
    CHECK(name("2026-03-23") == "Cuti Bersama Hari Raya Idul Fitri");
    CHECK(name("2026-03-24") == "Cuti Bersama Hari Raya Idul Fitri");
    CHECK(name("2026-05-15") == "Cuti Bersama Kenaikan Yesus Kristus");
    CHECK(name("2026-05-28") == "Cuti Bersama Hari Raya Idul Adha");
    CHECK(name("2026-12-24") == "Cuti Bersama Hari Raya Natal");

    CHECK(name("2025-01-01") == "Tahun Baru 2025 Masehi");
    CHECK(name("2025-01-27") == "Isra Mikraj Nabi Muhammad SAW");
    CHECK(name("2025-01-29") == "Tahun Baru Imlek 2576 Kongzili");
    CHECK(name("2025-03-29") == "Hari Suci Nyepi (Tahun Baru Saka 1947)");
    CHECK(name("2025-03-31") == "Hari Raya Idul Fitri 1446 H");
    CHECK(name("2025-04-01") == "Hari Raya Idul Fitri 1446 H");
    CHECK(name("2025-04-18") == "Wafat Yesus Kristus");
    CHECK(name("2025-04-20") == "Kebangkitan Yesus Kristus (Paskah)");
    CHECK(name("2025-05-12") == "Hari Raya Waisak 2569 BE");
    CHECK(name("2025-05-29") == "Kenaikan Yesus Kristus");
    CHECK(name("2025-06-06") == "Hari Raya Idul Adha 1446 H");
    CHECK(name("2025-06-27") == "Tahun Baru Islam 1447 H");
    CHECK(name("2025-08-17") == "Hari Kemerdekaan RI");
    CHECK(name("2025-09-05") == "Maulid Nabi Muhammad SAW");
    CHECK(name("2025-12-25") == "Hari Raya Natal");
    CHECK(name("2025-04-07") == "Cuti Bersama Hari Raya Idul Fitri 1446 H");
    CHECK(name("2025-08-18") == "Cuti Bersama Hari Kemerdekaan RI");
    CHECK(name("2025-12-26") == "Cuti Bersama Hari Raya Natal");
    CHECK(name("2026-03-25") == "-");
}

TEST_CASE("defaults: the shipped file has an empty time zone (the system zone) and no special schedule", "[calendar]")
{
    QFile f(QStringLiteral(":/calendar/defaults.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    CHECK(root.value(QStringLiteral("format")).toInt() == 1);
    CHECK(root.value(QStringLiteral("time_zone")).toString().isEmpty());
    CHECK(root.value(QStringLiteral("special_schedules")).toArray().isEmpty());
    CHECK(WorkingCalendar::defaults().timeZone() == QTimeZone::systemTimeZone());
    CHECK(WorkingCalendar().timeZone() == QTimeZone::systemTimeZone());
}

// ---------------------------------------------------------------------------------
// Minutes inside office hours

TEST_CASE("minutes: Mon 2026-03-02 11:50 + 30 min skips the 12:00-13:00 break -> 13:20", "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2026-03-02 11:50", 30) == "2026-03-02 13:20");
    CHECK(minutesBetween(c, "2026-03-02 11:50", "2026-03-02 13:20") == 30);
}

TEST_CASE("minutes: Fri 2026-03-06 11:20 + 30 min skips Friday's 11:30-13:00 break -> 13:20", "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2026-03-06 11:20", 30) == "2026-03-06 13:20");
    // The same start on a Thursday only loses the 12:00 break.
    CHECK(plusMinutes(c, "2026-03-05 11:20", 30) == "2026-03-05 11:50");
    CHECK(plusMinutes(c, "2026-03-05 11:50", 30) == "2026-03-05 13:20");
}

TEST_CASE("minutes: evening, Mon 2026-03-02 15:45 + 30 min -> Tue 03-03 07:45", "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2026-03-02 15:45", 30) == "2026-03-03 07:45");
    CHECK(minutesBetween(c, "2026-03-02 15:45", "2026-03-03 07:45") == 30);
    CHECK(minutesBetween(c, "2026-03-02 16:00", "2026-03-03 07:30") == 0);
}

TEST_CASE("minutes: weekend, Fri 2026-03-06 15:50 + 30 min -> Mon 03-09 07:50", "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2026-03-06 15:50", 30) == "2026-03-09 07:50");
    CHECK(minutesBetween(c, "2026-03-06 15:50", "2026-03-09 07:50") == 30);
}

TEST_CASE("minutes: Idul Fitri 2026, Tue 03-17 15:50 + 30 min -> Wed 03-25 07:50 (18 cuti, 19 Nyepi, 20 cuti, "
          "21-22 Idul Fitri, 23-24 cuti)",
          "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2026-03-17 15:50", 30) == "2026-03-25 07:50");
    CHECK(minutesBetween(c, "2026-03-17 15:50", "2026-03-25 07:50") == 30);
    // Mon 16 and Tue 17 are the only working days of that week: 2 x 7h30.
    CHECK(minutesBetween(c, "2026-03-16 00:00", "2026-03-23 00:00") == 15 * 60);
    CHECK(minutesBetween(c, "2026-03-18 00:00", "2026-03-25 00:00") == 0);
}

TEST_CASE("minutes: end of 2025, Wed 12-24 15:45 + 30 min -> Mon 2025-12-29 07:45 (25 Natal, 26 cuti, weekend)",
          "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2025-12-24 15:45", 30) == "2025-12-29 07:45");
}

TEST_CASE("minutes: Idul Fitri 2025, Thu 2025-03-27 15:30 + 60 min -> Tue 2025-04-08 08:00", "[calendar]")
{
    // 28 cuti, 29 Nyepi, 30 Sunday, 31 + Apr 1 Idul Fitri, Apr 2-4 cuti, 5-6 weekend, 7 cuti.
    const WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2025-03-27 15:30", 60) == "2025-04-08 08:00");
}

TEST_CASE("minutes: before opening, Mon 2026-03-02 06:00 + 30 min -> 08:00, Sat 03-07 10:00 + 30 -> Mon 03-09 08:00",
          "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2026-03-02 06:00", 30) == "2026-03-02 08:00");
    CHECK(plusMinutes(c, "2026-03-02 00:00", 30) == "2026-03-02 08:00");
    CHECK(plusMinutes(c, "2026-03-07 10:00", 30) == "2026-03-09 08:00");
    CHECK(minutesBetween(c, "2026-03-02 06:00", "2026-03-02 08:00") == 30);
}

TEST_CASE("minutes: inside a break, Mon 12:30 + 30 -> 13:30, Fri 11:45 + 30 -> 13:30, Fri 12:59 + 90 -> 14:30",
          "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2026-03-02 12:30", 30) == "2026-03-02 13:30");
    CHECK(plusMinutes(c, "2026-03-06 11:45", 30) == "2026-03-06 13:30");
    CHECK(plusMinutes(c, "2026-03-06 12:59", 90) == "2026-03-06 14:30");
    CHECK(minutesBetween(c, "2026-03-02 12:00", "2026-03-02 13:00") == 0);
    CHECK(minutesBetween(c, "2026-03-02 11:59", "2026-03-02 13:01") == 2);
}

TEST_CASE("minutes: exact boundaries, 07:30 + 30 -> 08:00, 11:30 + 30 -> 12:00 (not 13:00), 15:30 + 30 -> 16:00, "
          "16:00 + 30 -> next day 08:00",
          "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2026-03-02 07:30", 30) == "2026-03-02 08:00");
    CHECK(plusMinutes(c, "2026-03-02 11:30", 30) == "2026-03-02 12:00");
    CHECK(plusMinutes(c, "2026-03-02 12:00", 30) == "2026-03-02 13:30");
    CHECK(plusMinutes(c, "2026-03-02 15:30", 30) == "2026-03-02 16:00");
    CHECK(plusMinutes(c, "2026-03-02 16:00", 30) == "2026-03-03 08:00");
    CHECK(plusMinutes(c, "2026-03-06 16:00", 30) == "2026-03-09 08:00");
    CHECK(text(c.addWorkingSeconds(at("2026-03-02 12:00"), 1)) == "2026-03-02 13:00:01");
    CHECK(text(c.addWorkingSeconds(at("2026-03-02 11:59:59"), 1)) == "2026-03-02 12:00");
    CHECK(text(c.addWorkingSeconds(at("2026-03-02 15:59:59"), 2)) == "2026-03-03 07:30:01");
    CHECK(c.workingSecondsBetween(at("2026-03-02 11:59:59"), at("2026-03-02 13:00:01")) == 2);
    CHECK(c.workingSecondsBetween(at("2026-03-02 07:30"), at("2026-03-02 07:30")) == 0);
    CHECK(c.workingSecondsBetween(at("2026-03-02 09:00"), at("2026-03-02 08:00")) == 0);
    // A whole Monday: 4h30 + 3h.
    CHECK(minutesBetween(c, "2026-03-02 07:30", "2026-03-02 16:00") == 7 * 60 + 30);
}

TEST_CASE("minutes: zero or negative seconds return the start unchanged, even outside office hours", "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(text(c.addWorkingSeconds(at("2026-03-07 22:15"), 0)) == "2026-03-07 22:15");
    CHECK(text(c.addWorkingSeconds(at("2026-03-02 12:30"), 0)) == "2026-03-02 12:30");
    CHECK(text(c.addWorkingSeconds(at("2026-03-02 09:00"), -60)) == "2026-03-02 09:00");
    CHECK_FALSE(c.addWorkingSeconds(QDateTime(), 60).isValid());
    CHECK(c.workingSecondsBetween(QDateTime(), at("2026-03-02 09:00")) == 0);
    CHECK(c.workingSecondsBetween(at("2026-03-02 09:00"), QDateTime()) == 0);
}

TEST_CASE("minutes: Mon 2026-03-02 14:00 + 5h -> Tue 10:30, + 6h -> 11:30, + 6h30 -> 12:00, + 6h31 -> 13:01", "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2026-03-02 14:00", 300) == "2026-03-03 10:30");
    CHECK(plusMinutes(c, "2026-03-02 14:00", 360) == "2026-03-03 11:30");
    CHECK(plusMinutes(c, "2026-03-02 14:00", 390) == "2026-03-03 12:00");
    CHECK(plusMinutes(c, "2026-03-02 14:00", 391) == "2026-03-03 13:01");
}

TEST_CASE("minutes: workingSecondsBetween(start, addWorkingSeconds(start, n)) == n across breaks, weekends and Lebaran",
          "[calendar]")
{
    const WorkingCalendar c = office();
    WorkingCalendar withRamadan = c;
    withRamadan.addSpecialSchedule(ramadan2026());
    for (const WorkingCalendar *cal : {&c, static_cast<const WorkingCalendar *>(&withRamadan)}) {
        const QDateTime first = at("2026-03-12 00:00");
        for (int step = 0; step < 14 * 24 * 4; step += 7) {
            const QDateTime start = first.addSecs(qint64(step) * 15 * 60 + 37);
            for (qint64 seconds : {1LL, 59LL, 1800LL, 3600LL, 27000LL, 100000LL}) {
                const QDateTime end = cal->addWorkingSeconds(start, seconds);
                INFO(text(start) << " + " << seconds << "s -> " << text(end));
                REQUIRE(end.isValid());
                CHECK(end > start);
                CHECK(cal->workingSecondsBetween(start, end) == seconds);
                CHECK(cal->workingSecondsBetween(start, end.addSecs(-1)) == seconds - 1);
            }
        }
    }
}

TEST_CASE("minutes: milliseconds are kept, and whole seconds are counted", "[calendar]")
{
    const WorkingCalendar c = office();
    const QDateTime start = at("2026-03-02 11:59:59").addMSecs(500);
    const QDateTime end = c.addWorkingSeconds(start, 1);
    CHECK(end == at("2026-03-02 13:00:00").addMSecs(500));
    CHECK(c.workingSecondsBetween(start, end) == 1);
    CHECK(c.workingSecondsBetween(start, at("2026-03-02 12:00")) == 0);
}

// ---------------------------------------------------------------------------------
// Working days

TEST_CASE("working days: 1 working day after Tue 2026-03-17 -> Wed 03-25 16:00, also when received on Nyepi 03-19 "
          "or on Sat 03-21",
          "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(text(c.nthWorkingDayAfter(day("2026-03-17"), 1)) == "2026-03-25");
    CHECK(due(c, "2026-03-17", 1) == "2026-03-25 16:00");
    CHECK(due(c, "2026-03-19", 1) == "2026-03-25 16:00");
    CHECK(due(c, "2026-03-21", 1) == "2026-03-25 16:00");
    CHECK(due(c, "2026-03-16", 1) == "2026-03-17 16:00");
    CHECK(due(c, "2026-03-16", 2) == "2026-03-25 16:00");
}

TEST_CASE("working days: 5 working days after Mon 2026-11-23 -> Mon 2026-11-30 16:00", "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(text(c.nthWorkingDayAfter(day("2026-11-23"), 5)) == "2026-11-30");
    CHECK(due(c, "2026-11-23", 5) == "2026-11-30 16:00");
    CHECK(due(c, "2026-11-23", 4) == "2026-11-27 16:00");
    CHECK(due(c, "2026-11-28", 1) == "2026-11-30 16:00");
}

TEST_CASE("working days: complaints received Mon 2026-12-21: 3 days -> Mon 12-28 16:00, 6 days -> Thu 12-31 16:00 "
          "(24 cuti, 25 Natal)",
          "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(due(c, "2026-12-21", 3) == "2026-12-28 16:00");
    CHECK(due(c, "2026-12-21", 6) == "2026-12-31 16:00");
    CHECK(due(c, "2026-12-23", 3) == "2026-12-30 16:00");
    CHECK(due(c, "2026-12-22", 1) == "2026-12-23 16:00");
    CHECK(due(c, "2026-12-23", 1) == "2026-12-28 16:00");
}

TEST_CASE("working days: received Wed 2025-12-24 -> 1 day Mon 2025-12-29 16:00, 3 days Wed 12-31 16:00", "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK(due(c, "2025-12-24", 1) == "2025-12-29 16:00");
    CHECK(due(c, "2025-12-24", 3) == "2025-12-31 16:00");
}

TEST_CASE("working days: the due instant is the close of office hours in the calendar's zone (16:00 WITA = 08:00 UTC)",
          "[calendar]")
{
    const WorkingCalendar c = office();
    const QDateTime d = c.closeOfWorkingDaysAfter(day("2026-11-23"), 5);
    CHECK(d.timeZone() == wita());
    CHECK(text(d, QTimeZone::utc()) == "2026-11-30 08:00");
    // From the close of receipt day: Tue, Wed, Thu and Mon at 7h30, Fri at 7h.
    CHECK(c.workingSecondsBetween(at("2026-11-23 16:00"), d) == (4 * 450 + 420) * 60);
}

TEST_CASE("working days: n < 1, an invalid date or a calendar without working days give an invalid answer", "[calendar]")
{
    const WorkingCalendar c = office();
    CHECK_FALSE(c.nthWorkingDayAfter(day("2026-03-02"), 0).isValid());
    CHECK_FALSE(c.nthWorkingDayAfter(day("2026-03-02"), -3).isValid());
    CHECK_FALSE(c.nthWorkingDayAfter(QDate(), 1).isValid());
    CHECK_FALSE(c.closeOfWorkingDaysAfter(day("2026-03-02"), 0).isValid());

    WorkingCalendar closed;
    closed.setTimeZone(wita());
    CHECK_FALSE(closed.isWorkingDay(day("2026-03-02")));
    CHECK_FALSE(closed.nthWorkingDayAfter(day("2026-03-02"), 1).isValid());
    CHECK_FALSE(closed.closeOfWorkingDaysAfter(day("2026-03-02"), 1).isValid());
    CHECK_FALSE(closed.addWorkingSeconds(at("2026-03-02 09:00"), 60).isValid());
    CHECK(closed.workingSecondsBetween(at("2026-03-02 09:00"), at("2027-03-02 09:00")) == 0);
}

// ---------------------------------------------------------------------------------
// Special schedules (Ramadan)

TEST_CASE("Ramadan 2026 (Feb 18 - Mar 19): 08:00-15:00 break 12:00-12:30 Mon-Thu, Fri 08:00-15:30 break 11:30-12:30",
          "[calendar]")
{
    WorkingCalendar c = office();
    c.addSpecialSchedule(ramadan2026());
    REQUIRE(c.specialSchedules().size() == 1);
    CHECK(c.specialSchedules().first() == ramadan2026());

    CHECK(c.scheduleFor(day("2026-02-18")).open == QTime(8, 0));
    CHECK(c.scheduleFor(day("2026-02-13")).open == QTime(7, 30));
    CHECK(c.scheduleFor(day("2026-03-25")).open == QTime(7, 30));
    CHECK_FALSE(c.scheduleFor(day("2026-02-17")).working); // Imlek wins over Ramadan
    CHECK_FALSE(c.scheduleFor(day("2026-02-21")).working); // Saturday falls back to the normal (closed)
    CHECK(c.workingPeriods(day("2026-02-27")) ==
          QList<TimeRange>{{QTime(8, 0), QTime(11, 30)}, {QTime(12, 30), QTime(15, 30)}});

    // A Ramadan week (Mon 02-23 .. Sun 03-01): 4 x 6h30 + 6h30 = 32h30, as Perpres 21/2023 says.
    CHECK(minutesBetween(c, "2026-02-23 00:00", "2026-03-02 00:00") == 32 * 60 + 30);
}

TEST_CASE("Ramadan 2026: Wed 02-18 07:50 + 30 -> 08:30, Wed 02-25 11:50 + 30 -> 12:50, Fri 02-27 14:50 + 60 -> "
          "Mon 03-02 08:20",
          "[calendar]")
{
    WorkingCalendar c = office();
    c.addSpecialSchedule(ramadan2026());
    CHECK(plusMinutes(c, "2026-02-18 07:50", 30) == "2026-02-18 08:30");
    CHECK(plusMinutes(c, "2026-02-25 11:50", 30) == "2026-02-25 12:50");
    CHECK(plusMinutes(c, "2026-02-27 11:20", 30) == "2026-02-27 12:50");
    CHECK(plusMinutes(c, "2026-02-27 14:50", 60) == "2026-03-02 08:20");
    CHECK(plusMinutes(c, "2026-02-25 14:45", 30) == "2026-02-26 08:15");
}

TEST_CASE("Ramadan 2026 edges: Fri 02-13 15:50 + 30 -> Wed 02-18 08:20, Tue 03-17 14:50 + 30 -> Wed 03-25 07:50",
          "[calendar]")
{
    WorkingCalendar c = office();
    c.addSpecialSchedule(ramadan2026());
    // 10 normal minutes on Friday, Mon 16 cuti, Tue 17 Imlek, then Ramadan hours from 08:00.
    CHECK(plusMinutes(c, "2026-02-13 15:50", 30) == "2026-02-18 08:20");
    // 10 Ramadan minutes until 15:00, then the Lebaran break, then normal hours from 07:30.
    CHECK(plusMinutes(c, "2026-03-17 14:50", 30) == "2026-03-25 07:50");
    CHECK(minutesBetween(c, "2026-03-17 14:50", "2026-03-25 07:50") == 30);
}

TEST_CASE("Ramadan 2026: 1 working day after Thu 02-26 closes Fri 02-27 15:30, 2 after Wed 02-25 -> 15:30 too",
          "[calendar]")
{
    WorkingCalendar c = office();
    c.addSpecialSchedule(ramadan2026());
    CHECK(due(c, "2026-02-26", 1) == "2026-02-27 15:30");
    CHECK(due(c, "2026-02-25", 1) == "2026-02-26 15:00");
    CHECK(due(c, "2026-02-25", 2) == "2026-02-27 15:30");
    CHECK(due(c, "2026-03-16", 1) == "2026-03-17 15:00");
    c.clearSpecialSchedules();
    CHECK(due(c, "2026-02-26", 1) == "2026-02-27 16:00");
    CHECK(c.specialSchedules().isEmpty());
}

TEST_CASE("special schedules: a listed weekday may be closed, a missing one keeps its hours, the last added wins",
          "[calendar]")
{
    WorkingCalendar c = office();
    SpecialSchedule saturdays;
    saturdays.name = QStringLiteral("Pelayanan Sabtu");
    saturdays.from = day("2026-07-01");
    saturdays.to = day("2026-07-31");
    saturdays.days.insert(6, hours(QTime(8, 0), QTime(12, 0)));
    saturdays.days.insert(5, DaySchedule{}); // Fridays closed for the month
    c.addSpecialSchedule(saturdays);
    CHECK(c.isWorkingDay(day("2026-07-04")));
    CHECK_FALSE(c.isWorkingDay(day("2026-07-03")));
    CHECK(c.scheduleFor(day("2026-07-06")) == c.weekday(1));
    CHECK_FALSE(c.isWorkingDay(day("2026-07-05")));
    CHECK_FALSE(c.isWorkingDay(day("2026-08-01")));
    // Thu 07-02 15:50 + 30: 10 min Thursday, Friday closed, Saturday from 08:00.
    CHECK(plusMinutes(c, "2026-07-02 15:50", 30) == "2026-07-04 08:20");
    CHECK(due(c, "2026-07-02", 1) == "2026-07-04 12:00");

    SpecialSchedule late;
    late.name = QStringLiteral("Jam siang");
    late.from = day("2026-07-04");
    late.to = day("2026-07-04");
    late.days.insert(6, hours(QTime(10, 0), QTime(11, 0)));
    c.addSpecialSchedule(late);
    CHECK(c.workingPeriods(day("2026-07-04")) == QList<TimeRange>{{QTime(10, 0), QTime(11, 0)}});
    CHECK(c.workingPeriods(day("2026-07-11")) == QList<TimeRange>{{QTime(8, 0), QTime(12, 0)}});
    // Friday is not in `late`, so the earlier schedule still closes it.
    CHECK_FALSE(c.isWorkingDay(day("2026-07-03")));

    SpecialSchedule backwards = late;
    backwards.from = day("2026-07-10");
    backwards.to = day("2026-07-01");
    c.addSpecialSchedule(backwards);
    CHECK(c.specialSchedules().size() == 2);
}

// ---------------------------------------------------------------------------------
// Editing the calendar

TEST_CASE("edit: a local holiday on Tue 2026-11-24 moves Mon 11-23 15:50 + 30 from Tue 07:50 to Wed 11-25 07:50 and "
          "5 working days from Mon 11-30 to Tue 12-01 16:00",
          "[calendar]")
{
    WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2026-11-23 15:50", 30) == "2026-11-24 07:50");
    CHECK(due(c, "2026-11-23", 5) == "2026-11-30 16:00");

    c.addHoliday(Holiday{day("2026-11-24"), QStringLiteral("Hari Jadi Kota Banjarmasin"), Holiday::Kind::Local});
    REQUIRE(c.holiday(day("2026-11-24")) != nullptr);
    CHECK(c.holiday(day("2026-11-24"))->kind == Holiday::Kind::Local);
    CHECK(plusMinutes(c, "2026-11-23 15:50", 30) == "2026-11-25 07:50");
    CHECK(due(c, "2026-11-23", 5) == "2026-12-01 16:00");
    CHECK(c.holidays(2026).size() == 26);

    CHECK(c.removeHoliday(day("2026-11-24")));
    CHECK_FALSE(c.removeHoliday(day("2026-11-24")));
    CHECK(plusMinutes(c, "2026-11-23 15:50", 30) == "2026-11-24 07:50");
}

TEST_CASE("edit: moving Idul Adha 2026 by decree, removing cuti bersama, and adding a holiday replaces the same date",
          "[calendar]")
{
    WorkingCalendar c = office();
    c.addHoliday(Holiday{day("2026-05-27"), QStringLiteral("Hari Raya Idul Adha 1447 H"), Holiday::Kind::National});
    CHECK(c.holidays(2026).size() == 25);
    CHECK(str(c.holiday(day("2026-05-27"))->name) == "Hari Raya Idul Adha 1447 H");

    // Tue 05-26 15:50 + 30 -> 27 Idul Adha, 28 cuti -> Fri 05-29 07:50.
    CHECK(plusMinutes(c, "2026-05-26 15:50", 30) == "2026-05-29 07:50");
    CHECK(c.removeHoliday(day("2026-05-28")));
    CHECK(plusMinutes(c, "2026-05-26 15:50", 30) == "2026-05-28 07:50");
    c.addHoliday(Holiday{day("2026-05-28"), QStringLiteral("Cuti Bersama Hari Raya Idul Adha"), Holiday::Kind::CutiBersama});
    CHECK(plusMinutes(c, "2026-05-26 15:50", 30) == "2026-05-29 07:50");
}

TEST_CASE("edit: holidays are kept by date, an empty name gets a default, an invalid date is ignored", "[calendar]")
{
    WorkingCalendar c;
    c.addHoliday(Holiday{day("2026-12-25"), QStringLiteral("Hari Raya Natal"), Holiday::Kind::National});
    c.addHoliday(Holiday{day("2026-01-01"), QStringLiteral("  "), Holiday::Kind::National});
    c.addHoliday(Holiday{QDate(), QStringLiteral("Tanpa tanggal"), Holiday::Kind::Local});
    c.addHoliday(Holiday{day("2027-01-01"), QStringLiteral("Tahun Baru Masehi"), static_cast<Holiday::Kind>(42)});
    REQUIRE(c.holidays().size() == 3);
    CHECK(c.holidays().at(0).date == day("2026-01-01"));
    CHECK(str(c.holidays().at(0).name) == "Hari libur");
    CHECK(c.holidays().at(1).date == day("2026-12-25"));
    CHECK(c.holidays().at(2).kind == Holiday::Kind::National);
    CHECK(c.holidays(2026).size() == 2);
    CHECK(c.holiday(day("2026-06-01")) == nullptr);
    CHECK(WorkingCalendar::fromJson(c.toJson()).ok());
}

TEST_CASE("edit: setWeekday cleans breaks (clipped, sorted, merged) and closes a day without working time", "[calendar]")
{
    WorkingCalendar c = office();
    c.setWeekday(6, hours(QTime(8, 0), QTime(12, 0),
                          {TimeRange{QTime(11, 0), QTime(13, 0)}, TimeRange{QTime(7, 0), QTime(8, 30)},
                           TimeRange{QTime(10, 0), QTime(10, 15)}, TimeRange{QTime(10, 10), QTime(10, 30)},
                           TimeRange{QTime(9, 0), QTime(9, 0)}, TimeRange{QTime(), QTime(9, 0)}}));
    CHECK(c.weekday(6).breaks == QList<TimeRange>{{QTime(8, 0), QTime(8, 30)}, {QTime(10, 0), QTime(10, 30)},
                                                  {QTime(11, 0), QTime(12, 0)}});
    CHECK(c.workingPeriods(day("2026-03-07")) == QList<TimeRange>{{QTime(8, 30), QTime(10, 0)}, {QTime(10, 30), QTime(11, 0)}});
    // 10 min Friday, Saturday 08:30-10:00 (90), then 20 more from 10:30.
    CHECK(plusMinutes(c, "2026-03-06 15:50", 100) == "2026-03-07 10:00");
    CHECK(plusMinutes(c, "2026-03-06 15:50", 120) == "2026-03-07 10:50");

    c.setWeekday(6, hours(QTime(8, 0), QTime(12, 0), {TimeRange{QTime(7, 0), QTime(13, 0)}}));
    CHECK_FALSE(c.weekday(6).working);
    c.setWeekday(6, hours(QTime(12, 0), QTime(8, 0)));
    CHECK_FALSE(c.weekday(6).working);
    c.setWeekday(6, DaySchedule{true, QTime(), QTime(12, 0), {}});
    CHECK_FALSE(c.weekday(6).working);
    c.setWeekday(9, hours(QTime(8, 0), QTime(12, 0)));
    c.setWeekday(0, hours(QTime(8, 0), QTime(12, 0)));
    CHECK_FALSE(c.weekday(0).working);
    CHECK(WorkingCalendar::fromJson(c.toJson()).ok());
}

// ---------------------------------------------------------------------------------
// Time zones

TEST_CASE("time zone: Mon 2026-03-02 03:50 UTC is 11:50 WITA, + 30 min -> 13:20 WITA (05:20 UTC)", "[calendar]")
{
    const WorkingCalendar c = office();
    const QDateTime utc(QDate(2026, 3, 2), QTime(3, 50), QTimeZone::utc());
    const QDateTime end = c.addWorkingSeconds(utc, 30 * 60);
    CHECK(end.timeZone() == wita());
    CHECK(text(end) == "2026-03-02 13:20");
    CHECK(text(end, QTimeZone::utc()) == "2026-03-02 05:20");
    CHECK(c.workingSecondsBetween(utc, QDateTime(QDate(2026, 3, 2), QTime(5, 20), QTimeZone::utc())) == 30 * 60);
    // A zero allowance still answers in the calendar's zone.
    CHECK(c.addWorkingSeconds(utc, 0).timeZone() == wita());
    CHECK(c.addWorkingSeconds(utc, 0) == utc);
}

TEST_CASE("time zone: an instant late on Sunday UTC is Monday morning in WITA (Sun 23:40 UTC = Mon 07:40)", "[calendar]")
{
    const WorkingCalendar c = office();
    const QDateTime utc(QDate(2026, 3, 1), QTime(23, 40), QTimeZone::utc());
    CHECK(text(c.addWorkingSeconds(utc, 30 * 60)) == "2026-03-02 08:10");
    CHECK(c.workingSecondsBetween(utc, QDateTime(QDate(2026, 3, 2), QTime(0, 10), QTimeZone::utc())) == 30 * 60);
}

TEST_CASE("time zone: the same instant (03:50 UTC) in an Asia/Jakarta calendar is 10:50 WIB -> 11:20 WIB", "[calendar]")
{
    WorkingCalendar c = office();
    c.setTimeZone(QTimeZone("Asia/Jakarta"));
    const QDateTime utc(QDate(2026, 3, 2), QTime(3, 50), QTimeZone::utc());
    const QDateTime end = c.addWorkingSeconds(utc, 30 * 60);
    CHECK(end.timeZone() == QTimeZone("Asia/Jakarta"));
    CHECK(text(end, QTimeZone("Asia/Jakarta")) == "2026-03-02 11:20");
    CHECK(text(c.closeOfWorkingDaysAfter(day("2026-11-23"), 5), QTimeZone::utc()) == "2026-11-30 09:00");
    // Local wall clock times go in as instants of their own zone.
    const QDateTime jakartaLocal(QDate(2026, 3, 2), QTime(11, 50), QTimeZone("Asia/Jakarta"));
    CHECK(text(c.addWorkingSeconds(jakartaLocal, 30 * 60), QTimeZone("Asia/Jakarta")) == "2026-03-02 13:20");
}

TEST_CASE("time zone: a fixed UTC+08:00 zone gives the same answers as Asia/Makassar", "[calendar]")
{
    WorkingCalendar c = office();
    c.setTimeZone(QTimeZone(8 * 3600));
    CHECK(text(c.addWorkingSeconds(at("2026-03-17 15:50"), 30 * 60)) == "2026-03-25 07:50");
    CHECK(due(c, "2026-12-21", 6) == "2026-12-31 16:00");
    const Result<WorkingCalendar> back = WorkingCalendar::fromJson(c.toJson());
    REQUIRE(back.ok());
    CHECK(back->timeZone().offsetFromUtc(at("2026-03-02 09:00")) == 8 * 3600);
}

TEST_CASE("time zone: across a DST change (Europe/Berlin, Sun 2026-03-29) a 00:00-06:00 day lasts 5 real hours",
          "[calendar]")
{
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid()) {
        WARN("no time zone data for Europe/Berlin");
        return;
    }
    WorkingCalendar c;
    c.setTimeZone(berlin);
    c.setWeekday(7, hours(QTime(0, 0), QTime(6, 0)));
    auto local = [&](int m, int d, int h, int min = 0) { return QDateTime(QDate(2026, m, d), QTime(h, min), berlin); };
    CHECK(c.workingSecondsBetween(local(3, 29, 0), local(3, 29, 6)) == 5 * 3600);
    CHECK(c.workingSecondsBetween(local(3, 28, 0), local(3, 30, 0)) == 5 * 3600);
    // Three Sundays inside the span: 6h + 5h + 6h; the middle one is not at the span's edge.
    CHECK(c.workingSecondsBetween(local(3, 20, 0), local(4, 6, 0)) == 17 * 3600);
    CHECK(c.workingSecondsBetween(local(10, 24, 0), local(10, 26, 0)) == 7 * 3600);
    // 00:00 + 3 real hours is 04:00 summer time.
    CHECK(text(c.addWorkingSeconds(local(3, 29, 0), 3 * 3600), berlin) == "2026-03-29 04:00");
    CHECK(text(c.addWorkingSeconds(local(3, 22, 5), 2 * 3600), berlin) == "2026-03-29 01:00");
    CHECK(text(c.addWorkingSeconds(local(3, 22, 5), 7 * 3600), berlin) == "2026-04-05 01:00");
    CHECK(text(c.addWorkingSeconds(local(3, 22, 5), 9 * 3600), berlin) == "2026-04-05 03:00");
}

// ---------------------------------------------------------------------------------
// Long spans

TEST_CASE("long spans: a year of working time ends where counting says, more than 10 years gives up", "[calendar]")
{
    const WorkingCalendar c = office();
    const QDateTime start = at("2025-01-02 09:00");
    const qint64 year2025 = c.workingSecondsBetween(at("2025-01-01 00:00"), at("2026-01-01 00:00"));
    CHECK(year2025 > 0);
    const QDateTime end = c.addWorkingSeconds(start, year2025);
    REQUIRE(end.isValid());
    CHECK(c.workingSecondsBetween(start, end) == year2025);
    CHECK(end.date().year() == 2026);

    qint64 byDay = 0;
    for (QDate d = day("2025-01-01"); d.year() == 2025; d = d.addDays(1))
        for (const TimeRange &p : c.workingPeriods(d))
            byDay += p.start.secsTo(p.end);
    CHECK(year2025 == byDay);

    int workingDays2025 = 0;
    for (QDate d = day("2025-01-01"); d.year() == 2025; d = d.addDays(1))
        workingDays2025 += c.isWorkingDay(d) ? 1 : 0;
    // 261 weekdays; 13 national holidays and all 11 cuti bersama of 2025 fall on weekdays.
    CHECK(workingDays2025 == 261 - 13 - 11);
    CHECK(due(c, "2024-12-31", workingDays2025) == "2025-12-31 16:00");

    CHECK_FALSE(c.addWorkingSeconds(start, qint64(11) * 366 * 24 * 3600).isValid());
    CHECK_FALSE(c.addWorkingSeconds(start, std::numeric_limits<qint64>::max()).isValid());
    // 10 years of office hours at 37h a week would be ~1900 working days worth of seconds.
    CHECK_FALSE(c.addWorkingSeconds(start, qint64(3000) * 27000).isValid());
    CHECK(c.addWorkingSeconds(start, qint64(1000) * 27000).isValid());
    CHECK(c.nthWorkingDayAfter(day("2025-01-01"), 2000).isValid());
    CHECK_FALSE(c.nthWorkingDayAfter(day("2025-01-01"), 3000).isValid());
    const QDateTime farFuture(QDate(9999, 12, 31), QTime(23, 0), QTimeZone::utc());
    CHECK(c.workingSecondsBetween(start, farFuture) > 0);
}

// ---------------------------------------------------------------------------------
// JSON

TEST_CASE("json: round trip keeps hours, holidays, special schedules and the time zone", "[calendar]")
{
    WorkingCalendar c = office();
    c.addSpecialSchedule(ramadan2026());
    c.addHoliday(Holiday{day("2026-09-24"), QStringLiteral("Hari Jadi Kota Banjarmasin"), Holiday::Kind::Local});
    c.setWeekday(6, hours(QTime(8, 0), QTime(12, 0, 30)));
    const QByteArray json = c.toJson();
    const Result<WorkingCalendar> back = WorkingCalendar::fromJson(json);
    INFO(str(back.error()));
    REQUIRE(back.ok());
    CHECK(back->timeZone() == wita());
    for (int d = 1; d <= 7; ++d)
        CHECK(back->weekday(d) == c.weekday(d));
    CHECK(back->holidays() == c.holidays());
    CHECK(back->specialSchedules() == c.specialSchedules());
    CHECK(back->toJson() == json);
    // Saturday now opens 08:00, so Fri 02-13 15:50 + 30 no longer waits for Ramadan hours on Wed 02-18.
    CHECK(text(back->addWorkingSeconds(at("2026-02-13 15:50"), 30 * 60)) == "2026-02-14 08:20");

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.value(QStringLiteral("time_zone")).toString() == QStringLiteral("Asia/Makassar"));
    CHECK(root.value(QStringLiteral("weekdays")).toObject().value(QStringLiteral("7")).isNull());
    CHECK(root.value(QStringLiteral("weekdays")).toObject().value(QStringLiteral("6")).toObject().value(QStringLiteral("close")).toString() ==
          QStringLiteral("12:00:30"));
    const QJsonObject special = root.value(QStringLiteral("special_schedules")).toArray().first().toObject();
    CHECK(special.value(QStringLiteral("from")).toString() == QStringLiteral("2026-02-18"));
    CHECK(special.value(QStringLiteral("days")).toObject().keys() ==
          QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")});

    const Result<WorkingCalendar> system = WorkingCalendar::fromJson(WorkingCalendar::defaults().toJson());
    REQUIRE(system.ok());
    CHECK(QJsonDocument::fromJson(system->toJson()).object().value(QStringLiteral("time_zone")).toString().isEmpty());
}

TEST_CASE("json: optional lists may be missing and breaks may be omitted", "[calendar]")
{
    const QByteArray json = calendarJson([](QJsonObject &root) {
        root.remove(QStringLiteral("holidays"));
        root.remove(QStringLiteral("special_schedules"));
        root.remove(QStringLiteral("time_zone"));
        QJsonObject weekdays = root.value(QStringLiteral("weekdays")).toObject();
        weekdays.insert(QStringLiteral("6"), QJsonObject{{QStringLiteral("open"), QStringLiteral("08:00")},
                                                         {QStringLiteral("close"), QStringLiteral("12:00")}});
        root.insert(QStringLiteral("weekdays"), weekdays);
    });
    const Result<WorkingCalendar> c = WorkingCalendar::fromJson(json);
    INFO(str(c.error()));
    REQUIRE(c.ok());
    CHECK(c->holidays().isEmpty());
    CHECK(c->weekday(6) == hours(QTime(8, 0), QTime(12, 0)));
    CHECK(c->timeZone() == QTimeZone::systemTimeZone());
}

TEST_CASE("json: validation errors are in Indonesian and name the field", "[calendar]")
{
    struct Case
    {
        const char *field;
        std::function<void(QJsonObject &)> edit;
    };
    auto setDay = [](QJsonObject &root, const char *key, const QJsonValue &value) {
        QJsonObject weekdays = root.value(QStringLiteral("weekdays")).toObject();
        weekdays.insert(QString::fromLatin1(key), value);
        root.insert(QStringLiteral("weekdays"), weekdays);
    };
    auto setHoliday = [](QJsonObject &root, const char *key, const QJsonValue &value) {
        QJsonArray list = root.value(QStringLiteral("holidays")).toArray();
        QJsonObject h = list.at(2).toObject();
        h.insert(QString::fromLatin1(key), value);
        list.replace(2, h);
        root.insert(QStringLiteral("holidays"), list);
    };
    auto setSpecial = [](QJsonObject &root, const char *key, const QJsonValue &value) {
        QJsonObject s{{QStringLiteral("name"), QStringLiteral("Ramadan")},
                      {QStringLiteral("from"), QStringLiteral("2026-02-18")},
                      {QStringLiteral("to"), QStringLiteral("2026-03-19")},
                      {QStringLiteral("days"), QJsonObject{{QStringLiteral("5"), dayJson("08:00", "15:30")}}}};
        s.insert(QString::fromLatin1(key), value);
        root.insert(QStringLiteral("special_schedules"), QJsonArray{s});
    };
    const QList<Case> cases = {
        {"format", [](QJsonObject &r) { r.insert(QStringLiteral("format"), 2); }},
        {"format", [](QJsonObject &r) { r.remove(QStringLiteral("format")); }},
        {"time_zone", [](QJsonObject &r) { r.insert(QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus_Mons")); }},
        {"time_zone", [](QJsonObject &r) { r.insert(QStringLiteral("time_zone"), 8); }},
        {"weekdays", [](QJsonObject &r) { r.remove(QStringLiteral("weekdays")); }},
        {"weekdays", [](QJsonObject &r) { r.insert(QStringLiteral("weekdays"), QJsonArray{}); }},
        {"weekdays.3", [](QJsonObject &r) {
             QJsonObject w = r.value(QStringLiteral("weekdays")).toObject();
             w.remove(QStringLiteral("3"));
             r.insert(QStringLiteral("weekdays"), w);
         }},
        {"weekdays.8", [&](QJsonObject &r) { setDay(r, "8", QJsonValue::Null); }},
        {"weekdays.01", [&](QJsonObject &r) { setDay(r, "01", QJsonValue::Null); }},
        {"weekdays.2", [&](QJsonObject &r) { setDay(r, "2", QStringLiteral("07:30-16:00")); }},
        {"weekdays.1.open", [&](QJsonObject &r) { setDay(r, "1", dayJson("7:30", "16:00")); }},
        {"weekdays.1.open", [&](QJsonObject &r) { setDay(r, "1", dayJson("25:00", "16:00")); }},
        {"weekdays.1.close", [&](QJsonObject &r) { setDay(r, "1", dayJson("07:30", "")); }},
        {"weekdays.4.close", [&](QJsonObject &r) { setDay(r, "4", dayJson("16:00", "07:30")); }},
        {"weekdays.4.close", [&](QJsonObject &r) { setDay(r, "4", dayJson("07:30", "07:30")); }},
        {"weekdays.1.breaks", [&](QJsonObject &r) {
             QJsonObject d = dayJson("07:30", "16:00");
             d.insert(QStringLiteral("breaks"), QStringLiteral("12:00-13:00"));
             setDay(r, "1", d);
         }},
        {"weekdays.5.breaks[0]", [&](QJsonObject &r) { setDay(r, "5", dayJson("07:30", "16:00", {QJsonArray{QStringLiteral("12:00")}})); }},
        {"weekdays.5.breaks[0]", [&](QJsonObject &r) { setDay(r, "5", dayJson("07:30", "16:00", {pair("13:00", "12:00")})); }},
        {"weekdays.5.breaks[0]", [&](QJsonObject &r) { setDay(r, "5", dayJson("07:30", "16:00", {pair("07:00", "08:00")})); }},
        {"weekdays.5.breaks[1]", [&](QJsonObject &r) { setDay(r, "5", dayJson("07:30", "16:00", {pair("07:30", "08:00"), pair("12:00", "x")})); }},
        {"weekdays.5.breaks[1]", [&](QJsonObject &r) {
             setDay(r, "5", dayJson("07:30", "16:00", {pair("11:30", "13:00"), pair("12:00", "12:30")}));
         }},
        {"weekdays.5", [&](QJsonObject &r) { setDay(r, "5", dayJson("07:30", "16:00", {pair("07:30", "16:00")})); }},
        {"holidays", [](QJsonObject &r) { r.insert(QStringLiteral("holidays"), QJsonObject{}); }},
        {"holidays[0]", [](QJsonObject &r) { r.insert(QStringLiteral("holidays"), QJsonArray{QStringLiteral("2026-01-01")}); }},
        {"holidays[2].date", [&](QJsonObject &r) { setHoliday(r, "date", QStringLiteral("2026-02-30")); }},
        {"holidays[2].date", [&](QJsonObject &r) { setHoliday(r, "date", QStringLiteral("27/01/2025")); }},
        {"holidays[2].date", [&](QJsonObject &r) { setHoliday(r, "date", QStringLiteral("2025-01-01")); }},
        {"holidays[2].name", [&](QJsonObject &r) { setHoliday(r, "name", QStringLiteral("   ")); }},
        {"holidays[2].kind", [&](QJsonObject &r) { setHoliday(r, "kind", QStringLiteral("libur")); }},
        {"special_schedules", [](QJsonObject &r) { r.insert(QStringLiteral("special_schedules"), 3); }},
        {"special_schedules[0].name", [&](QJsonObject &r) { setSpecial(r, "name", QString()); }},
        {"special_schedules[0].from", [&](QJsonObject &r) { setSpecial(r, "from", QStringLiteral("kemarin")); }},
        {"special_schedules[0].to", [&](QJsonObject &r) { setSpecial(r, "to", QStringLiteral("2026-02-01")); }},
        {"special_schedules[0].days", [&](QJsonObject &r) { setSpecial(r, "days", QJsonArray{}); }},
        {"special_schedules[0].days.0", [&](QJsonObject &r) { setSpecial(r, "days", QJsonObject{{QStringLiteral("0"), QJsonValue::Null}}); }},
        {"special_schedules[0].days.5.close", [&](QJsonObject &r) {
             setSpecial(r, "days", QJsonObject{{QStringLiteral("5"), dayJson("08:00", "07:00")}});
         }},
    };
    for (const Case &c : cases) {
        const Result<WorkingCalendar> r = WorkingCalendar::fromJson(calendarJson(c.edit));
        INFO("field " << c.field << ": " << str(r.error()));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().startsWith(QStringLiteral("Kalender kerja")));
        CHECK(r.error().contains(QLatin1Char('"') + QString::fromLatin1(c.field) + QLatin1Char('"')));
    }
    for (const QByteArray &bad : {QByteArray(), QByteArray("{"), QByteArray("[1, 2]"), QByteArray("\"teks\""), QByteArray("\xff\xfe\x00")}) {
        const Result<WorkingCalendar> r = WorkingCalendar::fromJson(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().startsWith(QStringLiteral("Kalender kerja")));
    }
}

TEST_CASE("json: a special schedule day may be null (closed) and is kept as closed", "[calendar]")
{
    const QByteArray json = calendarJson([](QJsonObject &root) {
        root.insert(QStringLiteral("special_schedules"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Renovasi")},
                                           {QStringLiteral("from"), QStringLiteral("2026-07-06")},
                                           {QStringLiteral("to"), QStringLiteral("2026-07-10")},
                                           {QStringLiteral("days"), QJsonObject{{QStringLiteral("1"), QJsonValue::Null},
                                                                                {QStringLiteral("3"), dayJson("09:00", "11:00")}}}}});
    });
    const Result<WorkingCalendar> c = WorkingCalendar::fromJson(json);
    INFO(str(c.error()));
    REQUIRE(c.ok());
    CHECK_FALSE(c->isWorkingDay(day("2026-07-06")));
    CHECK(c->workingPeriods(day("2026-07-08")) == QList<TimeRange>{{QTime(9, 0), QTime(11, 0)}});
    CHECK(c->isWorkingDay(day("2026-07-07")));
    CHECK(c->isWorkingDay(day("2026-07-13")));
    // Fri 07-03 15:50 + 30: 10 min, Mon 06 closed, Tue 07 07:30 + 20.
    CHECK(text(c->addWorkingSeconds(QDateTime(day("2026-07-03"), QTime(15, 50), c->timeZone()), 1800), c->timeZone()) ==
          "2026-07-07 07:50");
    CHECK(WorkingCalendar::fromJson(c->toJson())->specialSchedules() == c->specialSchedules());
}

// ---------------------------------------------------------------------------------
// iCalendar import

TEST_CASE("ics: two all-day events with CRLF give two national holidays sorted by date", "[calendar][ics]")
{
    const QByteArray data = ics(event("UID:b@loket\r\nDTSTART;VALUE=DATE:20261225\r\nSUMMARY:Hari Raya Natal\r\n") +
                                event("UID:a@loket\r\nDTSTART;VALUE=DATE:20260817\r\nSUMMARY:Hari Kemerdekaan RI\r\n"));
    const Result<QList<Holiday>> r = parseIcs(data);
    INFO(str(r.error()));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 2);
    CHECK(r->at(0) == Holiday{day("2026-08-17"), QStringLiteral("Hari Kemerdekaan RI"), Holiday::Kind::National});
    CHECK(r->at(1) == Holiday{day("2026-12-25"), QStringLiteral("Hari Raya Natal"), Holiday::Kind::National});

    const Result<QList<Holiday>> local = parseIcs(data, Holiday::Kind::Local);
    REQUIRE(local.ok());
    CHECK(local->at(0).kind == Holiday::Kind::Local);
}

TEST_CASE("ics: LF line endings, a byte order mark, lower-case names and blank lines are accepted", "[calendar][ics]")
{
    const QByteArray data = "\xEF\xBB\xBF" "begin:vcalendar\n\nbegin:vevent\ndtstart;value=date:20260101\n"
                            "summary:Tahun Baru Masehi\nend:vevent\nend:vcalendar";
    const Result<QList<Holiday>> r = parseIcs(data);
    INFO(str(r.error()));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 1);
    CHECK(r->at(0).date == day("2026-01-01"));
    CHECK(str(r->at(0).name) == "Tahun Baru Masehi");
}

TEST_CASE("ics: folded lines are unfolded (space or tab), even inside a UTF-8 character", "[calendar][ics]")
{
    const QByteArray data = ics(event("DTSTART;VALUE=DATE:20260321\r\nSUMMARY:Hari Raya Idul Fi\r\n tri 1447 H\r\n"
                                      "DESCRIPTION:panjang\r\n\tsekali\r\n") +
                                event("DTST\r\n ART;VALUE=DATE:2026\r\n\t0325\r\nSUMMARY:Caf\xC3\r\n \xA9 tutup\r\n"));
    const Result<QList<Holiday>> r = parseIcs(data);
    INFO(str(r.error()));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 2);
    CHECK(str(r->at(0).name) == "Hari Raya Idul Fitri 1447 H");
    CHECK(r->at(1).date == day("2026-03-25"));
    CHECK(r->at(1).name == QString::fromUtf8("Caf\xC3\xA9 tutup"));
}

TEST_CASE("ics: SUMMARY escapes of backslash, semicolon, comma and newline are unescaped", "[calendar][ics]")
{
    const QByteArray data = ics(event("DTSTART;VALUE=DATE:20260101\r\nSUMMARY:Libur\\, cuti\\; dan \\\\ lain\\nbaris dua\\N\\x\r\n"));
    const Result<QList<Holiday>> r = parseIcs(data);
    REQUIRE(r.ok());
    REQUIRE(r->size() == 1);
    CHECK(str(r->at(0).name) == "Libur, cuti; dan \\ lain\nbaris dua\n\\x");
}

TEST_CASE("ics: an all-day event 2026-03-21..23 (DTEND exclusive) covers Mar 21 and 22", "[calendar][ics]")
{
    const Result<QList<Holiday>> r = parseIcs(
        ics(event("DTSTART;VALUE=DATE:20260321\r\nDTEND;VALUE=DATE:20260323\r\nSUMMARY:Hari Raya Idul Fitri\r\n")));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 2);
    CHECK(r->at(0).date == day("2026-03-21"));
    CHECK(r->at(1).date == day("2026-03-22"));
    CHECK(r->at(1).name == r->at(0).name);

    const Result<QList<Holiday>> same = parseIcs(ics(event("DTSTART;VALUE=DATE:20260321\r\nDTEND;VALUE=DATE:20260321\r\n")));
    REQUIRE(same.ok());
    CHECK(same->size() == 1);
    CHECK(str(same->at(0).name) == "Hari libur");

    const Result<QList<Holiday>> duration = parseIcs(ics(event("DTSTART;VALUE=DATE:20260402\r\nDURATION:P3D\r\nSUMMARY:x\r\n") +
                                                         event("DTSTART;VALUE=DATE:20260601\r\nDURATION:P1W\r\nSUMMARY:y\r\n") +
                                                         event("DTSTART;VALUE=DATE:20260701\r\nDURATION:P1DT0H0M0S\r\n")));
    INFO(str(duration.error()));
    REQUIRE(duration.ok());
    CHECK(duration->size() == 3 + 7 + 1);

    const Result<QList<Holiday>> month = parseIcs(ics(event("DTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20260201\r\n")));
    REQUIRE(month.ok());
    CHECK(month->size() == 31);
}

TEST_CASE("ics: DATE-TIME starts (floating, TZID, UTC) count by their date", "[calendar][ics]")
{
    const Result<QList<Holiday>> r = parseIcs(ics(event("DTSTART:20260817T080000\r\nDTEND:20260819T170000\r\n") +
                                                  event("DTSTART;TZID=\"Asia/Makassar\":20260825T000000\r\n") +
                                                  event("DTSTART;VALUE=DATE-TIME:20261224T010000Z\r\n")));
    INFO(str(r.error()));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 3);
    CHECK(r->at(0).date == day("2026-08-17"));
    CHECK(r->at(1).date == day("2026-08-25"));
    CHECK(r->at(2).date == day("2026-12-24"));
}

TEST_CASE("ics: CATEGORIES containing \"cuti\" or a SUMMARY starting with \"Cuti Bersama\" is cuti bersama", "[calendar][ics]")
{
    const Result<QList<Holiday>> r = parseIcs(
        ics(event("DTSTART;VALUE=DATE:20260216\r\nSUMMARY:Libur Imlek\r\nCATEGORIES:Libur,Cuti Bersama\r\n") +
            event("DTSTART;VALUE=DATE:20260217\r\nSUMMARY:Tahun Baru Imlek\r\nCATEGORIES:Libur Nasional\r\n") +
            event("DTSTART;VALUE=DATE:20260318\r\nSUMMARY:cuti bersama Nyepi\r\n") +
            event("DTSTART;VALUE=DATE:20260320\r\nSUMMARY:Idul Fitri\r\nCATEGORIES:HOLIDAY\r\nCATEGORIES:CUTI\r\n") +
            event("DTSTART;VALUE=DATE:20260323\r\nSUMMARY:Libur (bukan cuti bersama)\r\n") +
            event("DTSTART;VALUE=DATE:20260324\r\nSUMMARY:x\r\nCATEGORIES:Nasional\\,bukan cuti\r\n")),
        Holiday::Kind::Local);
    REQUIRE(r.ok());
    REQUIRE(r->size() == 6);
    using K = Holiday::Kind;
    CHECK(r->at(0).kind == K::CutiBersama);
    CHECK(r->at(1).kind == K::National); // the file says so: the default is not used
    CHECK(r->at(2).kind == K::CutiBersama);
    CHECK(r->at(3).kind == K::CutiBersama);
    CHECK(r->at(4).kind == K::Local);
    CHECK(r->at(5).kind == K::CutiBersama);
}

TEST_CASE("ics: the kind comes from the file where it says, and the days it does not classify are marked so", "[calendar][ics]")
{
    const auto r = IcsImporter::read(
        ics(event("DTSTART;VALUE=DATE:20260101\r\nSUMMARY:Tahun Baru Masehi\r\nCATEGORIES:Libur Nasional\r\n") +
            event("DTSTART;VALUE=DATE:20260216\r\nSUMMARY:Cuti Bersama Tahun Baru Imlek\r\n") +
            event("DTSTART;VALUE=DATE:20260217\r\nSUMMARY:Tahun Baru Imlek\r\nCATEGORIES:Holiday,Public Holiday\r\n") +
            event("DTSTART;VALUE=DATE:20260320\r\nSUMMARY:Idul Fitri\r\nCATEGORIES:Nasional\r\nCATEGORIES:Cuti Bersama\r\n") +
            event("DTSTART;VALUE=DATE:20260513\r\nSUMMARY:Libur Nasional: Kenaikan Yesus Kristus\r\n") +
            event("DTSTART;VALUE=DATE:20260924\r\nSUMMARY:Hari Jadi Kota Banjarmasin\r\nCATEGORIES:Libur Daerah\r\n") +
            event("DTSTART;VALUE=DATE:20261001\r\nSUMMARY:Libur Lokal Haul Guru Sekumpul\r\n") +
            event("DTSTART;VALUE=DATE:20261225\r\nSUMMARY:Hari Raya Natal\r\n") +
            event("DTSTART;VALUE=DATE:20261226\r\nSUMMARY:Libur\r\nCATEGORIES:Holiday\r\n")));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 9);
    using K = Holiday::Kind;
    auto at = [&](int i) { return r->at(i); };
    CHECK(at(0).kindFromFile);
    CHECK(at(0).holiday.kind == K::National);
    CHECK(at(1).kindFromFile);
    CHECK(at(1).holiday.kind == K::CutiBersama);
    CHECK(at(2).kindFromFile);
    CHECK(at(2).holiday.kind == K::National);
    CHECK(at(3).kindFromFile);
    CHECK(at(3).holiday.kind == K::CutiBersama); // cuti bersama wins over "Nasional"
    CHECK(at(4).kindFromFile);
    CHECK(at(4).holiday.kind == K::National);
    CHECK(at(5).kindFromFile);
    CHECK(at(5).holiday.kind == K::Local);
    CHECK(at(6).kindFromFile);
    CHECK(at(6).holiday.kind == K::Local);
    // Nothing in the file says what these are: the officer is asked.
    CHECK_FALSE(at(7).kindFromFile);
    CHECK(at(7).holiday.date == day("2026-12-25"));
    CHECK_FALSE(at(8).kindFromFile);

    // parse() gives the unclassified days the kind the caller chose, and only them.
    const auto local = parseIcs(ics(event("DTSTART;VALUE=DATE:20261225\r\nSUMMARY:Hari Raya Natal\r\n") +
                                    event("DTSTART;VALUE=DATE:20260101\r\nSUMMARY:x\r\nCATEGORIES:National\r\n")),
                                Holiday::Kind::Local);
    REQUIRE(local.ok());
    REQUIRE(local->size() == 2);
    CHECK(local->at(0).kind == K::National);
    CHECK(local->at(1).kind == K::Local);
}

TEST_CASE("ics: cancelled events, alarms and time zone definitions add no holidays", "[calendar][ics]")
{
    const QByteArray data = ics(
        "BEGIN:VTIMEZONE\r\nTZID:Asia/Makassar\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0800\r\n"
        "TZOFFSETTO:+0800\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n" +
        event("DTSTART;VALUE=DATE:20260101\r\nSUMMARY:Batal\r\nSTATUS:CANCELLED\r\n") +
        event("DTSTART;VALUE=DATE:20260116\r\nSUMMARY:Isra Mikraj\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
              "DTSTART:20250101T000000\r\nSUMMARY:Alarm\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n") +
        "BEGIN:VTODO\r\nDTSTART;VALUE=DATE:20260301\r\nSUMMARY:Tugas\r\nEND:VTODO\r\n");
    const Result<QList<Holiday>> r = parseIcs(data);
    INFO(str(r.error()));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 1);
    CHECK(r->at(0) == Holiday{day("2026-01-16"), QStringLiteral("Isra Mikraj"), Holiday::Kind::National});
}

TEST_CASE("ics: two events on one date keep the first, an empty calendar gives no holidays", "[calendar][ics]")
{
    const Result<QList<Holiday>> r = parseIcs(ics(event("DTSTART;VALUE=DATE:20261225\r\nSUMMARY:Natal\r\n") +
                                                  event("DTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261227\r\nSUMMARY:Libur akhir tahun\r\n")));
    REQUIRE(r.ok());
    REQUIRE(r->size() == 3);
    CHECK(str(r->at(0).name) == "Libur akhir tahun");
    CHECK(str(r->at(1).name) == "Natal");
    CHECK(str(r->at(2).name) == "Libur akhir tahun");

    const Result<QList<Holiday>> empty = parseIcs("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
}

TEST_CASE("ics: bad input is refused in Indonesian with the line number", "[calendar][ics]")
{
    struct Case
    {
        QByteArray data;
        int line;
    };
    const QList<Case> cases = {
        {QByteArray(), 1},
        {QByteArray("\r\n\r\n"), 1},
        {QByteArray("Tanggal,Nama\n2026-01-01,Tahun Baru\n"), 1},
        {QByteArray("\n\nBEGIN:VEVENT\r\n"), 3},
        {QByteArray(" BEGIN:VCALENDAR\r\n"), 1},
        {ics(event("SUMMARY:Tanpa tanggal\r\n")), 4},
        {ics(event("DTSTART;VALUE=DATE:2026-03-21\r\n")), 5},
        {ics(event("DTSTART;VALUE=DATE:20260230\r\n")), 5},
        {ics(event("DTSTART:20260321T250000\r\n")), 5},
        {ics(event("DTSTART;VALUE=DATE:\r\n")), 5},
        {ics(event("DTSTART;VALUE=DATE:20260321\r\nDTSTART;VALUE=DATE:20260322\r\n")), 6},
        {ics(event("DTSTART;VALUE=DATE:20260321\r\nDTEND;VALUE=DATE:20260320\r\n")), 6},
        {ics(event("DTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20260202\r\n")), 6},
        {ics(event("DTSTART;VALUE=DATE:20260101\r\nDURATION:P5W\r\n")), 6},
        {ics(event("DTSTART;VALUE=DATE:20260101\r\nDURATION:dua hari\r\n")), 6},
        {ics(event("DTSTART;VALUE=DATE:20260101\r\nini bukan baris\r\n")), 6},
        {ics(event("DTSTART;VALUE=DATE:20260101\r\n:tanpa nama\r\n")), 6},
        {ics("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nEND:VTODO\r\n"), 6},
        {ics("END:VEVENT\r\n"), 4},
        {ics("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), 4},
        {ics(event("BEGIN:VEVENT\r\nEND:VEVENT\r\n")), 5},
        {QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nEND:VEVENT\r\n"), 4},
        {QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), 2},
        {QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nsampah\r\n"), 3},
        // Folded lines count as the physical line they start on.
        {QByteArray("BEGIN:VCALENDAR\r\nX-A:1\r\n 2\r\n 3\r\nBEGIN:VEVENT\r\nDTSTART:x\r\n y\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"), 6},
    };
    for (const Case &c : cases) {
        const Result<QList<Holiday>> r = parseIcs(c.data);
        INFO(c.data.toStdString() << " -> " << str(r.error()));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().startsWith(QStringLiteral("Berkas iCalendar, baris %1:").arg(c.line)));
    }
}

TEST_CASE("ics: more than 5 MB or more than 5000 events is refused", "[calendar][ics]")
{
    QByteArray big = ics(QByteArray());
    big.append(QByteArray(IcsImporter::kMaxBytes, 'x'));
    const Result<QList<Holiday>> tooBig = parseIcs(big);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().contains(QStringLiteral("terlalu besar")));

    QByteArray events;
    for (int i = 0; i < IcsImporter::kMaxEvents; ++i)
        events += event("DTSTART;VALUE=DATE:" + QDate(2026, 1, 1).addDays(i % 365).toString(QStringLiteral("yyyyMMdd")).toLatin1() +
                        "\r\n");
    const Result<QList<Holiday>> atLimit = parseIcs(ics(events));
    REQUIRE(atLimit.ok());
    CHECK(atLimit->size() == 365);
    events += event("DTSTART;VALUE=DATE:20270101\r\n");
    const Result<QList<Holiday>> overLimit = parseIcs(ics(events));
    REQUIRE_FALSE(overLimit.ok());
    CHECK(overLimit.error().contains(QStringLiteral("5000")));
    CHECK(overLimit.error().startsWith(QStringLiteral("Berkas iCalendar, baris %1:").arg(3 + 3 * IcsImporter::kMaxEvents + 1)));
}

TEST_CASE("ics: arbitrary bytes and mutated files never crash the parser", "[calendar][ics]")
{
    const QByteArray valid = ics(event("DTSTART;VALUE=DATE:20260321\r\nDTEND;VALUE=DATE:20260323\r\nSUMMARY:Idul\\, Fitri\r\n"
                                       " lanjut\r\nCATEGORIES:\"cuti\";x\r\n") +
                                 event("DTSTART;TZID=\"a:b;c\":20260101T000000Z\r\nDURATION:P1D\r\n"));
    REQUIRE(parseIcs(valid).ok());
    QRandomGenerator random(20260321);
    const QByteArray alphabet = QByteArray("BEGIN:VCALENDAREVTDSRT;=\"\\,\r\n \t0123456789TZP") + QByteArray(1, '\0') + "\xC3\xA9\xFF";
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray data = valid;
        const int edits = 1 + int(random.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const int pos = int(random.bounded(data.size() + 1));
            switch (random.bounded(4)) {
            case 0: data.insert(pos, alphabet.at(int(random.bounded(alphabet.size())))); break;
            case 1: if (pos < data.size()) data.remove(pos, 1 + int(random.bounded(8))); break;
            case 2: if (pos < data.size()) data[pos] = char(random.bounded(256)); break;
            default: data.insert(pos, data.mid(int(random.bounded(data.size())), int(random.bounded(40)))); break;
            }
        }
        const Result<QList<Holiday>> r = parseIcs(data);
        if (r.ok()) {
            ++accepted;
            for (const Holiday &h : r.value()) {
                CHECK(h.date.isValid());
                CHECK_FALSE(h.name.isEmpty());
            }
        } else {
            CHECK(r.error().startsWith(QStringLiteral("Berkas iCalendar")));
        }
    }
    CHECK(accepted > 0);
    for (int round = 0; round < 300; ++round) {
        QByteArray noise(int(random.bounded(2000)), Qt::Uninitialized);
        for (char &b : noise)
            b = char(random.bounded(256));
        CHECK_FALSE(parseIcs(noise).ok());
        CHECK_FALSE(parseIcs("BEGIN:VCALENDAR\r\n" + noise).ok());
    }
}

TEST_CASE("ics: importing a decree's extra cuti bersama into the calendar moves the due time", "[calendar][ics]")
{
    WorkingCalendar c = office();
    CHECK(plusMinutes(c, "2026-11-23 15:50", 30) == "2026-11-24 07:50");
    const Result<QList<Holiday>> r = parseIcs(
        ics(event("DTSTART;VALUE=DATE:20261124\r\nDTEND;VALUE=DATE:20261126\r\nSUMMARY:Cuti Bersama Tambahan\r\n")));
    REQUIRE(r.ok());
    for (const Holiday &h : r.value())
        c.addHoliday(h);
    CHECK(c.holiday(day("2026-11-25"))->kind == Holiday::Kind::CutiBersama);
    CHECK(plusMinutes(c, "2026-11-23 15:50", 30) == "2026-11-26 07:50");
    CHECK(due(c, "2026-11-23", 1) == "2026-11-26 16:00");
}
