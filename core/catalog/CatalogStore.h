#pragma once

#include "catalog/ServiceCatalog.h"
#include "common/Result.h"
#include "storage/ConfigVersions.h"

#include <QDate>
#include <QDateTime>
#include <QHash>

#include <functional>

#include <QCoreApplication>

class Database;

// One stored catalogue version as its history lists it.
struct CatalogVersionInfo
{
    int id = 0;
    QDate effectiveFrom;  // invalid: in force from the start (the built-in catalogue)
    QString regulation;   // the regulation that set it ('' for versions stored before 0010)
    QString importedBy;   // the importer's name as shown then ('' for the built-in seed)
    QDateTime storedAt;   // UTC
    QString note;
    int services = 0;
};

// Which version is in force on a day: the one with the latest effective date on or
// before it, the later import among versions of one date; a version without a date is
// in force from the start. 0 when none is (every version starts later).
int catalogVersionInForce(const QList<CatalogVersionInfo> &versions, const QDate &day);

// The catalogue as stored in the database. The built-in catalogue is copied in on
// first use; every edit adds a new version and earlier versions stay readable.
class CatalogStore final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)

public:
    explicit CatalogStore(Database &db) : m_db(db) {}

    // Stores the built-in catalogue as version 1 when the database has none.
    Status ensureSeeded();
    // The version in force on `day` (the office's date: CalendarStore::today()), seeding
    // first when needed (read-write only).
    Result<ServiceCatalog> current(const QDate &day);
    // The number of the version in force on `day` (0: none is, or the table is empty).
    Result<int> currentVersion(const QDate &day);
    // The version in force on `day` as history() describes it (seeding first when needed).
    Result<CatalogVersionInfo> currentInfo(const QDate &day);
    // The newest version stored, in force or not (0: none).
    Result<int> latestVersion();
    Result<ServiceCatalog> version(int id);
    // One version as history(true) describes it.
    Result<CatalogVersionInfo> info(int id);
    // Every version, oldest first, without its content (services counted only when asked).
    Result<QList<CatalogVersionInfo>> history(bool countServices = false);
    // Validates and stores a new version in force from the start; returns its id.
    Result<int> addVersion(const QByteArray &json, const QString &note, qint64 userId = 0);

    // A version as imported (applications/CatalogImport checks who and what first): in
    // force from `effectiveFrom`, set by `regulation`, imported by `importedBy`;
    // `alsoWrite` runs in the same transaction with the new id (its event). Its id.
    struct Dated
    {
        QDate effectiveFrom;
        QString regulation;
        QString importedBy;
    };
    Result<int> addVersion(const QByteArray &json, const QString &note, qint64 userId, const Dated &dated,
                           const std::function<Status(int)> &alsoWrite);
    // "Katalog versi 2, berlaku sejak 01-01-2027, Perwali ..." for the standards and the boards.
    static QString describe(const CatalogVersionInfo &version);

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
    // The version in force on `day` (seeding the built-in one into an empty database) and
    // its number. Which one is in force is chosen again on every call: a version effective
    // from a later date takes over on that date without anything being written.
    Result<std::pair<int, const ServiceCatalog *>> current(const QDate &day);
    // A service as the given catalogue version describes it.
    Result<Service> service(int catalogVersion, int serviceNumber);
    // The version in force as last read, not asked again (nullptr: none read yet): a
    // guess for a ReadAhead.
    const ServiceCatalog *kept() const;

private:
    Database &m_db;
    QHash<int, ServiceCatalog> m_versions;
    VersionedCache<QList<CatalogVersionInfo>> m_list{ConfigTopic::Catalog};
    int m_lastInForce = 0;
};
