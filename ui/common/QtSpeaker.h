#pragma once

#include "common/Speaker.h"

class QThread;
class SpeechWorker;

// The Announcer's voice on a PC: Qt TextToSpeech (speech-dispatcher with espeak-ng's
// Indonesian voice on Debian), run on a thread of its own (SpeechWorker). The engine
// "none" speaks nothing and says so (the test runs, LOKET_SPEECH_ENGINE=none).
class QtSpeaker final : public Speaker
{
    Q_OBJECT

public:
    // `engine`: a Qt TextToSpeech engine name; empty for the default one.
    explicit QtSpeaker(const QString &engine, QObject *parent = nullptr);
    ~QtSpeaker() override;

    bool isReady() const override { return m_ready; }
    QString unavailableReason() const override;
    QString notice() const override;
    QList<Voice> voices() const override { return m_voices; }
    void say(int id, const QString &text, const VoiceSettings &settings) override;
    void stop() override;

private:
    QThread *m_thread = nullptr;
    SpeechWorker *m_worker = nullptr;
    bool m_ready = false;
    QString m_reason;
    QString m_notice;
    QList<Voice> m_voices;
};
