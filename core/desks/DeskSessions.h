#pragma once

#include "accounts/User.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// Who works at which desk (issue 16). Each PC has a desk name, set once on that PC
// ("Meja Helpdesk 1"); a login there opens a session, the window keeps it alive every
// half minute, and a logout (or closing Loket) ends it. A session that stopped being
// seen without ending is a PC switched off, crashed or cut off from the server: its
// officer is no longer at that desk. The files such an officer still holds are flagged
// once the session has been silent for the office's set time (settings
// "desks.abandoned_minutes", default 15), and the supervisor may release them
// (QueueWork::release, Action::ReleaseAny).
//
// Sessions are not events: a heartbeat every half minute is not the history of a file
// and would only lengthen the chain. The login itself stays an event (AccountStore).
class DeskSessions final
{
    Q_DECLARE_TR_FUNCTIONS(DeskSessions)

public:
    static constexpr int kBeatSeconds = 30;
    // Three beats missed: the PC is gone (a busy desk never misses three).
    static constexpr int kSilentAfterSeconds = 90;
    static constexpr int kDefaultAbandonedMinutes = 15;
    static constexpr int kMaxDeskName = 60;

    explicit DeskSessions(Database &db) : m_db(db) {}

    // This PC's desk name (QSettings "desk/name"); the machine's name until one is set.
    static QString deskName();
    // Sets it after validate(); stored on this PC only.
    static Status setDeskName(const QString &name);
    // The services this desk calls visitors for (QSettings "desk/services"): empty, every
    // service (issue 17, "Panggil berikutnya").
    static QList<int> deskServices();
    static void setDeskServices(const QList<int> &services);
    // A desk name: 1-60 characters, no control characters; trimmed.
    static Result<QString> validateDeskName(const QString &name);

    // A login at this desk: the session's id.
    Result<qint64> begin(const User &user, const QString &desk, const QString &host);
    // The window is still there (every kBeatSeconds).
    Status beat(qint64 sessionId);
    // A logout, or Loket closed.
    Status end(qint64 sessionId);

    struct Session
    {
        qint64 id = 0;
        QString desk;
        QString host;
        qint64 userId = 0;
        QString userName;
        QDateTime startedAt;
        QDateTime seenAt;
        bool silent = false; // not seen for kSilentAfterSeconds: the PC is gone
    };
    // The sessions not ended, at `now`: who is logged in where and since when, and the
    // silent ones. Ordered by desk.
    Result<QList<Session>> open(const QDateTime &now);

    struct AbandonedFile
    {
        qint64 applicationId = 0;
        QString number;
        qint64 handlerId = 0;
        QString handlerName;
        QString desk;       // the desk of the handler's silent session
        QDateTime lastSeen; // when that desk was last seen
    };
    // Files in progress or paused whose handler has no live session and whose latest session went
    // silent more than `minutes` ago: the PC holding them was switched off or crashed.
    Result<QList<AbandonedFile>> abandonedFiles(const QDateTime &now, int minutes);
    // The office's set time (settings "desks.abandoned_minutes").
    int abandonedMinutes();
    // Sets it (administrators, Action::EditSettings): 5 to 480 minutes.
    Status setAbandonedMinutes(const User &actor, int minutes);

private:
    Database &m_db;
};
