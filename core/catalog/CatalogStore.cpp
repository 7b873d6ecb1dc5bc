#include "catalog/CatalogStore.h"

#include "common/Clock.h"
#include "storage/ConfigVersions.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"

Status CatalogStore::ensureSeeded()
{
    const Result<int> v = currentVersion();
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

Result<int> CatalogStore::currentVersion()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT MAX(id) FROM catalog_versions"));
    if (const Status s = q.exec(); !s)
        return Result<int>::failure(s.error());
    return q.next() ? q.value(0).toInt() : 0;
}

Result<ServiceCatalog> CatalogStore::current()
{
    if (const Status s = ensureSeeded(); !s)
        return Result<ServiceCatalog>::failure(s.error());
    const Result<int> v = currentVersion();
    if (!v)
        return Result<ServiceCatalog>::failure(v.error());
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
    const Result<ServiceCatalog> parsed = ServiceCatalog::fromJson(json);
    if (!parsed)
        return Result<int>::failure(parsed.error());
    int id = 0;
    const Status written = runWriteTransaction(m_db.connection(), [&]() -> Status {
        SqlQuery q(m_db.connection(),
                   QStringLiteral("INSERT INTO catalog_versions (created_at, created_by, note, content) "
                                  "VALUES (:at, :by, :note, :content) RETURNING id"));
        q.bind(QStringLiteral(":at"), Clock::toStorage(Clock::nowUtc()))
            .bind(QStringLiteral(":by"), userId > 0 ? QVariant(userId) : QVariant())
            .bind(QStringLiteral(":note"), note)
            .bind(QStringLiteral(":content"), QString::fromUtf8(parsed->toJson()));
        if (const Status s = q.exec(); !s)
            return s;
        id = static_cast<int>(q.insertedId());
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

Result<std::pair<int, const ServiceCatalog *>> ServiceCatalogs::current()
{
    using R = Result<std::pair<int, const ServiceCatalog *>>;
    const Result<const int *> id = m_current.get(m_db, [this]() -> Result<int> {
        CatalogStore store(m_db);
        if (const Status s = store.ensureSeeded(); !s)
            return Result<int>::failure(s.error());
        return store.currentVersion();
    });
    if (!id)
        return R::failure(id.error());
    const Result<const ServiceCatalog *> catalog = version(*id.value());
    if (!catalog)
        return R::failure(catalog.error());
    return std::pair(*id.value(), catalog.value());
}

const ServiceCatalog *ServiceCatalogs::kept() const
{
    const int *id = m_current.kept();
    const auto it = id ? m_versions.constFind(*id) : m_versions.constEnd();
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
