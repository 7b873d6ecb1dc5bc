#include "common/SpeechWorker.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextToSpeech>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Announcer)
};

const QString kSpeechd = QStringLiteral("speechd");

bool isIndonesian(const QLocale &locale)
{
    return locale.language() == QLocale::Indonesian;
}

} // namespace

SpeechWorker::SpeechWorker(QString engine) : m_engineName(std::move(engine)) {}

SpeechWorker::~SpeechWorker()
{
    if (m_tts && m_tts->state() == QTextToSpeech::Speaking)
        m_tts->stop();
}

void SpeechWorker::start()
{
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        emit ready(Tr::tr("Mesin suara Qt belum terpasang (paket qt6-speech-speechd-plugin)."), {}, {});
        return;
    }
    QString engine = m_engineName;
    QString notice;
    if (engine.isEmpty() || !engines.contains(engine)) {
        const QString chosen = engines.contains(kSpeechd) ? kSpeechd : engines.first();
        if (!engine.isEmpty())
            notice = Tr::tr("Mesin suara \"%1\" tidak ada; dipakai \"%2\".").arg(engine, chosen);
        engine = chosen;
    }
    if (engine == kSpeechd && QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher")).isEmpty()) {
        emit ready(Tr::tr("speech-dispatcher belum terpasang (paket speech-dispatcher dan speech-dispatcher-espeak-ng)."), notice, {});
        return;
    }
    m_tts = new QTextToSpeech(engine, this);
    if (m_tts->state() == QTextToSpeech::Error) {
        qWarning("text to speech engine %s: %s", qUtf8Printable(engine), qUtf8Printable(m_tts->errorString()));
        delete m_tts;
        m_tts = nullptr;
        emit ready(engine == kSpeechd ? Tr::tr("speech-dispatcher tidak berjalan dan tidak dapat dijalankan.")
                                      : Tr::tr("Mesin suara \"%1\" tidak dapat dimulai.").arg(engine),
                   notice, {});
        return;
    }
    // Qt lists the voices of the current language only: every language in turn.
    QList<Speaker::Voice> indonesian;
    QList<Speaker::Voice> others;
    for (const QLocale &locale : m_tts->availableLocales()) {
        m_tts->setLocale(locale);
        for (const QVoice &v : m_tts->availableVoices()) {
            if (m_voices.contains(v.name()))
                continue;
            m_voices.insert(v.name(), v);
            const QString language = v.locale().nativeLanguageName();
            const Speaker::Voice voice{v.name(), language.isEmpty() ? QLocale::languageToString(v.locale().language()) : language,
                                       isIndonesian(v.locale())};
            (voice.indonesian ? indonesian : others) << voice;
        }
    }
    std::stable_sort(others.begin(), others.end(), [](const Speaker::Voice &a, const Speaker::Voice &b) {
        return a.language != b.language ? a.language < b.language : a.name < b.name;
    });
    if (!indonesian.isEmpty())
        m_firstIndonesian = indonesian.first().name;
    connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State s) { stateChanged(int(s)); });
    emit ready({}, notice, indonesian + others);
}

const QVoice *SpeechWorker::voiceFor(const VoiceSettings &settings) const
{
    if (auto it = m_voices.constFind(settings.voice); it != m_voices.cend())
        return &*it;
    if (auto it = m_voices.constFind(m_firstIndonesian); !m_firstIndonesian.isEmpty() && it != m_voices.cend())
        return &*it;
    return nullptr;
}

void SpeechWorker::say(int id, const QString &text, const VoiceSettings &settings)
{
    if (!m_tts) {
        emit spoken(id, Tr::tr("Mesin suara tidak tersedia."));
        return;
    }
    const QVoice *voice = voiceFor(settings);
    if (!voice) {
        emit spoken(id, Tr::tr("Tidak ada suara berbahasa Indonesia pada mesin suara (paket espeak-ng dan speech-dispatcher-espeak-ng)."));
        return;
    }
    if (voice->name() != m_voiceInUse) {
        m_tts->setLocale(voice->locale());
        m_tts->setVoice(*voice);
        m_voiceInUse = voice->name();
    }
    m_tts->setVolume(settings.volume / 100.0);
    m_tts->setRate(settings.rate / 100.0);
    m_current = id;
    m_begun = false;
    m_tts->say(text);
}

void SpeechWorker::stop()
{
    m_current = -1;
    if (m_tts)
        m_tts->stop();
}

void SpeechWorker::stateChanged(int state)
{
    if (m_current < 0)
        return;
    switch (QTextToSpeech::State(state)) {
    case QTextToSpeech::Speaking:
        if (!m_begun) {
            m_begun = true;
            emit begun(m_current);
        }
        break;
    case QTextToSpeech::Ready:
        if (m_begun)
            finish({});
        break;
    case QTextToSpeech::Error:
        qWarning("text to speech: %s", qUtf8Printable(m_tts->errorString()));
        finish(Tr::tr("Mesin suara gagal membacakan panggilan."));
        break;
    case QTextToSpeech::Paused:
        break;
    }
}

void SpeechWorker::finish(const QString &error)
{
    const int id = m_current;
    m_current = -1;
    emit spoken(id, error);
}
