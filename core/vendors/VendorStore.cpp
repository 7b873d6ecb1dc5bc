#include "vendors/VendorStore.h"

#include "common/Clock.h"
#include "common/Columns.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "validation/Validators.h"

namespace {

const QString kVendorColumns = QStringLiteral("id, name, legal_form, COALESCE(npwp, ''), nib, email, phone, address, spse_user_id");

Vendor vendorFromRow(SqlQuery &q)
{
    Vendor v;
    v.id = q.value(0).toLongLong();
    readTextColumns(q, 1, v, {&Vendor::name, &Vendor::legalForm, &Vendor::npwp, &Vendor::nib, &Vendor::email, &Vendor::phone,
                              &Vendor::address, &Vendor::spseUserId});
    return v;
}

// The stored fields of `v` and the time of the change, for the INSERT and the UPDATE.
void bindVendor(SqlQuery &q, const Vendor &v, const QString &now)
{
    q.bind(QStringLiteral(":name"), v.name)
        .bind(QStringLiteral(":form"), v.legalForm)
        .bind(QStringLiteral(":npwp"), v.npwp.isEmpty() ? QVariant() : QVariant(v.npwp))
        .bind(QStringLiteral(":nib"), v.nib)
        .bind(QStringLiteral(":email"), v.email)
        .bind(QStringLiteral(":phone"), v.phone)
        .bind(QStringLiteral(":address"), v.address)
        .bind(QStringLiteral(":spse"), v.spseUserId)
        .bind(QStringLiteral(":now"), now);
}

} // namespace

Result<Vendor> VendorStore::validate(const Vendor &input, QStringList *warnings)
{
    using R = Result<Vendor>;
    Vendor v = input;
    const Validation name = Validators::companyName(input.name);
    if (!name.ok)
        return R::failure(tr("Nama perusahaan: %1").arg(name.error));
    v.name = name.value;
    if (!input.legalForm.isEmpty() && !Vendor::legalForms().contains(input.legalForm))
        return R::failure(tr("Bentuk usaha \"%1\" tidak dikenal.").arg(input.legalForm));
    if (!input.npwp.trimmed().isEmpty()) {
        const Validation npwp = Validators::npwp(input.npwp);
        if (!npwp.ok)
            return R::failure(npwp.error);
        v.npwp = npwp.value;
        if (!npwp.warning.isEmpty() && warnings)
            *warnings << npwp.warning;
    } else {
        v.npwp.clear();
    }
    if (!input.nib.trimmed().isEmpty()) {
        const Validation nib = Validators::izinUsaha(input.nib);
        if (!nib.ok)
            return R::failure(nib.error);
        v.nib = nib.value;
    }
    if (!input.email.trimmed().isEmpty()) {
        const Validation email = Validators::email(input.email);
        if (!email.ok)
            return R::failure(email.error);
        v.email = email.value;
    }
    if (!input.phone.trimmed().isEmpty()) {
        const Validation phone = Validators::phone(input.phone);
        if (!phone.ok)
            return R::failure(phone.error);
        v.phone = phone.value;
    }
    const Validation address = Validators::text(input.address, 500, false);
    if (!address.ok)
        return R::failure(tr("Alamat: %1").arg(address.error));
    v.address = address.value;
    const Validation spse = Validators::text(input.spseUserId, 100, false);
    if (!spse.ok)
        return R::failure(tr("User ID SPSE: %1").arg(spse.error));
    v.spseUserId = spse.value;
    return v;
}

Result<Vendor> VendorStore::save(const Vendor &input, QStringList *warnings)
{
    using R = Result<Vendor>;
    const Result<Vendor> checked = validate(input, warnings);
    if (!checked)
        return checked;
    Vendor v = checked.value();
    if (v.id == 0 && !v.npwp.isEmpty()) {
        const Result<Vendor> existing = findByNpwp(v.npwp);
        if (existing)
            v.id = existing->id;
    }
    const QDateTime at = Clock::nowUtc();
    if (v.id == 0) {
        const Result<qint64> id = insertRecord(v, at);
        if (!id)
            return R::failure(id.error());
        v.id = id.value();
        return v;
    }
    const QString now = Clock::toStorage(at);
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE vendors SET name = :name, legal_form = :form, npwp = :npwp, nib = :nib, "
                                                 "email = :email, phone = :phone, address = :address, spse_user_id = :spse, "
                                                 "updated_at = :now WHERE id = :id"));
    bindVendor(q, v, now);
    q.bind(QStringLiteral(":id"), v.id);
    if (const Status s = q.exec(); !s) {
        if (s.error().contains(QStringLiteral("UNIQUE")))
            return R::failure(tr("NPWP %1 sudah terdaftar untuk penyedia lain.").arg(Validators::formatNpwp(v.npwp)));
        return R::failure(s.error());
    }
    if (q.numRowsAffected() != 1)
        return R::failure(tr("Penyedia tidak ditemukan."));
    return v;
}

bool VendorStore::isPersonalField(const QString &field)
{
    return field == QLatin1String("email");
}

QString VendorStore::fieldLabel(const QString &field)
{
    if (field == QLatin1String("name"))
        return tr("Nama perusahaan");
    if (field == QLatin1String("legal_form"))
        return tr("Bentuk usaha");
    if (field == QLatin1String("npwp"))
        return tr("NPWP");
    if (field == QLatin1String("nib"))
        return tr("NIB");
    if (field == QLatin1String("email"))
        return tr("E-mail");
    return field;
}

Result<Vendor> VendorStore::resolve(const Vendor &requested, std::optional<Vendor> *stored, QList<VendorChange> *changes,
                                    QStringList *warnings)
{
    using R = Result<Vendor>;
    const Result<Vendor> checked = validate(requested, warnings);
    if (!checked)
        return checked;
    Vendor wanted = checked.value();
    std::optional<Vendor> known;
    if (wanted.id) {
        const Result<Vendor> byId = vendor(wanted.id);
        if (!byId)
            return byId;
        known = byId.value();
    } else if (!wanted.npwp.isEmpty()) {
        if (const Result<Vendor> byNpwp = findByNpwp(wanted.npwp))
            known = byNpwp.value();
    }
    if (stored)
        *stored = known;
    if (!known)
        return wanted;
    Vendor merged = *known;
    auto take = [&](QString Vendor::*field, const QString &key, const QString &label, bool npwp = false) {
        const QString value = wanted.*field;
        if (value.isEmpty() || value == merged.*field)
            return; // an empty field keeps what is stored
        if (changes)
            *changes << VendorChange{key, label, npwp ? Validators::formatNpwp(merged.*field) : merged.*field,
                                     npwp ? Validators::formatNpwp(value) : value};
        merged.*field = value;
    };
    take(&Vendor::name, QStringLiteral("name"), fieldLabel(QStringLiteral("name")));
    take(&Vendor::legalForm, QStringLiteral("legal_form"), fieldLabel(QStringLiteral("legal_form")));
    take(&Vendor::npwp, QStringLiteral("npwp"), fieldLabel(QStringLiteral("npwp")), true);
    take(&Vendor::nib, QStringLiteral("nib"), fieldLabel(QStringLiteral("nib")));
    take(&Vendor::email, QStringLiteral("email"), fieldLabel(QStringLiteral("email")));
    return R(merged);
}

SqlStatement VendorStore::vendorStatement(qint64 id)
{
    return {QStringLiteral("SELECT ") + kVendorColumns + QStringLiteral(" FROM vendors WHERE id = :id"), {{QStringLiteral(":id"), id}}};
}

Result<Vendor> VendorStore::vendor(qint64 id)
{
    SqlQuery q(m_db.connection(), vendorStatement(id));
    if (const Status s = q.exec(); !s)
        return Result<Vendor>::failure(s.error());
    if (!q.next())
        return Result<Vendor>::failure(tr("Penyedia tidak ditemukan."));
    return vendorFromRow(q);
}

QString VendorStore::contactsUnusedCondition()
{
    return QStringLiteral("(email <> '' OR phone <> '') AND updated_at < :cutoffAt AND NOT EXISTS "
                          "(SELECT 1 FROM visits v WHERE v.vendor_id = vendors.id AND v.local_date >= :cutoff)");
}

Status VendorStore::eraseContactsUnusedSince(const QDate &cutoff)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE vendors SET email = '', phone = '' WHERE ") + contactsUnusedCondition());
    q.bind(QStringLiteral(":cutoff"), cutoff.toString(Qt::ISODate)).bind(QStringLiteral(":cutoffAt"), Clock::toStorage(cutoff.startOfDay(Qt::UTC)));
    return q.exec();
}

SqlStatement VendorStore::npwpStatement(const QString &npwpInput)
{
    QString digits;
    for (QChar c : npwpInput)
        if (c.isDigit())
            digits += c;
    return {QStringLiteral("SELECT ") + kVendorColumns + QStringLiteral(" FROM vendors WHERE npwp = :npwp"), {{QStringLiteral(":npwp"), digits}}};
}

Result<Vendor> VendorStore::findByNpwp(const QString &npwpInput)
{
    SqlQuery q(m_db.connection(), npwpStatement(npwpInput));
    if (const Status s = q.exec(); !s)
        return Result<Vendor>::failure(s.error());
    if (!q.next())
        return Result<Vendor>::failure(tr("Tidak ada penyedia dengan NPWP itu."));
    return vendorFromRow(q);
}

Result<QList<Vendor>> VendorStore::search(const QString &typedInput, int limit)
{
    using R = Result<QList<Vendor>>;
    const QString typed = typedInput.trimmed();
    QList<Vendor> found;
    if (typed.isEmpty())
        return found;
    QString digits;
    bool onlyNumberish = true;
    for (QChar c : typed) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char(' '))
            onlyNumberish = false;
    }
    // Range conditions let SQLite use the indexes (a LIKE with a bound prefix would not).
    if (onlyNumberish && !digits.isEmpty()) {
        SqlQuery q(m_db.connection(), QStringLiteral("SELECT ") + kVendorColumns
                                          + QStringLiteral(" FROM vendors WHERE npwp >= :lo AND npwp < :hi ORDER BY npwp LIMIT :limit"));
        q.bind(QStringLiteral(":lo"), digits).bind(QStringLiteral(":hi"), QString(digits + QLatin1Char(':'))).bind(QStringLiteral(":limit"), limit);
        if (const Status s = q.exec(); !s)
            return R::failure(s.error());
        while (q.next())
            found << vendorFromRow(q);
        return found;
    }
    const QSqlDatabase &db = m_db.connection();
    const QString name = SqlDialect::caseless(db, QStringLiteral("name"));
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT ") + kVendorColumns + QStringLiteral(" FROM vendors WHERE ") + name
                                      + QStringLiteral(" >= ") + SqlDialect::caseless(db, QStringLiteral(":lo")) + QStringLiteral(" AND ") + name
                                      + QStringLiteral(" < ") + SqlDialect::caseless(db, QStringLiteral(":hi")) + QStringLiteral(" ORDER BY ") + name
                                      + QStringLiteral(" LIMIT :limit"));
    q.bind(QStringLiteral(":lo"), typed).bind(QStringLiteral(":hi"), QString(typed + QChar(0xFFFF))).bind(QStringLiteral(":limit"), limit);
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    while (q.next())
        found << vendorFromRow(q);
    return found;
}

Result<QList<KnownPerson>> VendorStore::peopleOf(qint64 vendorId, int limit)
{
    // The most recent visit of each person who came for this vendor.
    SqlQuery q(m_db.connection(), QStringLiteral(
        "SELECT v.applicant_name, v.applicant_nik, v.applicant_phone, v.standing FROM visits v "
        "JOIN (SELECT MAX(id) AS id FROM visits WHERE vendor_id = :vendor "
        "      GROUP BY CASE WHEN applicant_nik <> '' THEN applicant_nik ELSE lower(applicant_name) END) last ON last.id = v.id "
        "ORDER BY v.id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":vendor"), vendorId).bind(QStringLiteral(":limit"), limit);
    if (const Status s = q.exec(); !s)
        return Result<QList<KnownPerson>>::failure(s.error());
    QList<KnownPerson> people;
    while (q.next())
        people << KnownPerson{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return people;
}

Result<qint64> VendorStore::insertRecord(const Vendor &v, const QDateTime &at)
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO vendors (name, legal_form, npwp, nib, email, phone, address, "
                                                 "spse_user_id, created_at, updated_at) VALUES (:name, :form, :npwp, :nib, "
                                                 ":email, :phone, :address, :spse, :now, :now) RETURNING id"));
    bindVendor(q, v, Clock::toStorage(at));
    if (const Status s = q.exec(); !s)
        return Result<qint64>::failure(s.error());
    return q.insertedId();
}
