#pragma once

#include "TestSupport.h"

#include "accounts/AccountStore.h"
#include "applications/Workflow.h"

#include <QTimeZone>

// A database with one account per role, a fixed clock in Banjarmasin time, and helpers
// to check a walk-in in. Accounts are hashed once and the file copied per test.
class WorkflowFixture
{
public:
    WorkflowFixture();
    ~WorkflowFixture();

    Database &db() { return m_temp.db(); }
    Workflow &wf() { return *m_workflow; }
    TempDatabase &temp() { return m_temp; }

    // Sets "now" to a local Banjarmasin time, "yyyy-MM-dd HH:mm".
    static void setNow(const QString &local);
    static QDateTime local(const QString &text);
    static QString localText(const QDateTime &instant);

    Result<CheckInResult> checkIn(int service, bool proxy = false, const QString &npwp = QStringLiteral("01.234.567.8-901.000"),
                                  qint64 previous = 0, Priority priority = Priority::None);
    // A walk-in for "Layanan lain" (no standard yet), asking for `asked`.
    Result<CheckInResult> checkInOther(const QString &asked);
    // Ticks every item of the checklist (originals, copies, validity one year ahead),
    // except the ones listed.
    void tickAll(qint64 applicationId, const QStringList &except = {});

    User admin, helpdesk, verifikator, verifikator2, adminSistem, kepalaBagian, kasubbag;

private:
    TempDatabase m_temp;
    std::unique_ptr<Workflow> m_workflow;
};
