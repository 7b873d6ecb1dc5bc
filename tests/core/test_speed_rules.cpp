// What was made faster for issue 16 counts exactly as before: a calendar's working time
// follows every change made to it (it keeps what it worked out per day), and the stored
// time form is read as Qt reads it.
#include "calendar/WorkingCalendar.h"
#include "common/Clock.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

namespace {

QDateTime at(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace

TEST_CASE("a calendar's working time follows every change made to it after it was counted", "[calendar]")
{
    WorkingCalendar calendar = WorkingCalendar::defaults();
    calendar.setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Makassar")));
    const QDateTime from = at(QStringLiteral("2026-11-23T00:00:00Z")), to = at(QStringLiteral("2026-11-28T00:00:00Z"));
    const qint64 week = calendar.workingSecondsBetween(from, to);
    REQUIRE(week > 0);
    const QDateTime due = calendar.addWorkingSeconds(from, week / 2);
    // The same answers asked again (from what the calendar kept) ...
    CHECK(calendar.workingSecondsBetween(from, to) == week);
    CHECK(calendar.addWorkingSeconds(from, week / 2) == due);
    // ... and a copy counts the same.
    const WorkingCalendar copy = calendar;
    CHECK(copy.workingSecondsBetween(from, to) == week);
    // A holiday inside the range takes its day away, and gives it back when removed.
    const qint64 wednesday = calendar.workingSecondsBetween(at(QStringLiteral("2026-11-24T16:00:00Z")), at(QStringLiteral("2026-11-25T16:00:00Z")));
    REQUIRE(wednesday > 0);
    calendar.addHoliday(Holiday{QDate(2026, 11, 25), QStringLiteral("Libur uji"), Holiday::Kind::Local});
    CHECK(calendar.workingSecondsBetween(from, to) == week - wednesday);
    CHECK(calendar.addWorkingSeconds(from, week / 2) > due);
    CHECK(copy.workingSecondsBetween(from, to) == week); // the copy is not changed
    calendar.removeHoliday(QDate(2026, 11, 25));
    CHECK(calendar.workingSecondsBetween(from, to) == week);
    CHECK(calendar.addWorkingSeconds(from, week / 2) == due);
    // Another zone moves the office's hours: counted as by a calendar that never counted.
    calendar.setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
    WorkingCalendar fresh = WorkingCalendar::defaults();
    fresh.setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
    CHECK(calendar.addWorkingSeconds(from, week / 2) == fresh.addWorkingSeconds(from, week / 2));
    CHECK(calendar.addWorkingSeconds(from, week / 2) != due);
    // A weekday with no office hours.
    calendar.setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Makassar")));
    calendar.setWeekday(3, DaySchedule{});
    CHECK(calendar.workingSecondsBetween(from, to) == week - wednesday);
}

TEST_CASE("a stored instant reads as Qt's ISO reading gives it, and any other text as before", "[clock]")
{
    for (const QString &text : {QStringLiteral("2026-10-08T01:02:03.120Z"), QStringLiteral("2024-02-29T23:59:59.999Z"),
                                QStringLiteral("1999-01-01T00:00:00.000Z")}) {
        INFO(text.toStdString());
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        const QDateTime ours = Clock::fromStorage(text);
        CHECK(ours == qt);
        CHECK(ours.timeSpec() == qt.timeSpec());
        CHECK(Clock::toStorage(ours) == text);
    }
    CHECK_FALSE(Clock::fromStorage(QStringLiteral("2026-02-30T01:02:03.120Z")).isValid());
    CHECK(Clock::fromStorage(QStringLiteral("2026-10-08T01:02:03Z")) == at(QStringLiteral("2026-10-08T01:02:03Z")));
    CHECK(Clock::fromStorage(QStringLiteral("2026-10-08T09:02:03.120+08:00")) == at(QStringLiteral("2026-10-08T01:02:03.120Z")));
}
