#include "applications/GuestBook.h"

#include "accounts/Permissions.h"
#include "applications/CounterContext.h"
#include "applications/FileEvents.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "storage/ConfigVersions.h"
#include "storage/ReadAhead.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"
#include "validation/Validators.h"
#include "vendors/VendorStore.h"

#include <QJsonArray>

namespace {

// The check-in's input as it will be stored, or why it is refused.
struct CheckedInput
{
    QString name;
    QString nik;
    QString phone;
    QString note;
    QString request;
};

Result<CheckedInput> checkInput(const CheckInRequest &request)
{
    using R = Result<CheckedInput>;
    CheckedInput input;
    const Validation name = Validators::personName(request.applicantName);
    if (!name.ok)
        return R::failure(GuestBook::tr("Nama pemohon: %1").arg(name.error));
    input.name = name.value;
    const Validation nik = Validators::nik(request.applicantNik);
    if (!nik.ok)
        return R::failure(nik.error);
    input.nik = nik.value;
    if (!request.applicantPhone.trimmed().isEmpty()) {
        const Validation p = Validators::phone(request.applicantPhone);
        if (!p.ok)
            return R::failure(GuestBook::tr("Telepon pemohon: %1").arg(p.error));
        input.phone = p.value;
    }
    const Validation note = Validators::text(request.note, 1000, false);
    if (!note.ok)
        return R::failure(GuestBook::tr("Catatan: %1").arg(note.error));
    input.note = note.value;
    // A walk-in for a service without a standard: what was asked is the file's only content.
    if (request.serviceNumber == Service::kOtherNumber) {
        if (request.request.trimmed().isEmpty())
            return R::failure(GuestBook::tr("Layanan lain: tuliskan layanan yang diminta pemohon."));
        const Validation asked = Validators::text(request.request, 500, true);
        if (!asked.ok)
            return R::failure(GuestBook::tr("Layanan yang diminta: %1").arg(asked.error));
        input.request = asked.value;
    }
    return input;
}

// The confirmed change of a stored vendor, recorded with both values; an e-mail address
// (personal data: it is often a director's own) only masked, since hashed event content
// cannot be erased later (docs/security.md). The values live in the vendor and visit rows.
Event vendorChangedEvent(const QList<VendorChange> &changes, qint64 vendorId)
{
    QJsonArray fields;
    for (const VendorChange &c : changes) {
        const bool personal = VendorStore::isPersonalField(c.field);
        fields.append(QJsonObject{{QStringLiteral("field"), c.field}, {QStringLiteral("label"), c.label},
                                  {QStringLiteral("old"), personal ? Validators::mask(c.oldValue) : c.oldValue},
                                  {QStringLiteral("new"), personal ? Validators::mask(c.newValue) : c.newValue}});
    }
    Event changed;
    changed.kind = QStringLiteral("vendor_changed");
    changed.data = QJsonObject{{QStringLiteral("vendor_id"), vendorId}, {QStringLiteral("changes"), fields}};
    return changed;
}

// The check-in's reads, for its ReadAhead: the versions of the catalogue and the
// calendar, the stored vendor, a returning applicant's earlier file, the day's next
// number and its waiting count for the service as the catalogue and calendar were last
// read (when they moved since, those two are read again), the chain's head, and the ids
// of the new rows (a vendor's only when none was chosen from the stored ones: then it is
// new, unless its NPWP is stored, and the id is skipped).
void readAheadVendor(ReadAhead &ahead, const Vendor &vendor)
{
    if (vendor.id)
        ahead.add(VendorStore::vendorStatement(vendor.id));
    else if (!vendor.npwp.trimmed().isEmpty())
        ahead.add(VendorStore::npwpStatement(vendor.npwp));
}

void readAheadFor(ReadAhead &ahead, CounterContext &ctx, const CheckInRequest &request, const QDateTime &now)
{
    ahead.add(ConfigVersions::currentStatement(ConfigTopic::Catalog)).add(ConfigVersions::currentStatement(ConfigTopic::Calendar));
    readAheadVendor(ahead, request.vendor);
    if (request.previousApplicationId)
        ahead.add(ApplicationTable::loadStatement(request.previousApplicationId));
    const ServiceCatalog *catalog = ctx.catalogs.kept();
    const WorkingCalendar *calendar = ctx.calendar.kept();
    if (const Service *service = catalog && calendar ? catalog->service(request.serviceNumber) : nullptr) {
        const QDate day = now.toTimeZone(calendar->timeZone()).date();
        ahead.add(VisitTable::nextSequenceStatement(day, service->queueLetter)).add(ApplicationTable::waitingOnStatement(ctx.sql, day));
    }
    ahead.add(EventLog::headStatement()).reserveId(QStringLiteral("visits")).reserveId(QStringLiteral("applications"));
    if (!request.vendor.id)
        ahead.reserveId(QStringLiteral("vendors"));
}

} // namespace

QString GuestBook::applicationNumber(const QDate &localDay, QChar letter, int sequence)
{
    return localDay.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') + QString(letter)
           + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
}

Result<CheckInReview> GuestBook::reviewCheckIn(const CheckInRequest &request)
{
    using R = Result<CheckInReview>;
    CheckInReview review;
    // Both reads in one round trip on a server.
    ReadAhead ahead(m_ctx.sql);
    readAheadVendor(ahead, request.vendor);
    if (const Validation nik = Validators::nik(request.applicantNik); nik.ok)
        ahead.add(VisitTable::namesOfNikStatement(nik.value, 4));
    const Result<Vendor> resolved = VendorStore(m_ctx.db).resolve(request.vendor, &review.storedVendor, &review.vendorChanges, &review.warnings);
    if (!resolved)
        return R::failure(resolved.error());
    // One NIK is one person: the same NIK under another name is worth a second look at the KTP.
    const Validation nik = Validators::nik(request.applicantNik);
    const Validation name = Validators::personName(request.applicantName);
    if (nik.ok && name.ok) {
        const Result<QStringList> names = m_ctx.visits.namesOfNik(nik.value, 4);
        if (!names)
            return R::failure(names.error());
        QStringList others;
        for (const QString &other : names.value())
            if (other.compare(name.value, Qt::CaseInsensitive) != 0 && others.size() < 3)
                others << other;
        if (!others.isEmpty())
            review.warnings << tr("NIK ini sudah tercatat atas nama lain: %1. Periksa kembali KTP pemohon.").arg(others.join(QStringLiteral(", ")));
    }
    return review;
}

Result<CheckInResult> GuestBook::checkIn(const User &actor, const CheckInRequest &request)
{
    using R = Result<CheckInResult>;
    if (!Permissions::userMay(actor, Action::CheckIn))
        return R::failure(tr("Hanya helpdesk yang boleh mencatat tamu di buku tamu."));

    const Result<CheckedInput> checked = checkInput(request);
    if (!checked)
        return R::failure(checked.error());
    const CheckedInput &input = checked.value();

    const QDateTime now = Clock::nowUtc();
    CheckInResult result;
    const Status status = runWriteTransaction(m_ctx.sql, [&]() -> Status {
        // Everything the check-in reads goes with the transaction's start: one round trip
        // on a server (ReadAhead.h). The catalogue and the calendar are read here, under
        // the write lock, like the rest.
        ReadAhead reads(m_ctx.sql);
        readAheadFor(reads, m_ctx, request, now);
        const Result<const WorkingCalendar *> calendar = m_ctx.calendar.current();
        if (!calendar)
            return Status::failure(calendar.error());
        const QDate localDay = now.toTimeZone(calendar.value()->timeZone()).date();
        // The version in force on the office's date; the file keeps it for good (Pasal 9).
        const Result<std::pair<int, const ServiceCatalog *>> catalog = m_ctx.catalogs.current(localDay);
        if (!catalog)
            return Status::failure(catalog.error());
        const int catalogVersion = catalog->first;
        const Service *found = catalog->second->service(request.serviceNumber);
        if (!found)
            return Status::failure(tr("Layanan nomor %1 tidak ada dalam katalog.").arg(request.serviceNumber));
        const Service service = *found;
        const Result<Vendor> vendorChecked = VendorStore::validate(request.vendor);
        if (!vendorChecked)
            return Status::failure(vendorChecked.error());

        // The stored vendor changes only when the officer confirmed the change (its
        // history stays as it was: each visit keeps the vendor as registered then).
        QStringList warnings;
        std::optional<Vendor> stored;
        QList<VendorChange> changes;
        VendorStore vendors(m_ctx.db);
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
            const Result<Application> previous = m_ctx.applications.load(request.previousApplicationId);
            if (!previous)
                return Status::failure(previous.error());
            if (previous->status != ApplicationStatus::Returned)
                return Status::failure(tr("Berkas %1 tidak berstatus dikembalikan; kunjungan baru hanya dapat ditautkan ke berkas yang dikembalikan.")
                                           .arg(previous->number));
        }

        const Result<int> sequence = m_ctx.visits.nextSequence(localDay, service.queueLetter);
        if (!sequence)
            return Status::failure(sequence.error());
        result.queueNumber = VisitTable::queueNumber(service.queueLetter, sequence.value());
        result.applicationNumber = applicationNumber(localDay, service.queueLetter, sequence.value());
        const Result<int> ahead = m_ctx.applications.waitingOn(localDay);
        if (!ahead)
            return Status::failure(ahead.error());
        result.waitingAhead = ahead.value();

        NewVisit visit;
        visit.arrivedAt = now;
        visit.localDay = localDay;
        visit.queueLetter = service.queueLetter;
        visit.queueSequence = sequence.value();
        visit.applicantName = input.name;
        visit.applicantNik = input.nik;
        visit.applicantPhone = input.phone;
        visit.proxy = request.proxy;
        visit.serviceNumber = service.number;
        visit.note = input.note;
        visit.helpdeskUserId = actor.id;
        visit.priority = request.priority;
        visit.request = input.request;
        visit.vendor = vendor.value();
        const Result<qint64> visitId = m_ctx.visits.insert(visit);
        if (!visitId)
            return Status::failure(visitId.error());
        result.visitId = visitId.value();

        ApplicationRow row;
        row.file.number = result.applicationNumber;
        row.file.visitId = result.visitId;
        row.file.serviceNumber = service.number;
        row.file.catalogVersion = catalogVersion;
        row.file.handledBy = service.handledBy;
        row.file.status = ApplicationStatus::Registered;
        row.file.previousApplicationId = request.previousApplicationId;
        row.file.createdAt = now;
        const Result<qint64> applicationId = m_ctx.applications.insert(row);
        if (!applicationId)
            return Status::failure(applicationId.error());
        result.applicationId = applicationId.value();

        if (!changes.isEmpty()) {
            Event changed = vendorChangedEvent(changes, vendor->id);
            changed.at = now;
            changed.userId = actor.id;
            changed.visitId = result.visitId;
            changed.applicationId = result.applicationId; // shown in the history of the file it came with
            if (const Status s = m_ctx.appendEvent(changed); !s)
                return s;
        }
        if (const Status s = m_ctx.checklists.insert(result.applicationId, ChecklistTable::itemsFor(service, request.proxy)); !s)
            return s;

        Event e;
        e.at = now;
        e.userId = actor.id;
        e.kind = QStringLiteral("registered");
        e.applicationId = result.applicationId;
        e.visitId = result.visitId;
        e.toStatus = ApplicationStatuses::key(ApplicationStatus::Registered);
        e.data = FileEvents::registeredData(result.queueNumber, service.number, request.proxy, catalogVersion, request.previousApplicationId);
        if (request.priority != Priority::None)
            e.data.insert(QStringLiteral("priority"), Priorities::key(request.priority));
        e.actionKey = request.actionKey;
        if (const Status s = m_ctx.appendEvent(e); !s)
            return s;
        if (request.previousApplicationId) {
            Event link;
            link.at = now;
            link.userId = actor.id;
            link.kind = QStringLiteral("followed_up");
            link.applicationId = request.previousApplicationId;
            link.data = FileEvents::followedUpData(result.applicationNumber);
            if (const Status s = m_ctx.appendEvent(link); !s)
                return s;
        }
        result.warnings = warnings;
        return Status::success();
    });
    if (!status) {
        // A second submission of a check-in already recorded (its answer lost with the
        // connection): the unique key refused this one, and the recorded one is the answer.
        // Asked only after a failure, so a check-in costs no statement more for its key.
        if (!request.actionKey.isEmpty())
            if (const Result<std::optional<CheckInResult>> earlier = recorded(request.actionKey); earlier && earlier->has_value())
                return earlier->value();
        return R::failure(status.error());
    }
    return result;
}

Result<std::optional<CheckInResult>> GuestBook::recorded(const QString &actionKey)
{
    using R = Result<std::optional<CheckInResult>>;
    SqlQuery q(m_ctx.sql, QStringLiteral("SELECT a.id, a.number, v.id, COALESCE(v.vendor_id, 0), v.queue_letter, v.queue_seq FROM events e "
                                         "JOIN applications a ON a.id = e.application_id JOIN visits v ON v.id = a.visit_id "
                                         "WHERE e.action_key = :key AND e.kind = 'registered'"));
    q.bind(QStringLiteral(":key"), actionKey);
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    if (!q.next())
        return std::optional<CheckInResult>();
    CheckInResult r;
    r.applicationId = q.value(0).toLongLong();
    r.applicationNumber = q.value(1).toString();
    r.visitId = q.value(2).toLongLong();
    r.vendorId = q.value(3).toLongLong();
    const QString letter = q.value(4).toString();
    r.queueNumber = VisitTable::queueNumber(letter.isEmpty() ? QChar(u'?') : letter.at(0), q.value(5).toInt());
    r.alreadyRecorded = true;
    return std::optional<CheckInResult>(r);
}
