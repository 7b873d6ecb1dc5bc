#pragma once

#include "accounts/User.h"
#include "applications/Application.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"
#include "clock/ServiceClock.h"
#include "common/Result.h"
#include "events/Event.h"
#include "vendors/Vendor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class Database;

struct CheckInRequest
{
    QString applicantName;
    QString applicantNik;
    QString applicantPhone;
    bool proxy = false;              // the person is not the company's head
    Vendor vendor;                   // id > 0: a known vendor (its fields are updated); else a new one
    int serviceNumber = 0;
    QString note;
    qint64 previousApplicationId = 0; // a returned applicant coming back
    // The officer saw and confirmed the changes to the stored vendor that reviewCheckIn()
    // listed. Without it, a check-in that would change a stored vendor is refused.
    bool vendorChangesConfirmed = false;
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
};

struct ChecklistUpdate
{
    QString requirementId;
    bool originalSeen = false;
    bool copyReceived = false;
    QDate validUntil;
    QString note;
};

struct MissingItem
{
    QString requirementId;
    QString label;
    QString needed;
    QStringList problems;
};

struct Completeness
{
    bool complete = false;
    QList<MissingItem> missing;
};

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
};

// A row of a queue, the guest book or the supervisor's list.
struct FileSummary
{
    qint64 applicationId = 0;
    QString number;
    QString queueNumber;
    QDateTime arrivedAt;
    QString applicantName;
    QString vendorName;
    int serviceNumber = 0;
    int catalogVersion = 0;
    QString serviceName;
    QString handledBy;
    ApplicationStatus status = ApplicationStatus::Registered;
    qint64 claimedBy = 0;
    QString claimedByName;
    QDateTime acceptedAt;
    QDateTime finishedAt;
    QDateTime dueAt;
    bool discretion = false;
};

// Today's figures of one service, for the supervisor.
struct ServiceDayCount
{
    int serviceNumber = 0;
    int visits = 0;
    int done = 0;
    int returned = 0;
    int open = 0;      // at the helpdesk or in a queue
    int paused = 0;
    int cancelled = 0;
};

// Everything about one file: for the file view, receipts and the command line.
struct ApplicationFile
{
    Application application;
    VisitInfo visit;
    std::optional<Vendor> vendor;
    Service service;
    QList<ChecklistItem> checklist;
    QList<Event> history;
    QList<PausePeriod> pauses;
    ClockReading clock;
    QString claimedByName;
    QString previousNumber;
    QStringList laterNumbers; // visits that followed this one up
};

// The counter workflow. Every action is performed by a user whose role core checks,
// runs in one transaction, and is recorded as events.
class Workflow final
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)

public:
    explicit Workflow(Database &db);

    // Everything the officer must see before the number is issued; reads only.
    Result<CheckInReview> reviewCheckIn(const CheckInRequest &request);
    Result<CheckInResult> checkIn(const User &actor, const CheckInRequest &request);
    Status startChecking(const User &actor, qint64 applicationId);
    Status updateChecklist(const User &actor, qint64 applicationId, const ChecklistUpdate &update);
    Result<Completeness> completeness(qint64 applicationId);
    Status accept(const User &actor, qint64 applicationId);
    Result<QList<MissingItem>> returnToApplicant(const User &actor, qint64 applicationId, const QString &note = {});
    Status recheck(const User &actor, qint64 applicationId);
    Status discretion(const User &actor, qint64 applicationId, const QString &reason);

    Status claim(const User &actor, qint64 applicationId);
    // Gives a claimed file back to the queue; the reason is required and recorded.
    Status release(const User &actor, qint64 applicationId, const QString &reason);
    Status complete(const User &actor, qint64 applicationId, const QString &outcome);
    Status sendBack(const User &actor, qint64 applicationId, const QString &reason);
    Status pause(const User &actor, qint64 applicationId, PauseReason reason, const QString &text);
    Status resume(const User &actor, qint64 applicationId);
    Status cancel(const User &actor, qint64 applicationId, const QString &reason);
    // Records that a receipt was printed (or printed again).
    Status recordPrint(const User &actor, qint64 applicationId, const QString &receiptKind);

    Result<Application> application(qint64 id);
    // Accepts a number as typed or scanned (spaces, lower case, a trailing newline).
    Result<qint64> findByNumber(const QString &typed);
    Result<QList<ChecklistItem>> checklist(qint64 applicationId);
    Result<ApplicationFile> file(qint64 applicationId, const QDateTime &now = {});
    Result<ClockReading> clock(qint64 applicationId, const QDateTime &now = {});
    // A quick reading for list rows from the stored due time (no query unless paused),
    // so a queue can refresh its colours every few seconds.
    ClockReading glance(const FileSummary &file, const QDateTime &now);
    // The readings of a whole list, in its order: the pauses of the paused files are read
    // in one query, so a list costs the same few statements whatever its length.
    QList<ClockReading> glanceAll(const QList<FileSummary> &files, const QDateTime &now);

    // Open files handed off to a role ("verifikator", "admin_sistem"), oldest first;
    // an empty role lists every open file (supervisors).
    Result<QList<FileSummary>> openQueue(const QString &role = {});
    // Files the helpdesk has to deal with: registered, checking, sent back.
    Result<QList<FileSummary>> helpdeskWork();
    // The guest book of one local day, optionally filtered by a search text.
    Result<QList<FileSummary>> guestBook(const QDate &localDay, const QString &search = {});
    Result<QList<ServiceDayCount>> dayCounts(const QDate &localDay);
    // Returned files of a vendor (to link a returning applicant's new visit).
    Result<QList<FileSummary>> returnedFilesOfVendor(qint64 vendorId);

    const WorkingCalendar &calendar();
    void reloadCalendar();
    Result<Service> serviceOf(const Application &application);
    // Recomputes due_at of every open, accepted application (inside the caller's transaction).
    Status recomputeDueTimes(const WorkingCalendar &calendar);

    static QString formatQueueNumber(QChar letter, int sequence);

private:
    using Body = std::function<Status(Application &)>;
    Status transition(const User &actor, qint64 applicationId, const QList<ApplicationStatus> &from, ApplicationStatus to,
                      const QString &kind, const QString &reason, const QJsonObject &data, const Body &body = {});
    Status requireHandler(const User &actor, const Application &application);
    Status requireClaimer(const User &actor, const Application &application);
    Result<Application> loadApplication(qint64 id);
    Result<QList<PausePeriod>> pausesOf(qint64 applicationId);
    Result<ClockReading> clockOf(const Application &application, const QDateTime &now);
    Status storeDueTime(const Application &application);
    Status appendEvent(Event event);
    Result<QList<FileSummary>> summaries(const QString &where, const QList<std::pair<QString, QVariant>> &binds,
                                         const QString &order);
    QDate today();

    Database &m_db;
    QSqlDatabase &m_sql;
    std::optional<WorkingCalendar> m_calendar;
    QHash<int, ServiceCatalog> m_catalogs;
    QHash<qint64, qint64> m_allowances; // allowance depends only on the acceptance time and calendar
};
