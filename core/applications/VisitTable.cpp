#include "applications/VisitTable.h"

#include "common/Clock.h"
#include "storage/SqlQuery.h"

namespace {
const QString kProxy = QStringLiteral("proxy");
const QString kHead = QStringLiteral("head");
} // namespace

QString VisitTable::queueNumber(QChar letter, int sequence)
{
    return QString(letter) + QLatin1Char('-') + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
}

SqlStatement VisitTable::nextSequenceStatement(const QDate &localDay, QChar letter)
{
    return {QStringLiteral("SELECT COALESCE(MAX(queue_seq), 0) + 1 FROM visits WHERE local_date = :day AND queue_letter = :letter"),
            {{QStringLiteral(":day"), localDay.toString(Qt::ISODate)}, {QStringLiteral(":letter"), QString(letter)}}};
}

Result<int> VisitTable::nextSequence(const QDate &localDay, QChar letter)
{
    SqlQuery q(m_sql, nextSequenceStatement(localDay, letter));
    if (const Status s = q.exec(); !s)
        return Result<int>::failure(s.error());
    q.next();
    return q.value(0).toInt();
}

Result<qint64> VisitTable::insert(const NewVisit &v)
{
    SqlQuery q(m_sql, QStringLiteral(
        "INSERT INTO visits (arrived_at, local_date, queue_letter, queue_seq, applicant_name, applicant_nik, applicant_phone, "
        "standing, vendor_id, service_number, note, helpdesk_user_id, vendor_name, vendor_legal_form, vendor_npwp, vendor_email, "
        "priority, request) VALUES (:at, :day, :letter, :seq, :name, :nik, :phone, :standing, :vendor, :service, :note, :helpdesk, "
        ":vname, :vform, :vnpwp, :vemail, :priority, :request) RETURNING id"));
    q.bind(QStringLiteral(":at"), Clock::toStorage(v.arrivedAt))
        .bind(QStringLiteral(":day"), v.localDay.toString(Qt::ISODate))
        .bind(QStringLiteral(":letter"), QString(v.queueLetter))
        .bind(QStringLiteral(":seq"), v.queueSequence)
        .bind(QStringLiteral(":name"), v.applicantName)
        .bind(QStringLiteral(":nik"), v.applicantNik)
        .bind(QStringLiteral(":phone"), v.applicantPhone)
        .bind(QStringLiteral(":standing"), v.proxy ? kProxy : kHead)
        .bind(QStringLiteral(":vendor"), v.vendor.id)
        .bind(QStringLiteral(":service"), v.serviceNumber)
        .bind(QStringLiteral(":note"), v.note)
        .bind(QStringLiteral(":helpdesk"), v.helpdeskUserId)
        .bind(QStringLiteral(":vname"), v.vendor.name)
        .bind(QStringLiteral(":vform"), v.vendor.legalForm)
        .bind(QStringLiteral(":vnpwp"), v.vendor.npwp)
        .bind(QStringLiteral(":vemail"), v.vendor.email)
        .bind(QStringLiteral(":priority"), Priorities::key(v.priority))
        .bind(QStringLiteral(":request"), v.request);
    if (const Status s = q.exec(); !s)
        return Result<qint64>::failure(s.error());
    return q.insertedId();
}

namespace {

const QString kVisitColumns = QStringLiteral(
    "SELECT v.id, v.arrived_at, v.queue_letter, v.queue_seq, v.applicant_name, v.applicant_nik, v.applicant_phone, v.standing, "
    "COALESCE(v.vendor_id, 0), v.service_number, v.note, v.helpdesk_user_id, COALESCE(u.full_name, ''), v.vendor_name, "
    "v.vendor_legal_form, v.vendor_npwp, v.vendor_email, v.priority, v.request FROM visits v LEFT JOIN users u ON u.id = v.helpdesk_user_id ");

} // namespace

Result<VisitInfo> VisitTable::load(qint64 id)
{
    return read({kVisitColumns + QStringLiteral("WHERE v.id = :id"), {{QStringLiteral(":id"), id}}});
}

SqlStatement VisitTable::loadOfApplicationStatement(qint64 applicationId)
{
    return {kVisitColumns + QStringLiteral("WHERE v.id = (SELECT a.visit_id FROM applications a WHERE a.id = :app)"),
            {{QStringLiteral(":app"), applicationId}}};
}

Result<VisitInfo> VisitTable::loadOfApplication(qint64 applicationId)
{
    return read(loadOfApplicationStatement(applicationId));
}

Result<VisitInfo> VisitTable::read(const SqlStatement &statement)
{
    SqlQuery v(m_sql, statement);
    if (const Status s = v.exec(); !s)
        return Result<VisitInfo>::failure(s.error());
    if (!v.next())
        return Result<VisitInfo>::failure(tr("Kunjungan berkas ini tidak ditemukan."));
    VisitInfo i;
    i.id = v.value(0).toLongLong();
    i.arrivedAt = Clock::fromStorage(v.value(1));
    i.queueNumber = queueNumber(v.value(2).toString().at(0), v.value(3).toInt());
    i.applicantName = v.value(4).toString();
    i.applicantNik = v.value(5).toString();
    i.applicantPhone = v.value(6).toString();
    i.proxy = v.value(7).toString() == kProxy;
    i.vendorId = v.value(8).toLongLong();
    i.serviceNumber = v.value(9).toInt();
    i.note = v.value(10).toString();
    i.helpdeskUserId = v.value(11).toLongLong();
    i.helpdeskName = v.value(12).toString();
    i.vendorName = v.value(13).toString();
    i.vendorLegalForm = v.value(14).toString();
    i.vendorNpwp = v.value(15).toString();
    i.vendorEmail = v.value(16).toString();
    Priorities::fromKey(v.value(17).toString(), &i.priority);
    i.request = v.value(18).toString();
    return i;
}

SqlStatement VisitTable::namesOfNikStatement(const QString &nik, int limit)
{
    // Each name once (case aside), as written at its latest visit, latest first.
    return {QStringLiteral("SELECT v.applicant_name FROM visits v WHERE v.applicant_nik = :nik AND v.id = "
                           "(SELECT w.id FROM visits w WHERE w.applicant_nik = v.applicant_nik AND lower(w.applicant_name) = "
                           "lower(v.applicant_name) ORDER BY w.arrived_at DESC, w.id DESC LIMIT 1) "
                           "ORDER BY v.arrived_at DESC, v.id DESC LIMIT :limit"),
            {{QStringLiteral(":nik"), nik}, {QStringLiteral(":limit"), limit}}};
}

QString VisitTable::personKey()
{
    return QStringLiteral("CASE WHEN applicant_nik <> '' THEN applicant_nik ELSE lower(applicant_name) END");
}

QString VisitTable::holdsIdentifiers()
{
    return QStringLiteral("(applicant_nik <> '' OR applicant_phone <> '' OR vendor_email <> '')");
}

QString VisitTable::peopleLastSeenBefore()
{
    return QStringLiteral("SELECT person FROM (SELECT %1 AS person, MAX(local_date) AS last_day FROM visits GROUP BY %1) p "
                          "WHERE last_day < :cutoff")
        .arg(personKey());
}

Status VisitTable::eraseIdentifiersLastSeenBefore(const QDate &cutoff)
{
    SqlQuery q(m_sql, QStringLiteral("UPDATE visits SET applicant_nik = '', applicant_phone = '', vendor_email = '' WHERE ") + holdsIdentifiers()
                          + QStringLiteral(" AND ") + personKey() + QStringLiteral(" IN (") + peopleLastSeenBefore() + QLatin1Char(')'));
    q.bind(QStringLiteral(":cutoff"), cutoff.toString(Qt::ISODate));
    return q.exec();
}

Status VisitTable::correctApplicant(const QString &nik, bool nikColumn, const QString &value)
{
    // The column comes from this fixed choice, never from input.
    SqlQuery q(m_sql, QStringLiteral("UPDATE visits SET %1 = :value WHERE applicant_nik = :nik")
                          .arg(nikColumn ? QStringLiteral("applicant_nik") : QStringLiteral("applicant_phone")));
    q.bind(QStringLiteral(":value"), value).bind(QStringLiteral(":nik"), nik);
    return q.exec();
}

Result<QStringList> VisitTable::namesOfNik(const QString &nik, int limit)
{
    SqlQuery q(m_sql, namesOfNikStatement(nik, limit));
    if (const Status s = q.exec(); !s)
        return Result<QStringList>::failure(s.error());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}
