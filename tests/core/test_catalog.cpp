#include "TestSupport.h"

#include "catalog/CatalogStore.h"
#include "catalog/ServiceCatalog.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject builtInJson()
{
    QFile f(QStringLiteral(":/catalog/services.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Applies `edit` to the first service with `number` and returns the loader's verdict.
Result<ServiceCatalog> loadEdited(int number, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = builtInJson();
    QJsonArray services = root.value(QStringLiteral("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        QJsonObject s = services.at(i).toObject();
        if (s.value(QStringLiteral("number")).toInt() == number) {
            edit(s);
            services.replace(i, s);
        }
    }
    root.insert(QStringLiteral("services"), services);
    return ServiceCatalog::fromJson(QJsonDocument(root).toJson());
}

} // namespace

TEST_CASE("the built-in catalogue holds the seven services of the regulation", "[catalog]")
{
    const Result<ServiceCatalog> catalog = ServiceCatalog::builtIn();
    INFO(catalog.error().toStdString());
    REQUIRE(catalog.ok());
    REQUIRE(catalog->services().size() == 7);

    for (int n = 1; n <= 7; ++n) {
        const Service *s = catalog->service(n);
        REQUIRE(s != nullptr);
        CHECK(s->queueLetter == QChar(u'A' + (n - 1)));
        CHECK(s->handledBy == (n == 7 ? QStringLiteral("admin_sistem") : QStringLiteral("verifikator")));
        CHECK(s->components.size() == 14);
        for (const QString &key : ServiceCatalog::componentKeys())
            CHECK_FALSE(s->components.value(key).isEmpty());
        CHECK(s->components.value(QStringLiteral("cost")).join(QLatin1Char(' ')).contains(QStringLiteral("Gratis")));
    }
    for (int n : {1, 3, 4, 5, 6}) {
        CHECK(catalog->service(n)->time.unit == ServiceTime::Unit::Minutes);
        CHECK(catalog->service(n)->time.value == 30);
    }
    CHECK(catalog->service(2)->time.unit == ServiceTime::Unit::WorkingDays);
    CHECK(catalog->service(2)->time.value == 1);
    CHECK(catalog->service(7)->time.unit == ServiceTime::Unit::WorkingDays);
    CHECK(catalog->service(7)->time.value == 5);
}

TEST_CASE("the Surat Kuasa applies only to a proxy, and service 2 asks no business licence", "[catalog]")
{
    const Result<ServiceCatalog> catalog = ServiceCatalog::builtIn();
    REQUIRE(catalog.ok());
    for (int n = 1; n <= 6; ++n) {
        const Requirement *kuasa = catalog->service(n)->requirement(QStringLiteral("surat_kuasa"));
        REQUIRE(kuasa != nullptr);
        CHECK(kuasa->appliesWhen == Requirement::AppliesWhen::Proxy);
        CHECK_FALSE(kuasa->appliesTo(false));
        CHECK(kuasa->appliesTo(true));
    }
    CHECK(catalog->service(2)->requirement(QStringLiteral("izin_usaha")) == nullptr);
    for (int n : {1, 3, 4, 5, 6})
        CHECK(catalog->service(n)->requirement(QStringLiteral("izin_usaha")) != nullptr);
    CHECK(catalog->service(1)->requirement(QStringLiteral("ktp_direktur"))->validity);
}

TEST_CASE("a broken catalogue is reported with the service and the field", "[catalog]")
{
    SECTION("not JSON")
    {
        const auto r = ServiceCatalog::fromJson(QByteArrayLiteral("{ \"format\": 1, "));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("bukan JSON")));
    }
    SECTION("a missing component")
    {
        const auto r = loadEdited(4, [](QJsonObject &s) {
            QJsonObject c = s.value(QStringLiteral("components")).toObject();
            c.remove(QStringLiteral("legal_basis"));
            s.insert(QStringLiteral("components"), c);
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("layanan 4")));
        CHECK(r.error().contains(QStringLiteral("components.legal_basis")));
    }
    SECTION("an unknown time unit")
    {
        const auto r = loadEdited(2, [](QJsonObject &s) {
            s.insert(QStringLiteral("service_time"), QJsonObject{{QStringLiteral("unit"), QStringLiteral("hours")}, {QStringLiteral("value"), 3}});
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("layanan 2")));
        CHECK(r.error().contains(QStringLiteral("service_time.unit")));
    }
    SECTION("a requirement without a label")
    {
        const auto r = loadEdited(7, [](QJsonObject &s) {
            QJsonArray reqs = s.value(QStringLiteral("requirements")).toArray();
            QJsonObject first = reqs.at(0).toObject();
            first.insert(QStringLiteral("label"), QString());
            reqs.replace(0, first);
            s.insert(QStringLiteral("requirements"), reqs);
        });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("layanan 7")));
        CHECK(r.error().contains(QStringLiteral("requirements[0].label")));
    }
    SECTION("a duplicated queue letter")
    {
        const auto r = loadEdited(3, [](QJsonObject &s) { s.insert(QStringLiteral("queue_letter"), QStringLiteral("A")); });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("layanan 3")));
        CHECK(r.error().contains(QStringLiteral("queue_letter")));
    }
    SECTION("an unknown handling role")
    {
        const auto r = loadEdited(5, [](QJsonObject &s) { s.insert(QStringLiteral("handled_by"), QStringLiteral("helpdesk")); });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("layanan 5")));
        CHECK(r.error().contains(QStringLiteral("handled_by")));
    }
}

TEST_CASE("the catalogue round-trips through JSON unchanged", "[catalog]")
{
    const auto catalog = ServiceCatalog::builtIn();
    REQUIRE(catalog.ok());
    const auto again = ServiceCatalog::fromJson(catalog->toJson());
    REQUIRE(again.ok());
    CHECK(again->toJson() == catalog->toJson());
}

TEST_CASE("the catalogue is stored in the database and every change is a new version", "[catalog]")
{
    TempDatabase t;
    CatalogStore store(t.db());
    REQUIRE(store.currentVersion().value() == 0);
    const auto first = store.current();
    REQUIRE(first.ok());
    CHECK(store.currentVersion().value() == 1);
    CHECK(first->services().size() == 7);

    // An office adds a service (Pasal 9) without a new build.
    QJsonObject root = QJsonDocument::fromJson(first->toJson()).object();
    QJsonArray services = root.value(QStringLiteral("services")).toArray();
    QJsonObject extra = services.at(0).toObject();
    extra.insert(QStringLiteral("number"), 8);
    extra.insert(QStringLiteral("code"), QStringLiteral("layanan_baru"));
    extra.insert(QStringLiteral("queue_letter"), QStringLiteral("H"));
    extra.insert(QStringLiteral("name"), QStringLiteral("Layanan Baru"));
    services.append(extra);
    root.insert(QStringLiteral("services"), services);
    const auto added = store.addVersion(QJsonDocument(root).toJson(), QStringLiteral("tambah layanan 8"));
    REQUIRE(added.ok());
    CHECK(added.value() == 2);
    CHECK(store.current()->services().size() == 8);
    CHECK(store.version(1)->services().size() == 7); // history is never rewritten

    // A broken edit is refused and stores nothing.
    const auto broken = store.addVersion(QByteArrayLiteral("{}"), QStringLiteral("rusak"));
    CHECK_FALSE(broken.ok());
    CHECK(store.currentVersion().value() == 2);
}
