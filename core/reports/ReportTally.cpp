#include "reports/ReportTally.h"

#include "catalog/ServiceCatalog.h"
#include "clock/ServiceClock.h"
#include "reports/PeriodFiles.h"
#include "reports/ReportClock.h"

#include <algorithm>

ReportTally::ReportTally(ReportGrouping grouping, const QDate &from, const QDate &to, ReportClock &clock, qint64 nowMs,
                         qint64 expectedFiles, ReportTrace *trace)
    : m_clock(clock), m_trace(trace), m_byService(grouping == ReportGrouping::Service), m_nowMs(nowMs), m_fromDay(from.toJulianDay())
{
    m_daily.reserve(from.daysTo(to) + 1);
    for (QDate d = from; d <= to; d = d.addDays(1))
        m_daily << DailyCount{d, 0, 0};
    // The total's lists hold about one value per file: grown once, not by doubling.
    const qsizetype expected = qsizetype(std::clamp<qint64>(expectedFiles, 0, 1 << 22));
    m_total.waitHelpdesk.reserve(size_t(expected));
    m_total.waitClaim.reserve(size_t(expected));
    m_total.row.serviceSeconds.reserve(expected);
}

ReportTally::RowWork *ReportTally::rowFor(const FileFacts &f, qint64 user)
{
    const qint64 key = m_byService ? f.service : user;
    if (key <= 0)
        return nullptr;
    if (key < qint64(m_quickRows.size())) {
        RowWork *&quick = m_quickRows[size_t(key)];
        if (!quick)
            quick = &m_rows[key];
        return quick;
    }
    return &m_rows[key];
}

template<typename Add>
void ReportTally::each(const FileFacts &f, qint64 user, Add &&add)
{
    add(m_total.row);
    if (RowWork *r = rowFor(f, user))
        add(r->row);
}

void ReportTally::trace(TracedFigure figure, const FileFacts &f, qint64 user, qint64 seconds)
{
    if (!m_trace)
        return;
    m_trace->note(figure, QStringLiteral("total"), f.id, seconds);
    if (const qint64 key = m_byService ? f.service : user; key > 0) // the rows rowFor() gives
        m_trace->note(figure, QString::number(key), f.id, seconds);
}

DailyCount *ReportTally::dayEntry(qint64 julianDay)
{
    const qint64 i = julianDay - m_fromDay;
    return i >= 0 && i < m_daily.size() ? &m_daily[i] : nullptr;
}

Status ReportTally::add(const FileFacts &f)
{
    addVisit(f);
    addEvents(f);
    // By officer, each figure goes to whoever did it: the outcome to whoever made it.
    switch (f.status) {
    case ApplicationStatus::Returned:
        each(f, f.finishedBy, [](ReportRow &r) { r.returned++; });
        trace(TracedFigure::Returned, f, f.finishedBy);
        break;
    case ApplicationStatus::Cancelled:
        each(f, f.finishedBy, [](ReportRow &r) { r.cancelled++; });
        trace(TracedFigure::Cancelled, f, f.finishedBy);
        break;
    case ApplicationStatus::Done: break;
    default: {
        const qint64 holder = f.claimedBy ? f.claimedBy : f.helpdeskUser;
        each(f, holder, [](ReportRow &r) { r.open++; });
        trace(TracedFigure::Open, f, holder);
        break;
    }
    }
    if (f.accepted < 0)
        return Status::success();
    each(f, f.acceptedBy, [](ReportRow &r) { r.accepted++; });
    trace(TracedFigure::Accepted, f, f.acceptedBy);
    if (f.arrived >= 0) {
        const qint64 w = m_clock.working(f.arrived, f.accepted);
        m_total.waitHelpdesk.push_back(w);
        if (RowWork *r = rowFor(f, f.acceptedBy))
            r->waitHelpdesk.push_back(w);
    }
    return addClock(f);
}

void ReportTally::addVisit(const FileFacts &f)
{
    if (DailyCount *d = dayEntry(f.day))
        d->visits++;
    each(f, f.helpdeskUser, [&](ReportRow &r) {
        r.visits++;
        if (f.isNew)
            r.applications++;
    });
    trace(TracedFigure::Visits, f, f.helpdeskUser);
    if (f.isNew)
        trace(TracedFigure::New, f, f.helpdeskUser);
    // Waiting for a handler: from the hand-off (made with the acceptance) to the claim.
    if (f.accepted >= 0 && f.claimedAt >= f.accepted) {
        const qint64 w = m_clock.working(f.accepted, f.claimedAt);
        m_total.waitClaim.push_back(w);
        if (RowWork *r = rowFor(f, f.claimedBy))
            r->waitClaim.push_back(w);
    }
}

void ReportTally::addEvents(const FileFacts &f)
{
    m_pauses.clear();
    for (const FileEvent &e : f.events) {
        switch (e.kind) {
        case FileEvent::Kind::Paused:
            m_pauses.push_back(Pause{e.at, -1, e.user, &e.facts->reasonKey});
            break;
        case FileEvent::Kind::Resumed:
            if (!m_pauses.empty() && m_pauses.back().end < 0)
                m_pauses.back().end = e.at;
            break;
        case FileEvent::Kind::Returned:
            for (const QString &label : e.facts->missing) {
                m_total.missing[label]++;
                if (RowWork *r = rowFor(f, e.user))
                    r->missing[label]++;
            }
            break;
        }
    }
}

Status ReportTally::addClock(const FileFacts &f)
{
    // The clock as ServiceClock::read counts it, through the same walk. A file done since
    // migration 0004 carries the reading its completion proof printed; only its pauses
    // (for the time by reason) are still walked.
    const bool finished = (f.status == ApplicationStatus::Done || f.status == ApplicationStatus::Cancelled) && f.finished >= 0;
    const bool stored = f.status == ApplicationStatus::Done && f.storedSeconds >= 0;
    ServiceClock::countPauses(m_pauses, f.accepted);
    const qint64 accepted = ServiceClock::countedMs(f.accepted);
    const qint64 end = std::max(accepted, ServiceClock::countedMs(finished ? f.finished : m_nowMs));
    qint64 active = 0;
    ServiceClock::walk(
        accepted, end, m_pauses,
        [&](qint64 from, qint64 to) {
            if (!stored)
                active += m_clock.working(from, to);
        },
        [&](const Pause &p, qint64 from, qint64 to) {
            // A pause reached is listed under its reason even when no working time passed.
            const qint64 pausedW = to > from ? m_clock.working(from, to) : 0;
            each(f, p.user, [&](ReportRow &r) { r.pausedByReason[*p.reasonKey] += pausedW; });
        });
    if (f.status != ApplicationStatus::Done || f.finished < 0)
        return Status::success();
    // A service without a standard (Layanan lain) is served and its time counted, but it
    // is neither on time nor late: it stays out of the promised-time figures.
    const Result<bool> promised = m_clock.promised(f.catalogVersion, f.service);
    if (!promised)
        return Status::failure(promised.error());
    bool met = f.storedMet;
    if (stored) {
        active = f.storedSeconds;
    } else if (promised.value()) {
        const Result<qint64> allowance = m_clock.allowance(f.catalogVersion, f.service, f.accepted);
        if (!allowance)
            return Status::failure(allowance.error());
        met = active <= allowance.value();
    }
    each(f, f.finishedBy, [&](ReportRow &r) {
        r.done++;
        r.serviceSeconds << active;
        if (!promised.value())
            r.unpromised++;
        else if (met)
            r.met++;
    });
    trace(TracedFigure::Served, f, f.finishedBy, active);
    if (promised.value())
        trace(met ? TracedFigure::Met : TracedFigure::Late, f, f.finishedBy, active);
    const QDate doneDay = m_clock.localDate(f.finished);
    if (DailyCount *d = doneDay.isValid() ? dayEntry(doneDay.toJulianDay()) : nullptr)
        d->done++;
    return Status::success();
}

void ReportTally::finish(RowWork &w, bool isTotal)
{
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
}

void ReportTally::finishInto(PerformanceReport &report, const ServiceCatalog &current, const QHash<qint64, QString> &officerNames)
{
    finish(m_total, true);
    m_total.row.key = QStringLiteral("total");
    m_total.row.title = tr("Jumlah");
    report.total = std::move(m_total.row);
    if (m_byService) // every service of the catalogue, even without visits
        for (const Service &s : current.services())
            m_rows[s.number];
    for (auto &[key, w] : m_rows) {
        ReportRow &r = w.row;
        r.key = QString::number(key);
        if (m_byService) {
            const Service *s = current.service(int(key));
            r.title = s ? s->name : tr("Layanan %1").arg(key);
        } else {
            r.title = officerNames.value(key, tr("Petugas #%1").arg(key));
        }
        finish(w, false);
        report.rows << r;
    }
    if (!m_byService)
        std::sort(report.rows.begin(), report.rows.end(), [](const ReportRow &a, const ReportRow &b) { return a.title < b.title; });
    report.daily = m_daily;
}
