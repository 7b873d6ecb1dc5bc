#include "clock/ServiceClock.h"

#include "calendar/WorkingCalendar.h"

qint64 ServiceClock::allowanceSeconds(const WorkingCalendar &calendar, const ServiceTime &time, const QDateTime &acceptedAt)
{
    if (time.unit == ServiceTime::Unit::Minutes)
        return qint64(time.value) * 60;
    const QDate receivedDay = acceptedAt.toTimeZone(calendar.timeZone()).date();
    const QDateTime end = calendar.closeOfWorkingDaysAfter(receivedDay, time.value);
    return calendar.workingSecondsBetween(acceptedAt, end);
}

QDateTime ServiceClock::dueWithoutPauses(const WorkingCalendar &calendar, const ServiceTime &time, const QDateTime &received)
{
    if (time.unit == ServiceTime::Unit::WorkingDays)
        return calendar.closeOfWorkingDaysAfter(received.toTimeZone(calendar.timeZone()).date(), time.value);
    return calendar.addWorkingSeconds(received, qint64(time.value) * 60);
}

ClockReading ServiceClock::read(const WorkingCalendar &calendar, const ServiceTime &time, const QDateTime &acceptedAt,
                                const QList<PausePeriod> &pauses, const QDateTime &finishedAt, const QDateTime &now)
{
    ClockReading r;
    if (!acceptedAt.isValid())
        return r;
    r.started = true;
    r.finished = finishedAt.isValid();
    r.allowanceSeconds = allowanceSeconds(calendar, time, acceptedAt);
    const QDateTime end = r.finished ? finishedAt : now;

    // Walk the active stretches between pauses; the due time is where the allowance runs out.
    QDateTime cursor = acceptedAt;
    qint64 left = r.allowanceSeconds;
    qint64 active = 0;
    bool dueFound = false;
    auto consume = [&](const QDateTime &until) {
        if (until <= cursor)
            return;
        const qint64 w = calendar.workingSecondsBetween(cursor, until);
        if (!dueFound && w >= left) {
            r.dueAt = calendar.addWorkingSeconds(cursor, left);
            dueFound = true;
        }
        if (!dueFound)
            left -= w;
    };
    for (const PausePeriod &p : pauses) {
        if (!p.start.isValid() || p.start < acceptedAt)
            continue;
        // Active time up to the pause (and up to `end`).
        const QDateTime activeEnd = std::min(p.start, end);
        if (activeEnd > cursor) {
            active += calendar.workingSecondsBetween(cursor, activeEnd);
            consume(activeEnd);
        }
        if (p.start >= end) {
            cursor = std::max(cursor, end);
            break;
        }
        const QDateTime pauseEnd = p.end.isValid() ? std::min(p.end, end) : end;
        const qint64 pausedW = calendar.workingSecondsBetween(p.start, pauseEnd);
        r.pausedSeconds += pausedW;
        r.pausedByReason[p.reasonKey] += pausedW;
        if (!p.end.isValid() || p.end >= end) {
            r.paused = !p.end.isValid() && !r.finished;
            cursor = end;
            break;
        }
        cursor = p.end;
    }
    if (cursor < end) {
        active += calendar.workingSecondsBetween(cursor, end);
        consume(end);
        cursor = end;
    }
    if (!dueFound)
        r.dueAt = calendar.addWorkingSeconds(cursor, left); // provisional while paused or not yet due
    r.elapsedSeconds = active;
    r.remainingSeconds = r.allowanceSeconds - active;
    if (r.finished)
        r.met = active <= r.allowanceSeconds;
    if (active > r.allowanceSeconds)
        r.state = ClockState::Overdue;
    else if (double(active) >= kAtRiskShare * double(r.allowanceSeconds))
        r.state = ClockState::AtRisk;
    else
        r.state = ClockState::OnTime;
    return r;
}

QString ServiceClock::stateKey(ClockState state)
{
    switch (state) {
    case ClockState::OnTime: return QStringLiteral("on_time");
    case ClockState::AtRisk: return QStringLiteral("at_risk");
    case ClockState::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

QString ServiceClock::stateTitle(ClockState state)
{
    switch (state) {
    case ClockState::OnTime: return tr("Tepat waktu");
    case ClockState::AtRisk: return tr("Hampir lewat");
    case ClockState::Overdue: return tr("Terlambat");
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
        text = tr("%1 jam %2 menit").arg(hours).arg(minutes);
    else
        text = tr("%1 menit").arg(minutes);
    return negative ? QStringLiteral("-") + text : text;
}

QString ServiceClock::describeRule(const ServiceTime &time)
{
    if (time.unit == ServiceTime::Unit::Minutes)
        return tr("%1 menit jam kerja sejak berkas diterima lengkap; istirahat, di luar jam kerja, hari libur dan masa tunda tidak dihitung")
            .arg(time.value);
    return tr("sampai akhir jam kerja pada hari kerja ke-%1 setelah hari berkas diterima; hari libur dan masa tunda tidak dihitung")
        .arg(time.value);
}
