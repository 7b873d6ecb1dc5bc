#include "complaints/ComplaintStore.h"

#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "complaints/ComplaintRules.h"
#include "events/EventLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"
#include "validation/Validators.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <tuple>

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.number, c.received_at, c.received_date, c.channel, c.lapor_reference, c.complainant_name, c.complainant_address, "
    "c.contact, c.not_per_standard, c.material_loss, c.immaterial_loss, c.resolution_requested, c.place, c.submitted_at, c.signed, "
    "COALESCE(c.application_id, 0), COALESCE(c.visit_id, 0), COALESCE(a.number, ''), c.service_date, c.window_decision, "
    "c.window_reason, c.stage, c.acknowledgement_text, c.acknowledged_at, c.coordination_note, c.response_text, c.responded_at, "
    "c.resolution_text, c.finished_at, c.recorded_by, COALESCE(u.full_name, '')");

QDateTime storedTime(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QDateTime() : Clock::fromStorage(v.toString());
}

QVariant timeForStorage(const QDateTime &t)
{
    return t.isValid() ? QVariant(Clock::toStorage(t)) : QVariant();
}

QString windowKey(WindowDecision w)
{
    switch (w) {
    case WindowDecision::None: return {};
    case WindowDecision::AcceptedLate: return QStringLiteral("accepted_late");
    case WindowDecision::Refused: return QStringLiteral("refused");
    }
    return {};
}

WindowDecision windowFromKey(const QString &key)
{
    if (key == QLatin1String("accepted_late"))
        return WindowDecision::AcceptedLate;
    if (key == QLatin1String("refused"))
        return WindowDecision::Refused;
    return WindowDecision::None;
}

Complaint complaintFromRow(SqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.receivedAt = storedTime(q.value(2));
    c.receivedDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    FeedbackChannels::fromKey(q.value(4).toString(), &c.content.channel);
    c.content.laporReference = q.value(5).toString();
    c.content.complainantName = q.value(6).toString();
    c.content.complainantAddress = q.value(7).toString();
    c.content.contact = q.value(8).toString();
    c.content.notPerStandard = q.value(9).toString();
    c.content.materialLoss = q.value(10).toString();
    c.content.immaterialLoss = q.value(11).toString();
    c.content.resolutionRequested = q.value(12).toString();
    c.content.place = q.value(13).toString();
    c.content.submittedAt = storedTime(q.value(14));
    c.content.isSigned = q.value(15).toBool();
    c.applicationId = q.value(16).toLongLong();
    c.visitId = q.value(17).toLongLong();
    c.content.applicationNumber = q.value(18).toString();
    c.content.serviceDate = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    c.window = windowFromKey(q.value(20).toString());
    c.windowReason = q.value(21).toString();
    ComplaintStages::fromKey(q.value(22).toString(), &c.stage);
    c.acknowledgementText = q.value(23).toString();
    c.acknowledgedAt = storedTime(q.value(24));
    c.coordinationNote = q.value(25).toString();
    c.responseText = q.value(26).toString();
    c.respondedAt = storedTime(q.value(27));
    c.resolutionText = q.value(28).toString();
    c.finishedAt = storedTime(q.value(29));
    c.recordedBy = q.value(30).toLongLong();
    c.recordedByName = q.value(31).toString();
    c.missing = ComplaintRules::missingElements(c.content);
    c.late = ComplaintRules::isLate(c.content.serviceDate, c.receivedDate);
    return c;
}

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

} // namespace

ComplaintStore::ComplaintStore(Database &db) : m_db(db), m_sql(db.connection()) {}

QString ComplaintStore::formatNumber(int year, int sequence)
{
    return QStringLiteral("ADU-%1-%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

const WorkingCalendar &ComplaintStore::calendar()
{
    if (!m_calendar) {
        const Result<WorkingCalendar> loaded = CalendarStore(m_db).load();
        m_calendar = loaded ? loaded.value() : WorkingCalendar::defaults();
    }
    return *m_calendar;
}

ComplaintDeadlines ComplaintStore::deadlines(const Complaint &complaint, const QDateTime &now)
{
    return ComplaintRules::deadlines(calendar(), complaint, now.isValid() ? now : Clock::nowUtc());
}

Result<ComplaintInput> ComplaintStore::validated(const ComplaintInput &in, const QDateTime &now)
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
    const Validation lapor = Validators::text(in.laporReference, 60, false);
    if (!lapor.ok || lapor.value.contains(QLatin1Char('\n')))
        return R::failure(tr("Nomor SP4N-LAPOR!: %1").arg(lapor.ok ? tr("satu baris saja.") : lapor.error));
    out.laporReference = lapor.value;
    if (in.channel == FeedbackChannel::Sp4nLapor && out.laporReference.isEmpty())
        return R::failure(tr("Pengaduan dari SP4N-LAPOR! harus disertai nomor laporannya."));
    if (in.channel != FeedbackChannel::Sp4nLapor)
        out.laporReference.clear();
    if (in.submittedAt.isValid()) {
        if (in.submittedAt > now.addSecs(60))
            return R::failure(tr("Waktu penyampaian pengaduan tidak boleh sesudah saat ini."));
        if (in.submittedAt.date().year() < 1900)
            return R::failure(tr("Waktu penyampaian pengaduan tidak wajar."));
    }
    const QDate today = now.toTimeZone(calendar().timeZone()).date();
    if (in.serviceDate.isValid()) {
        if (in.serviceDate > today)
            return R::failure(tr("Tanggal layanan tidak boleh sesudah hari pengaduan diterima."));
        if (in.serviceDate.year() < 1900)
            return R::failure(tr("Tanggal layanan tidak wajar."));
    }
    out.applicationNumber = in.applicationNumber.trimmed().toUpper().remove(QLatin1Char(' '));
    return out;
}

Status ComplaintStore::resolveApplication(const QString &number, qint64 *applicationId, qint64 *visitId, QDate *serviceDate)
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
    const QDateTime finished = storedTime(q.value(2));
    const QDateTime served = finished.isValid() ? finished : storedTime(q.value(3));
    *serviceDate = served.toTimeZone(calendar().timeZone()).date();
    return Status::success();
}

Result<Complaint> ComplaintStore::record(const User &actor, const ComplaintInput &input)
{
    using R = Result<Complaint>;
    if (!Permissions::userMay(actor, Action::RecordComplaint))
        return R::failure(tr("Akun Anda tidak boleh mencatat pengaduan."));
    const QDateTime now = Clock::nowUtc();
    const Result<ComplaintInput> checked = validated(input, now);
    if (!checked)
        return R::failure(checked.error());
    ComplaintInput content = checked.value();
    qint64 applicationId = 0;
    qint64 visitId = 0;
    if (!content.applicationNumber.isEmpty()) {
        QDate served;
        if (const Status s = resolveApplication(content.applicationNumber, &applicationId, &visitId, &served); !s)
            return R::failure(s.error());
        if (!content.serviceDate.isValid())
            content.serviceDate = served;
    }
    const QDate receivedDate = now.toTimeZone(calendar().timeZone()).date();
    if (content.serviceDate.isValid() && content.serviceDate > receivedDate)
        return R::failure(tr("Tanggal layanan tidak boleh sesudah hari pengaduan diterima."));

    qint64 id = 0;
    const Status status = runWriteTransaction(m_sql, [&]() -> Status {
        SqlQuery seq(m_sql, QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM complaints WHERE year = :year"));
        seq.bind(QStringLiteral(":year"), receivedDate.year());
        if (const Status s = seq.exec(); !s)
            return s;
        seq.next();
        const int sequence = seq.value(0).toInt();
        Complaint c;
        c.number = formatNumber(receivedDate.year(), sequence);
        c.receivedAt = now;
        c.receivedDate = receivedDate;
        c.content = content;
        c.missing = ComplaintRules::missingElements(content);
        c.late = ComplaintRules::isLate(content.serviceDate, receivedDate);

        SqlQuery insert(m_sql, QStringLiteral(
            "INSERT INTO complaints (number, year, seq, received_at, received_date, channel, lapor_reference, complainant_name, "
            "complainant_address, contact, not_per_standard, material_loss, immaterial_loss, resolution_requested, place, "
            "submitted_at, signed, application_id, visit_id, service_date, stage, recorded_by) VALUES (:number, :year, :seq, :at, "
            ":day, :channel, :lapor, :name, :address, :contact, :nps, :material, :immaterial, :resolution, :place, :submitted, "
            ":signed, :app, :visit, :service_date, 'diterima', :by)"));
        insert.bind(QStringLiteral(":number"), c.number)
            .bind(QStringLiteral(":year"), receivedDate.year())
            .bind(QStringLiteral(":seq"), sequence)
            .bind(QStringLiteral(":at"), Clock::toStorage(now))
            .bind(QStringLiteral(":day"), receivedDate.toString(Qt::ISODate))
            .bind(QStringLiteral(":channel"), FeedbackChannels::key(content.channel))
            .bind(QStringLiteral(":lapor"), content.laporReference)
            .bind(QStringLiteral(":name"), content.complainantName)
            .bind(QStringLiteral(":address"), content.complainantAddress)
            .bind(QStringLiteral(":contact"), content.contact)
            .bind(QStringLiteral(":nps"), content.notPerStandard)
            .bind(QStringLiteral(":material"), content.materialLoss)
            .bind(QStringLiteral(":immaterial"), content.immaterialLoss)
            .bind(QStringLiteral(":resolution"), content.resolutionRequested)
            .bind(QStringLiteral(":place"), content.place)
            .bind(QStringLiteral(":submitted"), timeForStorage(content.submittedAt))
            .bind(QStringLiteral(":signed"), content.isSigned ? 1 : 0)
            .bind(QStringLiteral(":app"), applicationId ? QVariant(applicationId) : QVariant())
            .bind(QStringLiteral(":visit"), visitId ? QVariant(visitId) : QVariant())
            .bind(QStringLiteral(":service_date"), content.serviceDate.isValid() ? content.serviceDate.toString(Qt::ISODate) : QString())
            .bind(QStringLiteral(":by"), actor.id);
        if (const Status s = insert.exec(); !s)
            return s;
        c.id = insert.lastInsertId();
        id = c.id;
        QJsonObject data{{QStringLiteral("number"), c.number},
                         {QStringLiteral("channel"), FeedbackChannels::key(content.channel)},
                         {QStringLiteral("missing"), missingToJson(c.missing)},
                         {QStringLiteral("late"), c.late}};
        if (!content.applicationNumber.isEmpty())
            data.insert(QStringLiteral("application"), content.applicationNumber);
        if (!content.laporReference.isEmpty())
            data.insert(QStringLiteral("lapor"), content.laporReference);
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
    return complaint(id);
}

Status ComplaintStore::appendEvent(const Complaint &c, const User &actor, const QString &kind, const QString &from, const QString &reason,
                                   const QJsonObject &extra)
{
    Event e;
    e.userId = actor.id;
    e.kind = kind;
    e.complaintId = c.id;
    e.fromStatus = from;
    e.toStatus = ComplaintStages::key(c.stage);
    if (e.fromStatus == e.toStatus) {
        e.fromStatus.clear();
        e.toStatus.clear();
    }
    e.reason = reason;
    QJsonObject data = extra;
    data.insert(QStringLiteral("number"), c.number);
    e.data = data;
    return Status::from(EventLog(m_sql).append(e));
}

Status ComplaintStore::save(const Complaint &c, ComplaintStage expectedStage)
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
        .bind(QStringLiteral(":submitted"), timeForStorage(c.content.submittedAt))
        .bind(QStringLiteral(":signed"), c.content.isSigned ? 1 : 0)
        .bind(QStringLiteral(":window"), windowKey(c.window))
        .bind(QStringLiteral(":window_reason"), c.windowReason)
        .bind(QStringLiteral(":stage"), ComplaintStages::key(c.stage))
        .bind(QStringLiteral(":ack_text"), c.acknowledgementText)
        .bind(QStringLiteral(":ack_at"), timeForStorage(c.acknowledgedAt))
        .bind(QStringLiteral(":coordination"), c.coordinationNote)
        .bind(QStringLiteral(":response"), c.responseText)
        .bind(QStringLiteral(":responded"), timeForStorage(c.respondedAt))
        .bind(QStringLiteral(":resolution_text"), c.resolutionText)
        .bind(QStringLiteral(":finished"), timeForStorage(c.finishedAt))
        .bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":expected"), ComplaintStages::key(expectedStage));
    if (const Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Pengaduan %1 baru saja diubah oleh petugas lain; muat ulang dan coba lagi.").arg(c.number));
    return Status::success();
}

Status ComplaintStore::step(const User &actor, qint64 id, Action action, std::optional<ComplaintStage> to, const QString &kind,
                            const QString &reason, const Body &body)
{
    if (!Permissions::userMay(actor, action))
        return Status::failure(action == Action::RecordComplaint ? tr("Akun Anda tidak boleh mencatat pengaduan.")
                                                                 : tr("Hanya Kasubbag LPSE atau Kepala Bagian yang menangani pengaduan."));
    return runWriteTransaction(m_sql, [&]() -> Status {
        Result<QList<Complaint>> loaded = load(QStringLiteral("c.id = :v"), id);
        if (!loaded)
            return Status::failure(loaded.error());
        if (loaded->isEmpty())
            return Status::failure(tr("Pengaduan tidak ditemukan."));
        Complaint c = loaded->first();
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
        return appendEvent(c, actor, kind, ComplaintStages::key(before), reason, data);
    });
}

namespace {

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

Status ComplaintStore::amend(const User &actor, qint64 id, const ComplaintInput &input)
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

Status ComplaintStore::acceptLate(const User &actor, qint64 id, const QString &reasonInput)
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

Status ComplaintStore::refuse(const User &actor, qint64 id, const QString &reasonInput)
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

Status ComplaintStore::startCheck(const User &actor, qint64 id)
{
    return step(actor, id, Action::HandleComplaint, ComplaintStage::AdministrativeCheck, QStringLiteral("complaint_checking"), {},
                [&](Complaint &c, QJsonObject &) { return requireDecided(c); });
}

Status ComplaintStore::acknowledge(const User &actor, qint64 id, const QString &noteInput)
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

Status ComplaintStore::coordinate(const User &actor, qint64 id, const QString &noteInput)
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

Status ComplaintStore::respond(const User &actor, qint64 id, const QString &responseInput)
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

Status ComplaintStore::finish(const User &actor, qint64 id, const QString &resolutionInput)
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

Status ComplaintStore::recordPrint(const User &actor, qint64 id)
{
    if (!Permissions::userMay(actor, Action::PrintReceipt))
        return Status::failure(tr("Akun Anda tidak mencetak tanda terima."));
    return runWriteTransaction(m_sql, [&]() -> Status {
        const Result<QList<Complaint>> loaded = load(QStringLiteral("c.id = :v"), id);
        if (!loaded)
            return Status::failure(loaded.error());
        if (loaded->isEmpty())
            return Status::failure(tr("Pengaduan tidak ditemukan."));
        const Complaint &c = loaded->first();
        return appendEvent(c, actor, QStringLiteral("complaint_printed"), ComplaintStages::key(c.stage), {},
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
        e.at = Clock::fromStorage(q.value(1).toString());
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
