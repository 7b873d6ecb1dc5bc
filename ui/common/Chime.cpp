#include "common/Chime.h"

#include <QApplication>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>
#include <QTimer>
#include <QtEndian>

#include <cmath>
#include <numbers>

Chime::Chime(QObject *parent) : QObject(parent), m_samples(samples()) {}

Chime::~Chime()
{
    if (m_sink)
        m_sink->stop();
}

QByteArray Chime::samples()
{
    // "Ding-dong": E6 then C6, each a plucked tone that fades out, 0.35 s apiece.
    const double tones[] = {1318.5, 1046.5};
    const int perTone = kSampleRate * 35 / 100;
    QByteArray out;
    out.resize(qsizetype(sizeof(tones) / sizeof(tones[0])) * perTone * 2);
    auto *pcm = reinterpret_cast<qint16 *>(out.data());
    int n = 0;
    for (const double f : tones) {
        for (int i = 0; i < perTone; ++i, ++n) {
            const double t = double(i) / kSampleRate;
            const double attack = std::min(1.0, t / 0.005);
            const double envelope = attack * std::exp(-t * 7.0);
            const double v = envelope * (0.8 * std::sin(2 * std::numbers::pi * f * t) + 0.2 * std::sin(4 * std::numbers::pi * f * t));
            pcm[n] = qToLittleEndian(qint16(std::lround(v * 0.6 * 32767)));
        }
    }
    return out;
}

void Chime::play()
{
    ++m_played;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        bell();
        return;
    }
    if (m_playing) {
        ++m_pending; // after the one playing, never over it
        return;
    }
    start();
}

void Chime::start()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    QAudioFormat format;
    format.setSampleRate(kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        bell();
        if (m_pending > 0) { // each waiting chime still rings, one after the other
            --m_pending;
            QTimer::singleShot(0, this, &Chime::start);
        }
        return;
    }
    if (!m_sink) {
        m_sink = new QAudioSink(device, format, this);
        connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
            // Played to the end (Idle), or the device gave up (Stopped without our stop()).
            if (!m_playing || (state != QAudio::IdleState && state != QAudio::StoppedState))
                return;
            m_playing = false;
            if (state == QAudio::IdleState)
                m_sink->stop();
            emit finished();
            if (m_pending > 0) {
                --m_pending;
                start();
            }
        });
    }
    delete m_buffer;
    m_buffer = new QBuffer(&m_samples, this);
    m_buffer->open(QIODevice::ReadOnly);
    m_playing = true;
    m_sink->start(m_buffer);
}

void Chime::bell()
{
    // QApplication::beep() needs a GUI application; the command line has none.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QApplication::beep();
    QTimer::singleShot(0, this, &Chime::finished);
}
