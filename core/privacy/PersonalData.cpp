#include "privacy/PersonalData.h"

#include "accounts/Permissions.h"
#include "events/EventLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"

QString PersonalData::fieldKey(Field field)
{
    switch (field) {
    case Field::ApplicantNik: return QStringLiteral("applicant_nik");
    case Field::ApplicantPhone: return QStringLiteral("applicant_phone");
    case Field::VendorNpwp: return QStringLiteral("vendor_npwp");
    case Field::VendorEmail: return QStringLiteral("vendor_email");
    }
    return {};
}

QString PersonalData::fieldTitle(Field field)
{
    switch (field) {
    case Field::ApplicantNik: return tr("NIK pemohon");
    case Field::ApplicantPhone: return tr("telepon pemohon");
    case Field::VendorNpwp: return tr("NPWP penyedia");
    case Field::VendorEmail: return tr("e-mail penyedia");
    }
    return {};
}

Result<QString> PersonalData::reveal(const User &actor, qint64 applicationId, Field field)
{
    using R = Result<QString>;
    if (!Permissions::userMay(actor, Action::RevealPersonalData))
        return R::failure(tr("Akun Anda tidak boleh membuka data pribadi pemohon."));
    // Column names come from this fixed switch, never from input.
    QString column;
    switch (field) {
    case Field::ApplicantNik: column = QStringLiteral("v.applicant_nik"); break;
    case Field::ApplicantPhone: column = QStringLiteral("v.applicant_phone"); break;
    case Field::VendorNpwp: column = QStringLiteral("COALESCE(NULLIF(v.vendor_npwp, ''), ve.npwp, '')"); break; // as at that visit
    case Field::VendorEmail: column = QStringLiteral("COALESCE(NULLIF(v.vendor_email, ''), ve.email, '')"); break;
    }
    QString value;
    const Status s = runWriteTransaction(m_db.connection(), [&]() -> Status {
        SqlQuery q(m_db.connection(), QStringLiteral("SELECT ") + column + QStringLiteral(" FROM applications a JOIN visits v ON v.id = a.visit_id "
                                                                                         "LEFT JOIN vendors ve ON ve.id = v.vendor_id WHERE a.id = :id"));
        q.bind(QStringLiteral(":id"), applicationId);
        if (const Status e = q.exec(); !e)
            return e;
        if (!q.next())
            return Status::failure(tr("Berkas tidak ditemukan."));
        value = q.value(0).toString();
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("revealed");
        e.applicationId = applicationId;
        e.data = QJsonObject{{QStringLiteral("field"), fieldKey(field)}};
        return Status::from(EventLog(m_db.connection()).append(e));
    });
    if (!s)
        return R::failure(s.error());
    return value;
}
