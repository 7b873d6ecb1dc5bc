#pragma once

#include "common/VoiceSettings.h"

#include <QList>
#include <QObject>
#include <QString>

// What speaks the Announcer's calls: Qt TextToSpeech (QtSpeaker) on a PC, a stand-in in
// the tests. It starts by itself when made (an engine can take seconds to come up),
// says ready() once it knows whether it can speak, and answers every say() with
// spoken(), unless it is stopped first.
class Speaker : public QObject
{
    Q_OBJECT

public:
    struct Voice
    {
        QString name;     // the engine's name, as stored in "voice/voice"
        QString language; // in words ("Indonesian (Indonesia)")
        bool indonesian = false;
    };

    using QObject::QObject;

    virtual bool isReady() const = 0;
    // Why it cannot speak, in Indonesian; empty when it can (or is not ready yet).
    virtual QString unavailableReason() const = 0;
    // A choice it made that the settings should say ("Suara X tidak ada; dipakai Y").
    virtual QString notice() const { return {}; }
    // The engine's voices, Indonesian ones first; empty until ready.
    virtual QList<Voice> voices() const = 0;
    // Speaks `text` as `settings` say (voice, volume, rate); answers spoken(id, ...).
    virtual void say(int id, const QString &text, const VoiceSettings &settings) = 0;
    virtual void stop() = 0;

signals:
    void ready();
    // The engine began to speak call `id` (the time it needs runs from here).
    void begun(int id);
    // Call `id` is over: spoken, or not (`error` then says why, in Indonesian).
    void spoken(int id, const QString &error);
};
