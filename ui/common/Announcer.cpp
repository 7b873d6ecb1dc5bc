#include "common/Announcer.h"

#include "calling/Announcement.h"
#include "common/Chime.h"
#include "common/QtSpeaker.h"

#include <QList>
#include <QTimer>

namespace {

// The chime is 0.7 s; an output that never says it is done does not hold the line.
constexpr int kChimeGuardMs = 5000;
// From say() to the first word: speech-dispatcher starting and listing its voices.
constexpr int kStartGuardMs = 60000;
// From the first word to the last: generous for the slowest rate.
constexpr int kSpeakingGuardMs = 10000;
constexpr int kSpeakingGuardPerCharMs = 150;
// An engine that failed is tried again at the first call after this.
constexpr qint64 kRetryMs = 5 * 60 * 1000;

// Every Announcer of the process takes its turn: the one speaking, the ones waiting.
Announcer *s_speaking = nullptr;
QList<Announcer *> s_waiting;

} // namespace

Announcer::Announcer(QObject *parent)
    : QObject(parent), m_chime(new Chime(this)), m_guard(new QTimer(this)),
      m_factory([](const QString &engine) -> Speaker * { return new QtSpeaker(engine); })
{
    m_guard->setSingleShot(true);
    connect(m_guard, &QTimer::timeout, this, &Announcer::guardExpired);
    // Queued: the chime is done with its own handler before the voice begins.
    connect(m_chime, &Chime::finished, this, &Announcer::chimeDone, Qt::QueuedConnection);
}

Announcer::~Announcer()
{
    s_waiting.removeAll(this);
    if (s_speaking == this) {
        s_speaking = nullptr;
        if (!s_waiting.isEmpty())
            QTimer::singleShot(0, s_waiting.first(), [next = s_waiting.first()] { next->startNext(); });
    }
    if (m_speaker && m_state == State::Speaking)
        m_speaker->stop();
}

void Announcer::setSpeakerFactory(SpeakerFactory factory)
{
    dropSpeaker();
    m_factory = std::move(factory);
}

void Announcer::announce(const QString &queueNumber, const QString &desk)
{
    announceText(Announcement::callText(queueNumber, desk));
}

void Announcer::announceText(const QString &text)
{
    m_queue << text;
    if (m_state == State::Idle && !s_waiting.contains(this))
        startNext();
}

Speaker *Announcer::speaker(const VoiceSettings &settings) const
{
    if (!settings.enabled)
        return nullptr;
    if (m_speaker && m_speakerEngine != settings.engine)
        dropSpeaker();
    if (!m_speaker) {
        m_speaker = m_factory(settings.engine);
        m_speakerEngine = settings.engine;
        auto *self = const_cast<Announcer *>(this);
        m_speaker->setParent(self);
        connect(m_speaker, &Speaker::ready, self, &Announcer::availabilityChanged);
        connect(m_speaker, &Speaker::begun, self, [self](int id) {
            if (self->m_state == State::Speaking && id == self->m_callId)
                self->m_guard->start(kSpeakingGuardMs + kSpeakingGuardPerCharMs * int(self->m_current.size()));
        });
        connect(m_speaker, &Speaker::spoken, self, &Announcer::spoken);
    }
    return m_speaker;
}

void Announcer::dropSpeaker() const
{
    if (!m_speaker)
        return;
    m_speaker->disconnect(this);
    m_speaker->deleteLater();
    m_speaker = nullptr;
}

bool Announcer::speechAvailable() const
{
    const VoiceSettings settings = VoiceSettings::load();
    const Speaker *s = speaker(settings);
    return s && s->isReady() && m_speechError.isEmpty() && s->unavailableReason().isEmpty();
}

bool Announcer::speechPreparing() const
{
    const Speaker *s = speaker(VoiceSettings::load());
    return s && m_speechError.isEmpty() && !s->isReady();
}

QString Announcer::unavailableReason() const
{
    const VoiceSettings settings = VoiceSettings::load();
    const Speaker *s = speaker(settings);
    if (!s)
        return tr("Suara panggilan dimatikan di pengaturan PC ini.");
    if (!m_speechError.isEmpty())
        return m_speechError;
    if (!s->isReady())
        return tr("Mesin suara sedang disiapkan…");
    return s->unavailableReason();
}

QString Announcer::voiceNotice() const
{
    const Speaker *s = speaker(VoiceSettings::load());
    return s ? s->notice() : QString();
}

QList<Speaker::Voice> Announcer::voices() const
{
    const Speaker *s = speaker(VoiceSettings::load());
    return s ? s->voices() : QList<Speaker::Voice>();
}

void Announcer::prepare()
{
    speaker(VoiceSettings::load());
}

void Announcer::resetSpeech()
{
    // A working engine is kept (it took seconds to start), as is the one speaking now.
    const bool failed = !m_speechError.isEmpty() || (m_speaker && m_speaker->isReady() && !m_speaker->unavailableReason().isEmpty());
    if (!failed || m_state == State::Speaking)
        return;
    m_speechError.clear();
    dropSpeaker();
    emit availabilityChanged();
}

void Announcer::startNext()
{
    if (m_state != State::Idle || m_queue.isEmpty())
        return;
    if (s_speaking && s_speaking != this) {
        if (!s_waiting.contains(this))
            s_waiting << this;
        return;
    }
    s_waiting.removeAll(this);
    s_speaking = this;
    m_current = m_queue.takeFirst();
    m_announced << m_current;
    m_settings = VoiceSettings::load();
    if (!m_speechError.isEmpty() && m_retryAt.hasExpired())
        resetSpeech();
    speaker(m_settings); // an engine coming up while the chime plays
    m_state = State::Chiming;
    emit started(m_current);
    m_guard->start(kChimeGuardMs);
    m_chime->play();
}

void Announcer::chimeDone()
{
    if (m_state != State::Chiming)
        return;
    m_guard->stop();
    Speaker *s = m_speechError.isEmpty() ? speaker(m_settings) : nullptr;
    if (!s || (s->isReady() && !s->unavailableReason().isEmpty())) {
        finishCurrent();
        return;
    }
    m_state = State::Speaking;
    ++m_callId;
    m_guard->start(kStartGuardMs);
    s->say(m_callId, m_current, m_settings);
}

void Announcer::spoken(int id, const QString &error)
{
    if (m_state != State::Speaking || id != m_callId)
        return;
    m_guard->stop();
    if (!error.isEmpty() && m_speaker && m_speaker->unavailableReason().isEmpty())
        speechFailed(error);
    finishCurrent();
}

void Announcer::guardExpired()
{
    if (m_state == State::Chiming) {
        chimeDone();
        return;
    }
    if (m_state != State::Speaking)
        return;
    if (m_speaker)
        m_speaker->stop();
    speechFailed(tr("Mesin suara tidak selesai membacakan panggilan; periksa perangkat suara PC ini."));
    finishCurrent();
}

void Announcer::speechFailed(const QString &reason)
{
    m_speechError = reason;
    m_retryAt.setRemainingTime(kRetryMs);
    emit availabilityChanged();
}

void Announcer::finishCurrent()
{
    m_state = State::Idle;
    const QString text = m_current;
    m_current.clear();
    if (s_speaking == this)
        s_speaking = nullptr;
    // Another Announcer waiting goes first; this one's next call waits behind it.
    Announcer *next = s_waiting.isEmpty() ? nullptr : s_waiting.takeFirst();
    if (next && !m_queue.isEmpty())
        s_waiting << this;
    emit finished(text);
    if (next)
        next->startNext();
    else
        startNext();
}
