#pragma once

#include <QDialog>

class Announcer;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

// Suara panggilan: this PC's voice for the waiting room (VoiceSettings): on or off,
// volume, rate, which voice (the engine's, Indonesian ones first), and a sound test
// that calls A-001 to this PC's desk. A change is stored at once and heard at the next
// call. When speech is not available it says why: the chime then plays alone.
class VoiceSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `announcer`: the one that speaks the test (the window's); none: one of its own.
    explicit VoiceSettingsDialog(QWidget *parent = nullptr, Announcer *announcer = nullptr);
    ~VoiceSettingsDialog() override;

    // The sample call of the sound test.
    static constexpr const char *kSampleNumber = "A-001";

private:
    void store();
    void updateState();
    void fillVoices();
    void test();

    Announcer *m_announcer = nullptr;
    QCheckBox *m_enabled = nullptr;
    QSlider *m_volume = nullptr;
    QLabel *m_volumeValue = nullptr;
    QSlider *m_rate = nullptr;
    QLabel *m_rateValue = nullptr;
    QComboBox *m_voice = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
};
