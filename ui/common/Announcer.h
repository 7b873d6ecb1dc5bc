#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

// The waiting room's voice (issue 17): a chime, then the call spoken in Indonesian
// (Announcement::callText, core). Calls are spoken one at a time, in the order they
// came, never over each other. Without a speech engine the chime plays alone and
// unavailableReason() says why.
class Announcer final : public QObject
{
    Q_OBJECT

public:
    explicit Announcer(QObject *parent = nullptr);
    ~Announcer() override;

    // Queues a call of `queueNumber` to `desk`.
    void announce(const QString &queueNumber, const QString &desk);
    // Queues a text as it is (the settings' sound test).
    void announceText(const QString &text);

    bool speechAvailable() const;
    QString unavailableReason() const; // Indonesian, translated; empty when speech is there
    // The texts started so far, oldest first (tests: what was announced, in what order).
    const QStringList &announced() const { return m_announced; }
    int pending() const { return int(m_queue.size()); }

signals:
    void started(const QString &text);
    void finished(const QString &text);

private:
    void startNext();

    QStringList m_queue;
    QStringList m_announced;
    bool m_busy = false;
};
