// The promised time is one number (issue 13 item 1): whatever the acceptance instant
// (seconds and milliseconds included), the pauses, and the moment the clock is read, the
// due time is a whole minute, the same at every reading, the one `loket due` gives for
// a file without pauses, and exactly where the working time used reaches the allowance.
//
// LOKET_CLOCK_CASES sets the number of drawn cases (default 3000; a longer run:
// LOKET_CLOCK_CASES=200000, see docs/service-time.md).
#include "calendar/WorkingCalendar.h"
#include "clock/ServiceClock.h"
#include "common/Clock.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <random>

namespace {

constexpr qint64 kMinute = 60 * 1000;

struct Draw
{
    std::mt19937_64 rng;
    qint64 between(qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); }
};

// Working time between a and b minus the working time paused in it: the clock's "used"
// time, computed here from the calendar alone.
qint64 activeSeconds(const WorkingCalendar &cal, const QDateTime &a, const QDateTime &b, const QList<PausePeriod> &pauses)
{
    if (b <= a)
        return 0;
    qint64 s = cal.workingSecondsBetween(a, b);
    for (const PausePeriod &p : pauses) {
        const QDateTime from = std::max(p.start, a);
        const QDateTime to = std::min(p.end, b);
        if (to > from)
            s -= cal.workingSecondsBetween(from, to);
    }
    return s;
}

QDateTime local(const QDate &day, int minutes, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0).addSecs(minutes * 60), zone).toUTC();
}

} // namespace

TEST_CASE("the due time is one whole minute, whenever and however it is read", "[clock][property]")
{
    const WorkingCalendar cal = WorkingCalendar::defaults();
    const QTimeZone zone = cal.timeZone();
    const int cases = qEnvironmentVariableIsSet("LOKET_CLOCK_CASES") ? qEnvironmentVariableIntValue("LOKET_CLOCK_CASES") : 3000;
    Draw d{std::mt19937_64(20261201)};
    const QDate first(2025, 1, 1);
    const int days = int(first.daysTo(QDate(2027, 12, 31)));
    // Office-hours boundaries (local minutes of the day): open, breaks, close.
    const int boundaries[] = {7 * 60 + 30, 11 * 60 + 30, 12 * 60, 13 * 60, 16 * 60};
    const ServiceTime times[] = {{ServiceTime::Unit::Minutes, 30, {}}, {ServiceTime::Unit::WorkingDays, 1, {}}, {ServiceTime::Unit::WorkingDays, 5, {}}};

    for (int i = 0; i < cases; ++i) {
        const QDate day = first.addDays(d.between(0, days));
        // Half the cases fall in the minute before, at, or after a boundary.
        const int minute = d.between(0, 1) ? boundaries[d.between(0, 4)] + int(d.between(-1, 1)) : int(d.between(6 * 60, 17 * 60));
        const QDateTime accepted = local(day, minute, zone).addMSecs(d.between(0, kMinute - 1));
        const ServiceTime time = times[d.between(0, 2)];

        // Up to three closed pauses after acceptance, of up to two days each.
        QList<PausePeriod> pauses;
        QDateTime cursor = accepted;
        for (int n = int(d.between(0, 3)); n > 0; --n) {
            PausePeriod p;
            p.start = cursor.addMSecs(d.between(0, 8 * 3600 * 1000LL));
            p.end = p.start.addMSecs(d.between(1000, 2 * 24 * 3600 * 1000LL));
            p.reasonKey = QStringLiteral("menunggu_lkpp");
            pauses << p;
            cursor = p.end;
        }
        INFO("case " << i << ": accepted " << accepted.toString(Qt::ISODateWithMs).toStdString() << ", " << pauses.size() << " pauses, "
                     << (time.unit == ServiceTime::Unit::Minutes ? "minutes " : "days ") << time.value);

        const ClockReading first = ServiceClock::read(cal, time, accepted, pauses, {}, cursor.addMSecs(d.between(0, 3600 * 1000)));
        REQUIRE(first.dueAt.isValid());
        CHECK(first.dueAt.toMSecsSinceEpoch() % kMinute == 0);
        CHECK_FALSE(first.dueProvisional);
        // The same at any other moment after the last pause: before the due, in its
        // minute, long after.
        for (const QDateTime &now : {cursor, first.dueAt.addMSecs(-d.between(1, 3 * kMinute)), first.dueAt.addMSecs(d.between(0, kMinute - 1)),
                                     first.dueAt.addDays(d.between(1, 40)).addMSecs(d.between(0, kMinute))}) {
            if (now < cursor)
                continue;
            const ClockReading again = ServiceClock::read(cal, time, accepted, pauses, {}, now);
            CHECK(again.dueAt == first.dueAt);
        }
        // Exactly where the used time reaches the allowance, counted from the minute of
        // acceptance with every pause counted from its minute.
        const QDateTime start = ServiceClock::counted(accepted);
        const QList<PausePeriod> counted = ServiceClock::countedPauses(pauses, accepted);
        CHECK(activeSeconds(cal, start, first.dueAt, counted) == first.allowanceSeconds);
        CHECK(activeSeconds(cal, start, first.dueAt.addSecs(-60), counted) < first.allowanceSeconds);
        // Without pauses it is what `loket due` says for that minute.
        if (pauses.isEmpty())
            CHECK(first.dueAt == ServiceClock::dueWithoutPauses(cal, time, start));
        // Finished within the due minute: met; a minute later: missed.
        const ClockReading inTime = ServiceClock::read(cal, time, accepted, pauses, first.dueAt.addMSecs(d.between(0, kMinute - 1)), {});
        CHECK(inTime.met);
        CHECK(inTime.dueAt == first.dueAt);
        if (cursor <= first.dueAt) { // no pause after the due time
            const QDateTime late = cal.addWorkingSeconds(first.dueAt, 60);
            CHECK_FALSE(ServiceClock::read(cal, time, accepted, pauses, late, {}).met);
        }
    }
}

TEST_CASE("a paused file's due time is provisional: it moves with the time the pause lasts", "[clock]")
{
    const WorkingCalendar cal = WorkingCalendar::defaults();
    const QTimeZone zone = cal.timeZone();
    const ServiceTime thirty{ServiceTime::Unit::Minutes, 30, {}};
    const QDateTime accepted = local(QDate(2026, 11, 30), 9 * 60, zone).addMSecs(12345); // Monday 09:00:12.345
    PausePeriod open;
    open.start = accepted.addSecs(10 * 60 + 7); // 09:10:19
    open.reasonKey = QStringLiteral("menunggu_lkpp");
    const ClockReading at0930 = ServiceClock::read(cal, thirty, accepted, {open}, {}, local(QDate(2026, 11, 30), 9 * 60 + 30, zone).addSecs(42));
    CHECK(at0930.paused);
    CHECK(at0930.dueProvisional);
    CHECK(at0930.remainingSeconds == 20 * 60); // 09:00-09:10 used
    CHECK(at0930.dueAt == local(QDate(2026, 11, 30), 9 * 60 + 50, zone));
    const ClockReading at1000 = ServiceClock::read(cal, thirty, accepted, {open}, {}, local(QDate(2026, 11, 30), 10 * 60, zone));
    CHECK(at1000.dueAt == local(QDate(2026, 11, 30), 10 * 60 + 20, zone));
    // Resumed at 10:00:59: the promise is 20 minutes of working time later, fixed again.
    open.end = local(QDate(2026, 11, 30), 10 * 60, zone).addSecs(59);
    const ClockReading resumed = ServiceClock::read(cal, thirty, accepted, {open}, {}, local(QDate(2026, 11, 30), 10 * 60 + 5, zone));
    CHECK_FALSE(resumed.dueProvisional);
    CHECK(resumed.dueAt == local(QDate(2026, 11, 30), 10 * 60 + 20, zone));
    CHECK(resumed.pausedSeconds == 50 * 60); // 09:10 to 10:00, as printed
}

TEST_CASE("the office's today is its own date, not the PC's", "[clock][calendar]")
{
    WorkingCalendar cal = WorkingCalendar::defaults();
    cal.setTimeZone(QTimeZone("Asia/Jayapura")); // WIT, UTC+9: an office two hours ahead of a PC set to UTC+7
    Clock::setNowForTesting(QDateTime(QDate(2026, 11, 30), QTime(15, 30), QTimeZone::utc())); // 00:30 on 1 December in Jayapura
    CHECK(cal.today() == QDate(2026, 12, 1));
    cal.setTimeZone(QTimeZone("Asia/Jakarta"));
    CHECK(cal.today() == QDate(2026, 11, 30));
    Clock::setNowForTesting(QDateTime());
}
