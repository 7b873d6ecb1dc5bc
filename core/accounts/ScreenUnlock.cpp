#include "accounts/ScreenUnlock.h"

#include "accounts/AccountStore.h"
#include "common/Clock.h"

int ScreenUnlock::secondsPaused() const
{
    if (!m_pausedUntil.isValid())
        return 0;
    const qint64 ms = Clock::nowUtc().msecsTo(m_pausedUntil);
    return ms > 0 ? static_cast<int>((ms + 999) / 1000) : 0;
}

Status ScreenUnlock::tryPassword(const QString &password)
{
    if (const int seconds = secondsPaused(); seconds > 0)
        return Status::failure(tr("Terlalu banyak percobaan yang salah. Coba lagi dalam %1 detik.").arg(seconds));
    m_pausedUntil = QDateTime();
    const Status verified = AccountStore(m_db).verifyPassword(m_userId, password);
    if (verified) {
        m_wrongTries = 0;
        return verified;
    }
    if (++m_wrongTries < kMaxWrongTries)
        return verified;
    m_wrongTries = 0;
    m_pausedUntil = Clock::nowUtc().addSecs(kPauseSeconds);
    return Status::failure(tr("%1 kali kata sandi salah. Coba lagi dalam %2 detik.").arg(kMaxWrongTries).arg(kPauseSeconds));
}
