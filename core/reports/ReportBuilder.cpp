#include "reports/ReportBuilder.h"

#include "accounts/AccountStore.h"
#include "applications/ApplicationStatus.h"
#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "clock/ServiceClock.h"
#include "common/Clock.h"
#include "complaints/ComplaintRules.h"
#include "reports/WorkingTimeIndex.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;

enum class Kind : quint8 { Paused, Resumed, Returned };

int digitsOf(QByteArrayView s, qsizetype pos, qsizetype n)
{
    int v = 0;
    for (qsizetype i = pos; i < pos + n; ++i)
        v = v * 10 + (s.at(i) - '0');
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days algorithm
// turned around): integer arithmetic only, as tens of thousands of instants are read.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// Milliseconds since the epoch of a stored instant, from its UTF-8 bytes; -1 for NULL or
// empty. The stored form is fixed ("2026-11-23T07:41:00.000Z") and read directly;
// anything else goes through Clock::fromStorage.
qint64 storedMs(QByteArrayView s)
{
    if (s.isEmpty())
        return -1;
    if (s.size() == 24 && s.at(4) == '-' && s.at(7) == '-' && s.at(10) == 'T' && s.at(13) == ':' && s.at(16) == ':' && s.at(19) == '.'
        && s.at(23) == 'Z') {
        // The instants of a file, and of the files around it, mostly share their date.
        thread_local char lastDate[10] = {};
        thread_local qint64 lastDays = 0;
        const int month = digitsOf(s, 5, 2);
        const int day = digitsOf(s, 8, 2);
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
            if (std::memcmp(lastDate, s.data(), sizeof lastDate) != 0) {
                lastDays = daysFromCivil(digitsOf(s, 0, 4), month, day);
                std::memcpy(lastDate, s.data(), sizeof lastDate);
            }
            return lastDays * kMsPerDay + digitsOf(s, 11, 2) * 3600000LL + digitsOf(s, 14, 2) * 60000LL + digitsOf(s, 17, 2) * 1000LL
                   + digitsOf(s, 20, 3);
        }
    }
    const QDateTime t = Clock::fromStorage(QString::fromUtf8(s.data(), s.size()));
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

// An instant read through SqlQuery (complaints), by the same parser.
qint64 storedMs(const QVariant &v)
{
    if (v.isNull())
        return -1;
    const QByteArray bytes = v.toString().toUtf8();
    return storedMs(QByteArrayView(bytes));
}

ApplicationStatus statusOf(QByteArrayView key)
{
    // The few keys the report tells apart, without a string per row.
    if (key == "done")
        return ApplicationStatus::Done;
    if (key == "returned")
        return ApplicationStatus::Returned;
    if (key == "cancelled")
        return ApplicationStatus::Cancelled;
    ApplicationStatus status = ApplicationStatus::Registered;
    ApplicationStatuses::fromKey(QString::fromLatin1(key), &status);
    return status;
}

// The Julian day (as QDate::toJulianDay) of a stored date "2026-11-23"; 0 when it is none.
qint64 julianDayOf(QByteArrayView s)
{
    constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
    if (s.size() == 10 && s.at(4) == '-' && s.at(7) == '-') {
        const int month = digitsOf(s, 5, 2);
        const int day = digitsOf(s, 8, 2);
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
            return daysFromCivil(digitsOf(s, 0, 4), month, day) + kJulianDayOfEpoch;
    }
    const QDate d = QDate::fromString(QString::fromUtf8(s.data(), s.size()), Qt::ISODate);
    return d.isValid() ? d.toJulianDay() : 0;
}

// What the report takes from an event's data: a pause's reason, a return's missing
// papers. Parsed once per distinct text: the same few texts come back thousands of times.
struct EventFacts
{
    QString reason;
    QStringList missing; // the labels, in the slip's order
};

class EventFactsCache
{
public:
    const EventFacts &of(QByteArrayView data)
    {
        const std::string_view key(data.data(), size_t(data.size()));
        auto it = m_parsed.find(key);
        if (it == m_parsed.end()) {
            EventFacts parsed;
            const QJsonObject object = QJsonDocument::fromJson(data.toByteArray()).object();
            parsed.reason = object.value(QStringLiteral("reason")).toString();
            for (const QJsonValue &m : object.value(QStringLiteral("missing")).toArray()) {
                const QString label = m.toObject().value(QStringLiteral("label")).toString();
                if (!label.isEmpty())
                    parsed.missing << label;
            }
            it = m_parsed.emplace(std::string(key), std::move(parsed)).first;
        }
        return it->second;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, EventFacts, Hash, std::equal_to<>> m_parsed; // its nodes never move
};

struct FileEvent
{
    Kind kind;
    qint64 at;
    qint64 user;
    const EventFacts *facts; // null for a resumption
};

// One file as the report reads it; one instance is refilled for each file in turn.
struct FileFacts
{
    qint64 id = 0;
    int service = 0;
    int catalogVersion = 0;
    ApplicationStatus status = ApplicationStatus::Registered;
    bool isNew = true;
    qint64 arrived = -1;
    qint64 accepted = -1;
    qint64 finished = -1;
    qint64 helpdeskUser = 0;
    qint64 claimedBy = 0;
    qint64 acceptedBy = 0;
    qint64 claimedAt = -1;
    qint64 finishedBy = 0;
    qint64 storedSeconds = -1; // service_seconds, -1 when not stored
    bool storedMet = false;
    qint64 day = 0; // Julian day of the visit
    std::vector<FileEvent> events;
};

struct Pause
{
    qint64 start;
    qint64 end; // -1 while open
    qint64 user;
    const QString *reason;
};

} // namespace

DurationStats DurationStats::of(QList<qint64> values)
{
    return ofReordering(values.data(), values.data() + values.size());
}

DurationStats DurationStats::ofReordering(qint64 *first, qint64 *last)
{
    // Selection, not a full sort: tens of thousands of values per report.
    DurationStats s;
    const qsizetype n = last - first;
    s.count = int(n);
    if (n == 0)
        return s;
    s.max = *std::max_element(first, last);
    const qsizetype rank = std::max<qsizetype>(qsizetype(std::ceil(0.9 * double(n))), 1);
    std::nth_element(first, first + rank - 1, last);
    s.p90 = first[rank - 1];
    // The middle lies among the values before the P90 one, which are all at most it.
    if (n / 2 < rank - 1)
        std::nth_element(first, first + n / 2, first + rank - 1);
    const qint64 upper = first[n / 2];
    if (n % 2) {
        s.median = double(upper);
    } else {
        // The lower middle value is the largest of those before the upper one.
        const qint64 lower = *std::max_element(first, first + n / 2);
        s.median = (double(lower) + double(upper)) / 2.0;
    }
    return s;
}

DurationStats DurationStats::ofSorted(const QList<qint64> &sorted)
{
    DurationStats s;
    const qsizetype n = sorted.size();
    s.count = int(n);
    if (n == 0)
        return s;
    s.max = sorted.constLast();
    s.p90 = sorted.at(std::max<qsizetype>(qsizetype(std::ceil(0.9 * double(n))), 1) - 1);
    s.median = n % 2 ? double(sorted.at(n / 2)) : (double(sorted.at(n / 2 - 1)) + double(sorted.at(n / 2))) / 2.0;
    return s;
}

qint64 ReportRow::pausedSeconds() const
{
    qint64 total = 0;
    for (qint64 s : pausedByReason)
        total += s;
    return total;
}

Result<PerformanceReport> ReportBuilder::build(const QDate &from, const QDate &to, ReportGrouping grouping, const QDateTime &nowInput)
{
    using R = Result<PerformanceReport>;
    if (!from.isValid() || !to.isValid())
        return R::failure(tr("Tanggal periode laporan tidak sah."));
    if (to < from)
        return R::failure(tr("Akhir periode (%1) sebelum awalnya (%2).").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    if (from.daysTo(to) >= kMaxDays)
        return R::failure(tr("Periode laporan paling panjang %1 hari.").arg(kMaxDays));

    QSqlDatabase &sql = m_db.connection();
    const QDateTime now = nowInput.isValid() ? nowInput.toUTC() : Clock::nowUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // The calendar is parsed again only when its stored text changed since the last
    // report of this builder; a catalogue version never changes once stored.
    {
        FastQuery stored(sql, "SELECT value FROM settings WHERE key = :key");
        stored.bind(":key", QStringLiteral("calendar"));
        const QByteArray text = stored.next() ? stored.text(0).toByteArray() : QByteArray();
        if (!m_calendar || text != m_calendarText) {
            const Result<WorkingCalendar> parsed = text.isEmpty() ? WorkingCalendar::defaults() : WorkingCalendar::fromJson(text);
            m_calendar = parsed ? parsed.value() : WorkingCalendar::defaults();
            m_calendarText = text;
        }
    }
    const WorkingCalendar &calendar = *m_calendar;

    CatalogStore catalogs(m_db);
    std::map<int, ServiceCatalog> &catalogByVersion = m_catalogs; // a map: the pointers handed out stay valid as it grows
    auto catalogOf = [&](int version) -> const ServiceCatalog * {
        auto it = catalogByVersion.find(version);
        if (it == catalogByVersion.end()) {
            const Result<ServiceCatalog> c = version > 0 ? catalogs.version(version) : ServiceCatalog::builtIn();
            if (!c)
                return nullptr;
            it = catalogByVersion.emplace(version, c.value()).first;
        }
        return &it->second;
    };
    const Result<int> currentVersion = catalogs.currentVersion();
    const ServiceCatalog *current = catalogOf(currentVersion ? currentVersion.value() : 0);

    PerformanceReport report;
    report.from = from;
    report.to = to;
    report.grouping = grouping;
    report.computedAt = now;
    report.computedOn = now.toTimeZone(calendar.timeZone()).date();
    const Result<OfficeIdentity> office = OfficeSettings(m_db).load();
    report.office = office ? office.value() : OfficeIdentity::defaults();

    QHash<qint64, QString> userNames;
    if (grouping == ReportGrouping::Officer) {
        SqlQuery users(sql, QStringLiteral("SELECT id, full_name FROM users"));
        if (const Status s = users.exec(); !s)
            return R::failure(s.error());
        while (users.next())
            userNames.insert(users.value(0).toLongLong(), users.value(1).toString());
    }

    // ---- working time. The index starts with the period and grows, a month at a time, as
    // later instants are met (files finished after the period, the open files' clocks up
    // to now), but never past the last day any instant of the report can need.
    int longestDays = 0; // working-day promises end after the last instant seen; leave room for them
    if (current)
        for (const Service &s : current->services())
            if (s.time.unit == ServiceTime::Unit::WorkingDays)
                longestDays = std::max(longestDays, s.time.value);
    const int marginDays = 2 * longestDays + 21;
    const QDate capDay = std::max(to, QDateTime::fromMSecsSinceEpoch(nowMs, calendar.timeZone()).date()).addDays(marginDays);
    WorkingTimeIndex index(calendar, from.addDays(-1), to.addDays(marginDays));
    auto cover = [&](qint64 ms) {
        if (ms < 0 || index.covers(ms) || index.lastDay() >= capDay)
            return;
        const QDate day = QDateTime::fromMSecsSinceEpoch(ms, calendar.timeZone()).date();
        index.extendTo(calendar, std::min(capDay, std::max(day, index.lastDay().addDays(31))));
    };
    auto working = [&](qint64 a, qint64 b) -> qint64 {
        if (b <= a)
            return 0;
        cover(b);
        if (index.covers(a) && index.covers(b))
            return index.workingSeconds(a, b);
        return calendar.workingSecondsBetween(QDateTime::fromMSecsSinceEpoch(a, QTimeZone::utc()),
                                              QDateTime::fromMSecsSinceEpoch(b, QTimeZone::utc()));
    };

    QHash<quint64, ServiceTime> times;
    auto allowance = [&](const FileFacts &f) -> qint64 {
        const quint64 key = (quint64(quint32(f.catalogVersion)) << 32) | quint32(f.service);
        if (!times.contains(key)) {
            const ServiceCatalog *c = catalogOf(f.catalogVersion);
            const Service *s = c ? c->service(f.service) : nullptr;
            times.insert(key, s ? s->time : ServiceTime{});
        }
        const ServiceTime t = times.value(key);
        if (t.unit == ServiceTime::Unit::Minutes)
            return qint64(t.value) * 60;
        const qint64 accepted = ServiceClock::countedMs(f.accepted);
        cover(accepted + qint64(2 * t.value + 21) * kMsPerDay);
        const qint64 close = index.covers(accepted) ? index.closeOfWorkingDaysAfter(index.localDate(accepted), t.value) : -1;
        if (close >= 0)
            return working(accepted, close);
        return ServiceClock::allowanceSeconds(calendar, t, QDateTime::fromMSecsSinceEpoch(f.accepted, QTimeZone::utc()));
    };

    // ---- the rows
    // A row with what it gathers before its figures are known.
    struct RowWork
    {
        ReportRow row;
        std::vector<qint64> waitHelpdesk, waitClaim;
        QHash<QString, int> missing; // label -> count
    };
    RowWork total;
    std::map<qint64, RowWork> rows; // by service number or user id; its nodes never move
    const bool byService = grouping == ReportGrouping::Service;
    std::array<RowWork *, 64> quickRows{}; // small keys (services, most user ids) without a lookup
    auto rowFor = [&](const FileFacts &f, qint64 user) -> RowWork * {
        const qint64 key = byService ? f.service : user;
        if (key <= 0)
            return nullptr;
        if (key < qint64(quickRows.size())) {
            RowWork *&quick = quickRows[size_t(key)];
            if (!quick)
                quick = &rows[key];
            return quick;
        }
        return &rows[key];
    };
    auto each = [&](const FileFacts &f, qint64 user, auto &&add) {
        add(total.row);
        if (RowWork *r = rowFor(f, user))
            add(r->row);
    };

    QList<DailyCount> daily; // one per day of the period, by its distance from `from`
    daily.reserve(from.daysTo(to) + 1);
    for (QDate d = from; d <= to; d = d.addDays(1))
        daily << DailyCount{d, 0, 0};
    const qint64 fromDay = from.toJulianDay();
    auto dayEntry = [&](qint64 julianDay) -> DailyCount * {
        const qint64 i = julianDay - fromDay;
        return i >= 0 && i < daily.size() ? &daily[i] : nullptr;
    };

    std::vector<Pause> pauses; // of the file at hand; kept between files for its memory
    auto count = [&](const FileFacts &f) {
        if (DailyCount *d = dayEntry(f.day))
            d->visits++;
        each(f, f.helpdeskUser, [&](ReportRow &r) {
            r.visits++;
            if (f.isNew)
                r.applications++;
        });
        const qint64 acceptedBy = f.acceptedBy;
        const qint64 doneBy = f.finishedBy, cancelledBy = f.finishedBy, returnedBy = f.finishedBy;
        // Waiting for a handler: from the hand-off (made with the acceptance) to the claim.
        if (f.accepted >= 0 && f.claimedAt >= f.accepted) {
            const qint64 w = working(f.accepted, f.claimedAt);
            total.waitClaim.push_back(w);
            if (RowWork *r = rowFor(f, f.claimedBy))
                r->waitClaim.push_back(w);
        }
        pauses.clear();
        for (const FileEvent &e : f.events) {
            switch (e.kind) {
            case Kind::Paused:
                pauses.push_back(Pause{e.at, -1, e.user, &e.facts->reason});
                break;
            case Kind::Resumed:
                if (!pauses.empty() && pauses.back().end < 0)
                    pauses.back().end = e.at;
                break;
            case Kind::Returned:
                for (const QString &label : e.facts->missing) {
                    total.missing[label]++;
                    if (RowWork *r = rowFor(f, e.user))
                        r->missing[label]++;
                }
                break;
            }
        }

        switch (f.status) {
        case ApplicationStatus::Returned: each(f, returnedBy, [](ReportRow &r) { r.returned++; }); break;
        case ApplicationStatus::Cancelled: each(f, cancelledBy, [](ReportRow &r) { r.cancelled++; }); break;
        case ApplicationStatus::Done: break;
        default: each(f, f.claimedBy ? f.claimedBy : f.helpdeskUser, [](ReportRow &r) { r.open++; }); break;
        }
        if (f.accepted < 0)
            return;
        each(f, acceptedBy, [](ReportRow &r) { r.accepted++; });
        if (f.arrived >= 0) {
            const qint64 w = working(f.arrived, f.accepted);
            total.waitHelpdesk.push_back(w);
            if (RowWork *r = rowFor(f, acceptedBy))
                r->waitHelpdesk.push_back(w);
        }

        // The clock, as ServiceClock::read counts it: active stretches between pauses. A
        // file done since migration 0004 carries the reading its completion proof printed;
        // only its pauses (for the time by reason) are still walked.
        const bool finished = (f.status == ApplicationStatus::Done || f.status == ApplicationStatus::Cancelled) && f.finished >= 0;
        const bool stored = f.status == ApplicationStatus::Done && f.storedSeconds >= 0;
        // Every instant counts from the start of its minute, as ServiceClock::counted.
        const qint64 accepted = ServiceClock::countedMs(f.accepted);
        const qint64 end = std::max(accepted, ServiceClock::countedMs(finished ? f.finished : nowMs));
        qint64 cursor = accepted;
        qint64 active = 0;
        for (const Pause &p : pauses) {
            if (p.start < f.accepted)
                continue;
            const qint64 start = std::max(accepted, ServiceClock::countedMs(p.start));
            const qint64 stop = p.end >= 0 ? std::max(start, ServiceClock::countedMs(p.end)) : -1;
            const qint64 activeEnd = std::min(start, end);
            if (activeEnd > cursor && !stored)
                active += working(cursor, activeEnd);
            if (start >= end) {
                cursor = std::max(cursor, end);
                break;
            }
            const qint64 from = std::max(cursor, start);
            const qint64 pauseEnd = stop >= 0 ? std::min(stop, end) : end;
            const qint64 pausedW = pauseEnd > from ? working(from, pauseEnd) : 0;
            each(f, p.user, [&](ReportRow &r) { r.pausedByReason[*p.reason] += pausedW; });
            if (stop < 0 || stop >= end) {
                cursor = end;
                break;
            }
            cursor = std::max(cursor, stop);
        }
        if (cursor < end && !stored)
            active += working(cursor, end);

        if (f.status == ApplicationStatus::Done && f.finished >= 0) {
            if (stored)
                active = f.storedSeconds;
            const bool met = stored ? f.storedMet : active <= allowance(f);
            each(f, doneBy, [&](ReportRow &r) {
                r.done++;
                r.serviceSeconds << active;
                if (met)
                    r.met++;
            });
            cover(f.finished);
            const QDate doneDay = index.covers(f.finished) ? index.localDate(f.finished) : QDate();
            if (DailyCount *d = doneDay.isValid() ? dayEntry(doneDay.toJulianDay()) : nullptr)
                d->done++;
        }
    };

    // ---- the files of the period with the summary the workflow keeps on each (migration
    // 0004), and beside them the few events the figures still need (pauses and returns):
    // two statements in all, whatever the length of the period, read side by side in
    // file id order and counted as they come, without holding the files in memory.
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    // Read on SQLite's own interface: a QVariant per value would cost more than the query.
    // First the range of the period's file ids, from two covering indexes; then the files
    // in id order, which walks the applications table page after page instead of looking
    // each file up (a third of the time for a year). The date condition is repeated, so
    // a file outside the period inside that range is never counted.
    FastQuery range(sql, "SELECT MIN(a.id), MAX(a.id) FROM visits v JOIN applications a ON a.visit_id = v.id "
                         "WHERE v.local_date BETWEEN :from AND :to");
    range.bind(":from", fromText).bind(":to", toText);
    const bool anyFile = range.next() && !range.isNull(0);
    if (!range.error().isEmpty())
        return R::failure(range.error());
    const qint64 firstId = anyFile ? range.int64(0) : 0;
    const qint64 lastId = anyFile ? range.int64(1) : -1;
    FastQuery q(sql,
        "SELECT a.id, a.service_number, a.catalog_version, a.status, a.previous_application_id IS NULL, a.accepted_at, "
        "a.finished_at, v.arrived_at, v.local_date, v.helpdesk_user_id, COALESCE(a.claimed_by, 0), COALESCE(a.accepted_by, 0), "
        "a.claimed_at, COALESCE(a.finished_by, 0), COALESCE(a.service_seconds, -1), COALESCE(a.met, 0) "
        "FROM applications a CROSS JOIN visits v ON v.id = a.visit_id "
        "WHERE a.id BETWEEN :lo AND :hi AND v.local_date BETWEEN :from AND :to ORDER BY a.id");
    q.bind(":lo", firstId).bind(":hi", lastId).bind(":from", fromText).bind(":to", toText);
    // The files' pauses and returns: one range of the covering partial index events_report.
    FastQuery ev(sql,
        "SELECT application_id, kind, at, COALESCE(user_id, 0), data FROM events "
        "WHERE kind IN ('paused', 'resumed', 'returned') AND application_id BETWEEN :lo AND :hi ORDER BY application_id, id");
    ev.bind(":lo", firstId).bind(":hi", lastId);
    EventFactsCache facts;
    {
        // The total's lists hold about one value per file: grown once, not by doubling.
        const qsizetype expected = qsizetype(std::clamp<qint64>(lastId - firstId + 1, 0, 1 << 22));
        total.waitHelpdesk.reserve(size_t(expected));
        total.waitClaim.reserve(size_t(expected));
        total.row.serviceSeconds.reserve(expected);
    }
    // The file id of the event at hand; past every file once the events run out.
    auto nextEvent = [&ev] { return ev.next() ? ev.int64(0) : std::numeric_limits<qint64>::max(); };
    qint64 eventFile = nextEvent();
    FileFacts f;
    while (q.next()) {
        f.id = q.int64(0);
        f.service = int(q.int64(1));
        f.catalogVersion = int(q.int64(2));
        f.status = statusOf(q.text(3));
        f.isNew = q.int64(4) != 0;
        f.accepted = storedMs(q.text(5));
        f.finished = storedMs(q.text(6));
        f.arrived = storedMs(q.text(7));
        f.day = julianDayOf(q.text(8));
        f.helpdeskUser = q.int64(9);
        f.claimedBy = q.int64(10);
        f.acceptedBy = q.int64(11);
        f.claimedAt = storedMs(q.text(12));
        f.finishedBy = q.int64(13);
        f.storedSeconds = q.int64(14);
        f.storedMet = q.int64(15) != 0;
        f.events.clear();
        while (eventFile < f.id) // events of files outside the period
            eventFile = nextEvent();
        for (; eventFile == f.id; eventFile = nextEvent()) {
            const QByteArrayView kind = ev.text(1);
            const Kind k = kind == "paused" ? Kind::Paused : kind == "resumed" ? Kind::Resumed : Kind::Returned;
            f.events.push_back(FileEvent{k, storedMs(ev.text(2)), ev.int64(3), k == Kind::Resumed ? nullptr : &facts.of(ev.text(4))});
        }
        count(f);
    }
    if (!q.error().isEmpty())
        return R::failure(q.error());
    if (!ev.error().isEmpty())
        return R::failure(ev.error());

    auto finish = [](RowWork &w, bool isTotal) {
        ReportRow &r = w.row;
        if (isTotal) { // the total's list is kept in order
            std::sort(r.serviceSeconds.begin(), r.serviceSeconds.end());
            r.serviceTime = DurationStats::ofSorted(r.serviceSeconds);
        } else {
            r.serviceTime = DurationStats::of(r.serviceSeconds);
        }
        r.waitHelpdesk = DurationStats::ofReordering(w.waitHelpdesk.data(), w.waitHelpdesk.data() + w.waitHelpdesk.size());
        r.waitClaim = DurationStats::ofReordering(w.waitClaim.data(), w.waitClaim.data() + w.waitClaim.size());
        for (auto it = w.missing.cbegin(); it != w.missing.cend(); ++it)
            r.missing << std::pair(it.key(), it.value());
        std::sort(r.missing.begin(), r.missing.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
    };
    finish(total, true);
    total.row.key = QStringLiteral("total");
    total.row.title = tr("Jumlah");
    report.total = std::move(total.row);
    if (byService && current) // every service of the catalogue, even without visits
        for (const Service &s : current->services())
            rows[s.number];
    for (auto &[key, w] : rows) {
        ReportRow &r = w.row;
        r.key = QString::number(key);
        if (byService) {
            const Service *s = current ? current->service(int(key)) : nullptr;
            r.title = s ? s->name : tr("Layanan %1").arg(key);
        } else {
            r.title = userNames.value(key, tr("Petugas #%1").arg(key));
        }
        finish(w, false);
        report.rows << r;
    }
    if (!byService)
        std::sort(report.rows.begin(), report.rows.end(), [](const ReportRow &a, const ReportRow &b) { return a.title < b.title; });
    report.daily = daily;

    // ---- what the public said back, when this database records it
    const QStringList tables = sql.tables(); // older files may lack the feedback tables
    if (tables.contains(QStringLiteral("complaints"))) {
        SqlQuery c(sql, QStringLiteral("SELECT received_date, acknowledged_at, responded_at, window_decision FROM complaints "
                                       "WHERE received_date BETWEEN :from AND :to"));
        c.bind(QStringLiteral(":from"), fromText).bind(QStringLiteral(":to"), toText);
        if (const Status s = c.exec(); !s)
            return R::failure(s.error());
        ComplaintFigures figures;
        while (c.next()) {
            figures.received++;
            if (c.value(3).toString() == QLatin1String("refused"))
                continue;
            const QDate received = QDate::fromString(c.value(0).toString(), Qt::ISODate);
            const qint64 ack = storedMs(c.value(1));
            const qint64 resp = storedMs(c.value(2));
            const ComplaintDeadlines d = ComplaintRules::deadlines(
                calendar, received, ack >= 0 ? QDateTime::fromMSecsSinceEpoch(ack, QTimeZone::utc()) : QDateTime(),
                resp >= 0 ? QDateTime::fromMSecsSinceEpoch(resp, QTimeZone::utc()) : QDateTime(), now);
            auto decided = [](DeadlineState s) {
                return s == DeadlineState::Met || s == DeadlineState::Missed || s == DeadlineState::Overdue;
            };
            if (decided(d.acknowledgement.state)) {
                figures.acknowledgeDecided++;
                if (d.acknowledgement.state == DeadlineState::Met)
                    figures.acknowledgedInTime++;
            }
            if (decided(d.response.state)) {
                figures.respondDecided++;
                if (d.response.state == DeadlineState::Met)
                    figures.respondedInTime++;
            }
        }
        report.complaints = figures;
    }
    if (tables.contains(QStringLiteral("suggestions"))) {
        SqlQuery s(sql, QStringLiteral("SELECT COUNT(*) FROM suggestions WHERE local_date BETWEEN :from AND :to"));
        s.bind(QStringLiteral(":from"), fromText).bind(QStringLiteral(":to"), toText);
        if (const Status st = s.exec(); !st)
            return R::failure(st.error());
        report.suggestions = s.next() ? s.value(0).toInt() : 0;
    }
    if (tables.contains(QStringLiteral("survey_responses"))) {
        SqlQuery s(sql, QStringLiteral("SELECT COALESCE(service_number, 0), COUNT(*), SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), "
                                       "SUM(u6), SUM(u7), SUM(u8), SUM(u9) FROM survey_responses "
                                       "WHERE local_date BETWEEN :from AND :to GROUP BY 1"));
        s.bind(QStringLiteral(":from"), fromText).bind(QStringLiteral(":to"), toText);
        if (const Status st = s.exec(); !st)
            return R::failure(st.error());
        int respondents = 0;
        std::array<qint64, SurveyElement::kCount> sums{};
        while (s.next()) {
            const int n = s.value(1).toInt();
            std::array<qint64, SurveyElement::kCount> own{};
            for (int i = 0; i < SurveyElement::kCount; ++i) {
                own[i] = s.value(2 + i).toLongLong();
                sums[i] += own[i];
            }
            respondents += n;
            if (byService) {
                for (ReportRow &r : report.rows)
                    if (r.key == QString::number(s.value(0).toInt()))
                        r.ikm = Ikm::compute(n, own);
            }
        }
        if (respondents > 0) {
            report.ikm = Ikm::compute(respondents, sums);
            report.total.ikm = report.ikm;
        }
    }
    return report;
}
