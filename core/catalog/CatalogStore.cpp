#include "catalog/CatalogStore.h"

#include "common/Clock.h"
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
                                  "VALUES (:at, :by, :note, :content)"));
        q.bind(QStringLiteral(":at"), Clock::toStorage(Clock::nowUtc()))
            .bind(QStringLiteral(":by"), userId > 0 ? QVariant(userId) : QVariant())
            .bind(QStringLiteral(":note"), note)
            .bind(QStringLiteral(":content"), QString::fromUtf8(parsed->toJson()));
        if (const Status s = q.exec(); !s)
            return s;
        id = static_cast<int>(q.lastInsertId());
        return Status::success();
    });
    if (!written)
        return Result<int>::failure(written.error());
    return id;
}
