#include "common/QtSpeaker.h"

#include "common/SpeechWorker.h"

#include <QThread>
#include <QTimer>

#include <algorithm>

QtSpeaker::QtSpeaker(const QString &engine, QObject *parent) : Speaker(parent)
{
    if (engine == QLatin1String("none")) {
        m_ready = true;
        m_reason = tr("Mesin suara dimatikan untuk proses ini (LOKET_SPEECH_ENGINE=none).");
        QTimer::singleShot(0, this, &Speaker::ready);
        return;
    }
    qRegisterMetaType<QList<Speaker::Voice>>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("speech"));
    m_worker = new SpeechWorker(engine);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SpeechWorker::start);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SpeechWorker::ready, this, [this](const QString &reason, const QString &notice, const QList<Voice> &voices) {
        m_ready = true;
        m_reason = reason;
        m_notice = notice;
        m_voices = voices;
        emit ready();
    });
    connect(m_worker, &SpeechWorker::begun, this, &Speaker::begun);
    connect(m_worker, &SpeechWorker::spoken, this, &Speaker::spoken);
    m_thread->start();
}

QtSpeaker::~QtSpeaker()
{
    if (!m_thread)
        return;
    m_thread->quit();
    // A thread still connecting to speech-dispatcher (it takes seconds) is left to end
    // by itself: the window does not wait for it.
    if (m_thread->wait(3000)) {
        delete m_thread;
        return;
    }
    QThread *thread = m_thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

QString QtSpeaker::unavailableReason() const
{
    if (!m_reason.isEmpty())
        return m_reason;
    if (!m_ready)
        return {};
    const bool indonesian = std::any_of(m_voices.cbegin(), m_voices.cend(), [](const Voice &v) { return v.indonesian; });
    const QString chosen = VoiceSettings::load().voice;
    const bool chosenThere = std::any_of(m_voices.cbegin(), m_voices.cend(), [&](const Voice &v) { return v.name == chosen; });
    if (!indonesian && !chosenThere)
        return tr("Tidak ada suara berbahasa Indonesia pada mesin suara (paket espeak-ng dan speech-dispatcher-espeak-ng).");
    return {};
}

QString QtSpeaker::notice() const
{
    QStringList notes;
    if (!m_notice.isEmpty())
        notes << m_notice;
    const QString chosen = VoiceSettings::load().voice;
    if (m_ready && !chosen.isEmpty() && !m_voices.isEmpty()
        && std::none_of(m_voices.cbegin(), m_voices.cend(), [&](const Voice &v) { return v.name == chosen; })) {
        const auto first = std::find_if(m_voices.cbegin(), m_voices.cend(), [](const Voice &v) { return v.indonesian; });
        if (first != m_voices.cend())
            notes << tr("Suara \"%1\" tidak ada pada mesin suara; dipakai \"%2\".").arg(chosen, first->name);
    }
    return notes.join(QLatin1Char(' '));
}

void QtSpeaker::say(int id, const QString &text, const VoiceSettings &settings)
{
    if (!m_worker) {
        QTimer::singleShot(0, this, [this, id] { emit spoken(id, m_reason); });
        return;
    }
    SpeechWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, id, text, settings] { worker->say(id, text, settings); });
}

void QtSpeaker::stop()
{
    if (SpeechWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->stop(); });
}
