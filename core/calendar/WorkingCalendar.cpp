#include "calendar/WorkingCalendar.h"

#include "common/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;

QString kindKey(Holiday::Kind kind)
{
    switch (kind) {
    case Holiday::Kind::National: return QStringLiteral("national");
    case Holiday::Kind::CutiBersama: return QStringLiteral("cuti_bersama");
    case Holiday::Kind::Local: return QStringLiteral("local");
    }
    return QStringLiteral("national");
}

std::optional<Holiday::Kind> kindFromKey(const QString &key)
{
    if (key == QLatin1String("national")) return Holiday::Kind::National;
    if (key == QLatin1String("cuti_bersama")) return Holiday::Kind::CutiBersama;
    if (key == QLatin1String("local")) return Holiday::Kind::Local;
    return std::nullopt;
}

QString timeText(const QTime &t)
{
    return t.toString(t.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

QTime parseTime(const QJsonValue &v)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch m = re.match(v.toString());
    if (!v.isString() || !m.hasMatch())
        return {};
    return QTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).isEmpty() ? 0 : m.captured(3).toInt());
}

QDate parseDate(const QJsonValue &v)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!v.isString() || !re.match(v.toString()).hasMatch())
        return {};
    return QDate::fromString(v.toString(), QStringLiteral("yyyy-MM-dd"));
}

QJsonValue dayToJson(const DaySchedule &s)
{
    if (!s.working)
        return QJsonValue::Null;
    QJsonArray breaks;
    for (const TimeRange &b : s.breaks)
        breaks.append(QJsonArray{timeText(b.start), timeText(b.end)});
    return QJsonObject{{QStringLiteral("open"), timeText(s.open)},
                       {QStringLiteral("close"), timeText(s.close)},
                       {QStringLiteral("breaks"), breaks}};
}

qint64 totalMs(const QList<TimeRange> &periods)
{
    qint64 total = 0;
    for (const TimeRange &p : periods)
        total += p.start.msecsTo(p.end);
    return total;
}

// Local dates on which the zone's offset changes (DST), padded by a day either side.
// On every other day an office period lasts exactly its wall-clock length.
QSet<QDate> unsteadyDays(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
{
    QSet<QDate> days;
    if (!zone.hasTransitions())
        return days;
    const QList<QTimeZone::OffsetData> transitions =
        zone.transitions(QDateTime::fromMSecsSinceEpoch(fromMs - 2 * kMsPerDay, QTimeZone::utc()),
                         QDateTime::fromMSecsSinceEpoch(toMs + 2 * kMsPerDay, QTimeZone::utc()));
    for (const QTimeZone::OffsetData &t : transitions) {
        const QDate local = t.atUtc.addSecs(t.offsetFromUtc).date();
        days << local.addDays(-1) << local << local.addDays(1);
    }
    return days;
}

} // namespace

WorkingCalendar WorkingCalendar::defaults()
{
    QFile file(QStringLiteral(":/calendar/defaults.json"));
    if (file.open(QIODevice::ReadOnly)) {
        Result<WorkingCalendar> parsed = fromJson(file.readAll());
        if (parsed)
            return std::move(parsed).value();
        qWarning("Kalender bawaan rusak: %s", qUtf8Printable(parsed.error()));
    }
    // The binary always carries the file; this only keeps a broken build usable.
    WorkingCalendar calendar;
    const DaySchedule monThu{true, QTime(7, 30), QTime(16, 0), {TimeRange{QTime(12, 0), QTime(13, 0)}}};
    for (int day = 1; day <= 4; ++day)
        calendar.setWeekday(day, monThu);
    calendar.setWeekday(5, DaySchedule{true, QTime(7, 30), QTime(16, 0), {TimeRange{QTime(11, 30), QTime(13, 0)}}});
    return calendar;
}

// Returns an error text, or an empty string when `value` is a valid day.
QString WorkingCalendar::parseDay(const QJsonValue &value, const QString &field, DaySchedule *out)
{
    auto problem = [&](const QString &sub, const QString &text) {
        return WorkingCalendar::tr("Kalender kerja, kolom \"%1\": %2").arg(field + sub, text);
    };
    *out = DaySchedule{};
    if (value.isNull())
        return {};
    if (!value.isObject())
        return problem(QString(), WorkingCalendar::tr("harus objek jam kerja atau null (libur)."));
    const QJsonObject o = value.toObject();
    DaySchedule s;
    s.working = true;
    s.open = parseTime(o.value(QStringLiteral("open")));
    if (!s.open.isValid())
        return problem(QStringLiteral(".open"), WorkingCalendar::tr("harus jam berbentuk JJ:MM."));
    s.close = parseTime(o.value(QStringLiteral("close")));
    if (!s.close.isValid())
        return problem(QStringLiteral(".close"), WorkingCalendar::tr("harus jam berbentuk JJ:MM."));
    if (s.close <= s.open)
        return problem(QStringLiteral(".close"), WorkingCalendar::tr("jam tutup harus setelah jam buka."));
    const QJsonValue breaksValue = o.value(QStringLiteral("breaks"));
    if (!breaksValue.isUndefined() && !breaksValue.isNull() && !breaksValue.isArray())
        return problem(QStringLiteral(".breaks"), WorkingCalendar::tr("harus daftar pasangan [\"JJ:MM\", \"JJ:MM\"]."));
    const QJsonArray breaks = breaksValue.toArray();
    for (qsizetype i = 0; i < breaks.size(); ++i) {
        const QString sub = QStringLiteral(".breaks[%1]").arg(i);
        const QJsonArray pair = breaks.at(i).toArray();
        if (!breaks.at(i).isArray() || pair.size() != 2)
            return problem(sub, WorkingCalendar::tr("harus pasangan [\"JJ:MM\", \"JJ:MM\"]."));
        const TimeRange b{parseTime(pair.at(0)), parseTime(pair.at(1))};
        if (!b.start.isValid() || !b.end.isValid())
            return problem(sub, WorkingCalendar::tr("harus jam berbentuk JJ:MM."));
        if (b.end <= b.start)
            return problem(sub, WorkingCalendar::tr("akhir istirahat harus setelah awalnya."));
        if (b.start < s.open || b.end > s.close)
            return problem(sub, WorkingCalendar::tr("istirahat harus di dalam jam kerja %1-%2.").arg(timeText(s.open), timeText(s.close)));
        for (const TimeRange &other : std::as_const(s.breaks))
            if (b.start < other.end && other.start < b.end)
                return problem(sub, WorkingCalendar::tr("istirahat bertumpang tindih dengan istirahat lain."));
        s.breaks << b;
    }
    *out = cleaned(s);
    if (!out->working)
        return problem(QString(), WorkingCalendar::tr("tidak ada jam kerja di luar istirahat."));
    return {};
}

Result<WorkingCalendar> WorkingCalendar::fromJson(const QByteArray &json)
{
    using R = Result<WorkingCalendar>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("Kalender kerja bukan JSON yang sah (posisi %1): %2")
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
    if (!doc.isObject())
        return R::failure(tr("Kalender kerja harus berupa objek JSON."));
    const QJsonObject root = doc.object();
    auto fail = [](const QString &field, const QString &problem) {
        return R::failure(tr("Kalender kerja, kolom \"%1\": %2").arg(field, problem));
    };
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return fail(QStringLiteral("format"), tr("format %1 tidak dikenal (harus 1).")
                                                  .arg(root.value(QStringLiteral("format")).toVariant().toString()));

    WorkingCalendar calendar;
    const QJsonValue zoneValue = root.value(QStringLiteral("time_zone"));
    if (!zoneValue.isUndefined() && !zoneValue.isNull() && !zoneValue.isString())
        return fail(QStringLiteral("time_zone"), tr("harus teks, misalnya \"Asia/Makassar\", atau kosong."));
    if (const QString zoneId = zoneValue.toString().trimmed(); !zoneId.isEmpty()) {
        const QTimeZone zone(zoneId.toUtf8());
        if (!zone.isValid())
            return fail(QStringLiteral("time_zone"), tr("zona waktu \"%1\" tidak dikenal.").arg(zoneId));
        calendar.m_timeZone = zone;
    }


    const QJsonValue weekdaysValue = root.value(QStringLiteral("weekdays"));
    if (!weekdaysValue.isObject())
        return fail(QStringLiteral("weekdays"), tr("harus objek dengan kunci \"1\" (Senin) sampai \"7\" (Minggu)."));
    const QJsonObject weekdays = weekdaysValue.toObject();
    for (auto it = weekdays.begin(); it != weekdays.end(); ++it) {
        bool isNumber = false;
        const int day = it.key().toInt(&isNumber);
        if (!isNumber || day < 1 || day > 7 || it.key() != QString::number(day))
            return fail(QStringLiteral("weekdays.") + it.key(), tr("hari harus \"1\" (Senin) sampai \"7\" (Minggu)."));
    }
    for (int day = 1; day <= 7; ++day) {
        const QString key = QString::number(day);
        const QString field = QStringLiteral("weekdays.") + key;
        if (!weekdays.contains(key))
            return fail(field, tr("tidak ada; tulis null untuk hari libur."));
        DaySchedule s;
        if (const QString error = parseDay(weekdays.value(key), field, &s); !error.isEmpty())
            return R::failure(error);
        calendar.m_weekdays[day - 1] = s;
    }

    const QJsonValue holidaysValue = root.value(QStringLiteral("holidays"));
    if (!holidaysValue.isUndefined() && !holidaysValue.isArray())
        return fail(QStringLiteral("holidays"), tr("harus daftar hari libur."));
    const QJsonArray holidays = holidaysValue.toArray();
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QString field = QStringLiteral("holidays[%1]").arg(i);
        if (!holidays.at(i).isObject())
            return fail(field, tr("harus objek dengan date, name dan kind."));
        const QJsonObject o = holidays.at(i).toObject();
        Holiday h;
        h.date = parseDate(o.value(QStringLiteral("date")));
        if (!h.date.isValid())
            return fail(field + QStringLiteral(".date"), tr("harus tanggal berbentuk TTTT-BB-HH."));
        if (calendar.m_holidays.contains(h.date))
            return fail(field + QStringLiteral(".date"), tr("tanggal %1 dipakai dua kali.").arg(h.date.toString(Qt::ISODate)));
        h.name = o.value(QStringLiteral("name")).toString().trimmed();
        if (h.name.isEmpty())
            return fail(field + QStringLiteral(".name"), tr("tidak boleh kosong."));
        const std::optional<Holiday::Kind> kind = kindFromKey(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return fail(field + QStringLiteral(".kind"), tr("harus \"national\", \"cuti_bersama\" atau \"local\"."));
        h.kind = *kind;
        calendar.m_holidays.insert(h.date, h);
    }

    const QJsonValue specialValue = root.value(QStringLiteral("special_schedules"));
    if (!specialValue.isUndefined() && !specialValue.isArray())
        return fail(QStringLiteral("special_schedules"), tr("harus daftar jadwal khusus."));
    const QJsonArray specials = specialValue.toArray();
    for (qsizetype i = 0; i < specials.size(); ++i) {
        const QString field = QStringLiteral("special_schedules[%1]").arg(i);
        if (!specials.at(i).isObject())
            return fail(field, tr("harus objek dengan name, from, to dan days."));
        const QJsonObject o = specials.at(i).toObject();
        SpecialSchedule special;
        special.name = o.value(QStringLiteral("name")).toString().trimmed();
        if (special.name.isEmpty())
            return fail(field + QStringLiteral(".name"), tr("tidak boleh kosong."));
        special.from = parseDate(o.value(QStringLiteral("from")));
        if (!special.from.isValid())
            return fail(field + QStringLiteral(".from"), tr("harus tanggal berbentuk TTTT-BB-HH."));
        special.to = parseDate(o.value(QStringLiteral("to")));
        if (!special.to.isValid())
            return fail(field + QStringLiteral(".to"), tr("harus tanggal berbentuk TTTT-BB-HH."));
        if (special.to < special.from)
            return fail(field + QStringLiteral(".to"), tr("tanggal akhir sebelum tanggal awal."));
        const QJsonValue daysValue = o.value(QStringLiteral("days"));
        if (!daysValue.isObject())
            return fail(field + QStringLiteral(".days"), tr("harus objek dengan kunci \"1\" (Senin) sampai \"7\" (Minggu)."));
        const QJsonObject days = daysValue.toObject();
        for (auto it = days.begin(); it != days.end(); ++it) {
            const QString dayField = field + QStringLiteral(".days.") + it.key();
            bool isNumber = false;
            const int day = it.key().toInt(&isNumber);
            if (!isNumber || day < 1 || day > 7 || it.key() != QString::number(day))
                return fail(dayField, tr("hari harus \"1\" (Senin) sampai \"7\" (Minggu)."));
            DaySchedule s;
            if (const QString error = parseDay(it.value(), dayField, &s); !error.isEmpty())
                return R::failure(error);
            special.days.insert(day, s);
        }
        calendar.m_specialSchedules << special;
    }
    return calendar;
}

QByteArray WorkingCalendar::toJson() const
{
    QJsonObject weekdays;
    for (int day = 1; day <= 7; ++day)
        weekdays.insert(QString::number(day), dayToJson(m_weekdays[day - 1]));
    QJsonArray holidays;
    for (const Holiday &h : m_holidays)
        holidays.append(QJsonObject{{QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                    {QStringLiteral("name"), h.name},
                                    {QStringLiteral("kind"), kindKey(h.kind)}});
    QJsonArray specials;
    for (const SpecialSchedule &special : m_specialSchedules) {
        QJsonObject days;
        for (auto it = special.days.cbegin(); it != special.days.cend(); ++it)
            days.insert(QString::number(it.key()), dayToJson(it.value()));
        specials.append(QJsonObject{{QStringLiteral("name"), special.name},
                                    {QStringLiteral("from"), special.from.toString(Qt::ISODate)},
                                    {QStringLiteral("to"), special.to.toString(Qt::ISODate)},
                                    {QStringLiteral("days"), days}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), 1},
        {QStringLiteral("time_zone"), m_timeZone.isValid() ? QString::fromUtf8(m_timeZone.id()) : QString()},
        {QStringLiteral("weekdays"), weekdays},
        {QStringLiteral("holidays"), holidays},
        {QStringLiteral("special_schedules"), specials},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QDate WorkingCalendar::today() const
{
    return Clock::nowUtc().toTimeZone(timeZone()).date();
}

QTimeZone WorkingCalendar::timeZone() const
{
    if (m_timeZone.isValid())
        return m_timeZone;
    // This PC's zone, asked once: Qt looks at /etc/localtime each time it is asked, and a
    // queue's clocks ask for every file.
    static const QTimeZone system = QTimeZone::systemTimeZone();
    return system;
}

void WorkingCalendar::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    forget();
}

DaySchedule WorkingCalendar::weekday(int dayOfWeek) const
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    return m_weekdays[dayOfWeek - 1];
}

void WorkingCalendar::setWeekday(int dayOfWeek, const DaySchedule &schedule)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return;
    m_weekdays[dayOfWeek - 1] = cleaned(schedule);
    forget();
}

QList<Holiday> WorkingCalendar::holidays() const
{
    return m_holidays.values();
}

QList<Holiday> WorkingCalendar::holidays(int year) const
{
    QList<Holiday> result;
    for (auto it = m_holidays.lowerBound(QDate(year, 1, 1)); it != m_holidays.cend() && it.key().year() == year; ++it)
        result << it.value();
    return result;
}

void WorkingCalendar::addHoliday(const Holiday &holiday)
{
    if (!holiday.date.isValid())
        return;
    Holiday h = holiday;
    // An empty name or an unknown kind would make the saved JSON unreadable.
    h.name = h.name.trimmed();
    if (h.name.isEmpty())
        h.name = tr("Hari libur");
    if (h.kind != Holiday::Kind::CutiBersama && h.kind != Holiday::Kind::Local)
        h.kind = Holiday::Kind::National;
    m_holidays.insert(h.date, h);
    forget();
}

bool WorkingCalendar::removeHoliday(const QDate &date)
{
    forget();
    return m_holidays.remove(date) > 0;
}

const Holiday *WorkingCalendar::holiday(const QDate &date) const
{
    const auto it = m_holidays.constFind(date);
    return it == m_holidays.cend() ? nullptr : &it.value();
}

QList<SpecialSchedule> WorkingCalendar::specialSchedules() const
{
    return m_specialSchedules;
}

void WorkingCalendar::addSpecialSchedule(const SpecialSchedule &schedule)
{
    if (!schedule.from.isValid() || !schedule.to.isValid() || schedule.to < schedule.from)
        return;
    SpecialSchedule s;
    s.name = schedule.name.trimmed();
    if (s.name.isEmpty())
        s.name = tr("Jadwal khusus");
    s.from = schedule.from;
    s.to = schedule.to;
    for (auto it = schedule.days.cbegin(); it != schedule.days.cend(); ++it)
        if (it.key() >= 1 && it.key() <= 7)
            s.days.insert(it.key(), cleaned(it.value()));
    m_specialSchedules << s;
    forget();
}

void WorkingCalendar::clearSpecialSchedules()
{
    m_specialSchedules.clear();
    forget();
}

DaySchedule WorkingCalendar::scheduleFor(const QDate &date) const
{
    if (!date.isValid() || m_holidays.contains(date))
        return {};
    const int dayOfWeek = date.dayOfWeek();
    for (auto it = m_specialSchedules.crbegin(); it != m_specialSchedules.crend(); ++it) {
        if (date < it->from || date > it->to)
            continue;
        const auto day = it->days.constFind(dayOfWeek);
        if (day != it->days.cend())
            return day.value();
    }
    return m_weekdays[dayOfWeek - 1];
}

QList<TimeRange> WorkingCalendar::workingPeriods(const QDate &date) const
{
    const DaySchedule s = scheduleFor(date);
    QList<TimeRange> periods;
    if (!s.working || !s.open.isValid() || !s.close.isValid() || s.close <= s.open)
        return periods;
    QTime cursor = s.open;
    for (const TimeRange &b : s.breaks) {
        if (b.start > cursor)
            periods << TimeRange{cursor, std::min(b.start, s.close)};
        cursor = std::max(cursor, b.end);
        if (cursor >= s.close)
            break;
    }
    if (cursor < s.close)
        periods << TimeRange{cursor, s.close};
    return periods;
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    return !workingPeriods(date).isEmpty();
}

const WorkingCalendar::Day &WorkingCalendar::day(const QDate &date) const
{
    if (const auto it = m_days.constFind(date); it != m_days.constEnd())
        return it.value();
    if (m_days.size() > 20000) // more than fifty years of days: start again
        m_days.clear();
    const QList<TimeRange> periods = workingPeriods(date);
    return *m_days.insert(date, Day{totalMs(periods), instants(date, periods, timeZone())});
}

bool WorkingCalendar::isUnsteady(const QDate &date) const
{
    auto it = m_unsteady.constFind(date.year());
    if (it == m_unsteady.constEnd()) // the year's transitions and a few days either side
        it = m_unsteady.insert(date.year(), unsteadyDays(timeZone(), QDateTime(QDate(date.year(), 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 3 * kMsPerDay,
                                                         QDateTime(QDate(date.year() + 1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + 3 * kMsPerDay));
    return it->contains(date);
}

qint64 WorkingCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const QTimeZone zone = timeZone();
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = std::min(to.toMSecsSinceEpoch(), fromMs + kCountLimitDays * kMsPerDay);
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(toMs, zone).date();
    qint64 total = 0;
    for (QDate date = firstDay; date <= lastDay; date = date.addDays(1)) {
        const Day &d = day(date);
        if (d.wholeMs == 0)
            continue;
        if (date != firstDay && date != lastDay && !isUnsteady(date)) {
            total += d.wholeMs;
            continue;
        }
        for (const Span &span : d.spans) {
            const qint64 start = std::max(span.startMs, fromMs);
            const qint64 end = std::min(span.endMs, toMs);
            if (end > start)
                total += end - start;
        }
    }
    return total / 1000;
}

QDateTime WorkingCalendar::addWorkingSeconds(const QDateTime &start, qint64 seconds) const
{
    if (!start.isValid())
        return {};
    const QTimeZone zone = timeZone();
    if (seconds <= 0)
        return start.toTimeZone(zone);
    if (seconds > qint64(kSearchLimitDays) * 24 * 60 * 60)
        return {};
    qint64 remaining = seconds * 1000;
    const qint64 startMs = start.toMSecsSinceEpoch();
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(startMs, zone).date();
    const QDate lastDay = firstDay.addDays(kSearchLimitDays);
    for (QDate date = firstDay; date <= lastDay; date = date.addDays(1)) {
        const Day &d = day(date);
        if (d.wholeMs == 0)
            continue;
        if (date != firstDay && !isUnsteady(date)) {
            if (d.wholeMs < remaining) {
                remaining -= d.wholeMs;
                continue;
            }
        }
        for (const Span &span : d.spans) {
            const qint64 from = std::max(span.startMs, startMs);
            if (span.endMs <= from)
                continue;
            if (remaining <= span.endMs - from)
                return QDateTime::fromMSecsSinceEpoch(from + remaining, zone);
            remaining -= span.endMs - from;
        }
    }
    return {};
}

QDate WorkingCalendar::nthWorkingDayAfter(const QDate &day, int n) const
{
    if (!day.isValid() || n < 1)
        return {};
    int found = 0;
    for (int offset = 1; offset <= kSearchLimitDays; ++offset) {
        const QDate candidate = day.addDays(offset);
        if (isWorkingDay(candidate) && ++found == n)
            return candidate;
    }
    return {};
}

QDateTime WorkingCalendar::closeOfWorkingDaysAfter(const QDate &received, int n) const
{
    const QDate day = nthWorkingDayAfter(received, n);
    if (!day.isValid())
        return {};
    return QDateTime(day, workingPeriods(day).constLast().end, timeZone());
}

DaySchedule WorkingCalendar::cleaned(const DaySchedule &schedule)
{
    auto whole = [](const QTime &t) { return t.isValid() ? QTime(t.hour(), t.minute(), t.second()) : t; };
    DaySchedule s;
    s.open = whole(schedule.open);
    s.close = whole(schedule.close);
    if (!schedule.working || !s.open.isValid() || !s.close.isValid() || s.close <= s.open)
        return {};
    QList<TimeRange> breaks;
    for (const TimeRange &b : schedule.breaks) {
        const QTime start = std::max(whole(b.start), s.open);
        const QTime end = std::min(whole(b.end), s.close);
        if (b.start.isValid() && b.end.isValid() && start < end)
            breaks << TimeRange{start, end};
    }
    std::sort(breaks.begin(), breaks.end(), [](const TimeRange &a, const TimeRange &b) { return a.start < b.start; });
    for (const TimeRange &b : std::as_const(breaks)) {
        if (!s.breaks.isEmpty() && b.start <= s.breaks.last().end)
            s.breaks.last().end = std::max(s.breaks.last().end, b.end);
        else
            s.breaks << b;
    }
    if (s.breaks.size() == 1 && s.breaks.first().start == s.open && s.breaks.first().end == s.close)
        return {};
    s.working = true;
    return s;
}

QList<WorkingCalendar::Span> WorkingCalendar::instants(const QDate &date, const QList<TimeRange> &periods,
                                                       const QTimeZone &zone)
{
    QList<Span> spans;
    for (const TimeRange &p : periods) {
        const Span span{QDateTime(date, p.start, zone).toMSecsSinceEpoch(), QDateTime(date, p.end, zone).toMSecsSinceEpoch()};
        if (span.endMs > span.startMs)
            spans << span;
    }
    return spans;
}
