#include "reports/PeriodFiles.h"

#include "applications/FileActions.h"
#include "applications/FileEvents.h"
#include "reports/StoredText.h"
#include "storage/SqlDialect.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <utility>

namespace {

// The keys the report tells apart, as bytes: no string per row.
ApplicationStatus statusOf(QByteArrayView key)
{
    static const std::vector<std::pair<QByteArray, ApplicationStatus>> keys = [] {
        std::vector<std::pair<QByteArray, ApplicationStatus>> all;
        for (ApplicationStatus s : ApplicationStatuses::all())
            all.emplace_back(ApplicationStatuses::key(s).toUtf8(), s);
        return all;
    }();
    for (const auto &[k, status] : keys)
        if (key == k)
            return status;
    return ApplicationStatus::Registered;
}

} // namespace

const EventFacts &EventFactsCache::of(QByteArrayView data)
{
    const std::string_view key(data.data(), size_t(data.size()));
    auto it = m_parsed.find(key);
    if (it == m_parsed.end()) {
        EventFacts parsed;
        const QJsonObject object = QJsonDocument::fromJson(data.toByteArray()).object();
        parsed.reasonKey = FileEvents::pauseReasonKey(object);
        for (const MissingItem &m : FileEvents::missingOf(object))
            if (!m.label.isEmpty())
                parsed.missing << m.label;
        it = m_parsed.emplace(std::string(key), std::move(parsed)).first;
    }
    return it->second;
}

QByteArray PeriodFiles::eventsSql()
{
    // The kinds the report reads, from the partial index that holds them (FileEvents).
    static const QByteArray sql = QStringLiteral("SELECT application_id, kind, at, COALESCE(user_id, 0), data FROM events WHERE ")
                                      .append(FileEvents::indexedKindsFilter())
                                      .append(QStringLiteral(" AND application_id BETWEEN :lo AND :hi ORDER BY application_id, id"))
                                      .toUtf8();
    return sql;
}

PeriodFiles::PeriodFiles(QSqlDatabase &sql, const QDate &from, const QDate &to)
    : m_files(sql, QByteArray("SELECT a.id, a.service_number, a.catalog_version, a.status, a.previous_application_id IS NULL, a.accepted_at, "
                              "a.finished_at, v.arrived_at, v.local_date, v.helpdesk_user_id, COALESCE(a.claimed_by, 0), COALESCE(a.accepted_by, 0), "
                              "a.claimed_at, COALESCE(a.finished_by, 0), COALESCE(a.service_seconds, -1), COALESCE(a.met, 0) FROM applications a ")
                       + SqlDialect::orderedJoin(sql).toLatin1()
                       + " visits v ON v.id = a.visit_id WHERE a.id BETWEEN :lo AND :hi AND v.local_date BETWEEN :from AND :to ORDER BY a.id"),
      m_events(sql, eventsSql().constData()),
      m_pausedKind(FileActions::eventKind(FileAction::Pause).toUtf8()),
      m_resumedKind(FileActions::eventKind(FileAction::Resume).toUtf8())
{
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    // First the range of the period's file ids, from two covering indexes; then the files
    // in id order, which walks the applications table page after page instead of looking
    // each file up (a third of the time for a year). The date condition is repeated, so
    // a file outside the period inside that range is never counted.
    FastQuery range(sql, "SELECT MIN(a.id), MAX(a.id) FROM visits v JOIN applications a ON a.visit_id = v.id "
                         "WHERE v.local_date BETWEEN :from AND :to");
    range.bind(":from", fromText).bind(":to", toText);
    if (range.next() && !range.isNull(0)) {
        m_firstId = range.int64(0);
        m_lastId = range.int64(1);
    }
    m_rangeError = range.error();
    m_files.bind(":lo", m_firstId).bind(":hi", m_lastId).bind(":from", fromText).bind(":to", toText);
    // The files' pauses and returns: one range of the covering partial index events_report.
    m_events.bind(":lo", m_firstId).bind(":hi", m_lastId);
    m_eventFile = m_rangeError.isEmpty() ? nextEventFile() : std::numeric_limits<qint64>::max();
}

qint64 PeriodFiles::nextEventFile()
{
    return m_events.next() ? m_events.int64(0) : std::numeric_limits<qint64>::max();
}

QString PeriodFiles::error() const
{
    if (!m_rangeError.isEmpty())
        return m_rangeError;
    return !m_files.error().isEmpty() ? m_files.error() : m_events.error();
}

bool PeriodFiles::next(FileFacts &f)
{
    if (!m_rangeError.isEmpty() || !m_files.next())
        return false;
    using StoredText::instantMs;
    f.id = m_files.int64(0);
    f.service = int(m_files.int64(1));
    f.catalogVersion = int(m_files.int64(2));
    f.status = statusOf(m_files.text(3));
    f.isNew = m_files.int64(4) != 0;
    f.accepted = instantMs(m_files.text(5));
    f.finished = instantMs(m_files.text(6));
    f.arrived = instantMs(m_files.text(7));
    f.day = StoredText::julianDay(m_files.text(8));
    f.helpdeskUser = m_files.int64(9);
    f.claimedBy = m_files.int64(10);
    f.acceptedBy = m_files.int64(11);
    f.claimedAt = instantMs(m_files.text(12));
    f.finishedBy = m_files.int64(13);
    f.storedSeconds = m_files.int64(14);
    f.storedMet = m_files.int64(15) != 0;
    f.events.clear();
    while (m_eventFile < f.id) // events of files outside the period
        m_eventFile = nextEventFile();
    for (; m_eventFile == f.id; m_eventFile = nextEventFile()) {
        const QByteArrayView kind = m_events.text(1);
        using Kind = FileEvent::Kind;
        const Kind k = kind == m_pausedKind ? Kind::Paused : kind == m_resumedKind ? Kind::Resumed : Kind::Returned;
        f.events.push_back(FileEvent{k, instantMs(m_events.text(2)), m_events.int64(3), k == Kind::Resumed ? nullptr : &m_facts.of(m_events.text(4))});
    }
    return true;
}
