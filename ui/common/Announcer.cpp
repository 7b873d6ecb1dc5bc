#include "common/Announcer.h"

#include "calling/Announcement.h"

#include <QTimer>

// A first version: the text is queued and reported, no engine speaks it yet.
Announcer::Announcer(QObject *parent) : QObject(parent) {}

Announcer::~Announcer() = default;

void Announcer::announce(const QString &queueNumber, const QString &desk)
{
    announceText(Announcement::callText(queueNumber, desk));
}

void Announcer::announceText(const QString &text)
{
    m_queue << text;
    if (!m_busy)
        startNext();
}

bool Announcer::speechAvailable() const
{
    return false;
}

QString Announcer::unavailableReason() const
{
    return tr("Suara panggilan belum tersedia pada versi ini.");
}

void Announcer::startNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    const QString text = m_queue.takeFirst();
    m_announced << text;
    emit started(text);
    QTimer::singleShot(0, this, [this, text] {
        emit finished(text);
        startNext();
    });
}
