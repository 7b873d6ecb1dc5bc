#include "applications/ApplicationStatus.h"

#include <QCoreApplication>
#include <QStringList>

namespace ApplicationStatuses {

using S = ApplicationStatus;

const QList<ApplicationStatus> &all()
{
    static const QList<S> list = {S::Registered, S::Checking, S::Returned, S::Accepted, S::Queued,
                                  S::InProgress, S::Paused, S::RejectedBack, S::Done, S::Cancelled};
    return list;
}

QString key(S status)
{
    switch (status) {
    case S::Registered: return QStringLiteral("registered");
    case S::Checking: return QStringLiteral("checking");
    case S::Returned: return QStringLiteral("returned");
    case S::Accepted: return QStringLiteral("accepted");
    case S::Queued: return QStringLiteral("queued");
    case S::InProgress: return QStringLiteral("in_progress");
    case S::Paused: return QStringLiteral("paused");
    case S::RejectedBack: return QStringLiteral("rejected_back");
    case S::Done: return QStringLiteral("done");
    case S::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

bool fromKey(const QString &k, S *status)
{
    for (S s : all()) {
        if (key(s) == k) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString title(S status)
{
    switch (status) {
    case S::Registered: return QCoreApplication::translate("ApplicationStatus", "Terdaftar");
    case S::Checking: return QCoreApplication::translate("ApplicationStatus", "Diperiksa helpdesk");
    case S::Returned: return QCoreApplication::translate("ApplicationStatus", "Dikembalikan");
    case S::Accepted: return QCoreApplication::translate("ApplicationStatus", "Diterima");
    case S::Queued: return QCoreApplication::translate("ApplicationStatus", "Dalam antrian");
    case S::InProgress: return QCoreApplication::translate("ApplicationStatus", "Sedang dikerjakan");
    case S::Paused: return QCoreApplication::translate("ApplicationStatus", "Ditunda");
    case S::RejectedBack: return QCoreApplication::translate("ApplicationStatus", "Dikembalikan ke helpdesk");
    case S::Done: return QCoreApplication::translate("ApplicationStatus", "Selesai");
    case S::Cancelled: return QCoreApplication::translate("ApplicationStatus", "Dibatalkan");
    }
    return {};
}

bool isAtHelpdesk(S status)
{
    return status == S::Registered || status == S::Checking || status == S::RejectedBack;
}

bool isInQueue(S status)
{
    return status == S::Queued || status == S::InProgress || status == S::Paused;
}

StatusFilter filter(const QString &column, bool (*member)(S))
{
    StatusFilter f;
    QStringList placeholders;
    for (S s : all()) {
        if (!member(s))
            continue;
        const QString name = QStringLiteral(":%1_%2").arg(QString(column).replace(QLatin1Char('.'), QLatin1Char('_'))).arg(placeholders.size());
        placeholders << name;
        f.binds.append({name, key(s)});
    }
    f.sql = column + QStringLiteral(" IN (") + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
    return f;
}

bool isChecklistOpen(S status)
{
    return status == S::Registered || status == S::Checking;
}

const QList<S> &discretionFrom()
{
    static const QList<S> from{S::Checking, S::RejectedBack};
    return from;
}

bool isFinal(S status)
{
    return status == S::Returned || status == S::Done || status == S::Cancelled;
}

bool isOpen(S status)
{
    return !isFinal(status);
}

bool canMove(S from, S to)
{
    if (to == S::Cancelled)
        return !isFinal(from);
    switch (from) {
    case S::Registered: return to == S::Checking;
    case S::Checking: return to == S::Returned || to == S::Accepted;
    case S::Accepted: return to == S::Queued;
    case S::Queued: return to == S::InProgress;
    case S::InProgress: return to == S::Done || to == S::RejectedBack || to == S::Paused || to == S::Queued;
    case S::Paused: return to == S::InProgress;
    case S::RejectedBack: return to == S::Checking || to == S::Returned || to == S::Accepted;
    case S::Returned:
    case S::Done:
    case S::Cancelled: return false;
    }
    return false;
}

} // namespace ApplicationStatuses

namespace PauseReasons {

const QList<PauseReason> &all()
{
    static const QList<PauseReason> list = {PauseReason::WaitingLkpp, PauseReason::InternetOutage,
                                            PauseReason::WaitingApplicant, PauseReason::Other};
    return list;
}

QString key(PauseReason reason)
{
    switch (reason) {
    case PauseReason::WaitingLkpp: return QStringLiteral("waiting_lkpp");
    case PauseReason::InternetOutage: return QStringLiteral("internet_outage");
    case PauseReason::WaitingApplicant: return QStringLiteral("waiting_applicant");
    case PauseReason::Other: return QStringLiteral("other");
    }
    return {};
}

bool fromKey(const QString &k, PauseReason *reason)
{
    for (PauseReason r : all()) {
        if (key(r) == k) {
            *reason = r;
            return true;
        }
    }
    return false;
}

QString title(PauseReason reason)
{
    switch (reason) {
    case PauseReason::WaitingLkpp: return QCoreApplication::translate("PauseReason", "Menunggu LKPP");
    case PauseReason::InternetOutage: return QCoreApplication::translate("PauseReason", "Gangguan internet");
    case PauseReason::WaitingApplicant: return QCoreApplication::translate("PauseReason", "Menunggu pemohon");
    case PauseReason::Other: return QCoreApplication::translate("PauseReason", "Alasan lain");
    }
    return {};
}

} // namespace PauseReasons
