#pragma once

#include "common/Result.h"
#include "storage/SqlQuery.h"
#include "vendors/Vendor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

class Database;

class VendorStore final
{
    Q_DECLARE_TR_FUNCTIONS(VendorStore)

public:
    explicit VendorStore(Database &db) : m_db(db) {}

    // Validates and normalises the vendor's fields; `warnings` receives the
    // possible-but-suspicious findings (e.g. an NPWP check digit that fails).
    static Result<Vendor> validate(const Vendor &input, QStringList *warnings = nullptr);

    // Inserts a new vendor or updates the one with the same id (or the same NPWP).
    // Must run inside the caller's transaction when part of a larger action.
    Result<Vendor> save(const Vendor &vendor, QStringList *warnings = nullptr);
    Result<Vendor> vendor(qint64 id);
    static SqlStatement vendorStatement(qint64 id); // for a ReadAhead
    // The vendor a check-in names, resolved against the stored one (by id, else by NPWP):
    // the stored record with the fields the counter edits (name, legal form, NPWP, NIB,
    // e-mail) taken from `requested` where they are filled in; the other fields (address,
    // phone, SPSE user ID) stay as stored. `stored` receives the record as it is, and
    // `changes` what saving the result would change in it. A new vendor has no changes.
    // "Nama perusahaan" for "name", ...: the label of a field a check-in may change.
    static QString fieldLabel(const QString &field);
    // Whether such a field is personal data (the e-mail, often a director's own), which
    // hashed event content holds only masked (docs/security.md).
    static bool isPersonalField(const QString &field);
    Result<Vendor> resolve(const Vendor &requested, std::optional<Vendor> *stored, QList<VendorChange> *changes,
                           QStringList *warnings = nullptr);
    Result<Vendor> findByNpwp(const QString &npwp);
    static SqlStatement npwpStatement(const QString &npwp); // for a ReadAhead (any form of the number)
    // Vendors whose NPWP starts with the typed digits, or whose name starts with the text.
    Result<QList<Vendor>> search(const QString &typed, int limit = 10);
    Result<QList<KnownPerson>> peopleOf(qint64 vendorId, int limit = 10);

    // Inserts `vendor` as it is, created (and last updated) at `at`: for a writer whose
    // records are valid and normalised by construction and new by construction (the demo
    // history), so neither validate() nor the lookup by NPWP runs. Runs in the caller's
    // transaction. Returns the new id.
    Result<qint64> insertRecord(const Vendor &vendor, const QDateTime &at);

    // Personal data (privacy/Retention): the companies without a visit since :cutoff (a
    // local day) and unchanged since :cutoffAt (its start, stored) that keep an e-mail or a
    // phone (often a director's own), as a WHERE condition over vendors; and their erasure.
    static QString contactsUnusedCondition();
    Status eraseContactsUnusedSince(const QDate &cutoff);

private:
    Database &m_db;
};
