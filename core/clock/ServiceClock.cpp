#include "clock/ServiceClock.h"

#include "calendar/WorkingCalendar.h"
#include "common/IdNumber.h"

#include <QTimeZone>

#include <algorithm>

qint64 ServiceClock::countedMs(qint64 msSinceEpoch)
{
    // Floor, also before 1970: the start of the minute the instant falls in.
    const qint64 rest = msSinceEpoch % kMsPerMinute;
    return msSinceEpoch - (rest < 0 ? rest + kMsPerMinute : rest);
}

QDateTime ServiceClock::counted(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    return QDateTime::fromMSecsSinceEpoch(countedMs(instant.toMSecsSinceEpoch()), QTimeZone::utc());
}

qint64 ServiceClock::allowanceSeconds(const WorkingCalendar &calendar, const ServiceTime &time, const QDateTime &acceptedAt)
{
    if (!time.isPromised())
        return 0;
    if (time.unit == ServiceTime::Unit::Minutes)
        return qint64(time.value) * 60;
    const QDateTime accepted = counted(acceptedAt);
    const QDate receivedDay = accepted.toTimeZone(calendar.timeZone()).date();
    const QDateTime end = calendar.closeOfWorkingDaysAfter(receivedDay, time.value);
    return calendar.workingSecondsBetween(accepted, end);
}

QDateTime ServiceClock::dueWithoutPauses(const WorkingCalendar &calendar, const ServiceTime &time, const QDateTime &received)
{
    const QDateTime start = counted(received);
    if (!time.isPromised())
        return {};
    if (time.unit == ServiceTime::Unit::WorkingDays)
        return calendar.closeOfWorkingDaysAfter(start.toTimeZone(calendar.timeZone()).date(), time.value);
    return calendar.addWorkingSeconds(start, qint64(time.value) * 60);
}

QList<PausePeriod> ServiceClock::countedPauses(const QList<PausePeriod> &pauses, const QDateTime &acceptedAt)
{
    QList<PausePeriod> out = pauses;
    countPauses(out, acceptedAt);
    return out;
}

ClockReading ServiceClock::read(const WorkingCalendar &calendar, const ServiceTime &time, const QDateTime &acceptedAtGiven,
                                const QList<PausePeriod> &pausesGiven, const QDateTime &finishedAtGiven, const QDateTime &nowGiven)
{
    ClockReading r;
    if (!acceptedAtGiven.isValid())
        return r;
    // Every instant counts from the start of its minute (docs/service-time.md): the
    // promise is a whole minute, and the same whenever it is read.
    const QDateTime acceptedAt = counted(acceptedAtGiven);
    const QDateTime finishedAt = counted(finishedAtGiven);
    const QDateTime now = counted(nowGiven);
    const QList<PausePeriod> pauses = countedPauses(pausesGiven, acceptedAtGiven);
    r.started = true;
    r.finished = finishedAt.isValid();
    r.promised = time.isPromised();
    r.allowanceSeconds = allowanceSeconds(calendar, time, acceptedAt);
    const QDateTime end = r.finished ? std::max(finishedAt, acceptedAt) : std::max(now, acceptedAt);

    // The due time: where the allowance runs out, walking the active stretches between
    // the pauses. It does not depend on `now`, except while a pause is still open: then
    // it is provisional, as if the clock resumed at `end`.
    if (r.promised) {
        QDateTime cursor = acceptedAt;
        qint64 left = r.allowanceSeconds;
        bool found = false;
        for (const PausePeriod &p : pauses) {
            if (p.start > cursor) {
                const qint64 w = calendar.workingSecondsBetween(cursor, p.start);
                if (w >= left) {
                    r.dueAt = calendar.addWorkingSeconds(cursor, left);
                    found = true;
                    break;
                }
                left -= w;
            }
            const QDateTime pauseEnd = p.end.isValid() ? p.end : (r.finished ? finishedAt : QDateTime());
            if (!pauseEnd.isValid()) {
                r.dueAt = calendar.addWorkingSeconds(std::max(cursor, end), left);
                r.dueProvisional = true;
                found = true;
                break;
            }
            cursor = std::max(cursor, pauseEnd);
        }
        if (!found)
            r.dueAt = calendar.addWorkingSeconds(cursor, left);
    }

    // The working time used and paused up to `end` (the finish, or now).
    qint64 active = 0;
    const bool inOpenPause = walk(
        acceptedAt, end, pauses, [&](const QDateTime &from, const QDateTime &to) { active += calendar.workingSecondsBetween(from, to); },
        [&](const PausePeriod &p, const QDateTime &from, const QDateTime &to) {
            if (to <= from)
                return;
            const qint64 pausedW = calendar.workingSecondsBetween(from, to);
            r.pausedSeconds += pausedW;
            r.pausedByReason[p.reasonKey] += pausedW;
        });
    r.paused = inOpenPause && !r.finished;
    r.elapsedSeconds = active;
    if (!r.promised) { // the time is recorded; nothing was due
        r.state = ClockState::Unpromised;
        return r;
    }
    r.remainingSeconds = r.allowanceSeconds - active;
    if (r.finished)
        r.met = active <= r.allowanceSeconds;
    r.state = stateOf(r.allowanceSeconds, active);
    return r;
}

ClockState ServiceClock::stateOf(qint64 allowanceSeconds, qint64 elapsedSeconds)
{
    if (elapsedSeconds > allowanceSeconds)
        return ClockState::Overdue;
    if (double(elapsedSeconds) >= kAtRiskShare * double(allowanceSeconds))
        return ClockState::AtRisk;
    return ClockState::OnTime;
}

QString ServiceClock::stateKey(ClockState state)
{
    switch (state) {
    case ClockState::OnTime: return QStringLiteral("on_time");
    case ClockState::AtRisk: return QStringLiteral("at_risk");
    case ClockState::Overdue: return QStringLiteral("overdue");
    case ClockState::Unpromised: return QStringLiteral("unpromised");
    }
    return {};
}

QString ServiceClock::stateTitle(ClockState state)
{
    switch (state) {
    case ClockState::OnTime: return tr("Tepat waktu");
    case ClockState::AtRisk: return tr("Hampir lewat");
    case ClockState::Overdue: return tr("Terlambat");
    case ClockState::Unpromised: return tr("Belum ada standar waktu");
    }
    return {};
}

QString ServiceClock::describeDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    qint64 s = negative ? -seconds : seconds;
    const qint64 hours = s / 3600;
    const qint64 minutes = (s % 3600) / 60;
    QString text;
    if (hours > 0)
        text = tr("%1 jam %2 menit").arg(IdNumber::format(hours)).arg(minutes);
    else
        text = tr("%1 menit").arg(minutes);
    return negative ? QStringLiteral("-") + text : text;
}

QString ServiceClock::describeRule(const ServiceTime &time)
{
    if (!time.isPromised())
        return tr("waktu layanan dicatat dalam jam kerja sejak berkas diterima, tanpa janji waktu sampai standarnya ditetapkan");
    if (time.unit == ServiceTime::Unit::Minutes)
        return tr("%1 menit jam kerja sejak berkas diterima lengkap; istirahat, di luar jam kerja, hari libur dan masa tunda tidak dihitung")
            .arg(time.value);
    return tr("sampai akhir jam kerja pada hari kerja ke-%1 setelah hari berkas diterima; hari libur dan masa tunda tidak dihitung")
        .arg(time.value);
}
