#pragma once

#include "common/Speaker.h"
#include "common/VoiceSettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QVoice>

class QTextToSpeech;

// QtSpeaker's engine, on a thread of its own: speech-dispatcher lists every voice of
// every module when Qt connects to it (about ten seconds for espeak-ng's 13,000), and the
// window must not stop for that. Everything here runs on that thread.
class SpeechWorker final : public QObject
{
    Q_OBJECT

public:
    explicit SpeechWorker(QString engine);
    ~SpeechWorker() override;

    // Makes the engine, lists its voices, then ready().
    void start();
    void say(int id, const QString &text, const VoiceSettings &settings);
    void stop();

signals:
    // `reason` empty: it can speak (Speaker::unavailableReason()).
    void ready(const QString &reason, const QString &notice, const QList<Speaker::Voice> &voices);
    void begun(int id);
    void spoken(int id, const QString &error);

private:
    void stateChanged(int state);
    void finish(const QString &error);
    const QVoice *voiceFor(const VoiceSettings &settings) const;

    QString m_engineName;
    QTextToSpeech *m_tts = nullptr;
    QHash<QString, QVoice> m_voices; // by name
    QString m_firstIndonesian;
    QString m_voiceInUse;
    int m_current = -1; // the call being spoken; -1: none
    bool m_begun = false;
};
