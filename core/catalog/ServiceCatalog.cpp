#include "catalog/ServiceCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

const QStringList kComponentKeys = {
    QStringLiteral("requirements"),      QStringLiteral("procedure"),          QStringLiteral("service_time"),
    QStringLiteral("cost"),              QStringLiteral("product"),            QStringLiteral("complaints"),
    QStringLiteral("legal_basis"),       QStringLiteral("facilities"),         QStringLiteral("competence"),
    QStringLiteral("supervision"),       QStringLiteral("staff_count"),        QStringLiteral("service_guarantee"),
    QStringLiteral("security_guarantee"), QStringLiteral("performance_evaluation"),
};

const QStringList kHandlingRoles = {QStringLiteral("verifikator"), QStringLiteral("admin_sistem")};

bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]+$"));
    return re.match(s).hasMatch();
}

} // namespace

const QStringList &ServiceCatalog::componentKeys()
{
    return kComponentKeys;
}

QString ServiceCatalog::componentTitle(const QString &key)
{
    if (key == QLatin1String("requirements")) return tr("Persyaratan");
    if (key == QLatin1String("procedure")) return tr("Sistem, Mekanisme dan Prosedur");
    if (key == QLatin1String("service_time")) return tr("Jangka Waktu Pelayanan");
    if (key == QLatin1String("cost")) return tr("Biaya/Tarif");
    if (key == QLatin1String("product")) return tr("Produk Pelayanan");
    if (key == QLatin1String("complaints")) return tr("Penanganan Pengaduan, Saran dan Masukan");
    if (key == QLatin1String("legal_basis")) return tr("Dasar Hukum");
    if (key == QLatin1String("facilities")) return tr("Sarana, Prasarana dan/atau Fasilitas");
    if (key == QLatin1String("competence")) return tr("Kompetensi Pelaksana");
    if (key == QLatin1String("supervision")) return tr("Pengawasan Internal");
    if (key == QLatin1String("staff_count")) return tr("Jumlah Pelaksana");
    if (key == QLatin1String("service_guarantee")) return tr("Jaminan Pelayanan");
    if (key == QLatin1String("security_guarantee")) return tr("Jaminan Keamanan dan Keselamatan Pelayanan");
    if (key == QLatin1String("performance_evaluation")) return tr("Evaluasi Kinerja Pelaksana");
    return key;
}

QString ServiceCatalog::describeTime(const ServiceTime &time)
{
    switch (time.unit) {
    case ServiceTime::Unit::Minutes: return tr("%n menit", nullptr, time.value);
    case ServiceTime::Unit::WorkingDays: return tr("%n hari kerja", nullptr, time.value);
    case ServiceTime::Unit::None: break;
    }
    return tr("Belum ada standar waktu layanan (Pasal 9)");
}

Service ServiceCatalog::otherService()
{
    // In the language in use when asked: each catalogue keeps the one made when it was read.
    Service s;
    s.number = Service::kOtherNumber;
    s.code = QStringLiteral("layanan_lain");
    s.queueLetter = QLatin1Char(Service::kOtherLetter);
    s.name = tr("Layanan lain (belum ada standar)");
    s.handledBy = QStringLiteral("verifikator");
    s.time.unit = ServiceTime::Unit::None;
    s.components.insert(QStringLiteral("legal_basis"),
                        {tr("Pasal 9 Peraturan Walikota Banjarmasin Nomor 67 Tahun 2018: jenis pelayanan yang belum ditetapkan "
                            "standar pelayanannya tetap diselenggarakan dengan mengacu pada ketentuan yang berlaku; standarnya "
                            "ditetapkan secara bertahap dengan Peraturan Walikota.")});
    s.components.insert(QStringLiteral("service_time"), {tr("Belum ada standar waktu layanan (Pasal 9).")});
    s.components.insert(QStringLiteral("cost"), {tr("Tidak dipungut biaya.")});
    return s;
}

QString ServiceCatalog::roleTitle(const QString &role)
{
    if (role == QLatin1String("helpdesk")) return tr("Helpdesk");
    if (role == QLatin1String("verifikator")) return tr("Verifikator");
    if (role == QLatin1String("admin_sistem")) return tr("Admin Sistem");
    if (role == QLatin1String("kasubbag")) return tr("Kasubbag LPSE");
    if (role == QLatin1String("kepala_bagian")) return tr("Kepala Bagian");
    if (role == QLatin1String("administrator")) return tr("Administrator");
    return role;
}

const Service *ServiceCatalog::service(int number) const
{
    if (number == Service::kOtherNumber)
        return &m_other;
    return standard(number);
}

const Service *ServiceCatalog::standard(int number) const
{
    for (const Service &s : m_services)
        if (s.number == number)
            return &s;
    return nullptr;
}

Result<ServiceCatalog> ServiceCatalog::builtIn()
{
    QFile file(QStringLiteral(":/catalog/services.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Result<ServiceCatalog>::failure(tr("Katalog layanan bawaan tidak ditemukan."));
    return fromJson(file.readAll());
}

Result<ServiceCatalog> ServiceCatalog::fromJson(const QByteArray &json)
{
    using R = Result<ServiceCatalog>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("Katalog layanan bukan JSON yang sah (posisi %1): %2")
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
    if (!doc.isObject())
        return R::failure(tr("Katalog layanan harus berupa objek JSON."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return R::failure(tr("Katalog layanan: format %1 tidak dikenal (harus 1).")
                              .arg(root.value(QStringLiteral("format")).toVariant().toString()));
    const QJsonValue servicesValue = root.value(QStringLiteral("services"));
    if (!servicesValue.isArray() || servicesValue.toArray().isEmpty())
        return R::failure(tr("Katalog layanan: daftar \"services\" tidak ada atau kosong."));

    ServiceCatalog catalog;
    catalog.m_regulation = root.value(QStringLiteral("regulation")).toString();
    QSet<int> numbers;
    QSet<QString> codes;
    QSet<QChar> letters;
    const QJsonArray services = servicesValue.toArray();
    for (qsizetype index = 0; index < services.size(); ++index) {
        const QJsonObject o = services.at(index).toObject();
        const int number = o.value(QStringLiteral("number")).toInt(0);
        // The service as the officer knows it: its number and, when it has one, its name.
        const QString named = o.value(QStringLiteral("name")).toString().trimmed();
        const QString where = (number > 0 ? tr("layanan %1").arg(number) : tr("layanan ke-%1").arg(index + 1))
                              + (named.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(named));
        auto fail = [&](const QString &field, const QString &problem) {
            return R::failure(tr("Katalog layanan, %1, kolom \"%2\": %3").arg(where, field, problem));
        };
        if (!services.at(index).isObject())
            return fail(QStringLiteral("services"), tr("harus berupa objek."));

        Service s;
        s.number = number;
        if (number <= 0)
            return fail(QStringLiteral("number"), tr("harus bilangan bulat positif."));
        if (numbers.contains(number))
            return fail(QStringLiteral("number"), tr("nomor layanan dipakai dua kali."));
        if (number == Service::kOtherNumber)
            return fail(QStringLiteral("number"), tr("nomor %1 dicadangkan untuk \"Layanan lain\".").arg(number));
        numbers.insert(number);

        s.code = o.value(QStringLiteral("code")).toString();
        if (!isIdentifier(s.code))
            return fail(QStringLiteral("code"), tr("harus berisi huruf kecil, angka atau garis bawah."));
        if (codes.contains(s.code))
            return fail(QStringLiteral("code"), tr("kode dipakai dua kali."));
        codes.insert(s.code);

        const QString letter = o.value(QStringLiteral("queue_letter")).toString();
        if (letter.size() != 1 || letter.at(0) < QLatin1Char('A') || letter.at(0) > QLatin1Char('Z'))
            return fail(QStringLiteral("queue_letter"), tr("harus satu huruf besar A-Z."));
        s.queueLetter = letter.at(0);
        if (letters.contains(s.queueLetter))
            return fail(QStringLiteral("queue_letter"), tr("huruf antrian dipakai dua kali."));
        if (s.queueLetter == QLatin1Char(Service::kOtherLetter))
            return fail(QStringLiteral("queue_letter"), tr("huruf %1 dicadangkan untuk antrian \"Layanan lain\".").arg(s.queueLetter));
        letters.insert(s.queueLetter);

        s.name = o.value(QStringLiteral("name")).toString().trimmed();
        if (s.name.isEmpty())
            return fail(QStringLiteral("name"), tr("tidak boleh kosong."));

        s.outcome = o.value(QStringLiteral("outcome")).toString().trimmed();
        s.handledBy = o.value(QStringLiteral("handled_by")).toString();
        if (!kHandlingRoles.contains(s.handledBy))
            return fail(QStringLiteral("handled_by"), tr("harus \"verifikator\" atau \"admin_sistem\"."));

        const QJsonObject time = o.value(QStringLiteral("service_time")).toObject();
        const QString unit = time.value(QStringLiteral("unit")).toString();
        if (unit == QLatin1String("minutes"))
            s.time.unit = ServiceTime::Unit::Minutes;
        else if (unit == QLatin1String("working_days"))
            s.time.unit = ServiceTime::Unit::WorkingDays;
        else
            return fail(QStringLiteral("service_time.unit"), tr("harus \"minutes\" atau \"working_days\"."));
        s.time.value = time.value(QStringLiteral("value")).toInt(0);
        if (s.time.value <= 0 || s.time.value > (s.time.unit == ServiceTime::Unit::Minutes ? 100000 : 365))
            return fail(QStringLiteral("service_time.value"), tr("harus bilangan bulat positif yang wajar."));
        s.time.guarantee = time.value(QStringLiteral("guarantee")).toString();

        const QJsonValue reqValue = o.value(QStringLiteral("requirements"));
        if (!reqValue.isArray() || reqValue.toArray().isEmpty())
            return fail(QStringLiteral("requirements"), tr("harus daftar persyaratan yang tidak kosong."));
        QSet<QString> reqIds;
        const QJsonArray reqs = reqValue.toArray();
        for (qsizetype r = 0; r < reqs.size(); ++r) {
            const QJsonObject ro = reqs.at(r).toObject();
            const QString field = QStringLiteral("requirements[%1]").arg(r);
            Requirement req;
            req.id = ro.value(QStringLiteral("id")).toString();
            if (!isIdentifier(req.id))
                return fail(field + QStringLiteral(".id"), tr("harus berisi huruf kecil, angka atau garis bawah."));
            if (reqIds.contains(req.id))
                return fail(field + QStringLiteral(".id"), tr("persyaratan \"%1\" dipakai dua kali.").arg(req.id));
            reqIds.insert(req.id);
            req.label = ro.value(QStringLiteral("label")).toString().trimmed();
            if (req.label.isEmpty())
                return fail(field + QStringLiteral(".label"), tr("tidak boleh kosong."));
            req.needed = ro.value(QStringLiteral("needed")).toString().trimmed();
            if (req.needed.isEmpty())
                req.needed = req.label;
            for (const char *flag : {"original", "copy", "validity"}) {
                const QJsonValue v = ro.value(QLatin1String(flag));
                if (!v.isBool())
                    return fail(field + QLatin1Char('.') + QLatin1String(flag), tr("harus true atau false."));
            }
            req.original = ro.value(QStringLiteral("original")).toBool();
            req.copy = ro.value(QStringLiteral("copy")).toBool();
            req.validity = ro.value(QStringLiteral("validity")).toBool();
            const QString applies = ro.value(QStringLiteral("applies_when")).toString(QStringLiteral("always"));
            if (applies == QLatin1String("always"))
                req.appliesWhen = Requirement::AppliesWhen::Always;
            else if (applies == QLatin1String("proxy"))
                req.appliesWhen = Requirement::AppliesWhen::Proxy;
            else
                return fail(field + QStringLiteral(".applies_when"), tr("harus \"always\" atau \"proxy\"."));
            s.requirements << req;
        }

        const QJsonObject components = o.value(QStringLiteral("components")).toObject();
        if (components.isEmpty())
            return fail(QStringLiteral("components"), tr("harus objek dengan 14 komponen Pasal 5."));
        for (const QString &key : kComponentKeys) {
            const QJsonValue v = components.value(key);
            QStringList paragraphs;
            if (v.isString()) {
                paragraphs << v.toString().trimmed();
            } else if (v.isArray()) {
                for (const QJsonValue &p : v.toArray())
                    paragraphs << p.toString().trimmed();
            }
            paragraphs.removeAll(QString());
            if (paragraphs.isEmpty())
                return fail(QStringLiteral("components.") + key, tr("komponen \"%1\" tidak ada atau kosong.").arg(componentTitle(key)));
            s.components.insert(key, paragraphs);
        }
        for (auto it = components.begin(); it != components.end(); ++it)
            if (!kComponentKeys.contains(it.key()))
                return fail(QStringLiteral("components.") + it.key(), tr("komponen tidak dikenal."));

        catalog.m_services << s;
    }
    std::sort(catalog.m_services.begin(), catalog.m_services.end(),
              [](const Service &a, const Service &b) { return a.number < b.number; });
    return catalog;
}

QByteArray ServiceCatalog::toJson() const
{
    QJsonArray services;
    for (const Service &s : m_services) {
        QJsonArray reqs;
        for (const Requirement &r : s.requirements) {
            reqs.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("label"), r.label},
                {QStringLiteral("needed"), r.needed},
                {QStringLiteral("original"), r.original},
                {QStringLiteral("copy"), r.copy},
                {QStringLiteral("validity"), r.validity},
                {QStringLiteral("applies_when"),
                 r.appliesWhen == Requirement::AppliesWhen::Proxy ? QStringLiteral("proxy") : QStringLiteral("always")},
            });
        }
        QJsonObject components;
        for (const QString &key : kComponentKeys)
            components.insert(key, QJsonArray::fromStringList(s.components.value(key)));
        services.append(QJsonObject{
            {QStringLiteral("number"), s.number},
            {QStringLiteral("code"), s.code},
            {QStringLiteral("queue_letter"), QString(s.queueLetter)},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("handled_by"), s.handledBy},
            {QStringLiteral("outcome"), s.outcome},
            {QStringLiteral("service_time"),
             QJsonObject{{QStringLiteral("unit"), ServiceTime::unitKey(s.time.unit)},
                         {QStringLiteral("value"), s.time.value},
                         {QStringLiteral("guarantee"), s.time.guarantee}}},
            {QStringLiteral("requirements"), reqs},
            {QStringLiteral("components"), components},
        });
    }
    const QJsonObject root{{QStringLiteral("format"), 1},
                           {QStringLiteral("regulation"), m_regulation},
                           {QStringLiteral("services"), services}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
