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

private:
    Database &m_db;
};
