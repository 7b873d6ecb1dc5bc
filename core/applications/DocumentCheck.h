#pragma once

#include "accounts/User.h"
#include "applications/ChecklistTable.h"
#include "applications/FileEvents.h"
#include "common/Result.h"

#include <QCoreApplication>

struct CounterContext;
class StatusChange;

struct Completeness
{
    bool complete = false;
    QList<MissingItem> missing;
};

// The helpdesk's check of the documents against the service's checklist: ticking it,
// accepting and handing off a complete file, returning an incomplete one with its slip,
// and the Kepala Bagian's discretion (Pasal 6).
class DocumentCheck final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCheck)

public:
    DocumentCheck(CounterContext &context, StatusChange &change) : m_ctx(context), m_change(change) {}

    Status startChecking(const User &actor, qint64 applicationId);
    Status updateChecklist(const User &actor, qint64 applicationId, const ChecklistUpdate &update);
    Result<QList<ChecklistItem>> checklist(qint64 applicationId);
    Result<Completeness> completeness(qint64 applicationId);
    Status accept(const User &actor, qint64 applicationId);
    // Whether accept() would hand `file` on for `actor`, given its completeness: a file the
    // helpdesk is checking, or one still registered that has nothing to check (Layanan lain,
    // whose check the hand-off starts).
    bool mayAccept(const User &actor, const Application &file, const Completeness &completeness);
    Result<QList<MissingItem>> returnToApplicant(const User &actor, qint64 applicationId, const QString &note = {});
    Status recheck(const User &actor, qint64 applicationId);
    Status discretion(const User &actor, qint64 applicationId, const QString &reason);

private:
    CounterContext &m_ctx;
    StatusChange &m_change;
};
