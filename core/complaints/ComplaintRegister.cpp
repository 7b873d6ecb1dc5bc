#include "complaints/ComplaintRegister.h"

#include "common/Clock.h"
#include "complaints/ComplaintEvents.h"
#include "complaints/ComplaintRules.h"
#include "complaints/ComplaintStore.h"
#include "events/EventLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"
#include "validation/Validators.h"

#include <QJsonArray>

#include <tuple>

namespace {

QJsonArray missingToJson(const QList<MissingElement> &missing)
{
    QJsonArray array;
    for (const MissingElement &m : missing)
        array.append(m.text());
    return array;
}

// A written reason or answer: required, at least a few characters.
Result<QString> writtenText(const QString &input, const QString &what, int maxLength = 4000)
{
    const Validation v = Validators::text(input, maxLength, true);
    if (!v.ok)
        return Result<QString>::failure(QCoreApplication::translate("ComplaintStore", "%1: %2").arg(what, v.error));
    if (v.value.size() < 3)
        return Result<QString>::failure(QCoreApplication::translate("ComplaintStore", "%1 harus ditulis dengan jelas.").arg(what));
    return v.value;
}

Status requireDecided(const Complaint &c)
{
    if (c.awaitsWindowDecision())
        return Status::failure(QCoreApplication::translate("ComplaintStore",
                                   "Pengaduan %1 diajukan lewat %2 hari sejak layanan diterima (%3); putuskan dulu: "
                                   "tetap diterima atau ditolak, dengan alasannya.")
                                   .arg(c.number)
                                   .arg(ComplaintRules::kWindowDays)
                                   .arg(c.content.serviceDate.toString(QStringLiteral("dd-MM-yyyy"))));
    return Status::success();
}

} // namespace

ComplaintRegister::ComplaintRegister(ComplaintStore &store) : m_store(store), m_sql(store.database().connection()) {}

QString ComplaintRegister::contactsDueCondition()
{
    return QStringLiteral("contact <> '' AND received_date < :cutoff AND stage IN ('ditanggapi', 'selesai', 'ditolak')");
}

Status ComplaintRegister::eraseContactsBefore(const QDate &cutoff)
{
    SqlQuery q(m_sql, QStringLiteral("UPDATE complaints SET contact = '' WHERE ") + contactsDueCondition());
    q.bind(QStringLiteral(":cutoff"), cutoff.toString(Qt::ISODate));
    return q.exec();
}

Result<ComplaintInput> ComplaintRegister::validated(const ComplaintInput &in, const QDateTime &now)
{
    using R = Result<ComplaintInput>;
    ComplaintInput out = in;
    auto text = [](const QString &value, int max, const QString &field, QString *target) -> Status {
        const Validation v = Validators::text(value, max, false);
        if (!v.ok)
            return Status::failure(tr("%1: %2").arg(field, v.error));
        *target = v.value;
        return Status::success();
    };
    if (!in.complainantName.trimmed().isEmpty()) {
        const Validation v = Validators::companyName(in.complainantName);
        if (!v.ok)
            return R::failure(tr("Nama pengadu: %1").arg(v.error));
        out.complainantName = v.value;
    } else {
        out.complainantName.clear();
    }
    const QList<std::tuple<const QString *, int, QString, QString *>> fields = {
        {&in.complainantAddress, 500, tr("Alamat"), &out.complainantAddress},
        {&in.contact, 200, tr("Kontak"), &out.contact},
        {&in.notPerStandard, 4000, tr("Uraian pelayanan yang tidak sesuai standar"), &out.notPerStandard},
        {&in.materialLoss, 2000, tr("Kerugian materiil"), &out.materialLoss},
        {&in.immaterialLoss, 2000, tr("Kerugian immateriil"), &out.immaterialLoss},
        {&in.resolutionRequested, 2000, tr("Penyelesaian yang diminta"), &out.resolutionRequested},
        {&in.place, 200, tr("Tempat"), &out.place},
    };
    for (const auto &[value, max, field, target] : fields) {
        if (const Status s = text(*value, max, field, target); !s)
            return R::failure(s.error());
    }
    if (in.submittedAt.isValid()) {
        if (in.submittedAt > now.addSecs(60))
            return R::failure(tr("Waktu penyampaian pengaduan tidak boleh sesudah saat ini."));
        if (in.submittedAt.date().year() < 1900)
            return R::failure(tr("Waktu penyampaian pengaduan tidak wajar."));
    }
    const QDate today = now.toTimeZone(m_store.calendar().timeZone()).date();
    if (in.serviceDate.isValid()) {
        if (in.serviceDate > today)
            return R::failure(tr("Tanggal layanan tidak boleh sesudah hari pengaduan diterima."));
        if (in.serviceDate.year() < 1900)
            return R::failure(tr("Tanggal layanan tidak wajar."));
    }
    out.applicationNumber = in.applicationNumber.trimmed().toUpper().remove(QLatin1Char(' '));
    return out;
}

Status ComplaintRegister::resolveApplication(const QString &number, qint64 *applicationId, qint64 *visitId, QDate *serviceDate)
{
    SqlQuery q(m_sql, QStringLiteral("SELECT a.id, a.visit_id, a.finished_at, v.arrived_at FROM applications a "
                                     "JOIN visits v ON v.id = a.visit_id WHERE a.number = :number"));
    q.bind(QStringLiteral(":number"), number);
    if (const Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return Status::failure(tr("Tidak ada berkas bernomor %1.").arg(number));
    *applicationId = q.value(0).toLongLong();
    *visitId = q.value(1).toLongLong();
    // The service was received when the file was finished (done or returned); an open
    // file was last served on the day of the visit.
    const QDateTime finished = Clock::fromStorageOrNull(q.value(2));
    const QDateTime served = finished.isValid() ? finished : Clock::fromStorageOrNull(q.value(3));
    *serviceDate = served.toTimeZone(m_store.calendar().timeZone()).date();
    return Status::success();
}

Result<Complaint> ComplaintRegister::record(const User &actor, const ComplaintInput &input)
{
    using R = Result<Complaint>;
    if (!Permissions::userMay(actor, Action::RecordComplaint))
        return R::failure(tr("Akun Anda tidak boleh mencatat pengaduan."));
    const QDateTime now = Clock::nowUtc();
    const Result<ComplaintInput> checked = validated(input, now);
    if (!checked)
        return R::failure(checked.error());
    Complaint c;
    c.content = checked.value();
    // The channel and its tracking number are set once, here (amend() keeps them).
    c.content.laporReference.clear();
    if (input.channel == FeedbackChannel::Sp4nLapor) {
        const Result<QString> lapor = ComplaintRules::laporReference(input.laporReference);
        if (!lapor)
            return R::failure(lapor.error());
        c.content.laporReference = lapor.value();
    }
    if (!c.content.applicationNumber.isEmpty()) {
        QDate served;
        if (const Status s = resolveApplication(c.content.applicationNumber, &c.applicationId, &c.visitId, &served); !s)
            return R::failure(s.error());
        if (!c.content.serviceDate.isValid())
            c.content.serviceDate = served;
    }
    if (const Status readable = m_store.calendarReadable(); !readable)
        return R::failure(readable.error()); // the deadlines are counted in it
    c.receivedAt = now;
    c.receivedDate = now.toTimeZone(m_store.calendar().timeZone()).date();
    if (c.content.serviceDate.isValid() && c.content.serviceDate > c.receivedDate)
        return R::failure(tr("Tanggal layanan tidak boleh sesudah hari pengaduan diterima."));
    c.missing = ComplaintRules::missingElements(c.content);
    c.late = ComplaintRules::isLate(c.content.serviceDate, c.receivedDate);

    const Status status = runWriteTransaction(m_sql, [&]() -> Status {
        SqlQuery seq(m_sql, QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM complaints WHERE year = :year"));
        seq.bind(QStringLiteral(":year"), c.receivedDate.year());
        if (const Status s = seq.exec(); !s)
            return s;
        seq.next();
        if (const Status s = insert(c, seq.value(0).toInt(), actor); !s)
            return s;
        QJsonObject data{{QStringLiteral("number"), c.number},
                         {QStringLiteral("channel"), FeedbackChannels::key(c.content.channel)},
                         {QStringLiteral("missing"), missingToJson(c.missing)},
                         {QStringLiteral("late"), c.late}};
        if (!c.content.applicationNumber.isEmpty())
            data.insert(QStringLiteral("application"), c.content.applicationNumber);
        if (!c.content.laporReference.isEmpty())
            data.insert(QStringLiteral("lapor"), c.content.laporReference);
        Event e;
        e.at = now;
        e.userId = actor.id;
        e.kind = QStringLiteral("complaint_recorded");
        e.complaintId = c.id;
        e.toStatus = ComplaintStages::key(ComplaintStage::Received);
        e.data = data;
        return Status::from(EventLog(m_sql).append(e));
    });
    if (!status)
        return R::failure(status.error());
    return m_store.complaint(c.id);
}

// Numbers `c` with `sequence` in its year and stores it as received.
Status ComplaintRegister::insert(Complaint &c, int sequence, const User &actor)
{
    c.number = ComplaintStore::formatNumber(c.receivedDate.year(), sequence);
    c.stage = ComplaintStage::Received;
    c.recordedBy = actor.id;
    const Result<qint64> id = insertRow(m_sql, c, sequence);
    if (!id)
        return Status::failure(id.error());
    c.id = id.value();
    return Status::success();
}

Result<qint64> ComplaintRegister::insertRow(QSqlDatabase &sql, const Complaint &c, int sequence)
{
    const ComplaintInput &in = c.content;
    SqlQuery q(sql, QStringLiteral(
        "INSERT INTO complaints (number, year, seq, received_at, received_date, channel, lapor_reference, complainant_name, "
        "complainant_address, contact, not_per_standard, material_loss, immaterial_loss, resolution_requested, place, submitted_at, "
        "signed, application_id, visit_id, service_date, stage, acknowledgement_text, acknowledged_at, coordination_note, "
        "response_text, responded_at, resolution_text, finished_at, recorded_by) VALUES (:number, :year, :seq, :at, :day, :channel, "
        ":lapor, :name, :address, :contact, :nps, :material, :immaterial, :resolution, :place, :submitted, :signed, :app, :visit, "
        ":service_date, :stage, :ack_text, :ack_at, :coordination, :resp_text, :resp_at, :resolution_text, :finished, :by) RETURNING id"));
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
        .bind(QStringLiteral(":submitted"), Clock::toStorageOrNull(in.submittedAt))
        .bind(QStringLiteral(":signed"), in.isSigned ? 1 : 0)
        .bind(QStringLiteral(":app"), c.applicationId ? QVariant(c.applicationId) : QVariant())
        .bind(QStringLiteral(":visit"), c.visitId ? QVariant(c.visitId) : QVariant())
        .bind(QStringLiteral(":service_date"), in.serviceDate.isValid() ? in.serviceDate.toString(Qt::ISODate) : QString())
        .bind(QStringLiteral(":stage"), ComplaintStages::key(c.stage))
        .bind(QStringLiteral(":ack_text"), c.acknowledgementText)
        .bind(QStringLiteral(":ack_at"), Clock::toStorageOrNull(c.acknowledgedAt))
        .bind(QStringLiteral(":coordination"), c.coordinationNote)
        .bind(QStringLiteral(":resp_text"), c.responseText)
        .bind(QStringLiteral(":resp_at"), Clock::toStorageOrNull(c.respondedAt))
        .bind(QStringLiteral(":resolution_text"), c.resolutionText)
        .bind(QStringLiteral(":finished"), Clock::toStorageOrNull(c.finishedAt))
        .bind(QStringLiteral(":by"), c.recordedBy);
    if (const Status s = q.exec(); !s)
        return Result<qint64>::failure(s.error());
    return q.insertedId();
}

Status ComplaintRegister::save(const Complaint &c, ComplaintStage expectedStage)
{
    SqlQuery q(m_sql, QStringLiteral(
        "UPDATE complaints SET channel = :channel, lapor_reference = :lapor, complainant_name = :name, complainant_address = :address, "
        "contact = :contact, not_per_standard = :nps, material_loss = :material, immaterial_loss = :immaterial, "
        "resolution_requested = :resolution, place = :place, submitted_at = :submitted, signed = :signed, "
        "window_decision = :window, window_reason = :window_reason, stage = :stage, acknowledgement_text = :ack_text, "
        "acknowledged_at = :ack_at, coordination_note = :coordination, response_text = :response, responded_at = :responded, "
        "resolution_text = :resolution_text, finished_at = :finished WHERE id = :id AND stage = :expected"));
    q.bind(QStringLiteral(":channel"), FeedbackChannels::key(c.content.channel))
        .bind(QStringLiteral(":lapor"), c.content.laporReference)
        .bind(QStringLiteral(":name"), c.content.complainantName)
        .bind(QStringLiteral(":address"), c.content.complainantAddress)
        .bind(QStringLiteral(":contact"), c.content.contact)
        .bind(QStringLiteral(":nps"), c.content.notPerStandard)
        .bind(QStringLiteral(":material"), c.content.materialLoss)
        .bind(QStringLiteral(":immaterial"), c.content.immaterialLoss)
        .bind(QStringLiteral(":resolution"), c.content.resolutionRequested)
        .bind(QStringLiteral(":place"), c.content.place)
        .bind(QStringLiteral(":submitted"), Clock::toStorageOrNull(c.content.submittedAt))
        .bind(QStringLiteral(":signed"), c.content.isSigned ? 1 : 0)
        .bind(QStringLiteral(":window"), WindowDecisions::key(c.window))
        .bind(QStringLiteral(":window_reason"), c.windowReason)
        .bind(QStringLiteral(":stage"), ComplaintStages::key(c.stage))
        .bind(QStringLiteral(":ack_text"), c.acknowledgementText)
        .bind(QStringLiteral(":ack_at"), Clock::toStorageOrNull(c.acknowledgedAt))
        .bind(QStringLiteral(":coordination"), c.coordinationNote)
        .bind(QStringLiteral(":response"), c.responseText)
        .bind(QStringLiteral(":responded"), Clock::toStorageOrNull(c.respondedAt))
        .bind(QStringLiteral(":resolution_text"), c.resolutionText)
        .bind(QStringLiteral(":finished"), Clock::toStorageOrNull(c.finishedAt))
        .bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":expected"), ComplaintStages::key(expectedStage));
    if (const Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Pengaduan %1 baru saja diubah oleh petugas lain; muat ulang dan coba lagi.").arg(c.number));
    return Status::success();
}

Status ComplaintRegister::step(const User &actor, qint64 id, Action action, std::optional<ComplaintStage> to, const QString &kind,
                            const QString &reason, const Body &body)
{
    if (!Permissions::userMay(actor, action))
        return Status::failure(action == Action::RecordComplaint ? tr("Akun Anda tidak boleh mencatat pengaduan.")
                                                                 : tr("Hanya Kasubbag LPSE atau Kepala Bagian yang menangani pengaduan."));
    return runWriteTransaction(m_sql, [&]() -> Status {
        const Result<Complaint> loaded = m_store.complaint(id);
        if (!loaded)
            return Status::failure(loaded.error());
        Complaint c = loaded.value();
        const ComplaintStage before = c.stage;
        if (ComplaintStages::isFinal(before))
            return Status::failure(tr("Pengaduan %1 sudah berstatus \"%2\".").arg(c.number, ComplaintStages::title(before)));
        if (to && *to != before && !ComplaintStages::canMove(before, *to))
            return Status::failure(tr("Pengaduan %1 berstatus \"%2\"; tidak dapat menjadi \"%3\".")
                                       .arg(c.number, ComplaintStages::title(before), ComplaintStages::title(*to)));
        QJsonObject data;
        if (const Status s = body(c, data); !s)
            return s;
        if (to)
            c.stage = *to;
        if (const Status s = save(c, before); !s)
            return s;
        return ComplaintEvents::append(m_sql, c, actor, kind, ComplaintStages::key(before), reason, data);
    });
}

Status ComplaintRegister::amend(const User &actor, qint64 id, const ComplaintInput &input)
{
    const Action action = Permissions::userMay(actor, Action::RecordComplaint) ? Action::RecordComplaint : Action::HandleComplaint;
    const Result<ComplaintInput> checked = validated(input, Clock::nowUtc());
    if (!checked)
        return Status::failure(checked.error());
    return step(actor, id, action, std::nullopt, QStringLiteral("complaint_amended"), {},
                [&](Complaint &c, QJsonObject &data) {
                    const ComplaintInput &in = checked.value();
                    QStringList changed;
                    auto set = [&](QString &field, const QString &value, const char *key) {
                        if (field != value) {
                            field = value;
                            changed << QString::fromLatin1(key);
                        }
                    };
                    set(c.content.complainantName, in.complainantName, "name");
                    set(c.content.complainantAddress, in.complainantAddress, "address");
                    set(c.content.contact, in.contact, "contact");
                    set(c.content.notPerStandard, in.notPerStandard, "not_per_standard");
                    set(c.content.materialLoss, in.materialLoss, "material_loss");
                    set(c.content.immaterialLoss, in.immaterialLoss, "immaterial_loss");
                    set(c.content.resolutionRequested, in.resolutionRequested, "resolution_requested");
                    set(c.content.place, in.place, "place");
                    if (c.content.submittedAt != in.submittedAt) {
                        c.content.submittedAt = in.submittedAt;
                        changed << QStringLiteral("submitted_at");
                    }
                    if (c.content.isSigned != in.isSigned) {
                        c.content.isSigned = in.isSigned;
                        changed << QStringLiteral("signature");
                    }
                    if (changed.isEmpty())
                        return Status::failure(tr("Tidak ada yang diubah."));
                    c.missing = ComplaintRules::missingElements(c.content);
                    data.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
                    data.insert(QStringLiteral("missing"), missingToJson(c.missing));
                    return Status::success();
                });
}

Status ComplaintRegister::acceptLate(const User &actor, qint64 id, const QString &reasonInput)
{
    const Result<QString> reason = writtenText(reasonInput, tr("Alasan tetap menerima pengaduan"), 1000);
    if (!reason)
        return Status::failure(reason.error());
    return step(actor, id, Action::HandleComplaint, std::nullopt, QStringLiteral("complaint_late_accepted"), reason.value(),
                [&](Complaint &c, QJsonObject &) {
                    if (!c.awaitsWindowDecision())
                        return Status::failure(tr("Pengaduan %1 tidak menunggu keputusan batas 30 hari.").arg(c.number));
                    c.window = WindowDecision::AcceptedLate;
                    c.windowReason = reason.value();
                    return Status::success();
                });
}

Status ComplaintRegister::refuse(const User &actor, qint64 id, const QString &reasonInput)
{
    const Result<QString> reason = writtenText(reasonInput, tr("Alasan penolakan"), 1000);
    if (!reason)
        return Status::failure(reason.error());
    return step(actor, id, Action::HandleComplaint, ComplaintStage::Refused, QStringLiteral("complaint_refused"), reason.value(),
                [&](Complaint &c, QJsonObject &) {
                    if (!c.awaitsWindowDecision())
                        return Status::failure(tr("Pengaduan %1 diajukan dalam batas 30 hari (atau sudah diputuskan diterima); "
                                                  "pengaduan itu tidak dapat ditolak.")
                                                   .arg(c.number));
                    const QDateTime now = Clock::nowUtc();
                    c.window = WindowDecision::Refused;
                    c.windowReason = reason.value();
                    // The refusal, with its reason, is the complainant's answer.
                    if (!c.acknowledgedAt.isValid()) {
                        c.acknowledgedAt = now;
                        c.acknowledgementText = reason.value();
                    }
                    c.respondedAt = now;
                    c.responseText = reason.value();
                    c.finishedAt = now;
                    return Status::success();
                });
}

Status ComplaintRegister::startCheck(const User &actor, qint64 id)
{
    return step(actor, id, Action::HandleComplaint, ComplaintStage::AdministrativeCheck, QStringLiteral("complaint_checking"), {},
                [&](Complaint &c, QJsonObject &) { return requireDecided(c); });
}

Status ComplaintRegister::acknowledge(const User &actor, qint64 id, const QString &noteInput)
{
    const Validation note = Validators::text(noteInput, 1000, false);
    if (!note.ok)
        return Status::failure(tr("Catatan: %1").arg(note.error));
    return step(actor, id, Action::HandleComplaint, std::nullopt, QStringLiteral("complaint_acknowledged"), note.value,
                [&](Complaint &c, QJsonObject &data) {
                    if (const Status s = requireDecided(c); !s)
                        return s;
                    if (c.stage != ComplaintStage::AdministrativeCheck)
                        return Status::failure(tr("Tanggapan awal disampaikan pada tahap cek administrasi; pengaduan %1 berstatus \"%2\".")
                                                   .arg(c.number, ComplaintStages::title(c.stage)));
                    if (c.acknowledgedAt.isValid())
                        return Status::failure(tr("Tanggapan awal pengaduan %1 sudah disampaikan.").arg(c.number));
                    c.acknowledgedAt = Clock::nowUtc();
                    c.acknowledgementText = ComplaintRules::acknowledgementText(c);
                    if (!note.value.isEmpty())
                        c.acknowledgementText += QLatin1Char('\n') + note.value;
                    data.insert(QStringLiteral("complete"), c.missing.isEmpty());
                    data.insert(QStringLiteral("missing"), missingToJson(c.missing));
                    return Status::success();
                });
}

Status ComplaintRegister::coordinate(const User &actor, qint64 id, const QString &noteInput)
{
    const Validation note = Validators::text(noteInput, 1000, false);
    if (!note.ok)
        return Status::failure(tr("Catatan koordinasi: %1").arg(note.error));
    return step(actor, id, Action::HandleComplaint, ComplaintStage::Coordination, QStringLiteral("complaint_coordinating"), note.value,
                [&](Complaint &c, QJsonObject &) {
                    if (const Status s = requireDecided(c); !s)
                        return s;
                    if (!c.acknowledgedAt.isValid())
                        return Status::failure(tr("Sampaikan dulu tanggapan awal pengaduan %1 (lengkap atau tidak, Pasal 8 ayat 5).").arg(c.number));
                    c.coordinationNote = note.value;
                    return Status::success();
                });
}

Status ComplaintRegister::respond(const User &actor, qint64 id, const QString &responseInput)
{
    const Result<QString> response = writtenText(responseInput, tr("Tanggapan"));
    if (!response)
        return Status::failure(response.error());
    return step(actor, id, Action::HandleComplaint, ComplaintStage::Responded, QStringLiteral("complaint_responded"), {},
                [&](Complaint &c, QJsonObject &data) {
                    if (const Status s = requireDecided(c); !s)
                        return s;
                    c.responseText = response.value();
                    c.respondedAt = Clock::nowUtc();
                    data.insert(QStringLiteral("text"), response.value());
                    return Status::success();
                });
}

Status ComplaintRegister::finish(const User &actor, qint64 id, const QString &resolutionInput)
{
    const Result<QString> resolution = writtenText(resolutionInput, tr("Penyelesaian"));
    if (!resolution)
        return Status::failure(resolution.error());
    return step(actor, id, Action::HandleComplaint, ComplaintStage::Finished, QStringLiteral("complaint_resolved"), {},
                [&](Complaint &c, QJsonObject &data) {
                    c.resolutionText = resolution.value();
                    c.finishedAt = Clock::nowUtc();
                    data.insert(QStringLiteral("text"), resolution.value());
                    return Status::success();
                });
}
