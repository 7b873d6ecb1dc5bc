#pragma once

#include "applications/Priority.h"
#include "common/Result.h"
#include "storage/SqlQuery.h"
#include "vendors/Vendor.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

// One walk-in in the guest book (buku tamu), with the company as registered then.
struct VisitInfo
{
    qint64 id = 0;
    QDateTime arrivedAt;
    QString queueNumber;
    QString applicantName;
    QString applicantNik;
    QString applicantPhone;
    bool proxy = false;
    qint64 vendorId = 0;
    int serviceNumber = 0;
    QString note;
    qint64 helpdeskUserId = 0;
    QString helpdeskName;
    // The vendor as it stood at this visit (migration 0005); empty on older rows.
    QString vendorName;
    QString vendorLegalForm;
    QString vendorNpwp;
    QString vendorEmail;
    Priority priority = Priority::None; // served first (migration 0009)
    QString request; // what a "Layanan lain" walk-in asked for (migration 0011); '' otherwise
};

// What a new row of the guest book records.
struct NewVisit
{
    QDateTime arrivedAt;
    QDate localDay;
    QChar queueLetter;
    int queueSequence = 0;
    QString applicantName;
    QString applicantNik;
    QString applicantPhone;
    bool proxy = false;
    int serviceNumber = 0;
    QString note;
    qint64 helpdeskUserId = 0;
    Priority priority = Priority::None;
    QString request; // "Layanan lain": what was asked
    Vendor vendor; // its id and its fields as registered at this visit
};

// The only writer of `visits` (the guest book).
class VisitTable final
{
    Q_DECLARE_TR_FUNCTIONS(VisitTable)

public:
    explicit VisitTable(QSqlDatabase &sql) : m_sql(sql) {}

    static QString queueNumber(QChar letter, int sequence); // "A-007"

    // The next number of a queue letter on a local day.
    Result<int> nextSequence(const QDate &localDay, QChar letter);
    static SqlStatement nextSequenceStatement(const QDate &localDay, QChar letter); // for a ReadAhead
    Result<qint64> insert(const NewVisit &visit);
    Result<VisitInfo> load(qint64 id);
    // The visit a file came with.
    Result<VisitInfo> loadOfApplication(qint64 applicationId);
    static SqlStatement loadOfApplicationStatement(qint64 applicationId); // for a ReadAhead
    // The names recorded before with this NIK, newest first (at most `limit`).
    Result<QStringList> namesOfNik(const QString &nik, int limit);
    static SqlStatement namesOfNikStatement(const QString &nik, int limit); // for a ReadAhead

    // Personal data (privacy/Retention, privacy/PersonRecord). One person is one NIK,
    // else one name: personKey() is that key over a visits row.
    static QString personKey();
    // Whether a visits row still holds an identifier (NIK, phone, the e-mail given).
    static QString holdsIdentifiers();
    // The people whose last visit was before :cutoff (a local day): a subquery of one column.
    static QString peopleLastSeenBefore();
    // Erases NIK, phone and e-mail in every visit of those people; names, times and
    // everything counted stay.
    Status eraseIdentifiersLastSeenBefore(const QDate &cutoff);
    // Sets the NIK (`nikColumn`) or the phone of every visit under `nik` to `value`.
    Status correctApplicant(const QString &nik, bool nikColumn, const QString &value);

private:
    Result<VisitInfo> read(const SqlStatement &statement);
    QSqlDatabase &m_sql;
};
