#include "privacy/PersonRecord.h"

#include "accounts/Permissions.h"
#include "applications/ApplicationStatus.h"
#include "applications/VisitTable.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "history/EventText.h"
#include "privacy/PersonalData.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"
#include "validation/Validators.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool maySupervise(const User &actor)
{
    return Permissions::userMay(actor, Action::ViewAllOpen) && Permissions::userMay(actor, Action::RevealPersonalData);
}

// The kinds of event that process the person's data, read back for the printout.
const QString kProcessing = QStringLiteral("('revealed', 'personal_data_looked_up', 'personal_data_corrected', 'personal_data_exported')");

} // namespace

std::optional<PersonRecord::Field> PersonRecord::fieldFromKey(const QString &key)
{
    if (key == QLatin1String("nik"))
        return Field::Nik;
    if (key == QLatin1String("phone"))
        return Field::Phone;
    return std::nullopt;
}

QString PersonRecord::fieldKey(Field field)
{
    return field == Field::Nik ? QStringLiteral("nik") : QStringLiteral("phone");
}

QString PersonRecord::standingText(const QString &standing)
{
    return standing == QLatin1String("proxy") ? tr("kuasa") : tr("pimpinan");
}

Result<PersonData> PersonRecord::lookUp(const User &actor, const QString &nikInput)
{
    using R = Result<PersonData>;
    if (!maySupervise(actor))
        return R::failure(tr("Hanya kasubbag atau kepala bagian yang boleh membuka seluruh data pribadi seseorang."));
    const Validation nik = Validators::nik(nikInput);
    if (!nik.ok || nik.value.isEmpty())
        return R::failure(nik.ok ? tr("NIK harus diisi.") : nik.error);
    PersonData d;
    d.nik = nik.value;
    d.lookedUpBy = actor.fullName;
    QSqlDatabase &sql = m_db.connection();
    const Status s = runWriteTransaction(sql, [&]() -> Status {
        d.visits.clear();
        d.names.clear();
        d.complaints.clear();
        d.processing.clear();
        SqlQuery v(sql, QStringLiteral("SELECT v.id, v.arrived_at, v.queue_letter, v.queue_seq, v.applicant_name, v.applicant_phone, "
                                       "v.vendor_email, v.standing, v.vendor_name, v.service_number, COALESCE(a.number, ''), "
                                       "COALESCE(a.status, '') FROM visits v LEFT JOIN applications a ON a.visit_id = v.id "
                                       "WHERE v.applicant_nik = :nik ORDER BY v.arrived_at, v.id"));
        v.bind(QStringLiteral(":nik"), d.nik);
        if (const Status e = v.exec(); !e)
            return e;
        while (v.next()) {
            PersonVisit p;
            p.visitId = v.value(0).toLongLong();
            p.arrivedAt = Clock::fromStorage(v.value(1));
            p.queueNumber = VisitTable::queueNumber(v.value(2).toString().at(0), v.value(3).toInt());
            p.name = v.value(4).toString();
            p.phone = v.value(5).toString();
            p.email = v.value(6).toString();
            p.standing = v.value(7).toString();
            p.vendorName = v.value(8).toString();
            p.serviceNumber = v.value(9).toInt();
            p.applicationNumber = v.value(10).toString();
            ApplicationStatus status;
            p.status = ApplicationStatuses::fromKey(v.value(11).toString(), &status) ? ApplicationStatuses::title(status) : QString();
            if (!d.names.contains(p.name))
                d.names << p.name;
            d.visits << p;
        }
        if (d.visits.isEmpty())
            return Status::failure(tr("Tidak ada data yang disimpan Loket untuk NIK ini (mungkin sudah dihapus karena masa simpannya habis)."));
        const QString theirVisits = QStringLiteral("(SELECT id FROM visits WHERE applicant_nik = :nik)");
        SqlQuery c(sql, QStringLiteral("SELECT number, received_date, stage FROM complaints WHERE visit_id IN ") + theirVisits
                            + QStringLiteral(" OR application_id IN (SELECT a.id FROM applications a WHERE a.visit_id IN ") + theirVisits
                            + QStringLiteral(") ORDER BY received_at, id"));
        c.bind(QStringLiteral(":nik"), d.nik);
        if (const Status e = c.exec(); !e)
            return e;
        while (c.next())
            d.complaints << PersonComplaint{c.value(0).toString(), QDate::fromString(c.value(1).toString(), Qt::ISODate), c.value(2).toString()};
        SqlQuery e(sql, QStringLiteral("SELECT e.id, e.at, e.kind, e.data, COALESCE(u.full_name, ''), COALESCE(a.number, '') FROM events e "
                                       "LEFT JOIN applications a ON a.id = e.application_id LEFT JOIN users u ON u.id = e.user_id "
                                       "WHERE e.kind IN ")
                            + kProcessing + QStringLiteral(" AND (e.visit_id IN ") + theirVisits
                            + QStringLiteral(" OR a.visit_id IN ") + theirVisits + QStringLiteral(") ORDER BY e.id"));
        e.bind(QStringLiteral(":nik"), d.nik);
        if (const Status failed = e.exec(); !failed)
            return failed;
        while (e.next()) {
            Event ev;
            ev.id = e.value(0).toLongLong();
            ev.at = Clock::fromStorage(e.value(1));
            ev.kind = e.value(2).toString();
            ev.data = QJsonDocument::fromJson(e.value(3).toString().toUtf8()).object();
            QString what = EventText::describe(ev);
            if (!e.value(5).toString().isEmpty())
                what += QStringLiteral(" (%1)").arg(e.value(5).toString());
            d.processing << PersonProcessing{ev.at, e.value(4).toString().isEmpty() ? tr("baris perintah") : e.value(4).toString(), what};
        }
        Event looked;
        looked.userId = actor.id;
        looked.kind = QStringLiteral("personal_data_looked_up");
        looked.visitId = d.visits.constLast().visitId;
        looked.data = QJsonObject{{QStringLiteral("nik"), Validators::mask(d.nik)}};
        const Result<qint64> appended = EventLog(sql).append(looked);
        if (!appended)
            return Status::failure(appended.error());
        d.lookedUpAt = Clock::nowUtc();
        return Status::success();
    });
    if (!s)
        return R::failure(s.error());
    return d;
}

Result<int> PersonRecord::correct(const User &actor, const QString &nikInput, Field field, const QString &valueInput)
{
    using R = Result<int>;
    if (!maySupervise(actor))
        return R::failure(tr("Hanya kasubbag atau kepala bagian yang boleh mengoreksi data pribadi seseorang."));
    const Validation nik = Validators::nik(nikInput);
    if (!nik.ok || nik.value.isEmpty())
        return R::failure(nik.ok ? tr("NIK harus diisi.") : nik.error);
    const Validation value = field == Field::Nik ? Validators::nik(valueInput) : Validators::phone(valueInput);
    if (!value.ok || value.value.isEmpty())
        return R::failure(value.ok ? tr("Nilai yang benar harus diisi.") : value.error);
    const QString column = field == Field::Nik ? QStringLiteral("applicant_nik") : QStringLiteral("applicant_phone"); // fixed, never input
    int changed = 0;
    QSqlDatabase &sql = m_db.connection();
    const Status s = runWriteTransaction(sql, [&]() -> Status {
        SqlQuery old(sql, QStringLiteral("SELECT COUNT(*), MAX(id), (SELECT w.") + column
                              + QStringLiteral(" FROM visits w WHERE w.applicant_nik = :nik ORDER BY w.arrived_at DESC, w.id DESC LIMIT 1) "
                                               "FROM visits WHERE applicant_nik = :nik"));
        old.bind(QStringLiteral(":nik"), nik.value);
        if (const Status e = old.exec(); !e)
            return e;
        if (!old.next() || old.value(0).toInt() == 0)
            return Status::failure(tr("Tidak ada kunjungan dengan NIK ini."));
        changed = old.value(0).toInt();
        const qint64 lastVisit = old.value(1).toLongLong();
        const QString oldValue = old.value(2).toString();
        if (oldValue == value.value)
            return Status::failure(tr("Nilai itu sudah tercatat; tidak ada yang diubah."));
        if (const Status e = VisitTable(sql).correctApplicant(nik.value, field == Field::Nik, value.value); !e)
            return e;
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("personal_data_corrected");
        e.visitId = lastVisit;
        e.data = QJsonObject{{QStringLiteral("field"), fieldKey(field)},
                             {QStringLiteral("old"), Validators::mask(oldValue)},
                             {QStringLiteral("new"), Validators::mask(value.value)},
                             {QStringLiteral("visits"), changed}};
        return Status::from(EventLog(sql).append(e));
    });
    if (!s)
        return R::failure(s.error());
    return changed;
}

QString PersonRecord::text(const PersonData &d)
{
    QString t;
    t += tr("Data pribadi yang disimpan Loket untuk NIK %1").arg(d.nik) + QLatin1Char('\n');
    t += tr("Nama: %1").arg(d.names.join(QStringLiteral(", "))) + QLatin1Char('\n');
    t += tr("Dibuka oleh %1, %2 UTC").arg(d.lookedUpBy, Clock::toStorage(d.lookedUpAt)) + QStringLiteral("\n\n");
    t += tr("Kunjungan (%1):").arg(d.visits.size()) + QLatin1Char('\n');
    for (const PersonVisit &v : d.visits)
        t += QStringLiteral("  %1  %2  %3  %4  %5  %6  %7  %8\n")
                 .arg(Clock::toStorage(v.arrivedAt).left(16), v.queueNumber, v.applicationNumber, v.name, standingText(v.standing),
                      v.vendorName, v.phone.isEmpty() ? QStringLiteral("-") : v.phone, v.email.isEmpty() ? QStringLiteral("-") : v.email);
    t += tr("Pengaduan (%1):").arg(d.complaints.size()) + QLatin1Char('\n');
    for (const PersonComplaint &c : d.complaints)
        t += QStringLiteral("  %1  %2  %3\n").arg(c.number, c.received.toString(Qt::ISODate), c.stage);
    t += tr("Jawaban survei: tidak terkait dengan orang (survei kepuasan bersifat anonim).") + QLatin1Char('\n');
    t += tr("Pemrosesan oleh petugas (%1):").arg(d.processing.size()) + QLatin1Char('\n');
    for (const PersonProcessing &p : d.processing)
        t += QStringLiteral("  %1  %2  %3\n").arg(Clock::toStorage(p.at).left(19), p.officer, p.what);
    return t;
}
