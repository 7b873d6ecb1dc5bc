#pragma once

#include "catalog/ServiceCatalog.h"
#include "common/Result.h"

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
