#pragma once

#include "common/Speaker.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class Chime;
class QTimer;

// The waiting room's voice (issue 17): a chime, then the call spoken in Indonesian
// (Announcement::callText, core). Calls are spoken one at a time, in the order they
// came, never over each other: the next waits for the chime to end and for the engine
// to be done speaking, and every Announcer of the process takes its turn with the others.
// Without a speech engine, with the voice off in the settings, or when the engine fails,
// the chime plays alone and unavailableReason() says why.
//
// The engine (Speaker; QtSpeaker unless a test gives another) is made at the first call,
// or the first question about it, while the voice is on; VoiceSettings are read again at
// every call. An engine that failed or never finished speaking is made again at the first
// call five minutes later, or at once after resetSpeech() (the settings' sound test).
class Announcer final : public QObject
{
    Q_OBJECT

public:
    using SpeakerFactory = std::function<Speaker *(const QString &engine)>;

    explicit Announcer(QObject *parent = nullptr);
    ~Announcer() override;

    // Queues a call of `queueNumber` to `desk`.
    void announce(const QString &queueNumber, const QString &desk);
    // Queues a text as it is (the settings' sound test).
    void announceText(const QString &text);

    bool speechAvailable() const;
    // The engine is starting (the voice is on, it has not said yet whether it can speak).
    bool speechPreparing() const;
    QString unavailableReason() const; // Indonesian, translated; empty when speech is there
    // A choice the engine made that the settings screen shows (a stored voice it lacks).
    QString voiceNotice() const;
    // The engine's voices, Indonesian first (empty while it starts or with the voice off).
    QList<Speaker::Voice> voices() const;
    // Starts the engine now, when the voice is on, so that the first call does not wait.
    void prepare();
    // Forgets an engine that failed or was missing: the next call makes a new one.
    void resetSpeech();

    // The texts started so far, oldest first (tests: what was announced, in what order).
    const QStringList &announced() const { return m_announced; }
    int pending() const { return int(m_queue.size()); }
    bool isBusy() const { return m_state != State::Idle; }
    Chime *chime() const { return m_chime; }
    // Tests: what makes the engine (a stand-in instead of Qt TextToSpeech).
    void setSpeakerFactory(SpeakerFactory factory);

signals:
    void started(const QString &text);
    void finished(const QString &text);
    // unavailableReason(), voices() or voiceNotice() may have changed.
    void availabilityChanged();

private:
    enum class State { Idle, Chiming, Speaking };

    void startNext();
    void chimeDone();
    void spoken(int id, const QString &error);
    void guardExpired();
    void finishCurrent();
    void speechFailed(const QString &reason);
    Speaker *speaker(const VoiceSettings &settings) const;
    void dropSpeaker() const;

    QStringList m_queue;
    QStringList m_announced;
    State m_state = State::Idle;
    QString m_current;
    int m_callId = 0;
    VoiceSettings m_settings; // of the call being made
    Chime *m_chime = nullptr;
    QTimer *m_guard = nullptr;
    SpeakerFactory m_factory;
    mutable Speaker *m_speaker = nullptr;
    mutable QString m_speakerEngine;
    QString m_speechError;
    QDeadlineTimer m_retryAt;
};
