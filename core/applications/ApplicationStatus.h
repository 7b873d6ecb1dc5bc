#pragma once

#include <QList>
#include <QString>

#include <utility>

enum class ApplicationStatus {
    Registered,
    Checking,
    Returned,
    Accepted,
    Queued,
    InProgress,
    Paused,
    RejectedBack,
    Done,
    Cancelled,
};

namespace ApplicationStatuses {

QString key(ApplicationStatus status);
bool fromKey(const QString &key, ApplicationStatus *status);
QString title(ApplicationStatus status); // Indonesian, translated
bool isFinal(ApplicationStatus status);
// Not final: the file is still somewhere at the counter.
bool isOpen(ApplicationStatus status);
// The file is at the helpdesk's desk: registered, being checked, or sent back by the
// verifikator. Only then is the checklist worked and the file accepted or returned.
bool isAtHelpdesk(ApplicationStatus status);
// The checklist may be ticked: registered, or being checked.
bool isChecklistOpen(ApplicationStatus status);
// Where the Kepala Bagian's discretion (Pasal 6) may accept an incomplete file from.
const QList<ApplicationStatus> &discretionFrom();
// The file waits in, or is worked from, a role's queue: its clock runs or stands.
bool isInQueue(ApplicationStatus status);
// A status set as SQL: "<column> IN (:status_0, ...)" with the keys bound (status sets
// live here, never spelled out in a query).
struct StatusFilter
{
    QString sql;
    QList<std::pair<QString, QString>> binds;
};
StatusFilter filter(const QString &column, bool (*member)(ApplicationStatus));
// The allowed life of an application, and no other.
bool canMove(ApplicationStatus from, ApplicationStatus to);
const QList<ApplicationStatus> &all();

} // namespace ApplicationStatuses

// Why a file is paused; the clock stops while it is.
enum class PauseReason { WaitingLkpp, InternetOutage, WaitingApplicant, Other };

namespace PauseReasons {

QString key(PauseReason reason);
bool fromKey(const QString &key, PauseReason *reason);
QString title(PauseReason reason);
const QList<PauseReason> &all();

} // namespace PauseReasons
