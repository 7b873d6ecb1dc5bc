#pragma once

#include "applications/Application.h"
#include "applications/VisitTable.h"
#include "catalog/Service.h"
#include "clock/ServiceClock.h"
#include "common/Result.h"
#include "events/Event.h"
#include "vendors/Vendor.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

struct CounterContext;
class FileClock;

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

// The counter's lists and the whole of one file, read only.
class FileLists final
{
    Q_DECLARE_TR_FUNCTIONS(FileLists)

public:
    FileLists(CounterContext &context, FileClock &clock) : m_ctx(context), m_clock(clock) {}

    Result<Application> application(qint64 id);
    // Accepts a number as typed or scanned (spaces, lower case, a trailing newline).
    Result<qint64> findByNumber(const QString &typed);
    Result<ApplicationFile> file(qint64 applicationId, const QDateTime &now = {});

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

private:
    using Binds = QList<std::pair<QString, QVariant>>;
    Result<QList<FileSummary>> summaries(const QString &where, const Binds &binds, const QString &order);

    CounterContext &m_ctx;
    FileClock &m_clock;
};
