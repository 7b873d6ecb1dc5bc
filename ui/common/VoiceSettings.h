#pragma once

#include <QString>

// The waiting room's voice, set per PC (QSettings "voice/..."): the one place its keys and
// defaults are written down. Read again at every call, so a change in the settings
// screen reaches every Announcer of the window at its next call.
struct VoiceSettings
{
    bool enabled = true;
    int volume = 80; // 0..100
    int rate = 0;    // -50..50: slower .. faster
    QString voice;   // the engine's voice name; empty: its first Indonesian voice
    QString engine;  // a Qt TextToSpeech engine ("speechd"); empty: the default one

    static constexpr int kMinVolume = 0;
    static constexpr int kMaxVolume = 100;
    static constexpr int kMinRate = -50;
    static constexpr int kMaxRate = 50;

    // The stored values, each brought into its range. LOKET_SPEECH_ENGINE, when set,
    // stands for "voice/engine" ("none": no engine at all; the test runs set it).
    static VoiceSettings load();
    void save() const;

    friend bool operator==(const VoiceSettings &, const VoiceSettings &) = default;
};
