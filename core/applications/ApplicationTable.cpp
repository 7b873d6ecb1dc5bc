#include "applications/ApplicationTable.h"

#include "common/Clock.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"

namespace {

constexpr int kColumnCount = 15;

QDateTime storedTime(const QVariant &v)
{
    return Clock::fromStorageOrNull(v);
}

QVariant timeForStorage(const QDateTime &t)
{
    return t.isValid() ? QVariant(Clock::toStorage(t)) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

Application readApplication(SqlQuery &q)
{
    QVariant values[kColumnCount];
    for (int i = 0; i < kColumnCount; ++i)
        values[i] = q.value(i);
    return ApplicationTable::fromRow(values);
}

} // namespace

const QString &ApplicationTable::columns()
{
    static const QString text = QStringLiteral(
        "a.id, a.number, a.visit_id, a.service_number, a.catalog_version, a.handled_by, a.status, COALESCE(a.claimed_by, 0), "
        "COALESCE(a.previous_application_id, 0), a.outcome, a.discretion, a.created_at, a.accepted_at, a.finished_at, a.due_at");
    return text;
}

Application ApplicationTable::fromRow(const QVariant *v)
{
    Application a;
    a.id = v[0].toLongLong();
    a.number = v[1].toString();
    a.visitId = v[2].toLongLong();
    a.serviceNumber = v[3].toInt();
    a.catalogVersion = v[4].toInt();
    a.handledBy = v[5].toString();
    ApplicationStatuses::fromKey(v[6].toString(), &a.status);
    a.claimedBy = v[7].toLongLong();
    a.previousApplicationId = v[8].toLongLong();
    a.outcome = v[9].toString();
    a.discretion = v[10].toBool();
    a.createdAt = storedTime(v[11]);
    a.acceptedAt = storedTime(v[12]);
    a.finishedAt = storedTime(v[13]);
    a.dueAt = storedTime(v[14]);
    return a;
}

SqlStatement ApplicationTable::loadStatement(qint64 id)
{
    return {QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM applications a WHERE a.id = :id"), {{QStringLiteral(":id"), id}}};
}

Result<Application> ApplicationTable::load(qint64 id)
{
    SqlQuery q(m_sql, loadStatement(id));
    if (const Status s = q.exec(); !s)
        return Result<Application>::failure(s.error());
    if (!q.next())
        return Result<Application>::failure(tr("Berkas tidak ditemukan."));
    return readApplication(q);
}

Result<qint64> ApplicationTable::insert(const ApplicationRow &row)
{
    const Application &a = row.file;
    SqlQuery q(m_sql, QStringLiteral(
        "INSERT INTO applications (number, visit_id, service_number, catalog_version, handled_by, status, claimed_by, "
        "previous_application_id, outcome, discretion, created_at, accepted_at, finished_at, due_at, accepted_by, claimed_at, "
        "finished_by, service_seconds, met) VALUES (:number, :visit, :service, :version, :handler, :status, :claimed, :previous, "
        ":outcome, :discretion, :created, :accepted, :finished, :due, :accepted_by, :claimed_at, :finished_by, :seconds, :met) RETURNING id"));
    q.bind(QStringLiteral(":number"), a.number)
        .bind(QStringLiteral(":visit"), a.visitId)
        .bind(QStringLiteral(":service"), a.serviceNumber)
        .bind(QStringLiteral(":version"), a.catalogVersion)
        .bind(QStringLiteral(":handler"), a.handledBy)
        .bind(QStringLiteral(":status"), ApplicationStatuses::key(a.status))
        .bind(QStringLiteral(":claimed"), idOrNull(a.claimedBy))
        .bind(QStringLiteral(":previous"), idOrNull(a.previousApplicationId))
        .bind(QStringLiteral(":outcome"), a.outcome)
        .bind(QStringLiteral(":discretion"), a.discretion ? 1 : 0)
        .bind(QStringLiteral(":created"), timeForStorage(a.createdAt))
        .bind(QStringLiteral(":accepted"), timeForStorage(a.acceptedAt))
        .bind(QStringLiteral(":finished"), timeForStorage(a.finishedAt))
        .bind(QStringLiteral(":due"), timeForStorage(a.dueAt))
        .bind(QStringLiteral(":accepted_by"), idOrNull(row.acceptedBy))
        .bind(QStringLiteral(":claimed_at"), timeForStorage(row.claimedAt))
        .bind(QStringLiteral(":finished_by"), idOrNull(row.finishedBy))
        .bind(QStringLiteral(":seconds"), row.serviceSeconds)
        .bind(QStringLiteral(":met"), row.met);
    if (const Status s = q.exec(); !s)
        return Result<qint64>::failure(s.error());
    return q.insertedId();
}

Status ApplicationTable::writeMove(const Application &app, ApplicationStatus before, const StatusStamp &stamp)
{
    SqlQuery update(m_sql, QStringLiteral("UPDATE applications SET status = :to, claimed_by = :claimed, outcome = :outcome, "
                                          "discretion = :discretion, accepted_at = :accepted, finished_at = :finished, "
                                          "accepted_by = CASE WHEN :accepting = 1 THEN :actor ELSE accepted_by END, "
                                          "claimed_at = CASE WHEN :claiming = 1 THEN :now ELSE claimed_at END, "
                                          "finished_by = CASE WHEN :finishing = 1 THEN :actor ELSE finished_by END "
                                          "WHERE id = :id AND status = :from"));
    update.bind(QStringLiteral(":accepting"), stamp.accepting ? 1 : 0)
        .bind(QStringLiteral(":claiming"), stamp.claiming ? 1 : 0)
        .bind(QStringLiteral(":finishing"), stamp.finishing ? 1 : 0)
        .bind(QStringLiteral(":actor"), stamp.actorId)
        .bind(QStringLiteral(":now"), Clock::toStorage(stamp.at))
        .bind(QStringLiteral(":to"), ApplicationStatuses::key(app.status))
        .bind(QStringLiteral(":claimed"), idOrNull(app.claimedBy))
        .bind(QStringLiteral(":outcome"), app.outcome)
        .bind(QStringLiteral(":discretion"), app.discretion ? 1 : 0)
        .bind(QStringLiteral(":accepted"), timeForStorage(app.acceptedAt))
        .bind(QStringLiteral(":finished"), timeForStorage(app.finishedAt))
        .bind(QStringLiteral(":id"), app.id)
        .bind(QStringLiteral(":from"), ApplicationStatuses::key(before))
        .expectRowsAffected(1, tr("Berkas %1 baru saja diubah oleh petugas lain; muat ulang dan coba lagi.").arg(app.number));
    return update.exec();
}

Status ApplicationTable::writeDue(qint64 id, const QDateTime &due, const QVariant &serviceSeconds, const QVariant &met)
{
    SqlQuery q(m_sql, QStringLiteral("UPDATE applications SET due_at = :due, service_seconds = :seconds, met = :met WHERE id = :id"));
    q.bind(QStringLiteral(":due"), timeForStorage(due))
        .bind(QStringLiteral(":seconds"), serviceSeconds)
        .bind(QStringLiteral(":met"), met)
        .bind(QStringLiteral(":id"), id);
    return q.exec();
}

Result<qint64> ApplicationTable::idOfNumber(const QString &number)
{
    SqlQuery q(m_sql, QStringLiteral("SELECT id FROM applications WHERE number = :number"));
    q.bind(QStringLiteral(":number"), number);
    if (const Status s = q.exec(); !s)
        return Result<qint64>::failure(s.error());
    if (!q.next())
        return Result<qint64>::failure(tr("Tidak ada berkas bernomor %1.").arg(number));
    return q.value(0).toLongLong();
}

SqlStatement ApplicationTable::laterNumbersStatement(qint64 id)
{
    return {QStringLiteral("SELECT number FROM applications WHERE previous_application_id = :id ORDER BY id"), {{QStringLiteral(":id"), id}}};
}

Result<QStringList> ApplicationTable::laterNumbers(qint64 id)
{
    SqlQuery q(m_sql, laterNumbersStatement(id));
    if (const Status s = q.exec(); !s)
        return Result<QStringList>::failure(s.error());
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    return numbers;
}

Result<QList<Application>> ApplicationTable::openAccepted()
{
    const ApplicationStatuses::StatusFilter inQueue = ApplicationStatuses::filter(QStringLiteral("a.status"), ApplicationStatuses::isInQueue);
    SqlQuery q(m_sql, QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM applications a WHERE a.accepted_at IS NOT NULL AND ")
                          + inQueue.sql);
    for (const auto &[name, value] : inQueue.binds)
        q.bind(name, value);
    if (const Status s = q.exec(); !s)
        return Result<QList<Application>>::failure(s.error());
    QList<Application> open;
    while (q.next())
        open << readApplication(q);
    return open;
}

SqlStatement ApplicationTable::waitingOnStatement(const QSqlDatabase &db, const QDate &localDay)
{
    // From the registered files (a few, waiting at the helpdesk) to their visits, not from
    // every visit of the day: SQLite would take the day's visits first (orderedJoin).
    return {QStringLiteral("SELECT COUNT(*) FROM applications a ") + SqlDialect::orderedJoin(db)
                + QStringLiteral(" visits v ON v.id = a.visit_id WHERE a.status = :registered AND v.local_date = :day"),
            {{QStringLiteral(":day"), localDay.toString(Qt::ISODate)},
             {QStringLiteral(":registered"), ApplicationStatuses::key(ApplicationStatus::Registered)}}};
}

Result<int> ApplicationTable::waitingOn(const QDate &localDay)
{
    SqlQuery q(m_sql, waitingOnStatement(m_sql, localDay));
    if (const Status s = q.exec(); !s)
        return Result<int>::failure(s.error());
    q.next();
    return q.value(0).toInt();
}
