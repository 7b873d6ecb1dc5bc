#include "complaints/ComplaintStore.h"

#include "accounts/Permissions.h"
#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "common/Columns.h"
#include "complaints/ComplaintEvents.h"
#include "complaints/ComplaintRules.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"

#include <QJsonDocument>

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.number, c.received_at, c.received_date, c.channel, c.lapor_reference, c.complainant_name, c.complainant_address, "
    "c.contact, c.not_per_standard, c.material_loss, c.immaterial_loss, c.resolution_requested, c.place, c.submitted_at, c.signed, "
    "COALESCE(c.application_id, 0), COALESCE(c.visit_id, 0), COALESCE(a.number, ''), c.service_date, c.window_decision, "
    "c.window_reason, c.stage, c.acknowledgement_text, c.acknowledged_at, c.coordination_note, c.response_text, c.responded_at, "
    "c.resolution_text, c.finished_at, c.recorded_by, COALESCE(u.full_name, '')");

Complaint complaintFromRow(SqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.receivedAt = Clock::fromStorageOrNull(q.value(2));
    c.receivedDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    FeedbackChannels::fromKey(q.value(4).toString(), &c.content.channel);
    readTextColumns(q, 5, c.content,
                    {&ComplaintInput::laporReference, &ComplaintInput::complainantName, &ComplaintInput::complainantAddress,
                     &ComplaintInput::contact, &ComplaintInput::notPerStandard, &ComplaintInput::materialLoss,
                     &ComplaintInput::immaterialLoss, &ComplaintInput::resolutionRequested, &ComplaintInput::place});
    c.content.submittedAt = Clock::fromStorageOrNull(q.value(14));
    c.content.isSigned = q.value(15).toBool();
    c.applicationId = q.value(16).toLongLong();
    c.visitId = q.value(17).toLongLong();
    c.content.applicationNumber = q.value(18).toString();
    c.content.serviceDate = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    c.window = WindowDecisions::fromKey(q.value(20).toString());
    c.windowReason = q.value(21).toString();
    ComplaintStages::fromKey(q.value(22).toString(), &c.stage);
    c.acknowledgementText = q.value(23).toString();
    c.acknowledgedAt = Clock::fromStorageOrNull(q.value(24));
    c.coordinationNote = q.value(25).toString();
    c.responseText = q.value(26).toString();
    c.respondedAt = Clock::fromStorageOrNull(q.value(27));
    c.resolutionText = q.value(28).toString();
    c.finishedAt = Clock::fromStorageOrNull(q.value(29));
    c.recordedBy = q.value(30).toLongLong();
    c.recordedByName = q.value(31).toString();
    c.missing = ComplaintRules::missingElements(c.content);
    c.late = ComplaintRules::isLate(c.content.serviceDate, c.receivedDate);
    return c;
}

} // namespace

ComplaintStore::ComplaintStore(Database &db) : m_db(db), m_sql(db.connection()), m_calendar(db) {}

QString ComplaintStore::formatNumber(int year, int sequence)
{
    return QStringLiteral("ADU-%1-%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

ComplaintDeadlines ComplaintStore::deadlines(const Complaint &complaint, const QDateTime &now)
{
    return ComplaintRules::deadlines(calendar(), complaint, now.isValid() ? now : Clock::nowUtc());
}

Status ComplaintStore::recordPrint(const User &actor, qint64 id)
{
    if (!Permissions::userMay(actor, Action::PrintReceipt))
        return Status::failure(tr("Akun Anda tidak mencetak tanda terima."));
    return runWriteTransaction(m_sql, [&]() -> Status {
        const Result<Complaint> c = complaint(id);
        if (!c)
            return Status::failure(c.error());
        return ComplaintEvents::append(m_sql, c.value(), actor, QStringLiteral("complaint_printed"), ComplaintStages::key(c->stage), {},
                                       QJsonObject{{QStringLiteral("receipt"), QStringLiteral("complaint")}});
    });
}

Result<QList<Complaint>> ComplaintStore::load(const QString &where, const QVariant &value)
{
    SqlQuery q(m_sql, QStringLiteral("SELECT ") + kColumns + QStringLiteral(
                          " FROM complaints c LEFT JOIN applications a ON a.id = c.application_id "
                          "LEFT JOIN users u ON u.id = c.recorded_by WHERE ") + where + QStringLiteral(" ORDER BY c.id DESC"));
    if (value.isValid())
        q.bind(QStringLiteral(":v"), value);
    if (const Status s = q.exec(); !s)
        return Result<QList<Complaint>>::failure(s.error());
    QList<Complaint> list;
    while (q.next())
        list << complaintFromRow(q);
    return list;
}

Result<Complaint> ComplaintStore::complaint(qint64 id)
{
    const Result<QList<Complaint>> found = load(QStringLiteral("c.id = :v"), id);
    if (!found)
        return Result<Complaint>::failure(found.error());
    if (found->isEmpty())
        return Result<Complaint>::failure(tr("Pengaduan tidak ditemukan."));
    return found->first();
}

Result<Complaint> ComplaintStore::findByNumber(const QString &typed)
{
    QString number = typed.trimmed().toUpper();
    number.remove(QLatin1Char(' '));
    if (number.isEmpty())
        return Result<Complaint>::failure(tr("Ketik nomor pengaduan, mis. ADU-2026-0001."));
    // "ADU-2026-7" means ADU-2026-0007.
    const QStringList parts = number.split(QLatin1Char('-'));
    bool yearOk = false, seqOk = false;
    if (parts.size() == 3 && parts.at(0) == QLatin1String("ADU")) {
        const int year = parts.at(1).toInt(&yearOk);
        const int seq = parts.at(2).toInt(&seqOk);
        if (yearOk && seqOk)
            number = formatNumber(year, seq);
    }
    const Result<QList<Complaint>> found = load(QStringLiteral("c.number = :v"), number);
    if (!found)
        return Result<Complaint>::failure(found.error());
    if (found->isEmpty())
        return Result<Complaint>::failure(tr("Tidak ada pengaduan bernomor %1.").arg(number));
    return found->first();
}

Result<QList<Complaint>> ComplaintStore::aboutFile(qint64 applicationId)
{
    return load(QStringLiteral("c.application_id = :v"), applicationId);
}

Result<Complaint> ComplaintStore::findByLaporReference(const QString &typed)
{
    const Result<QString> number = ComplaintRules::laporReference(typed);
    if (!number)
        return Result<Complaint>::failure(number.error());
    const Result<QList<Complaint>> found = load(QStringLiteral("c.channel = 'sp4n_lapor' AND c.lapor_reference = :v"), number.value());
    if (!found)
        return Result<Complaint>::failure(found.error());
    if (found->isEmpty())
        return Result<Complaint>::failure(tr("Tidak ada pengaduan dengan nomor laporan SP4N-LAPOR! %1.").arg(number.value()));
    return found->first();
}

Result<QList<Complaint>> ComplaintStore::list(bool openOnly)
{
    if (openOnly)
        return load(QStringLiteral("c.stage NOT IN ('selesai', 'ditolak')"), QVariant());
    return load(QStringLiteral("1 = 1"), QVariant());
}

Result<QList<Event>> ComplaintStore::history(qint64 id)
{
    // EventLog reads by application or visit; complaint events are read here the same way.
    SqlQuery q(m_sql, QStringLiteral("SELECT e.id, e.at, COALESCE(e.user_id, 0), e.kind, e.from_status, e.to_status, e.reason, e.data, "
                                     "COALESCE(u.full_name, '') FROM events e LEFT JOIN users u ON u.id = e.user_id "
                                     "WHERE e.complaint_id = :id ORDER BY e.id"));
    q.bind(QStringLiteral(":id"), id);
    if (const Status s = q.exec(); !s)
        return Result<QList<Event>>::failure(s.error());
    QList<Event> events;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.at = Clock::fromStorage(q.value(1));
        e.userId = q.value(2).toLongLong();
        e.kind = q.value(3).toString();
        e.complaintId = id;
        e.fromStatus = q.value(4).toString();
        e.toStatus = q.value(5).toString();
        e.reason = q.value(6).toString();
        e.data = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.userName = q.value(8).toString();
        events << e;
    }
    return events;
}
