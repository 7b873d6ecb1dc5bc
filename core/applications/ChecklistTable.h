#pragma once

#include "applications/Application.h"
#include "catalog/Service.h"
#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// What the helpdesk ticked for one requirement.
struct ChecklistUpdate
{
    QString requirementId;
    bool originalSeen = false;
    bool copyReceived = false;
    QDate validUntil;
    QString note;
};

// The only writer of `checklist_items`: each file's own copy of its service's
// requirements, so that a later catalogue never rewrites what was checked.
class ChecklistTable final
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistTable)

public:
    explicit ChecklistTable(QSqlDatabase &sql) : m_sql(sql) {}

    // The requirements of `service` that apply to this applicant, unticked, in order.
    static QList<ChecklistItem> itemsFor(const Service &service, bool proxy);

    // Stores `items` (ticked or not) for a new file.
    Status insert(qint64 applicationId, const QList<ChecklistItem> &items);
    // Stores one tick; the requirement must be on the file's list.
    Status update(qint64 applicationId, const ChecklistUpdate &update);
    Result<QList<ChecklistItem>> items(qint64 applicationId);
    static SqlStatement itemsStatement(qint64 applicationId); // for a ReadAhead

private:
    QSqlDatabase &m_sql;
};
