#pragma once

#include "accounts/User.h"
#include "common/Result.h"

#include <QCoreApplication>

class Database;

// Identifiers are masked everywhere by default (Kerahasiaan data pengguna). A permitted
// role may reveal one value of one file; every reveal is recorded: who, which, when.
class PersonalData final
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)

public:
    enum class Field { ApplicantNik, ApplicantPhone, VendorNpwp, VendorEmail };

    explicit PersonalData(Database &db) : m_db(db) {}

    Result<QString> reveal(const User &actor, qint64 applicationId, Field field);
    static QString fieldKey(Field field);
    static QString fieldTitle(Field field);
    // Whether a vendor field a check-in may change (VendorStore::resolve) is personal data
    // that hashed event content holds only masked: the e-mail.
    static bool isPersonalVendorField(const QString &field);

    // Exports (CSV, PDF): an identifier goes out in full only when the exporter's role may
    // reveal it (Action::RevealPersonalData), masked otherwise; an export with full values
    // is recorded as a "personal_data_exported" event (which export, how many rows; no value).
    static bool mayExportInFull(const User &actor);
    static QString forExport(const User &actor, const QString &value);
    Status recordExport(const User &actor, const QString &what, int rows);

private:
    Database &m_db;
};
