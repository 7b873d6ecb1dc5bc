#include "applications/FileLists.h"

#include "applications/CounterContext.h"
#include "applications/FileClock.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "storage/ConfigVersions.h"
#include "storage/ReadAhead.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "vendors/VendorStore.h"

namespace {

QDateTime storedTime(const QVariant &v)
{
    return Clock::fromStorageOrNull(v);
}

// A status set with its bound keys, for a WHERE clause.
void addFilter(QString *where, QList<std::pair<QString, QVariant>> *binds, bool (*member)(ApplicationStatus))
{
    const ApplicationStatuses::StatusFilter f = ApplicationStatuses::filter(QStringLiteral("a.status"), member);
    *where = where->isEmpty() ? f.sql : *where + QStringLiteral(" AND ") + f.sql;
    for (const auto &[name, key] : f.binds)
        binds->append({name, key});
}

SqlStatement userNameStatement(qint64 id)
{
    return {QStringLiteral("SELECT full_name FROM users WHERE id = :id"), {{QStringLiteral(":id"), id}}};
}

} // namespace

Result<Application> FileLists::application(qint64 id)
{
    return m_ctx.applications.load(id);
}

Result<qint64> FileLists::findByNumber(const QString &typed)
{
    QString number = typed.trimmed().toUpper();
    number.remove(QLatin1Char(' '));
    if (number.isEmpty())
        return Result<qint64>::failure(tr("Ketik atau pindai nomor berkas."));
    return m_ctx.applications.idOfNumber(number);
}

Result<QList<FileSummary>> FileLists::summaries(const QString &where, const Binds &binds, const QString &order)
{
    using R = Result<QList<FileSummary>>;
    SqlQuery q(m_ctx.sql, QStringLiteral(
        "SELECT a.id, a.number, v.queue_letter, v.queue_seq, v.arrived_at, v.applicant_name, "
        "COALESCE(NULLIF(v.vendor_name, ''), ve.name, ''), a.service_number, "
        "a.catalog_version, a.handled_by, a.status, COALESCE(a.claimed_by, 0), COALESCE(u.full_name, ''), a.accepted_at, a.finished_at, "
        "a.due_at, a.discretion "
        "FROM applications a JOIN visits v ON v.id = a.visit_id LEFT JOIN vendors ve ON ve.id = v.vendor_id "
        "LEFT JOIN users u ON u.id = a.claimed_by WHERE ") + where + QStringLiteral(" ORDER BY ") + order);
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    QList<FileSummary> list;
    while (q.next()) {
        FileSummary f;
        f.applicationId = q.value(0).toLongLong();
        f.number = q.value(1).toString();
        f.queueNumber = VisitTable::queueNumber(q.value(2).toString().at(0), q.value(3).toInt());
        f.arrivedAt = storedTime(q.value(4));
        f.applicantName = q.value(5).toString();
        f.vendorName = q.value(6).toString();
        f.serviceNumber = q.value(7).toInt();
        f.catalogVersion = q.value(8).toInt();
        const Result<Service> service = m_ctx.catalogs.service(f.catalogVersion, f.serviceNumber);
        f.serviceName = service ? service->name : QString::number(f.serviceNumber);
        f.handledBy = q.value(9).toString();
        ApplicationStatuses::fromKey(q.value(10).toString(), &f.status);
        f.claimedBy = q.value(11).toLongLong();
        f.claimedByName = q.value(12).toString();
        f.acceptedAt = storedTime(q.value(13));
        f.finishedAt = storedTime(q.value(14));
        f.dueAt = storedTime(q.value(15));
        f.discretion = q.value(16).toBool();
        list << f;
    }
    return list;
}

Result<QList<FileSummary>> FileLists::openQueue(const QString &role)
{
    QString where;
    Binds binds;
    addFilter(&where, &binds, ApplicationStatuses::isInQueue);
    if (!role.isEmpty()) {
        where += QStringLiteral(" AND a.handled_by = :role");
        binds.append({QStringLiteral(":role"), role});
    }
    // The queue, the pause histories of its files and the calendar's version in one
    // round trip on a server: the clocks of the refresh that reads it need nothing more
    // (FileClock::prepareGlance).
    ReadAhead ahead(m_ctx.sql);
    const SqlStatement pauses = FileClock::listPausesStatement(where, binds);
    ahead.add(ConfigVersions::currentStatement(ConfigTopic::Calendar)).add(pauses);
    Result<QList<FileSummary>> queue = summaries(where, binds, QStringLiteral("a.accepted_at, a.id"));
    if (queue)
        m_clock.prepareGlance(queue.value(), pauses);
    return queue;
}

Result<QList<FileSummary>> FileLists::helpdeskWork()
{
    QString where;
    Binds binds;
    addFilter(&where, &binds, ApplicationStatuses::isAtHelpdesk);
    return summaries(where, binds, QStringLiteral("v.arrived_at, a.id"));
}

Result<QList<FileSummary>> FileLists::guestBook(const QDate &localDay, const QString &search)
{
    // No stored text holds U+0000 (the validators refuse control characters) and
    // PostgreSQL cannot even take it as a value: such a search finds nothing, on both engines.
    const QString text = search.trimmed().replace(QChar(u'\0'), QChar(0xFFFD));
    if (text.isEmpty())
        return summaries(QStringLiteral("v.local_date = :day"), {{QStringLiteral(":day"), localDay.toString(Qt::ISODate)}},
                         QStringLiteral("v.arrived_at, a.id"));
    // A plain substring of lower-cased text, never a pattern.
    const QSqlDatabase &db = m_ctx.sql;
    const QString ticket = QStringLiteral("v.queue_letter || '-' || ") + SqlDialect::lastCharacters(db, QStringLiteral("'00' || v.queue_seq"), 3);
    return summaries(QStringLiteral("v.local_date = :day AND (") + SqlDialect::containsText(db, QStringLiteral("lower(v.applicant_name)"), QStringLiteral("lower(:q)"))
                         + QStringLiteral(" OR ")
                         + SqlDialect::containsText(db, QStringLiteral("lower(COALESCE(NULLIF(v.vendor_name, ''), ve.name, ''))"), QStringLiteral("lower(:q)"))
                         + QStringLiteral(" OR ") + SqlDialect::containsText(db, QStringLiteral("a.number"), QStringLiteral("upper(:q)"))
                         + QStringLiteral(" OR ") + SqlDialect::containsText(db, ticket, QStringLiteral("upper(:q)")) + QStringLiteral(")"),
                     {{QStringLiteral(":day"), localDay.toString(Qt::ISODate)}, {QStringLiteral(":q"), text}},
                     QStringLiteral("v.arrived_at, a.id"));
}

Result<QList<FileSummary>> FileLists::returnedFilesOfVendor(qint64 vendorId)
{
    return summaries(QStringLiteral("v.vendor_id = :vendor AND a.status = :returned AND NOT EXISTS "
                                    "(SELECT 1 FROM applications n WHERE n.previous_application_id = a.id)"),
                     {{QStringLiteral(":vendor"), vendorId}, {QStringLiteral(":returned"), ApplicationStatuses::key(ApplicationStatus::Returned)}},
                     QStringLiteral("v.arrived_at DESC"));
}

Result<ApplicationFile> FileLists::file(qint64 applicationId, const QDateTime &now)
{
    using R = Result<ApplicationFile>;
    ApplicationFile f;
    // What the file's page shows, read in two round trips on a server: all that the file's
    // id names, then what its rows name (the vendor, the officer, an earlier file).
    EventLog events(m_ctx.sql);
    ReadAhead byId(m_ctx.sql);
    byId.add(ApplicationTable::loadStatement(applicationId))
        .add(VisitTable::loadOfApplicationStatement(applicationId))
        .add(ChecklistTable::itemsStatement(applicationId))
        .add(events.forApplicationStatement(applicationId))
        .add(ApplicationTable::laterNumbersStatement(applicationId))
        .add(ConfigVersions::currentStatement(ConfigTopic::Calendar));
    const Result<Application> app = m_ctx.applications.load(applicationId);
    if (!app)
        return R::failure(app.error());
    f.application = app.value();
    const Result<Service> service = m_ctx.serviceOf(f.application);
    if (!service)
        return R::failure(service.error());
    f.service = service.value();
    const Result<VisitInfo> visit = m_ctx.visits.loadOfApplication(applicationId);
    if (!visit)
        return R::failure(visit.error());
    f.visit = visit.value();
    ReadAhead byRows(m_ctx.sql);
    if (f.visit.vendorId)
        byRows.add(VendorStore::vendorStatement(f.visit.vendorId));
    if (f.application.claimedBy)
        byRows.add(userNameStatement(f.application.claimedBy));
    if (const qint64 previous = f.application.previousApplicationId)
        byRows.add(ApplicationTable::loadStatement(previous)).add(events.forApplicationStatement(previous));
    if (f.visit.vendorId) {
        const Result<Vendor> vendor = VendorStore(m_ctx.db).vendor(f.visit.vendorId);
        if (vendor) {
            // The company as it was registered at this visit, not as it is stored today.
            f.vendor = vendor.value();
            if (!f.visit.vendorName.isEmpty()) {
                f.vendor->name = f.visit.vendorName;
                f.vendor->legalForm = f.visit.vendorLegalForm;
                f.vendor->npwp = f.visit.vendorNpwp;
                f.vendor->email = f.visit.vendorEmail;
            }
        }
    }
    const Result<QList<ChecklistItem>> items = m_ctx.checklists.items(applicationId);
    if (!items)
        return R::failure(items.error());
    f.checklist = items.value();

    // The history spans the chain of visits: the earlier file(s) and this one.
    QList<qint64> chain{applicationId};
    qint64 previous = f.application.previousApplicationId;
    while (previous && chain.size() < 50) {
        chain.prepend(previous);
        const Result<Application> p = m_ctx.applications.load(previous);
        if (!p)
            break;
        if (f.previousNumber.isEmpty())
            f.previousNumber = p->number;
        previous = p->previousApplicationId;
    }
    for (qint64 id : chain) {
        const Result<QList<Event>> history = events.forApplication(id);
        if (!history)
            return R::failure(history.error());
        f.history << history.value();
    }
    if (const Result<QStringList> later = m_ctx.applications.laterNumbers(applicationId))
        f.laterNumbers = later.value();
    if (f.application.claimedBy) {
        SqlQuery u(m_ctx.sql, userNameStatement(f.application.claimedBy));
        if (u.exec() && u.next())
            f.claimedByName = u.value(0).toString();
    }
    // The pauses are among the events just read.
    f.pauses = FileClock::pausesIn(f.history, applicationId);
    if (const Result<ClockReading> reading = m_clock.read(f.application, f.pauses, now))
        f.clock = reading.value();
    return f;
}

Result<QList<ServiceDayCount>> FileLists::dayCounts(const QDate &localDay)
{
    const ApplicationStatuses::StatusFilter open = ApplicationStatuses::filter(QStringLiteral("a.status"), ApplicationStatuses::isOpen);
    SqlQuery q(m_ctx.sql, QStringLiteral("SELECT v.service_number, COUNT(*), SUM(a.status = :done), SUM(a.status = :returned), SUM(")
                              + open.sql
                              + QStringLiteral("), SUM(a.status = :paused), SUM(a.status = :cancelled) FROM visits v JOIN applications a "
                                               "ON a.visit_id = v.id WHERE v.local_date = :day GROUP BY v.service_number "
                                               "ORDER BY v.service_number"));
    for (const auto &[name, key] : open.binds)
        q.bind(name, key);
    q.bind(QStringLiteral(":day"), localDay.toString(Qt::ISODate))
        .bind(QStringLiteral(":done"), ApplicationStatuses::key(ApplicationStatus::Done))
        .bind(QStringLiteral(":returned"), ApplicationStatuses::key(ApplicationStatus::Returned))
        .bind(QStringLiteral(":paused"), ApplicationStatuses::key(ApplicationStatus::Paused))
        .bind(QStringLiteral(":cancelled"), ApplicationStatuses::key(ApplicationStatus::Cancelled));
    if (const Status s = q.exec(); !s)
        return Result<QList<ServiceDayCount>>::failure(s.error());
    QList<ServiceDayCount> counts;
    while (q.next())
        counts << ServiceDayCount{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                                  q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt()};
    return counts;
}
