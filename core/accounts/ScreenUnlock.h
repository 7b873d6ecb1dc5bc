#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

// The way back from a screen an officer handed over to visitors (survey mode): the
// officer's password, checked without counting towards the account's lockout (visitors
// must not be able to lock the officer's account), and, against guessing at that screen,
// after kMaxWrongTries wrong passwords in a row no further try for kPauseSeconds.
class ScreenUnlock final
{
    Q_DECLARE_TR_FUNCTIONS(ScreenUnlock)

public:
    static constexpr int kMaxWrongTries = 3;
    static constexpr int kPauseSeconds = 30;

    ScreenUnlock(Database &db, qint64 userId) : m_db(db), m_userId(userId) {}

    // Success when `password` is the officer's; otherwise the message for the screen.
    // During a pause the password is not checked at all.
    Status tryPassword(const QString &password);
    // Seconds until tries are accepted again (0: now).
    int secondsPaused() const;

private:
    Database &m_db;
    qint64 m_userId = 0;
    int m_wrongTries = 0;
    QDateTime m_pausedUntil;
};
