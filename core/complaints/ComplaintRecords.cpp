#include "complaints/ComplaintRecords.h"

#include "common/Clock.h"
#include "storage/SqlQuery.h"

#include <QVariant>

namespace {

QVariant instant(const QDateTime &t)
{
    return t.isValid() ? QVariant(Clock::toStorage(t)) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

} // namespace

Result<qint64> ComplaintRecords::insert(QSqlDatabase &sql, const Complaint &c, int sequence)
{
    const ComplaintInput &in = c.content;
    SqlQuery q(sql, QStringLiteral(
        "INSERT INTO complaints (number, year, seq, received_at, received_date, channel, lapor_reference, complainant_name, "
        "complainant_address, contact, not_per_standard, material_loss, immaterial_loss, resolution_requested, place, submitted_at, "
        "signed, application_id, visit_id, service_date, stage, acknowledgement_text, acknowledged_at, coordination_note, "
        "response_text, responded_at, resolution_text, finished_at, recorded_by) VALUES (:number, :year, :seq, :at, :day, :channel, "
        ":lapor, :name, :address, :contact, :nps, :material, :immaterial, :resolution, :place, :submitted, :signed, :app, :visit, "
        ":service_date, :stage, :ack_text, :ack_at, :coordination, :resp_text, :resp_at, :resolution_text, :finished, :by)"));
    q.bind(QStringLiteral(":number"), c.number)
        .bind(QStringLiteral(":year"), c.receivedDate.year())
        .bind(QStringLiteral(":seq"), sequence)
        .bind(QStringLiteral(":at"), Clock::toStorage(c.receivedAt))
        .bind(QStringLiteral(":day"), c.receivedDate.toString(Qt::ISODate))
        .bind(QStringLiteral(":channel"), FeedbackChannels::key(in.channel))
        .bind(QStringLiteral(":lapor"), in.laporReference)
        .bind(QStringLiteral(":name"), in.complainantName)
        .bind(QStringLiteral(":address"), in.complainantAddress)
        .bind(QStringLiteral(":contact"), in.contact)
        .bind(QStringLiteral(":nps"), in.notPerStandard)
        .bind(QStringLiteral(":material"), in.materialLoss)
        .bind(QStringLiteral(":immaterial"), in.immaterialLoss)
        .bind(QStringLiteral(":resolution"), in.resolutionRequested)
        .bind(QStringLiteral(":place"), in.place)
        .bind(QStringLiteral(":submitted"), instant(in.submittedAt))
        .bind(QStringLiteral(":signed"), in.isSigned ? 1 : 0)
        .bind(QStringLiteral(":app"), idOrNull(c.applicationId))
        .bind(QStringLiteral(":visit"), idOrNull(c.visitId))
        .bind(QStringLiteral(":service_date"), in.serviceDate.isValid() ? in.serviceDate.toString(Qt::ISODate) : QString())
        .bind(QStringLiteral(":stage"), ComplaintStages::key(c.stage))
        .bind(QStringLiteral(":ack_text"), c.acknowledgementText)
        .bind(QStringLiteral(":ack_at"), instant(c.acknowledgedAt))
        .bind(QStringLiteral(":coordination"), c.coordinationNote)
        .bind(QStringLiteral(":resp_text"), c.responseText)
        .bind(QStringLiteral(":resp_at"), instant(c.respondedAt))
        .bind(QStringLiteral(":resolution_text"), c.resolutionText)
        .bind(QStringLiteral(":finished"), instant(c.finishedAt))
        .bind(QStringLiteral(":by"), c.recordedBy);
    if (const Status s = q.exec(); !s)
        return Result<qint64>::failure(s.error());
    return q.lastInsertId();
}
