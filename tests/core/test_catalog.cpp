#include "TestSupport.h"
#include "CatalogFixture.h"
#include "WorkflowFixture.h"

#include "applications/ApplicationTable.h"
#include "applications/CatalogImport.h"
#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "storage/SqlQuery.h"

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
    const QDate today = CalendarStore(t.db()).today();
    REQUIRE(store.latestVersion().value() == 0);
    REQUIRE(store.currentVersion(today).value() == 0);
    const auto first = store.current(today);
    REQUIRE(first.ok());
    CHECK(store.currentVersion(today).value() == 1);
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
    CHECK(store.current(today)->services().size() == 8);
    CHECK(store.version(1)->services().size() == 7); // history is never rewritten

    // A broken edit is refused and stores nothing.
    const auto broken = store.addVersion(QByteArrayLiteral("{}"), QStringLiteral("rusak"));
    CHECK_FALSE(broken.ok());
    CHECK(store.currentVersion(today).value() == 2);
}

namespace {

qint64 scalarOf(Database &db, const QString &sql)
{
    SqlQuery q(db.connection(), sql);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("an imported catalogue version is in force from its effective date and files keep theirs", "[catalog][catalog-import]")
{
    WorkflowFixture f;
    WorkflowFixture::setNow(QStringLiteral("2026-12-31 10:00"));
    CatalogStore store(f.db());
    REQUIRE(store.ensureSeeded().ok());
    const QString regulation = QStringLiteral("Perwali Banjarmasin Nomor 5 Tahun 2027");
    CatalogImport importer(f.db());
    CatalogImport::Request import{catalogWithEighthService(), QDate(2027, 1, 1), regulation, QStringLiteral("katalog-2027.json")};

    // Only an administrator imports.
    const Result<int> refused = importer.run(f.helpdesk, import);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("administrator")));
    CHECK(store.latestVersion().value() == 1);

    const Result<int> imported = importer.run(f.admin, import);
    REQUIRE(imported.ok());
    CHECK(imported.value() == 2);
    CHECK(scalarOf(f.db(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'catalog_imported'")) == 1);

    // Stored, not yet in force: the day before, the seven services only.
    CHECK(store.currentVersion(CalendarStore(f.db()).today()).value() == 1);
    CHECK(store.currentVersion(QDate(2027, 1, 1)).value() == 2);
    const Result<CheckInResult> before = f.checkIn(1);
    REQUIRE(before.ok());
    CHECK_FALSE(f.checkIn(8).ok());

    // On its date it is in force, for check-in, the board's queues and `current()`.
    WorkflowFixture::setNow(QStringLiteral("2027-01-01 08:00"));
    CHECK(store.currentVersion(CalendarStore(f.db()).today()).value() == 2);
    const Result<CheckInResult> after = f.checkIn(8);
    REQUIRE(after.ok());
    CHECK(after->queueNumber.startsWith(QStringLiteral("H-")));
    ApplicationTable files(f.db().connection());
    CHECK(files.load(after->applicationId)->catalogVersion == 2);
    CHECK(files.load(before->applicationId)->catalogVersion == 1); // the file keeps the version it was registered under

    // The history says who imported it, under which regulation and from when.
    const Result<QList<CatalogVersionInfo>> history = store.history(true);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK_FALSE(history->at(0).effectiveFrom.isValid());
    CHECK(history->at(0).services == 7);
    CHECK(history->at(1).effectiveFrom == QDate(2027, 1, 1));
    CHECK(history->at(1).regulation == regulation);
    CHECK(history->at(1).importedBy == f.admin.fullName);
    CHECK(history->at(1).services == 8);
    CHECK(CatalogStore::describe(history->at(1)) == QStringLiteral("Katalog versi 2, berlaku sejak 01-01-2027, ") + regulation);
    CHECK(store.currentInfo(QDate(2027, 1, 1))->id == 2);

    // A broken file stores nothing; a bad date is refused before the file is read.
    CatalogImport::Request broken = import;
    broken.json = catalogWithEighthService().replace("\"working_days\"", "\"weeks\"");
    const Result<int> notStored = importer.run(f.admin, broken);
    REQUIRE_FALSE(notStored.ok());
    CHECK(notStored.error().contains(QStringLiteral("service_time.unit")));
    CatalogImport::Request undated = import;
    undated.effectiveFrom = QDate();
    CHECK_FALSE(importer.run(f.admin, undated).ok());
    CHECK(store.latestVersion().value() == 2);
    CHECK(scalarOf(f.db(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'catalog_imported'")) == 1);
    Clock::setNowForTesting({});
}

TEST_CASE("the version in force is the latest effective date on or before the day", "[catalog][catalog-import]")
{
    const QList<CatalogVersionInfo> versions{{1, QDate(), {}, {}, {}, {}, 7},
                                             {2, QDate(2027, 3, 1), {}, {}, {}, {}, 8},
                                             {3, QDate(2027, 1, 1), {}, {}, {}, {}, 8},
                                             {4, QDate(2027, 1, 1), {}, {}, {}, {}, 9}};
    CHECK(catalogVersionInForce(versions, QDate(2026, 12, 31)) == 1);
    CHECK(catalogVersionInForce(versions, QDate(2027, 1, 1)) == 4); // the later import of that date
    CHECK(catalogVersionInForce(versions, QDate(2027, 2, 28)) == 4);
    CHECK(catalogVersionInForce(versions, QDate(2027, 3, 1)) == 2);
    CHECK(catalogVersionInForce(versions.mid(1), QDate(2026, 1, 1)) == 0);
}
