#include "complaints/LateFile.h"

#include "applications/ApplicationStatus.h"
#include "applications/Workflow.h"
#include "calendar/WorkingCalendar.h"
#include "clock/ServiceClock.h"
#include "common/Clock.h"
#include "common/ZoneLabel.h"
#include "history/EventText.h"

#include <QMap>

namespace {

// A long file's timeline lists its days up to this far (a file open for years is a data
// problem the lists already show; its annex stays printable).
constexpr int kMaxDays = 400;

QString at(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? ZoneLabel::shortDateTime(utc, zone) : QStringLiteral("–");
}

QString hoursText(const DaySchedule &day)
{
    QString text = QStringLiteral("%1–%2").arg(day.open.toString(QStringLiteral("HH.mm")), day.close.toString(QStringLiteral("HH.mm")));
    for (const TimeRange &b : day.breaks)
        text += LateFile::tr(", istirahat %1–%2").arg(b.start.toString(QStringLiteral("HH.mm")), b.end.toString(QStringLiteral("HH.mm")));
    return text;
}

} // namespace

bool LateFile::isLate(const ClockReading &clock)
{
    if (!clock.started || !clock.promised) // nothing was promised: never late
        return false;
    return clock.finished ? !clock.met : clock.state == ClockState::Overdue;
}

Result<ClockTimeline> LateFile::timeline(Workflow &workflow, qint64 applicationId, const QDateTime &now)
{
    using R = Result<ClockTimeline>;
    ClockTimeline t;
    t.readAt = now.isValid() ? now.toUTC() : Clock::nowUtc();
    Result<ApplicationFile> file = workflow.files().file(applicationId, t.readAt);
    if (!file)
        return R::failure(file.error());
    t.file = std::move(file).value();
    const Application &a = t.file.application;
    t.end = a.finishedAt.isValid() ? a.finishedAt : t.readAt;
    const ClockReading &c = t.file.clock;
    if (isLate(c))
        t.lateSeconds = c.finished ? c.elapsedSeconds - c.allowanceSeconds : -c.remainingSeconds;
    if (!a.acceptedAt.isValid())
        return t;
    const WorkingCalendar &calendar = workflow.calendar();
    const QTimeZone zone = calendar.timeZone();
    const QDate first = a.acceptedAt.toTimeZone(zone).date();
    const QDate last = std::min(t.end.toTimeZone(zone).date(), first.addDays(kMaxDays));
    QMap<int, DaySchedule> hours;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (const Holiday *h = calendar.holiday(d)) {
            t.holidays << *h;
            continue;
        }
        const DaySchedule day = calendar.scheduleFor(d);
        if (day.working && !hours.contains(d.dayOfWeek()))
            hours.insert(d.dayOfWeek(), day);
    }
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        t.hours.append({it.key(), it.value()});
    return t;
}

Result<ComplaintInput> LateFile::draft(const ClockTimeline &t, const QTimeZone &zone)
{
    const ApplicationFile &f = t.file;
    if (!isLate(f.clock))
        return Result<ComplaintInput>::failure(
            tr("Berkas %1 tidak terlambat: janji waktunya belum lewat atau sudah ditepati.").arg(f.application.number));
    ComplaintInput in;
    in.channel = FeedbackChannel::InPerson;
    in.complainantName = f.visit.applicantName;
    in.contact = f.visit.applicantPhone;
    in.applicationNumber = f.application.number;
    in.notPerStandard = tr("Layanan %1 (%2), berkas %3: diterima %4, dijanjikan selesai %5 (%6), %7. Terlambat %8 waktu kerja.")
                            .arg(f.service.number)
                            .arg(f.service.name, f.application.number, at(f.application.acceptedAt, zone), at(f.clock.dueAt, zone),
                                 ServiceClock::describeDuration(f.clock.allowanceSeconds),
                                 f.clock.finished ? tr("selesai %1").arg(at(f.application.finishedAt, zone))
                                                  : tr("belum selesai pada %1").arg(at(t.readAt, zone)),
                                 ServiceClock::describeDuration(t.lateSeconds));
    return in;
}

QStringList LateFile::annexLines(const ClockTimeline &t, const QTimeZone &zone)
{
    const ApplicationFile &f = t.file;
    QStringList lines;
    lines << tr("Berkas %1 · nomor antrian %2 · Layanan %3 (%4)").arg(f.application.number, f.visit.queueNumber).arg(f.service.number).arg(f.service.name);
    lines << tr("Pemohon: %1 · %2").arg(f.visit.applicantName, f.vendor ? f.vendor->name : f.visit.vendorName);
    lines << tr("Diterima: %1 · dijanjikan selesai: %2 · janji waktu: %3")
                 .arg(at(f.application.acceptedAt, zone), at(f.clock.dueAt, zone), ServiceClock::describeDuration(f.clock.allowanceSeconds));
    lines << (f.clock.finished ? tr("Selesai: %1").arg(at(f.application.finishedAt, zone))
                               : tr("Belum selesai; dibaca %1 (%2)").arg(at(t.readAt, zone), ApplicationStatuses::title(f.application.status)));
    lines << tr("Waktu kerja terhitung: %1 dari %2; masa tunda (tidak dihitung): %3")
                 .arg(ServiceClock::describeDuration(f.clock.elapsedSeconds), ServiceClock::describeDuration(f.clock.allowanceSeconds),
                      ServiceClock::describeDuration(f.clock.pausedSeconds));
    lines << (t.lateSeconds > 0 ? tr("Terlambat: %1 waktu kerja").arg(ServiceClock::describeDuration(t.lateSeconds)) : tr("Tidak terlambat"));
    lines << QString() << tr("Kejadian (%1):").arg(f.history.size());
    for (const Event &e : f.history)
        lines << tr("%1 · %2 · %3").arg(at(e.at, zone), EventText::describe(e), e.userName.isEmpty() ? tr("sistem") : e.userName);
    lines << QString() << tr("Penundaan (%1):").arg(f.pauses.size());
    for (const PausePeriod &p : f.pauses) {
        PauseReason reason;
        const QString title = PauseReasons::fromKey(p.reasonKey, &reason) ? PauseReasons::title(reason) : p.reasonKey;
        lines << tr("%1 s.d. %2 · %3%4").arg(at(p.start, zone), p.end.isValid() ? at(p.end, zone) : tr("masih ditunda"), title,
                                             p.reasonText.isEmpty() ? QString() : QStringLiteral(": ") + p.reasonText);
    }
    lines << QString() << tr("Jam kerja yang berlaku:");
    const QStringList days = {tr("Senin"), tr("Selasa"), tr("Rabu"), tr("Kamis"), tr("Jumat"), tr("Sabtu"), tr("Minggu")};
    for (const auto &[weekday, day] : t.hours)
        lines << tr("%1: %2").arg(days.value(weekday - 1), hoursText(day));
    lines << tr("Hari libur dalam rentang itu (%1):").arg(t.holidays.size());
    for (const Holiday &h : t.holidays)
        lines << tr("%1 · %2").arg(h.date.toString(QStringLiteral("dd-MM-yyyy")), h.name);
    return lines;
}
