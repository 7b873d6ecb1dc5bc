#pragma once

#include <QByteArray>
#include <QObject>

class QAudioSink;
class QBuffer;

// The desk's sound: a short two-tone chime, made here (no sound file to ship or lose),
// played on the PC's default output. With no output device (a PC without sound, the
// tests' offscreen runs) it falls back to the system bell (none without a GUI: the
// command line). One chime at a time: a second one while the first plays waits for it,
// so two never sound over each other. finished() follows each play() once it has sounded.
class Chime final : public QObject
{
    Q_OBJECT

public:
    explicit Chime(QObject *parent = nullptr);
    ~Chime() override;

    void play();
    // How many times play() was called (tests: the cue was given).
    int played() const { return m_played; }
    // The chime's samples: 16-bit signed mono PCM at kSampleRate.
    static QByteArray samples();
    static constexpr int kSampleRate = 22050;

signals:
    // One play() has sounded to its end (or the bell rang, or the device failed).
    void finished();

private:
    void start();
    void bell();

    QAudioSink *m_sink = nullptr;
    QBuffer *m_buffer = nullptr;
    QByteArray m_samples;
    int m_pending = 0;
    int m_played = 0;
    bool m_playing = false;
};
