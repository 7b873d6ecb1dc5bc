#include "applications/Workflow.h"

#include "accounts/Permissions.h"
#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"
#include "validation/Validators.h"
#include "vendors/VendorStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>

namespace {

// One row of a file's pause history (kind, at, reason, data) added to its pauses: a
// "paused" row opens a pause, any later row (resumed, done, cancelled) closes it.
void addPauseRow(QList<PausePeriod> &pauses, const QString &kind, const QString &at, const QString &reason, const QString &data)
{
    const QDateTime when = Clock::fromStorage(at);
    if (kind == QLatin1String("paused")) {
        PausePeriod p;
        p.start = when;
        p.reasonText = reason;
        p.reasonKey = QJsonDocument::fromJson(data.toUtf8()).object().value(QStringLiteral("reason")).toString();
        pauses << p;
    } else if (!pauses.isEmpty() && !pauses.last().end.isValid()) {
        pauses.last().end = when;
    }
}

const QString kAppColumns = QStringLiteral(
    "a.id, a.number, a.visit_id, a.service_number, a.catalog_version, a.handled_by, a.status, COALESCE(a.claimed_by, 0), "
    "COALESCE(a.previous_application_id, 0), a.outcome, a.discretion, a.created_at, a.accepted_at, a.finished_at, a.due_at");

QDateTime storedTime(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QDateTime() : Clock::fromStorage(v.toString());
}

QVariant timeForStorage(const QDateTime &t)
{
    return t.isValid() ? QVariant(Clock::toStorage(t)) : QVariant();
}

Application applicationFromRow(SqlQuery &q)
{
    Application a;
    a.id = q.value(0).toLongLong();
    a.number = q.value(1).toString();
    a.visitId = q.value(2).toLongLong();
    a.serviceNumber = q.value(3).toInt();
    a.catalogVersion = q.value(4).toInt();
    a.handledBy = q.value(5).toString();
    ApplicationStatuses::fromKey(q.value(6).toString(), &a.status);
    a.claimedBy = q.value(7).toLongLong();
    a.previousApplicationId = q.value(8).toLongLong();
    a.outcome = q.value(9).toString();
    a.discretion = q.value(10).toBool();
    a.createdAt = storedTime(q.value(11));
    a.acceptedAt = storedTime(q.value(12));
    a.finishedAt = storedTime(q.value(13));
    a.dueAt = storedTime(q.value(14));
    return a;
}

QJsonArray missingToJson(const QList<MissingItem> &missing)
{
    QJsonArray array;
    for (const MissingItem &m : missing)
        array.append(QJsonObject{{QStringLiteral("id"), m.requirementId},
                                 {QStringLiteral("label"), m.label},
                                 {QStringLiteral("needed"), m.needed},
                                 {QStringLiteral("problems"), QJsonArray::fromStringList(m.problems)}});
    return array;
}

// The reason as it will be stored (the validator's normalised text), or why it is refused.
Result<QString> checkReason(const QString &reason, const QString &what)
{
    const Validation v = Validators::text(reason, 1000, true);
    if (!v.ok)
        return Result<QString>::failure(QCoreApplication::translate("Workflow", "%1: %2").arg(what, v.error));
    if (v.value.size() < 3)
        return Result<QString>::failure(QCoreApplication::translate("Workflow", "%1 harus ditulis dengan jelas.").arg(what));
    return v.value;
}

} // namespace

Workflow::Workflow(Database &db) : m_db(db), m_sql(db.connection()) {}

QString Workflow::formatQueueNumber(QChar letter, int sequence)
{
    return QString(letter) + QLatin1Char('-') + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
}

const WorkingCalendar &Workflow::calendar()
{
    if (!m_calendar) {
        const Result<WorkingCalendar> loaded = CalendarStore(m_db).load();
        m_calendar = loaded ? loaded.value() : WorkingCalendar::defaults();
    }
    return *m_calendar;
}

void Workflow::reloadCalendar()
{
    m_calendar.reset();
    m_allowances.clear();
}

QDate Workflow::today()
{
    return Clock::nowUtc().toTimeZone(calendar().timeZone()).date();
}

Result<Service> Workflow::serviceOf(const Application &application)
{
    if (!m_catalogs.contains(application.catalogVersion)) {
        const Result<ServiceCatalog> catalog = CatalogStore(m_db).version(application.catalogVersion);
        if (!catalog)
            return Result<Service>::failure(catalog.error());
        m_catalogs.insert(application.catalogVersion, catalog.value());
    }
    const Service *s = m_catalogs.value(application.catalogVersion).service(application.serviceNumber);
    if (!s)
        return Result<Service>::failure(tr("Layanan %1 tidak ada dalam katalog versi %2.").arg(application.serviceNumber).arg(application.catalogVersion));
    return *s;
}

Status Workflow::appendEvent(Event event)
{
    const Result<qint64> id = EventLog(m_sql).append(event);
    return Status::from(id);
}

Result<Application> Workflow::loadApplication(qint64 id)
{
    SqlQuery q(m_sql, QStringLiteral("SELECT ") + kAppColumns + QStringLiteral(" FROM applications a WHERE a.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (const Status s = q.exec(); !s)
        return Result<Application>::failure(s.error());
    if (!q.next())
        return Result<Application>::failure(tr("Berkas tidak ditemukan."));
    return applicationFromRow(q);
}

Result<Application> Workflow::application(qint64 id)
{
    return loadApplication(id);
}

// ---------------------------------------------------------------- check-in

Result<CheckInReview> Workflow::reviewCheckIn(const CheckInRequest &request)
{
    using R = Result<CheckInReview>;
    CheckInReview review;
    const Result<Vendor> resolved = VendorStore(m_db).resolve(request.vendor, &review.storedVendor, &review.vendorChanges, &review.warnings);
    if (!resolved)
        return R::failure(resolved.error());
    // One NIK is one person: the same NIK under another name is worth a second look at the KTP.
    const Validation nik = Validators::nik(request.applicantNik);
    const Validation name = Validators::personName(request.applicantName);
    if (nik.ok && name.ok) {
        SqlQuery q(m_sql, QStringLiteral("SELECT applicant_name FROM visits WHERE applicant_nik = :nik GROUP BY lower(applicant_name) "
                                         "ORDER BY MAX(arrived_at) DESC LIMIT 4"));
        q.bind(QStringLiteral(":nik"), nik.value);
        if (const Status s = q.exec(); !s)
            return R::failure(s.error());
        QStringList others;
        while (q.next()) {
            const QString other = q.value(0).toString();
            if (other.compare(name.value, Qt::CaseInsensitive) != 0 && others.size() < 3)
                others << other;
        }
        if (!others.isEmpty())
            review.warnings << tr("NIK ini sudah tercatat atas nama lain: %1. Periksa kembali KTP pemohon.").arg(others.join(QStringLiteral(", ")));
    }
    return review;
}

Result<CheckInResult> Workflow::checkIn(const User &actor, const CheckInRequest &request)
{
    using R = Result<CheckInResult>;
    if (!Permissions::userMay(actor, Action::CheckIn))
        return R::failure(tr("Hanya helpdesk yang boleh mencatat tamu di buku tamu."));

    CheckInResult result;
    const Validation name = Validators::personName(request.applicantName);
    if (!name.ok)
        return R::failure(tr("Nama pemohon: %1").arg(name.error));
    const Validation nik = Validators::nik(request.applicantNik);
    if (!nik.ok)
        return R::failure(nik.error);
    QString phone;
    if (!request.applicantPhone.trimmed().isEmpty()) {
        const Validation p = Validators::phone(request.applicantPhone);
        if (!p.ok)
            return R::failure(tr("Telepon pemohon: %1").arg(p.error));
        phone = p.value;
    }
    const Validation note = Validators::text(request.note, 1000, false);
    if (!note.ok)
        return R::failure(tr("Catatan: %1").arg(note.error));

    CatalogStore catalogs(m_db);
    const Result<int> version = catalogs.currentVersion();
    if (!version || version.value() == 0) {
        if (const Status s = catalogs.ensureSeeded(); !s)
            return R::failure(s.error());
    }
    const Result<int> catalogVersion = version && version.value() > 0 ? version : catalogs.currentVersion();
    if (!catalogVersion)
        return R::failure(catalogVersion.error());
    // A stored catalogue version never changes: parse it once per session.
    if (!m_catalogs.contains(catalogVersion.value())) {
        const Result<ServiceCatalog> loaded = catalogs.version(catalogVersion.value());
        if (!loaded)
            return R::failure(loaded.error());
        m_catalogs.insert(catalogVersion.value(), loaded.value());
    }
    const ServiceCatalog *catalog = &m_catalogs[catalogVersion.value()];
    const Service *service = catalog->service(request.serviceNumber);
    if (!service)
        return R::failure(tr("Layanan nomor %1 tidak ada dalam katalog.").arg(request.serviceNumber));
    const Result<Vendor> vendorChecked = VendorStore::validate(request.vendor);
    if (!vendorChecked)
        return R::failure(vendorChecked.error());

    const QDateTime now = Clock::nowUtc();
    const QDate localDay = now.toTimeZone(calendar().timeZone()).date();

    const Status status = runWriteTransaction(m_sql, [&]() -> Status {
        // The stored vendor changes only when the officer confirmed the change (its
        // history stays as it was: each visit keeps the vendor as registered then).
        QStringList warnings;
        std::optional<Vendor> stored;
        QList<VendorChange> changes;
        VendorStore vendors(m_db);
        const Result<Vendor> resolved = vendors.resolve(request.vendor, &stored, &changes, &warnings);
        if (!resolved)
            return Status::failure(resolved.error());
        if (!changes.isEmpty() && !request.vendorChangesConfirmed) {
            QStringList lines;
            for (const VendorChange &c : std::as_const(changes))
                lines << tr("%1: \"%2\" menjadi \"%3\"").arg(c.label, c.oldValue, c.newValue);
            return Status::failure(tr("Data penyedia yang tersimpan akan berubah (%1). Perubahan itu harus dikonfirmasi dulu; "
                                      "tidak ada yang dicatat.")
                                       .arg(lines.join(QStringLiteral("; "))));
        }
        const Result<Vendor> vendor = stored && changes.isEmpty() ? Result<Vendor>(*stored) : vendors.save(resolved.value());
        if (!vendor)
            return Status::failure(vendor.error());
        result.vendorId = vendor->id;

        if (request.previousApplicationId) {
            const Result<Application> previous = loadApplication(request.previousApplicationId);
            if (!previous)
                return Status::failure(previous.error());
            if (previous->status != ApplicationStatus::Returned)
                return Status::failure(tr("Berkas %1 tidak berstatus dikembalikan; kunjungan baru hanya dapat ditautkan ke berkas yang dikembalikan.")
                                           .arg(previous->number));
        }

        SqlQuery seq(m_sql, QStringLiteral("SELECT COALESCE(MAX(queue_seq), 0) + 1 FROM visits WHERE local_date = :day AND queue_letter = :letter"));
        seq.bind(QStringLiteral(":day"), localDay.toString(Qt::ISODate)).bind(QStringLiteral(":letter"), QString(service->queueLetter));
        if (const Status s = seq.exec(); !s)
            return s;
        seq.next();
        const int sequence = seq.value(0).toInt();
        result.queueNumber = formatQueueNumber(service->queueLetter, sequence);
        result.applicationNumber = localDay.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') + QString(service->queueLetter)
                                   + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));

        SqlQuery ahead(m_sql, QStringLiteral("SELECT COUNT(*) FROM applications a JOIN visits v ON v.id = a.visit_id "
                                             "WHERE v.local_date = :day AND a.status = 'registered'"));
        ahead.bind(QStringLiteral(":day"), localDay.toString(Qt::ISODate));
        if (const Status s = ahead.exec(); !s)
            return s;
        ahead.next();
        result.waitingAhead = ahead.value(0).toInt();

        SqlQuery visit(m_sql, QStringLiteral(
            "INSERT INTO visits (arrived_at, local_date, queue_letter, queue_seq, applicant_name, applicant_nik, applicant_phone, "
            "standing, vendor_id, service_number, note, helpdesk_user_id, vendor_name, vendor_legal_form, vendor_npwp, vendor_email) "
            "VALUES (:at, :day, :letter, :seq, :name, :nik, :phone, :standing, :vendor, :service, :note, :helpdesk, :vname, :vform, "
            ":vnpwp, :vemail)"));
        visit.bind(QStringLiteral(":at"), Clock::toStorage(now))
            .bind(QStringLiteral(":day"), localDay.toString(Qt::ISODate))
            .bind(QStringLiteral(":letter"), QString(service->queueLetter))
            .bind(QStringLiteral(":seq"), sequence)
            .bind(QStringLiteral(":name"), name.value)
            .bind(QStringLiteral(":nik"), nik.value)
            .bind(QStringLiteral(":phone"), phone)
            .bind(QStringLiteral(":standing"), request.proxy ? QStringLiteral("proxy") : QStringLiteral("head"))
            .bind(QStringLiteral(":vendor"), vendor->id)
            .bind(QStringLiteral(":service"), service->number)
            .bind(QStringLiteral(":note"), note.value)
            .bind(QStringLiteral(":helpdesk"), actor.id)
            .bind(QStringLiteral(":vname"), vendor->name)
            .bind(QStringLiteral(":vform"), vendor->legalForm)
            .bind(QStringLiteral(":vnpwp"), vendor->npwp)
            .bind(QStringLiteral(":vemail"), vendor->email);
        if (const Status s = visit.exec(); !s)
            return s;
        result.visitId = visit.lastInsertId();
        SqlQuery app(m_sql, QStringLiteral(
            "INSERT INTO applications (number, visit_id, service_number, catalog_version, handled_by, status, "
            "previous_application_id, created_at) VALUES (:number, :visit, :service, :version, :handler, 'registered', :previous, :at)"));
        app.bind(QStringLiteral(":number"), result.applicationNumber)
            .bind(QStringLiteral(":visit"), result.visitId)
            .bind(QStringLiteral(":service"), service->number)
            .bind(QStringLiteral(":version"), catalogVersion.value())
            .bind(QStringLiteral(":handler"), service->handledBy)
            .bind(QStringLiteral(":previous"), request.previousApplicationId ? QVariant(request.previousApplicationId) : QVariant())
            .bind(QStringLiteral(":at"), Clock::toStorage(now));
        if (const Status s = app.exec(); !s)
            return s;
        result.applicationId = app.lastInsertId();

        // The confirmed change of the stored vendor, recorded with both values.
        if (!changes.isEmpty()) {
            QJsonArray fields;
            for (const VendorChange &c : std::as_const(changes))
                fields.append(QJsonObject{{QStringLiteral("field"), c.field}, {QStringLiteral("label"), c.label}, {QStringLiteral("old"), c.oldValue},
                                          {QStringLiteral("new"), c.newValue}});
            Event changed;
            changed.at = now;
            changed.userId = actor.id;
            changed.kind = QStringLiteral("vendor_changed");
            changed.visitId = result.visitId;
            changed.applicationId = result.applicationId; // shown in the history of the file it came with
            changed.data = QJsonObject{{QStringLiteral("vendor_id"), vendor->id}, {QStringLiteral("changes"), fields}};
            if (const Status s = appendEvent(changed); !s)
                return s;
        }

        int position = 0;
        SqlQuery item(m_sql, QStringLiteral(
            "INSERT INTO checklist_items (application_id, requirement_id, position, label, needed, original_required, "
            "copy_required, validity_required) VALUES (:app, :req, :pos, :label, :needed, :orig, :copy, :valid)"));
        for (const Requirement &r : service->requirements) {
            if (!r.appliesTo(request.proxy))
                continue;
            item.bind(QStringLiteral(":app"), result.applicationId)
                .bind(QStringLiteral(":req"), r.id)
                .bind(QStringLiteral(":pos"), position++)
                .bind(QStringLiteral(":label"), r.label)
                .bind(QStringLiteral(":needed"), r.needed)
                .bind(QStringLiteral(":orig"), r.original ? 1 : 0)
                .bind(QStringLiteral(":copy"), r.copy ? 1 : 0)
                .bind(QStringLiteral(":valid"), r.validity ? 1 : 0);
            if (const Status s = item.exec(); !s)
                return s;
        }

        Event e;
        e.at = now;
        e.userId = actor.id;
        e.kind = QStringLiteral("registered");
        e.applicationId = result.applicationId;
        e.visitId = result.visitId;
        e.toStatus = ApplicationStatuses::key(ApplicationStatus::Registered);
        e.data = QJsonObject{{QStringLiteral("queue_number"), result.queueNumber},
                             {QStringLiteral("service"), service->number},
                             {QStringLiteral("standing"), request.proxy ? QStringLiteral("proxy") : QStringLiteral("head")},
                             {QStringLiteral("catalog_version"), catalogVersion.value()}};
        if (request.previousApplicationId)
            e.data.insert(QStringLiteral("previous_application"), request.previousApplicationId);
        if (const Status s = appendEvent(e); !s)
            return s;
        if (request.previousApplicationId) {
            Event link;
            link.at = now;
            link.userId = actor.id;
            link.kind = QStringLiteral("followed_up");
            link.applicationId = request.previousApplicationId;
            link.data = QJsonObject{{QStringLiteral("new_application"), result.applicationNumber}};
            if (const Status s = appendEvent(link); !s)
                return s;
        }
        result.warnings = warnings;
        return Status::success();
    });
    if (!status)
        return R::failure(status.error());
    return result;
}

// ---------------------------------------------------------------- transitions

Status Workflow::transition(const User &actor, qint64 applicationId, const QList<ApplicationStatus> &from, ApplicationStatus to,
                            const QString &kind, const QString &reason, const QJsonObject &data, const Body &body)
{
    return runWriteTransaction(m_sql, [&]() -> Status {
        Result<Application> loaded = loadApplication(applicationId);
        if (!loaded)
            return Status::failure(loaded.error());
        Application app = loaded.value();
        const ApplicationStatus before = app.status;
        if (!from.contains(before) || !ApplicationStatuses::canMove(before, to))
            return Status::failure(tr("Berkas %1 berstatus \"%2\"; tidak dapat menjadi \"%3\".")
                                       .arg(app.number, ApplicationStatuses::title(before), ApplicationStatuses::title(to)));
        if (body) {
            if (const Status s = body(app); !s)
                return s;
        }
        // The report's summary of the file (migration 0004) moves with the event.
        const QDateTime now = Clock::nowUtc();
        const bool claiming = kind == QLatin1String("claimed");
        const bool accepting = to == ApplicationStatus::Accepted;
        const bool finishing = to == ApplicationStatus::Returned || to == ApplicationStatus::Done || to == ApplicationStatus::Cancelled;
        SqlQuery update(m_sql, QStringLiteral("UPDATE applications SET status = :to, claimed_by = :claimed, outcome = :outcome, "
                                              "discretion = :discretion, accepted_at = :accepted, finished_at = :finished, "
                                              "accepted_by = CASE WHEN :accepting THEN :actor ELSE accepted_by END, "
                                              "claimed_at = CASE WHEN :claiming THEN :now ELSE claimed_at END, "
                                              "finished_by = CASE WHEN :finishing THEN :actor ELSE finished_by END "
                                              "WHERE id = :id AND status = :from"));
        update.bind(QStringLiteral(":accepting"), accepting ? 1 : 0)
            .bind(QStringLiteral(":claiming"), claiming ? 1 : 0)
            .bind(QStringLiteral(":finishing"), finishing ? 1 : 0)
            .bind(QStringLiteral(":actor"), actor.id)
            .bind(QStringLiteral(":now"), Clock::toStorage(now));
        update.bind(QStringLiteral(":to"), ApplicationStatuses::key(to))
            .bind(QStringLiteral(":claimed"), app.claimedBy ? QVariant(app.claimedBy) : QVariant())
            .bind(QStringLiteral(":outcome"), app.outcome)
            .bind(QStringLiteral(":discretion"), app.discretion ? 1 : 0)
            .bind(QStringLiteral(":accepted"), timeForStorage(app.acceptedAt))
            .bind(QStringLiteral(":finished"), timeForStorage(app.finishedAt))
            .bind(QStringLiteral(":id"), app.id)
            .bind(QStringLiteral(":from"), ApplicationStatuses::key(before));
        if (const Status s = update.exec(); !s)
            return s;
        if (update.numRowsAffected() != 1)
            return Status::failure(tr("Berkas %1 baru saja diubah oleh petugas lain; muat ulang dan coba lagi.").arg(app.number));
        Event e;
        e.at = now;
        e.userId = actor.id;
        e.kind = kind;
        e.applicationId = app.id;
        e.fromStatus = ApplicationStatuses::key(before);
        e.toStatus = ApplicationStatuses::key(to);
        e.reason = reason;
        e.data = data;
        if (const Status s = appendEvent(e); !s)
            return s;
        app.status = to;
        if (to == ApplicationStatus::Accepted) {
            m_allowances.remove(app.id);
            // Accepted files join the handling role's queue at once.
            SqlQuery queue(m_sql, QStringLiteral("UPDATE applications SET status = 'queued' WHERE id = :id"));
            queue.bind(QStringLiteral(":id"), app.id);
            if (const Status s = queue.exec(); !s)
                return s;
            Event handoff;
            handoff.userId = actor.id;
            handoff.kind = QStringLiteral("handed_off");
            handoff.applicationId = app.id;
            handoff.fromStatus = ApplicationStatuses::key(ApplicationStatus::Accepted);
            handoff.toStatus = ApplicationStatuses::key(ApplicationStatus::Queued);
            handoff.data = QJsonObject{{QStringLiteral("role"), app.handledBy}};
            if (const Status s = appendEvent(handoff); !s)
                return s;
            app.status = ApplicationStatus::Queued;
        }
        return storeDueTime(app);
    });
}

Status Workflow::requireHandler(const User &actor, const Application &application)
{
    if (!actor.active)
        return Status::failure(tr("Akun ini tidak aktif."));
    if (!actor.hasRoleKey(application.handledBy))
        return Status::failure(tr("Berkas %1 dikerjakan oleh %2; akun Anda tidak mempunyai peran itu.")
                                   .arg(application.number, ServiceCatalog::roleTitle(application.handledBy)));
    return Status::success();
}

Status Workflow::requireClaimer(const User &actor, const Application &application)
{
    if (const Status s = requireHandler(actor, application); !s)
        return s;
    if (application.claimedBy != actor.id) {
        SqlQuery q(m_sql, QStringLiteral("SELECT full_name FROM users WHERE id = :id"));
        q.bind(QStringLiteral(":id"), application.claimedBy);
        const QString claimer = q.exec() && q.next() ? q.value(0).toString() : tr("petugas lain");
        return Status::failure(tr("Berkas %1 sedang dikerjakan oleh %2; hanya dia yang dapat melanjutkannya.").arg(application.number, claimer));
    }
    return Status::success();
}

Status Workflow::startChecking(const User &actor, qint64 applicationId)
{
    if (!Permissions::userMay(actor, Action::CheckDocuments))
        return Status::failure(tr("Hanya helpdesk yang memeriksa kelengkapan berkas."));
    return transition(actor, applicationId, {ApplicationStatus::Registered}, ApplicationStatus::Checking,
                      QStringLiteral("checking"), {}, {});
}

Status Workflow::updateChecklist(const User &actor, qint64 applicationId, const ChecklistUpdate &update)
{
    if (!Permissions::userMay(actor, Action::CheckDocuments))
        return Status::failure(tr("Hanya helpdesk yang memeriksa kelengkapan berkas."));
    const Validation note = Validators::text(update.note, 500, false);
    if (!note.ok)
        return Status::failure(tr("Catatan: %1").arg(note.error));
    if (update.validUntil.isValid() && (update.validUntil.year() < 1900 || update.validUntil.year() > 2200))
        return Status::failure(tr("Tanggal berlaku tidak wajar."));
    return runWriteTransaction(m_sql, [&]() -> Status {
        const Result<Application> app = loadApplication(applicationId);
        if (!app)
            return Status::failure(app.error());
        const ApplicationStatus status = app->status;
        if (!ApplicationStatuses::isChecklistOpen(status))
            return Status::failure(tr("Daftar periksa berkas %1 tidak dapat diubah: berkas berstatus \"%2\".")
                                       .arg(app->number, ApplicationStatuses::title(status)));
        SqlQuery q(m_sql, QStringLiteral("UPDATE checklist_items SET original_seen = :orig, copy_received = :copy, valid_until = :valid, "
                                         "note = :note WHERE application_id = :app AND requirement_id = :req"));
        q.bind(QStringLiteral(":orig"), update.originalSeen ? 1 : 0)
            .bind(QStringLiteral(":copy"), update.copyReceived ? 1 : 0)
            .bind(QStringLiteral(":valid"), update.validUntil.isValid() ? update.validUntil.toString(Qt::ISODate) : QString())
            .bind(QStringLiteral(":note"), note.value)
            .bind(QStringLiteral(":app"), applicationId)
            .bind(QStringLiteral(":req"), update.requirementId);
        if (const Status s = q.exec(); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("Persyaratan \"%1\" tidak ada dalam daftar periksa berkas ini.").arg(update.requirementId));
        if (status == ApplicationStatus::Registered) {
            SqlQuery move(m_sql, QStringLiteral("UPDATE applications SET status = 'checking' WHERE id = :id"));
            move.bind(QStringLiteral(":id"), applicationId);
            if (const Status s = move.exec(); !s)
                return s;
            Event e;
            e.userId = actor.id;
            e.kind = QStringLiteral("checking");
            e.applicationId = applicationId;
            e.fromStatus = ApplicationStatuses::key(ApplicationStatus::Registered);
            e.toStatus = ApplicationStatuses::key(ApplicationStatus::Checking);
            if (const Status s = appendEvent(e); !s)
                return s;
        }
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("checklist");
        e.applicationId = applicationId;
        e.data = QJsonObject{{QStringLiteral("item"), update.requirementId},
                             {QStringLiteral("original"), update.originalSeen},
                             {QStringLiteral("copy"), update.copyReceived},
                             {QStringLiteral("valid_until"), update.validUntil.isValid() ? update.validUntil.toString(Qt::ISODate) : QString()}};
        if (!note.value.isEmpty())
            e.data.insert(QStringLiteral("note"), note.value);
        return appendEvent(e);
    });
}

Result<QList<ChecklistItem>> Workflow::checklist(qint64 applicationId)
{
    SqlQuery q(m_sql, QStringLiteral("SELECT requirement_id, position, label, needed, original_required, copy_required, validity_required, "
                                     "original_seen, copy_received, valid_until, note FROM checklist_items WHERE application_id = :app "
                                     "ORDER BY position"));
    q.bind(QStringLiteral(":app"), applicationId);
    if (const Status s = q.exec(); !s)
        return Result<QList<ChecklistItem>>::failure(s.error());
    QList<ChecklistItem> items;
    while (q.next()) {
        ChecklistItem i;
        i.requirementId = q.value(0).toString();
        i.position = q.value(1).toInt();
        i.label = q.value(2).toString();
        i.needed = q.value(3).toString();
        i.originalRequired = q.value(4).toBool();
        i.copyRequired = q.value(5).toBool();
        i.validityRequired = q.value(6).toBool();
        i.originalSeen = q.value(7).toBool();
        i.copyReceived = q.value(8).toBool();
        i.validUntil = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        i.note = q.value(10).toString();
        items << i;
    }
    return items;
}

Result<Completeness> Workflow::completeness(qint64 applicationId)
{
    const Result<QList<ChecklistItem>> items = checklist(applicationId);
    if (!items)
        return Result<Completeness>::failure(items.error());
    Completeness c;
    const QDate day = today();
    for (const ChecklistItem &i : items.value()) {
        const QStringList problems = i.problems(day);
        if (!problems.isEmpty())
            c.missing << MissingItem{i.requirementId, i.label, i.needed, problems};
    }
    c.complete = !items->isEmpty() && c.missing.isEmpty();
    return c;
}

Status Workflow::accept(const User &actor, qint64 applicationId)
{
    if (!Permissions::userMay(actor, Action::CheckDocuments))
        return Status::failure(tr("Hanya helpdesk yang menerima dan meneruskan berkas."));
    const Result<Completeness> c = completeness(applicationId);
    if (!c)
        return Status::failure(c.error());
    if (!c->complete) {
        QStringList labels;
        for (const MissingItem &m : c->missing)
            labels << m.label;
        return Status::failure(tr("Berkas belum lengkap: %1. Kembalikan berkas kepada pemohon, atau minta diskresi Kepala Bagian.")
                                   .arg(labels.join(QStringLiteral("; "))));
    }
    return transition(actor, applicationId, {ApplicationStatus::Checking}, ApplicationStatus::Accepted, QStringLiteral("accepted"), {}, {},
                      [](Application &app) {
                          app.acceptedAt = Clock::nowUtc();
                          return Status::success();
                      });
}

Result<QList<MissingItem>> Workflow::returnToApplicant(const User &actor, qint64 applicationId, const QString &noteInput)
{
    using R = Result<QList<MissingItem>>;
    if (!Permissions::userMay(actor, Action::CheckDocuments))
        return R::failure(tr("Hanya helpdesk yang mengembalikan berkas."));
    const Validation note = Validators::text(noteInput, 1000, false);
    if (!note.ok)
        return R::failure(tr("Catatan: %1").arg(note.error));
    const Result<Completeness> c = completeness(applicationId);
    if (!c)
        return R::failure(c.error());
    const Result<Application> app = application(applicationId);
    if (!app)
        return R::failure(app.error());
    if (c->complete && app->status != ApplicationStatus::RejectedBack)
        return R::failure(tr("Berkas sudah lengkap; gunakan \"Terima & teruskan\"."));
    QJsonObject data{{QStringLiteral("missing"), missingToJson(c->missing)}};
    const Status s = transition(actor, applicationId, {ApplicationStatus::Checking, ApplicationStatus::RejectedBack},
                                ApplicationStatus::Returned, QStringLiteral("returned"), note.value, data,
                                [](Application &a) {
                                    a.finishedAt = Clock::nowUtc();
                                    return Status::success();
                                });
    if (!s)
        return R::failure(s.error());
    return c->missing;
}

Status Workflow::recheck(const User &actor, qint64 applicationId)
{
    if (!Permissions::userMay(actor, Action::CheckDocuments))
        return Status::failure(tr("Hanya helpdesk yang memeriksa kelengkapan berkas."));
    return transition(actor, applicationId, {ApplicationStatus::RejectedBack}, ApplicationStatus::Checking, QStringLiteral("rechecking"), {}, {});
}

Status Workflow::discretion(const User &actor, qint64 applicationId, const QString &reason)
{
    if (!Permissions::userMay(actor, Action::Discretion))
        return Status::failure(tr("Hanya Kepala Bagian yang boleh menggunakan diskresi (Pasal 6)."));
    const Result<QString> written = checkReason(reason, tr("Alasan diskresi"));
    if (!written)
        return Status::failure(written.error());
    const Result<Completeness> c = completeness(applicationId);
    if (!c)
        return Status::failure(c.error());
    const QJsonObject data{{QStringLiteral("waived"), missingToJson(c->missing)}};
    return transition(actor, applicationId, ApplicationStatuses::discretionFrom(), ApplicationStatus::Accepted,
                      QStringLiteral("discretion"), written.value(), data, [](Application &app) {
                          app.acceptedAt = Clock::nowUtc();
                          app.discretion = true;
                          return Status::success();
                      });
}

Status Workflow::claim(const User &actor, qint64 applicationId)
{
    return transition(actor, applicationId, {ApplicationStatus::Queued}, ApplicationStatus::InProgress, QStringLiteral("claimed"), {}, {},
                      [&](Application &app) {
                          if (!Permissions::userMay(actor, Action::WorkQueue))
                              return Status::failure(tr("Akun Anda tidak mengerjakan antrian berkas."));
                          if (const Status s = requireHandler(actor, app); !s)
                              return s;
                          app.claimedBy = actor.id;
                          return Status::success();
                      });
}

Status Workflow::release(const User &actor, qint64 applicationId, const QString &reason)
{
    const Result<QString> written = checkReason(reason, tr("Alasan melepas berkas"));
    if (!written)
        return Status::failure(written.error());
    return transition(actor, applicationId, {ApplicationStatus::InProgress}, ApplicationStatus::Queued, QStringLiteral("released"),
                      written.value(), QJsonObject{{QStringLiteral("reason"), written.value()}},
                      [&](Application &app) {
                          if (app.claimedBy != actor.id && !Permissions::userMay(actor, Action::ReleaseAny)) {
                              if (const Status s = requireClaimer(actor, app); !s)
                                  return s;
                          }
                          app.claimedBy = 0;
                          return Status::success();
                      });
}

Status Workflow::complete(const User &actor, qint64 applicationId, const QString &outcome)
{
    const Validation text = Validators::text(outcome, 300, true);
    if (!text.ok)
        return Status::failure(tr("Hasil layanan: %1").arg(text.error));
    return transition(actor, applicationId, {ApplicationStatus::InProgress}, ApplicationStatus::Done, QStringLiteral("done"), {},
                      QJsonObject{{QStringLiteral("outcome"), text.value}}, [&](Application &app) {
                          if (const Status s = requireClaimer(actor, app); !s)
                              return s;
                          app.outcome = text.value;
                          app.finishedAt = Clock::nowUtc();
                          return Status::success();
                      });
}

Status Workflow::sendBack(const User &actor, qint64 applicationId, const QString &reason)
{
    const Result<QString> written = checkReason(reason, tr("Alasan pengembalian ke helpdesk"));
    if (!written)
        return Status::failure(written.error());
    return transition(actor, applicationId, {ApplicationStatus::InProgress}, ApplicationStatus::RejectedBack, QStringLiteral("sent_back"),
                      written.value(), {}, [&](Application &app) {
                          if (const Status s = requireClaimer(actor, app); !s)
                              return s;
                          app.claimedBy = 0;
                          return Status::success();
                      });
}

Status Workflow::pause(const User &actor, qint64 applicationId, PauseReason reason, const QString &text)
{
    const Validation detail = Validators::text(text, 500, reason == PauseReason::Other);
    if (!detail.ok)
        return Status::failure(tr("Alasan penundaan: %1").arg(detail.error));
    const QJsonObject data{{QStringLiteral("reason"), PauseReasons::key(reason)}};
    const QString written = detail.value.isEmpty() ? PauseReasons::title(reason) : detail.value;
    return transition(actor, applicationId, {ApplicationStatus::InProgress}, ApplicationStatus::Paused, QStringLiteral("paused"), written, data,
                      [&](Application &app) { return requireClaimer(actor, app); });
}

Status Workflow::resume(const User &actor, qint64 applicationId)
{
    return transition(actor, applicationId, {ApplicationStatus::Paused}, ApplicationStatus::InProgress, QStringLiteral("resumed"), {}, {},
                      [&](Application &app) { return requireClaimer(actor, app); });
}

Status Workflow::cancel(const User &actor, qint64 applicationId, const QString &reason)
{
    if (!Permissions::userMay(actor, Action::Cancel))
        return Status::failure(tr("Akun Anda tidak boleh membatalkan berkas."));
    const Result<QString> written = checkReason(reason, tr("Alasan pembatalan"));
    if (!written)
        return Status::failure(written.error());
    const Result<Application> current = application(applicationId);
    if (!current)
        return Status::failure(current.error());
    return transition(actor, applicationId, ApplicationStatuses::all(), ApplicationStatus::Cancelled, QStringLiteral("cancelled"),
                      written.value(), {}, [&](Application &app) {
                          const bool supervisor = Permissions::userMay(actor, Action::ReleaseAny);
                          if (!supervisor && app.claimedBy && app.claimedBy != actor.id)
                              return requireClaimer(actor, app);
                          const bool atHelpdesk = ApplicationStatuses::isAtHelpdesk(app.status);
                          if (!supervisor && atHelpdesk && !Permissions::userMay(actor, Action::CheckDocuments))
                              return Status::failure(tr("Berkas yang masih di helpdesk dibatalkan oleh helpdesk atau atasan."));
                          if (!supervisor && !atHelpdesk) {
                              if (const Status s = requireHandler(actor, app); !s)
                                  return s;
                          }
                          app.finishedAt = Clock::nowUtc();
                          return Status::success();
                      });
}

Status Workflow::recordPrint(const User &actor, qint64 applicationId, const QString &receiptKind)
{
    // The same permission as a complaint receipt's (ComplaintStore::recordPrint).
    if (!Permissions::userMay(actor, Action::PrintReceipt))
        return Status::failure(tr("Akun Anda tidak mencetak tanda terima."));
    return runWriteTransaction(m_sql, [&]() -> Status {
        const Result<Application> app = loadApplication(applicationId);
        if (!app)
            return Status::failure(app.error());
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("printed");
        e.applicationId = applicationId;
        e.data = QJsonObject{{QStringLiteral("receipt"), receiptKind}};
        return appendEvent(e);
    });
}

// ---------------------------------------------------------------- clock

Result<QList<PausePeriod>> Workflow::pausesOf(qint64 applicationId)
{
    SqlQuery q(m_sql, QStringLiteral("SELECT kind, at, reason, data FROM events WHERE application_id = :app "
                                     "AND kind IN ('paused', 'resumed', 'done', 'cancelled') ORDER BY id"));
    q.bind(QStringLiteral(":app"), applicationId);
    if (const Status s = q.exec(); !s)
        return Result<QList<PausePeriod>>::failure(s.error());
    QList<PausePeriod> pauses;
    while (q.next())
        addPauseRow(pauses, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    return pauses;
}

Result<ClockReading> Workflow::clockOf(const Application &app, const QDateTime &now)
{
    const Result<Service> service = serviceOf(app);
    if (!service)
        return Result<ClockReading>::failure(service.error());
    const Result<QList<PausePeriod>> pauses = pausesOf(app.id);
    if (!pauses)
        return Result<ClockReading>::failure(pauses.error());
    const QDateTime finished = app.status == ApplicationStatus::Done || app.status == ApplicationStatus::Cancelled ? app.finishedAt : QDateTime();
    return ServiceClock::read(calendar(), service->time, app.acceptedAt, pauses.value(), finished, now.isValid() ? now : Clock::nowUtc());
}

Result<ClockReading> Workflow::clock(qint64 applicationId, const QDateTime &now)
{
    const Result<Application> app = loadApplication(applicationId);
    if (!app)
        return Result<ClockReading>::failure(app.error());
    return clockOf(app.value(), now);
}

ClockReading Workflow::glance(const FileSummary &f, const QDateTime &now)
{
    ClockReading r;
    if (!f.acceptedAt.isValid())
        return r;
    if (f.status == ApplicationStatus::Paused || !f.dueAt.isValid()) {
        const Result<ClockReading> full = clock(f.applicationId, now);
        return full ? full.value() : r;
    }
    Application stub;
    r.started = true;
    r.dueAt = f.dueAt;
    r.finished = f.finishedAt.isValid() && (f.status == ApplicationStatus::Done || f.status == ApplicationStatus::Cancelled);
    const QDateTime end = r.finished ? f.finishedAt : now;
    const WorkingCalendar &cal = calendar();
    r.remainingSeconds = end <= f.dueAt ? cal.workingSecondsBetween(end, f.dueAt) : -cal.workingSecondsBetween(f.dueAt, end);
    const qint64 allowance = m_allowances.value(f.applicationId, -1);
    r.allowanceSeconds = allowance;
    if (allowance < 0) {
        stub.serviceNumber = f.serviceNumber;
        stub.catalogVersion = f.catalogVersion;
        const Result<Service> service = serviceOf(stub);
        r.allowanceSeconds = service ? ServiceClock::allowanceSeconds(cal, service->time, f.acceptedAt) : 0;
        m_allowances.insert(f.applicationId, r.allowanceSeconds);
    }
    r.elapsedSeconds = r.allowanceSeconds - r.remainingSeconds;
    if (r.remainingSeconds < 0)
        r.state = ClockState::Overdue;
    else if (double(r.elapsedSeconds) >= ServiceClock::kAtRiskShare * double(r.allowanceSeconds))
        r.state = ClockState::AtRisk;
    if (r.finished)
        r.met = r.remainingSeconds >= 0;
    return r;
}

QList<ClockReading> Workflow::glanceAll(const QList<FileSummary> &files, const QDateTime &now)
{
    QJsonArray ids;
    for (const FileSummary &f : files)
        if (f.acceptedAt.isValid() && (f.status == ApplicationStatus::Paused || !f.dueAt.isValid()))
            ids.append(f.applicationId);
    QHash<qint64, QList<PausePeriod>> pauses;
    bool pausesRead = ids.isEmpty();
    if (!ids.isEmpty()) {
        SqlQuery q(m_sql, QStringLiteral("SELECT application_id, kind, at, reason, data FROM events WHERE application_id IN "
                                         "(SELECT value FROM json_each(:ids)) AND kind IN ('paused', 'resumed', 'done', 'cancelled') "
                                         "ORDER BY application_id, id"));
        q.bind(QStringLiteral(":ids"), QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        if (q.exec()) {
            pausesRead = true;
            while (q.next())
                addPauseRow(pauses[q.value(0).toLongLong()], q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString());
        }
    }
    QList<ClockReading> readings;
    readings.reserve(files.size());
    for (const FileSummary &f : files) {
        if (!f.acceptedAt.isValid() || (f.status != ApplicationStatus::Paused && f.dueAt.isValid()) || !pausesRead) {
            readings << glance(f, now); // (falls back to a query per file only if the batch failed)
            continue;
        }
        Application stub;
        stub.serviceNumber = f.serviceNumber;
        stub.catalogVersion = f.catalogVersion;
        const Result<Service> service = serviceOf(stub);
        if (!service) {
            readings << ClockReading();
            continue;
        }
        const bool finished = f.status == ApplicationStatus::Done || f.status == ApplicationStatus::Cancelled;
        readings << ServiceClock::read(calendar(), service->time, f.acceptedAt, pauses.value(f.applicationId),
                                       finished ? f.finishedAt : QDateTime(), now.isValid() ? now : Clock::nowUtc());
    }
    return readings;
}

Status Workflow::storeDueTime(const Application &app)
{
    QDateTime due;
    QVariant serviceSeconds, met; // kept for the report once the file is done (migration 0004)
    if (app.acceptedAt.isValid()) {
        const Result<ClockReading> reading = clockOf(app, Clock::nowUtc());
        if (!reading)
            return Status::failure(reading.error());
        due = reading->dueAt;
        if (app.status == ApplicationStatus::Done && reading->finished) {
            serviceSeconds = reading->elapsedSeconds;
            met = reading->met ? 1 : 0;
        }
    }
    SqlQuery q(m_sql, QStringLiteral("UPDATE applications SET due_at = :due, service_seconds = :seconds, met = :met WHERE id = :id"));
    q.bind(QStringLiteral(":due"), timeForStorage(due))
        .bind(QStringLiteral(":seconds"), serviceSeconds)
        .bind(QStringLiteral(":met"), met)
        .bind(QStringLiteral(":id"), app.id);
    return q.exec();
}

Status Workflow::recomputeDueTimes(const WorkingCalendar &newCalendar)
{
    m_calendar = newCalendar;
    m_allowances.clear();
    SqlQuery q(m_sql, QStringLiteral("SELECT ") + kAppColumns + QStringLiteral(" FROM applications a WHERE a.accepted_at IS NOT NULL "
                                                                              "AND a.status IN ('queued', 'in_progress', 'paused')"));
    if (const Status s = q.exec(); !s)
        return s;
    QList<Application> open;
    while (q.next())
        open << applicationFromRow(q);
    for (const Application &app : std::as_const(open)) {
        if (const Status s = storeDueTime(app); !s)
            return s;
    }
    return Status::success();
}

// ---------------------------------------------------------------- reading

Result<qint64> Workflow::findByNumber(const QString &typed)
{
    QString number = typed.trimmed().toUpper();
    number.remove(QLatin1Char(' '));
    if (number.isEmpty())
        return Result<qint64>::failure(tr("Ketik atau pindai nomor berkas."));
    SqlQuery q(m_sql, QStringLiteral("SELECT id FROM applications WHERE number = :number"));
    q.bind(QStringLiteral(":number"), number);
    if (const Status s = q.exec(); !s)
        return Result<qint64>::failure(s.error());
    if (!q.next())
        return Result<qint64>::failure(tr("Tidak ada berkas bernomor %1.").arg(number));
    return q.value(0).toLongLong();
}

Result<QList<FileSummary>> Workflow::summaries(const QString &where, const QList<std::pair<QString, QVariant>> &binds, const QString &order)
{
    using R = Result<QList<FileSummary>>;
    SqlQuery q(m_sql, QStringLiteral(
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
        f.queueNumber = formatQueueNumber(q.value(2).toString().at(0), q.value(3).toInt());
        f.arrivedAt = storedTime(q.value(4));
        f.applicantName = q.value(5).toString();
        f.vendorName = q.value(6).toString();
        f.serviceNumber = q.value(7).toInt();
        f.catalogVersion = q.value(8).toInt();
        Application stub;
        stub.catalogVersion = f.catalogVersion;
        stub.serviceNumber = f.serviceNumber;
        const Result<Service> service = serviceOf(stub);
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

Result<QList<FileSummary>> Workflow::openQueue(const QString &role)
{
    if (role.isEmpty())
        return summaries(QStringLiteral("a.status IN ('queued', 'in_progress', 'paused')"), {}, QStringLiteral("a.accepted_at, a.id"));
    return summaries(QStringLiteral("a.status IN ('queued', 'in_progress', 'paused') AND a.handled_by = :role"),
                     {{QStringLiteral(":role"), role}}, QStringLiteral("a.accepted_at, a.id"));
}

Result<QList<FileSummary>> Workflow::helpdeskWork()
{
    return summaries(QStringLiteral("a.status IN ('registered', 'checking', 'rejected_back')"), {}, QStringLiteral("v.arrived_at, a.id"));
}

Result<QList<FileSummary>> Workflow::guestBook(const QDate &localDay, const QString &search)
{
    const QString text = search.trimmed();
    if (text.isEmpty())
        return summaries(QStringLiteral("v.local_date = :day"), {{QStringLiteral(":day"), localDay.toString(Qt::ISODate)}},
                         QStringLiteral("v.arrived_at, a.id"));
    // instr() on lower-cased text: the search is a plain substring, never a pattern.
    return summaries(QStringLiteral("v.local_date = :day AND (instr(lower(v.applicant_name), lower(:q)) > 0 OR "
                                    "instr(lower(COALESCE(NULLIF(v.vendor_name, ''), ve.name, '')), lower(:q)) > 0 OR instr(a.number, upper(:q)) > 0 OR "
                                    "instr(v.queue_letter || '-' || substr('00' || v.queue_seq, -3), upper(:q)) > 0)"),
                     {{QStringLiteral(":day"), localDay.toString(Qt::ISODate)}, {QStringLiteral(":q"), text}},
                     QStringLiteral("v.arrived_at, a.id"));
}

Result<QList<FileSummary>> Workflow::returnedFilesOfVendor(qint64 vendorId)
{
    return summaries(QStringLiteral("v.vendor_id = :vendor AND a.status = 'returned' AND NOT EXISTS "
                                    "(SELECT 1 FROM applications n WHERE n.previous_application_id = a.id)"),
                     {{QStringLiteral(":vendor"), vendorId}}, QStringLiteral("v.arrived_at DESC"));
}

Result<ApplicationFile> Workflow::file(qint64 applicationId, const QDateTime &now)
{
    using R = Result<ApplicationFile>;
    ApplicationFile f;
    const Result<Application> app = loadApplication(applicationId);
    if (!app)
        return R::failure(app.error());
    f.application = app.value();
    const Result<Service> service = serviceOf(f.application);
    if (!service)
        return R::failure(service.error());
    f.service = service.value();

    SqlQuery v(m_sql, QStringLiteral("SELECT v.id, v.arrived_at, v.queue_letter, v.queue_seq, v.applicant_name, v.applicant_nik, "
                                     "v.applicant_phone, v.standing, COALESCE(v.vendor_id, 0), v.service_number, v.note, "
                                     "v.helpdesk_user_id, COALESCE(u.full_name, ''), v.vendor_name, v.vendor_legal_form, v.vendor_npwp, "
                                     "v.vendor_email FROM visits v LEFT JOIN users u ON u.id = v.helpdesk_user_id "
                                     "WHERE v.id = :id"));
    v.bind(QStringLiteral(":id"), f.application.visitId);
    if (const Status s = v.exec(); !s)
        return R::failure(s.error());
    if (!v.next())
        return R::failure(tr("Kunjungan berkas ini tidak ditemukan."));
    f.visit.id = v.value(0).toLongLong();
    f.visit.arrivedAt = storedTime(v.value(1));
    f.visit.queueNumber = formatQueueNumber(v.value(2).toString().at(0), v.value(3).toInt());
    f.visit.applicantName = v.value(4).toString();
    f.visit.applicantNik = v.value(5).toString();
    f.visit.applicantPhone = v.value(6).toString();
    f.visit.proxy = v.value(7).toString() == QLatin1String("proxy");
    f.visit.vendorId = v.value(8).toLongLong();
    f.visit.serviceNumber = v.value(9).toInt();
    f.visit.note = v.value(10).toString();
    f.visit.helpdeskUserId = v.value(11).toLongLong();
    f.visit.helpdeskName = v.value(12).toString();
    if (f.visit.vendorId) {
        const Result<Vendor> vendor = VendorStore(m_db).vendor(f.visit.vendorId);
        if (vendor) {
            // The company as it was registered at this visit, not as it is stored today.
            f.vendor = vendor.value();
            if (!v.value(13).toString().isEmpty()) {
                f.vendor->name = v.value(13).toString();
                f.vendor->legalForm = v.value(14).toString();
                f.vendor->npwp = v.value(15).toString();
                f.vendor->email = v.value(16).toString();
            }
        }
    }
    const Result<QList<ChecklistItem>> items = checklist(applicationId);
    if (!items)
        return R::failure(items.error());
    f.checklist = items.value();

    // The history spans the chain of visits: the earlier file(s) and this one.
    QList<qint64> chain{applicationId};
    qint64 previous = f.application.previousApplicationId;
    while (previous && chain.size() < 50) {
        chain.prepend(previous);
        const Result<Application> p = loadApplication(previous);
        if (!p)
            break;
        if (f.previousNumber.isEmpty())
            f.previousNumber = p->number;
        previous = p->previousApplicationId;
    }
    for (qint64 id : chain) {
        const Result<QList<Event>> events = EventLog(m_sql).forApplication(id);
        if (!events)
            return R::failure(events.error());
        f.history << events.value();
    }
    SqlQuery later(m_sql, QStringLiteral("SELECT number FROM applications WHERE previous_application_id = :id ORDER BY id"));
    later.bind(QStringLiteral(":id"), applicationId);
    if (later.exec())
        while (later.next())
            f.laterNumbers << later.value(0).toString();
    if (f.application.claimedBy) {
        SqlQuery u(m_sql, QStringLiteral("SELECT full_name FROM users WHERE id = :id"));
        u.bind(QStringLiteral(":id"), f.application.claimedBy);
        if (u.exec() && u.next())
            f.claimedByName = u.value(0).toString();
    }
    const Result<QList<PausePeriod>> pauses = pausesOf(applicationId);
    if (pauses)
        f.pauses = pauses.value();
    const Result<ClockReading> reading = clockOf(f.application, now);
    if (reading)
        f.clock = reading.value();
    return f;
}

Result<QList<ServiceDayCount>> Workflow::dayCounts(const QDate &localDay)
{
    SqlQuery q(m_sql, QStringLiteral(
        "SELECT v.service_number, COUNT(*), SUM(a.status = 'done'), SUM(a.status = 'returned'), "
        "SUM(a.status IN ('registered', 'checking', 'accepted', 'queued', 'in_progress', 'rejected_back', 'paused')), "
        "SUM(a.status = 'paused'), SUM(a.status = 'cancelled') "
        "FROM visits v JOIN applications a ON a.visit_id = v.id WHERE v.local_date = :day GROUP BY v.service_number ORDER BY v.service_number"));
    q.bind(QStringLiteral(":day"), localDay.toString(Qt::ISODate));
    if (const Status s = q.exec(); !s)
        return Result<QList<ServiceDayCount>>::failure(s.error());
    QList<ServiceDayCount> counts;
    while (q.next())
        counts << ServiceDayCount{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                                  q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt()};
    return counts;
}
