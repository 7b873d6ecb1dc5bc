#pragma once

#include "applications/Application.h"
#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>

// A row of `applications` as a whole: the file and the report's summary of it
// (migration 0004). A check-in writes the first; the demo history writes the last.
struct ApplicationRow
{
    Application file;
    qint64 acceptedBy = 0;
    QDateTime claimedAt;
    qint64 finishedBy = 0;
    QVariant serviceSeconds; // null until done
    QVariant met;            // null until done
};

// Who moves a file and what the move stamps into its summary.
struct StatusStamp
{
    qint64 actorId = 0;
    QDateTime at;
    bool claiming = false;  // claimed_at
    bool accepting = false; // accepted_by
    bool finishing = false; // finished_by
};

// The only writer of `applications`, and the one place its columns are named.
class ApplicationTable final
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationTable)

public:
    explicit ApplicationTable(QSqlDatabase &sql) : m_sql(sql) {}

    // "a.id, a.number, ..." for SELECTs that read a whole Application (fromRow()).
    static const QString &columns();
    static Application fromRow(const QVariant *values);

    Result<Application> load(qint64 id);
    static SqlStatement loadStatement(qint64 id); // for a ReadAhead
    Result<qint64> insert(const ApplicationRow &row);
    // Writes `file`'s status and fields, only if the stored status is still `before`;
    // another desk's change in between is the refusal "changed by another officer".
    Status writeMove(const Application &file, ApplicationStatus before, const StatusStamp &stamp);
    Status writeDue(qint64 id, const QDateTime &due, const QVariant &serviceSeconds, const QVariant &met);

    Result<qint64> idOfNumber(const QString &number);
    Result<QStringList> laterNumbers(qint64 id);
    static SqlStatement laterNumbersStatement(qint64 id); // for a ReadAhead
    // Accepted files whose clock runs or stands (queued, in progress, paused).
    Result<QList<Application>> openAccepted();
    // Files registered on a local day and not yet being checked.
    Result<int> waitingOn(const QDate &localDay);
    static SqlStatement waitingOnStatement(const QSqlDatabase &db, const QDate &localDay); // for a ReadAhead

private:
    QSqlDatabase &m_sql;
};
