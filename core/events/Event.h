#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One line of the append-only history: who did what, when (UTC), to which record.
struct Event
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0;
    QString kind;
    qint64 applicationId = 0;
    qint64 visitId = 0;
    qint64 complaintId = 0;
    QString fromStatus;
    QString toStatus;
    QString reason;
    QJsonObject data;
    // The idempotency key of the action this event records (ActionKey.h), on the one
    // event an action is known by; empty on every other. Not part of the hash.
    QString actionKey;
    QString userName; // filled in when read for display
};
