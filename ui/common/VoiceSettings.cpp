#include "common/VoiceSettings.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString kEnabled = QStringLiteral("voice/enabled");
const QString kVolume = QStringLiteral("voice/volume");
const QString kRate = QStringLiteral("voice/rate");
const QString kVoice = QStringLiteral("voice/voice");
const QString kEngine = QStringLiteral("voice/engine");

} // namespace

VoiceSettings VoiceSettings::load()
{
    const VoiceSettings defaults;
    const QSettings s;
    VoiceSettings v;
    v.enabled = s.value(kEnabled, defaults.enabled).toBool();
    v.volume = std::clamp(s.value(kVolume, defaults.volume).toInt(), kMinVolume, kMaxVolume);
    v.rate = std::clamp(s.value(kRate, defaults.rate).toInt(), kMinRate, kMaxRate);
    v.voice = s.value(kVoice).toString();
    v.engine = qEnvironmentVariableIsSet("LOKET_SPEECH_ENGINE") ? qEnvironmentVariable("LOKET_SPEECH_ENGINE")
                                                                 : s.value(kEngine).toString();
    return v;
}

void VoiceSettings::save() const
{
    QSettings s;
    s.setValue(kEnabled, enabled);
    s.setValue(kVolume, std::clamp(volume, kMinVolume, kMaxVolume));
    s.setValue(kRate, std::clamp(rate, kMinRate, kMaxRate));
    s.setValue(kVoice, voice);
    // The environment's engine is for this run only: the stored choice stays.
    if (!qEnvironmentVariableIsSet("LOKET_SPEECH_ENGINE"))
        s.setValue(kEngine, engine);
}
