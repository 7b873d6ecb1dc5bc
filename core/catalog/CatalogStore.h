#pragma once

#include "catalog/ServiceCatalog.h"
#include "common/Result.h"
#include "storage/ConfigVersions.h"

#include <QHash>

#include <QCoreApplication>

class Database;

// The catalogue as stored in the database. The built-in catalogue is copied in on
// first use; every edit adds a new version and earlier versions stay readable.
class CatalogStore final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)

public:
    explicit CatalogStore(Database &db) : m_db(db) {}

    // Stores the built-in catalogue as version 1 when the database has none.
    Status ensureSeeded();
    // The version in force (the newest), seeding first when needed (read-write only).
    Result<ServiceCatalog> current();
    Result<int> currentVersion();
    Result<ServiceCatalog> version(int id);
    // Validates and stores a new version; returns its id.
    Result<int> addVersion(const QByteArray &json, const QString &note, qint64 userId = 0);

private:
    Database &m_db;
};

// The catalogue versions as every reader takes them: a stored version never changes, so
// each is parsed once; which version is in force is read again once it moved.
class ServiceCatalogs final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalogs)

public:
    explicit ServiceCatalogs(Database &db) : m_db(db) {}

    Result<const ServiceCatalog *> version(int id);
    // The version in force (seeding the built-in one into an empty database) and its number.
    Result<std::pair<int, const ServiceCatalog *>> current();
    // A service as the given catalogue version describes it.
    Result<Service> service(int catalogVersion, int serviceNumber);
    // The version in force as last read, not asked again (nullptr: none read yet): a
    // guess for a ReadAhead.
    const ServiceCatalog *kept() const;

private:
    Database &m_db;
    QHash<int, ServiceCatalog> m_versions;
    VersionedCache<int> m_current{ConfigTopic::Catalog};
};
