#include "catalog/CatalogStore.h"

#include "common/Clock.h"
#include "storage/ConfigVersions.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"

namespace {

// The schema version that gave catalogue versions their effective date.
constexpr int kDatedSchema = 10;

QDate storedDate(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    return stored.typeId() == QMetaType::QDate ? stored.toDate() : QDate::fromString(stored.toString(), Qt::ISODate);
}

} // namespace

int catalogVersionInForce(const QList<CatalogVersionInfo> &versions, const QDate &day)
{
    const CatalogVersionInfo *best = nullptr;
    for (const CatalogVersionInfo &v : versions) {
        if (v.effectiveFrom.isValid() && v.effectiveFrom > day)
            continue;
        // An undated version sorts before every dated one; the later import wins a tie.
        const auto key = [](const CatalogVersionInfo &c) { return std::pair(c.effectiveFrom.isValid() ? c.effectiveFrom.toJulianDay() : 0, c.id); };
        if (!best || key(v) > key(*best))
            best = &v;
    }
    return best ? best->id : 0;
}

Status CatalogStore::ensureSeeded()
{
    const Result<int> v = latestVersion();
    if (!v)
        return Status::failure(v.error());
    if (v.value() > 0)
        return Status::success();
    if (m_db.isReadOnly())
        return Status::failure(tr("Basis data belum berisi katalog layanan. Jalankan \"loket init\"."));
    const Result<ServiceCatalog> builtIn = ServiceCatalog::builtIn();
    if (!builtIn)
        return Status::failure(builtIn.error());
    return Status::from(addVersion(builtIn->toJson(), tr("Katalog bawaan Perwali Banjarmasin 67/2018")));
}

Result<int> CatalogStore::latestVersion()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT MAX(id) FROM catalog_versions"));
    if (const Status s = q.exec(); !s)
        return Result<int>::failure(s.error());
    return q.next() ? q.value(0).toInt() : 0;
}

Result<int> CatalogStore::currentVersion(const QDate &day)
{
    const Result<QList<CatalogVersionInfo>> all = history();
    if (!all)
        return Result<int>::failure(all.error());
    return catalogVersionInForce(all.value(), day);
}

Result<QList<CatalogVersionInfo>> CatalogStore::history(bool countServices)
{
    using R = Result<QList<CatalogVersionInfo>>;
    // A file opened for reading only may predate migration 0010: its versions have no date.
    const QString dated = m_db.schemaVersion() >= kDatedSchema ? QStringLiteral("effective_from, regulation, imported_by")
                                                                : QStringLiteral("NULL, '', ''");
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, %1, created_at, note%2 FROM catalog_versions ORDER BY id")
                                      .arg(dated, countServices ? QStringLiteral(", content") : QString()));
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    QList<CatalogVersionInfo> list;
    while (q.next()) {
        CatalogVersionInfo v;
        v.id = q.value(0).toInt();
        v.effectiveFrom = storedDate(q.value(1));
        v.regulation = q.value(2).toString();
        v.importedBy = q.value(3).toString();
        v.storedAt = Clock::fromStorage(q.value(4));
        v.note = q.value(5).toString();
        if (countServices) {
            const Result<ServiceCatalog> parsed = ServiceCatalog::fromJson(q.value(6).toString().toUtf8());
            if (!parsed)
                return R::failure(tr("Katalog layanan versi %1 tidak dapat dibaca: %2").arg(v.id).arg(parsed.error()));
            v.services = int(parsed->services().size());
            if (v.regulation.isEmpty())
                v.regulation = parsed->regulation();
        }
        list << v;
    }
    return list;
}

Result<CatalogVersionInfo> CatalogStore::currentInfo(const QDate &day)
{
    if (const Status s = ensureSeeded(); !s)
        return Result<CatalogVersionInfo>::failure(s.error());
    const Result<int> id = currentVersion(day);
    if (!id)
        return Result<CatalogVersionInfo>::failure(id.error());
    if (id.value() == 0)
        return Result<CatalogVersionInfo>::failure(
            tr("Belum ada katalog layanan yang berlaku pada %1.").arg(day.toString(QStringLiteral("dd-MM-yyyy"))));
    return info(id.value());
}

Result<CatalogVersionInfo> CatalogStore::info(int id)
{
    const Result<QList<CatalogVersionInfo>> all = history(true);
    if (!all)
        return Result<CatalogVersionInfo>::failure(all.error());
    for (const CatalogVersionInfo &v : all.value())
        if (v.id == id)
            return v;
    return Result<CatalogVersionInfo>::failure(tr("Katalog layanan versi %1 tidak ada.").arg(id));
}

QString CatalogStore::describe(const CatalogVersionInfo &version)
{
    QString text = version.effectiveFrom.isValid()
                       ? tr("Katalog versi %1, berlaku sejak %2").arg(version.id).arg(version.effectiveFrom.toString(QStringLiteral("dd-MM-yyyy")))
                       : tr("Katalog versi %1, berlaku sejak awal").arg(version.id);
    if (!version.regulation.isEmpty())
        text += QStringLiteral(", ") + version.regulation;
    return text;
}

Result<ServiceCatalog> CatalogStore::current(const QDate &day)
{
    if (const Status s = ensureSeeded(); !s)
        return Result<ServiceCatalog>::failure(s.error());
    const Result<int> v = currentVersion(day);
    if (!v)
        return Result<ServiceCatalog>::failure(v.error());
    if (v.value() == 0)
        return Result<ServiceCatalog>::failure(
            tr("Belum ada katalog layanan yang berlaku pada %1.").arg(day.toString(QStringLiteral("dd-MM-yyyy"))));
    return version(v.value());
}

Result<ServiceCatalog> CatalogStore::version(int id)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT content FROM catalog_versions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (const Status s = q.exec(); !s)
        return Result<ServiceCatalog>::failure(s.error());
    if (!q.next())
        return Result<ServiceCatalog>::failure(tr("Katalog layanan versi %1 tidak ada.").arg(id));
    return ServiceCatalog::fromJson(q.value(0).toString().toUtf8());
}

Result<int> CatalogStore::addVersion(const QByteArray &json, const QString &note, qint64 userId)
{
    return addVersion(json, note, userId, Dated{}, {});
}

Result<int> CatalogStore::addVersion(const QByteArray &json, const QString &note, qint64 userId, const Dated &dated,
                                     const std::function<Status(int)> &alsoWrite)
{
    const Result<ServiceCatalog> parsed = ServiceCatalog::fromJson(json);
    if (!parsed)
        return Result<int>::failure(parsed.error());
    int id = 0;
    const Status written = runWriteTransaction(m_db.connection(), [&]() -> Status {
        SqlQuery q(m_db.connection(),
                   QStringLiteral("INSERT INTO catalog_versions (created_at, created_by, note, content, effective_from, regulation, imported_by) "
                                  "VALUES (:at, :by, :note, :content, :effective, :regulation, :imported_by) RETURNING id"));
        q.bind(QStringLiteral(":at"), Clock::toStorage(Clock::nowUtc()))
            .bind(QStringLiteral(":by"), userId > 0 ? QVariant(userId) : QVariant())
            .bind(QStringLiteral(":note"), note)
            .bind(QStringLiteral(":content"), QString::fromUtf8(parsed->toJson()))
            .bind(QStringLiteral(":effective"), dated.effectiveFrom.isValid() ? QVariant(dated.effectiveFrom.toString(Qt::ISODate)) : QVariant())
            .bind(QStringLiteral(":regulation"), dated.regulation)
            .bind(QStringLiteral(":imported_by"), dated.importedBy);
        if (const Status s = q.exec(); !s)
            return s;
        id = static_cast<int>(q.insertedId());
        if (alsoWrite)
            if (const Status s = alsoWrite(id); !s)
                return s;
        return ConfigVersions(m_db).bump(ConfigTopic::Catalog);
    });
    if (!written)
        return Result<int>::failure(written.error());
    return id;
}

Result<const ServiceCatalog *> ServiceCatalogs::version(int id)
{
    auto it = m_versions.constFind(id);
    if (it == m_versions.constEnd()) {
        const Result<ServiceCatalog> loaded = CatalogStore(m_db).version(id);
        if (!loaded)
            return Result<const ServiceCatalog *>::failure(loaded.error());
        it = m_versions.insert(id, loaded.value());
    }
    return &*it;
}

Result<std::pair<int, const ServiceCatalog *>> ServiceCatalogs::current(const QDate &day)
{
    using R = Result<std::pair<int, const ServiceCatalog *>>;
    const Result<const QList<CatalogVersionInfo> *> list = m_list.get(m_db, [this]() -> Result<QList<CatalogVersionInfo>> {
        CatalogStore store(m_db);
        if (const Status s = store.ensureSeeded(); !s)
            return Result<QList<CatalogVersionInfo>>::failure(s.error());
        return store.history();
    });
    if (!list)
        return R::failure(list.error());
    const int id = catalogVersionInForce(*list.value(), day);
    if (id == 0)
        return R::failure(tr("Belum ada katalog layanan yang berlaku pada %1.").arg(day.toString(QStringLiteral("dd-MM-yyyy"))));
    const Result<const ServiceCatalog *> catalog = version(id);
    if (!catalog)
        return R::failure(catalog.error());
    m_lastInForce = id;
    return std::pair(id, catalog.value());
}

const ServiceCatalog *ServiceCatalogs::kept() const
{
    const auto it = m_list.kept() ? m_versions.constFind(m_lastInForce) : m_versions.constEnd();
    return it == m_versions.constEnd() ? nullptr : &*it;
}

Result<Service> ServiceCatalogs::service(int catalogVersion, int serviceNumber)
{
    const Result<const ServiceCatalog *> catalog = version(catalogVersion);
    if (!catalog)
        return Result<Service>::failure(catalog.error());
    const Service *s = catalog.value()->service(serviceNumber);
    if (!s)
        return Result<Service>::failure(tr("Layanan %1 tidak ada dalam katalog versi %2.").arg(serviceNumber).arg(catalogVersion));
    return *s;
}
