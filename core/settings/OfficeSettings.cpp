#include "settings/OfficeSettings.h"

#include "accounts/Permissions.h"
#include "events/EventLog.h"
#include "storage/ConfigVersions.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"
#include "validation/Validators.h"

#include <QJsonDocument>
#include <QJsonObject>

OfficeIdentity OfficeIdentity::defaults()
{
    OfficeIdentity o;
    o.name = QStringLiteral("Bagian Layanan Pengadaan Sekretariat Daerah Kota Banjarmasin");
    o.unit = QStringLiteral("Layanan Pengadaan Secara Elektronik (LPSE) Kota Banjarmasin");
    o.address = QStringLiteral("Jl. RE. Martadinata No. 1, Gedung Blok E Lt. Dasar, Banjarmasin");
    o.city = QStringLiteral("Banjarmasin");
    o.complaintChannel = QStringLiteral("Pengaduan tertulis disampaikan langsung ke Bagian Layanan Pengadaan Setdako Banjarmasin, "
                                        "Verifikator LPSE, Jl. RE. Martadinata No. 1 Gedung Blok E Lt. Dasar Banjarmasin, "
                                        "melalui kotak saran, atau SP4N-LAPOR!");
    // The three statements of Pasal 7 ayat (3), one per line.
    o.maklumat = QStringLiteral("Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah "
                                "ditetapkan.\n"
                                "Kami memberikan pelayanan sesuai dengan kewajiban dan akan melakukan perbaikan secara terus-menerus.\n"
                                "Apabila tidak menepati janji ini, kami siap menerima sanksi dan/atau memberikan kompensasi sesuai "
                                "peraturan perundang-undangan yang berlaku.");
    return o;
}

Result<QString> OfficeSettings::value(const QString &key, const QString &fallback)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key);
    if (const Status s = q.exec(); !s)
        return Result<QString>::failure(s.error());
    return q.next() ? q.value(0).toString() : fallback;
}

Status OfficeSettings::setValue(const QString &key, const QString &value)
{
    // The settings' version moves with the value, in the same transaction (ConfigVersions).
    return inWriteTransaction(m_db.connection(), [&]() -> Status {
        SqlQuery q(m_db.connection(), SqlDialect::upsert(QStringLiteral("settings"), {QStringLiteral("key")}, {QStringLiteral("value")}));
        q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
        if (const Status s = q.exec(); !s)
            return s;
        return ConfigVersions(m_db).bump(ConfigTopic::Settings);
    });
}

Result<OfficeIdentity> OfficeSettings::load()
{
    const Result<QString> stored = value(QStringLiteral("office"));
    if (!stored)
        return Result<OfficeIdentity>::failure(stored.error());
    OfficeIdentity o = OfficeIdentity::defaults();
    if (stored->isEmpty())
        return o;
    const QJsonObject j = QJsonDocument::fromJson(stored->toUtf8()).object();
    auto take = [&](const char *key, QString &field) {
        if (j.contains(QLatin1String(key)))
            field = j.value(QLatin1String(key)).toString();
    };
    take("name", o.name);
    take("unit", o.unit);
    take("address", o.address);
    take("city", o.city);
    take("complaint_channel", o.complaintChannel);
    take("head_name", o.headName);
    take("head_nip", o.headNip);
    take("maklumat", o.maklumat);
    return o;
}

Status OfficeSettings::save(const User &actor, const OfficeIdentity &input)
{
    if (!Permissions::userMay(actor, Action::EditSettings))
        return Status::failure(tr("Hanya administrator yang boleh mengubah identitas kantor."));
    OfficeIdentity o = input;
    struct Field { QString *value; int max; bool required; QString title; };
    const QList<Field> fields = {
        {&o.name, 200, true, tr("Nama kantor")}, {&o.unit, 200, false, tr("Unit")}, {&o.address, 300, true, tr("Alamat")},
        {&o.city, 100, true, tr("Kota")}, {&o.complaintChannel, 600, true, tr("Saluran pengaduan")},
        {&o.headName, 120, false, tr("Nama Kepala Bagian")}, {&o.maklumat, 3000, true, tr("Teks maklumat")},
    };
    for (const Field &f : fields) {
        const Validation v = Validators::text(*f.value, f.max, f.required);
        if (!v.ok)
            return Status::failure(QStringLiteral("%1: %2").arg(f.title, v.error));
        *f.value = v.value;
    }
    QString nip = o.headNip;
    nip.remove(QLatin1Char(' '));
    if (!nip.isEmpty() && (nip.size() != 18 || !std::all_of(nip.begin(), nip.end(), [](QChar c) { return c.isDigit(); })))
        return Status::failure(tr("NIP Kepala Bagian harus 18 angka."));
    o.headNip = nip;
    const QJsonObject j{{QStringLiteral("name"), o.name},       {QStringLiteral("unit"), o.unit},
                        {QStringLiteral("address"), o.address}, {QStringLiteral("city"), o.city},
                        {QStringLiteral("complaint_channel"), o.complaintChannel},
                        {QStringLiteral("head_name"), o.headName}, {QStringLiteral("head_nip"), o.headNip},
                        {QStringLiteral("maklumat"), o.maklumat}};
    return runWriteTransaction(m_db.connection(), [&]() -> Status {
        if (const Status s = setValue(QStringLiteral("office"), QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact))); !s)
            return s;
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("office_identity_changed");
        return Status::from(EventLog(m_db.connection()).append(e));
    });
}
