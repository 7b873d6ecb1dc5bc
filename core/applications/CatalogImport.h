#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;
struct User;

// A new catalogue version set by a new regulation (Pasal 9), imported by the administrator
// from a file in docs/catalog-format.md's format, in force from its effective date.
class CatalogImport final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImport)

public:
    // The largest catalogue file an import reads (the built-in one is about 60 kB).
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

    struct Request
    {
        QByteArray json;
        QDate effectiveFrom;
        QString regulation; // empty: the regulation the file names
        QString source;     // the file's name, for the note and the event
    };

    explicit CatalogImport(Database &db) : m_db(db) {}

    // Whether `actor` may import (administrator only) and the date and regulation hold.
    static Status check(const User &actor, const Request &request);
    // Validated whole (nothing is stored when any service or field is wrong), stored with
    // who imported it, the regulation that set it and its effective date, and recorded as
    // a "catalog_imported" event in the same transaction. The new version's id.
    Result<int> run(const User &actor, const Request &request);

private:
    Database &m_db;
};
