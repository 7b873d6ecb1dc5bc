#pragma once

#include "accounts/User.h"
#include "applications/Priority.h"
#include "common/Result.h"
#include "vendors/Vendor.h"

#include <QCoreApplication>

#include <optional>

struct CounterContext;

struct CheckInRequest
{
    QString applicantName;
    QString applicantNik;
    QString applicantPhone;
    bool proxy = false;              // the person is not the company's head
    Vendor vendor;                   // id > 0: a known vendor (its fields are updated); else a new one
    int serviceNumber = 0;           // Service::kOtherNumber: "Layanan lain" (no standard yet)
    QString request;                 // Layanan lain: what the applicant asked for (required there)
    QString note;
    Priority priority = Priority::None; // lansia, disabilitas, ibu hamil: called first
    qint64 previousApplicationId = 0; // a returned applicant coming back
    // The officer saw and confirmed the changes to the stored vendor that reviewCheckIn()
    // listed. Without it, a check-in that would change a stored vendor is refused.
    bool vendorChangesConfirmed = false;
    // The submission's idempotency key (events/ActionKey.h); empty: none. A check-in whose
    // key is already recorded is not made again: checkIn() returns the recorded one.
    QString actionKey;
};

// What a check-in would do beyond recording the visit, shown to the officer before the
// queue number is issued: changes to a stored vendor (old and new value), and warnings
// (an NPWP whose check digit fails, a NIK recorded before under another name).
struct CheckInReview
{
    std::optional<Vendor> storedVendor;
    QList<VendorChange> vendorChanges;
    QStringList warnings;
    bool needsConfirmation() const { return !vendorChanges.isEmpty() || !warnings.isEmpty(); }
};

struct CheckInResult
{
    qint64 visitId = 0;
    qint64 applicationId = 0;
    qint64 vendorId = 0;
    QString queueNumber;        // e.g. "A-007"
    QString applicationNumber;  // e.g. "20261126-A007"
    int waitingAhead = 0;       // walk-ins registered earlier today not yet being checked
    QStringList warnings;       // suspicious but accepted values
    // This submission's key was recorded already (an earlier attempt whose answer was
    // lost with the connection): nothing new was written, this is the earlier check-in.
    bool alreadyRecorded = false;
};

// The guest book at the helpdesk: a walk-in's visit, its file and its checklist, and the
// queue number, in one transaction.
class GuestBook final
{
    Q_DECLARE_TR_FUNCTIONS(GuestBook)

public:
    explicit GuestBook(CounterContext &context) : m_ctx(context) {}

    // Everything the officer must see before the number is issued; reads only.
    Result<CheckInReview> reviewCheckIn(const CheckInRequest &request);
    Result<CheckInResult> checkIn(const User &actor, const CheckInRequest &request);
    // The check-in recorded with this idempotency key, if it was committed (asked after
    // a lost connection); none when it was not.
    Result<std::optional<CheckInResult>> recorded(const QString &actionKey);

    // "20261126-A007": the file's number from its local day, queue letter and sequence.
    static QString applicationNumber(const QDate &localDay, QChar letter, int sequence);

private:
    CounterContext &m_ctx;
};
