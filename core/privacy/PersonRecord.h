#pragma once

#include "accounts/User.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

class Database;

// Everything Loket holds about one person, found by the NIK (UU 27/2022: a person may
// see and correct their data): each visit with its file, the complaints of those visits,
// and every time an officer opened (revealed), looked up, corrected or exported their data.
struct PersonVisit
{
    qint64 visitId = 0;
    QDateTime arrivedAt; // UTC
    QString queueNumber;
    QString name;
    QString phone;
    QString email; // the company's e-mail as given at that visit
    QString standing; // head | proxy
    QString vendorName;
    int serviceNumber = 0;
    QString applicationNumber;
    QString status;
};

struct PersonComplaint
{
    QString number;
    QDate received;
    QString stage;
};

// One processing of the person's data by an officer: a reveal, a look-up, a correction.
struct PersonProcessing
{
    QDateTime at; // UTC
    QString officer;
    QString what;
};

struct PersonData
{
    QString nik;
    QStringList names;
    QList<PersonVisit> visits;
    QList<PersonComplaint> complaints;
    QList<PersonProcessing> processing;
    QDateTime lookedUpAt; // UTC
    QString lookedUpBy;
};

class PersonRecord final
{
    Q_DECLARE_TR_FUNCTIONS(PersonRecord)

public:
    enum class Field { Nik, Phone };
    static std::optional<Field> fieldFromKey(const QString &key);
    static QString fieldKey(Field field);

    explicit PersonRecord(Database &db) : m_db(db) {}

    // A supervisor's look-up (ViewAllOpen and RevealPersonalData), itself recorded.
    Result<PersonData> lookUp(const User &actor, const QString &nik);
    // Corrects the person's NIK or phone in every visit under `nik`; recorded with the old
    // and the new value masked. Returns the number of visits changed.
    Result<int> correct(const User &actor, const QString &nik, Field field, const QString &value);

    // The look-up as plain text (the command line).
    static QString text(const PersonData &data);
    static QString standingText(const QString &standing);

private:
    Database &m_db;
};
