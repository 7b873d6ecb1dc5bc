#include "settings/VoiceSettingsDialog.h"

#include "common/Announcer.h"
#include "common/VoiceSettings.h"
#include "desks/DeskSessions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QSlider *slider(int min, int max, int step, QWidget *parent)
{
    auto *s = new QSlider(Qt::Horizontal, parent);
    s->setRange(min, max);
    s->setSingleStep(step);
    s->setPageStep(step * 2);
    s->setTickInterval(step * 2);
    s->setTickPosition(QSlider::TicksBelow);
    return s;
}

} // namespace

VoiceSettingsDialog::VoiceSettingsDialog(QWidget *parent, Announcer *announcer)
    : QDialog(parent), m_announcer(announcer ? announcer : new Announcer(this))
{
    setWindowTitle(tr("Suara panggilan"));
    const VoiceSettings settings = VoiceSettings::load();

    m_enabled = new QCheckBox(tr("&Bacakan panggilan dengan suara (sesudah bunyi bel)"), this);
    m_enabled->setObjectName(QStringLiteral("voiceEnabled"));
    m_enabled->setChecked(settings.enabled);

    m_volume = slider(VoiceSettings::kMinVolume, VoiceSettings::kMaxVolume, 5, this);
    m_volume->setObjectName(QStringLiteral("voiceVolume"));
    m_volume->setValue(settings.volume);
    m_volumeValue = new QLabel(this);
    m_volumeValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("100 %  ")));

    m_rate = slider(VoiceSettings::kMinRate, VoiceSettings::kMaxRate, 5, this);
    m_rate->setObjectName(QStringLiteral("voiceRate"));
    m_rate->setValue(settings.rate);
    m_rateValue = new QLabel(this);
    m_rateValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("lebih cepat +50  ")));

    m_voice = new QComboBox(this);
    m_voice->setObjectName(QStringLiteral("voiceChoice"));
    m_voice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_voice->setMinimumContentsLength(30);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("voiceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_test = new QPushButton(tr("T&es suara"), this);
    m_test->setObjectName(QStringLiteral("voiceTest"));
    m_test->setToolTip(tr("Memanggil %1 ke meja PC ini (%2)").arg(QString::fromLatin1(kSampleNumber), DeskSessions::deskName()));

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QWidget *field, QWidget *value = nullptr) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        if (!value) {
            form->addRow(l, field);
            return;
        }
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(value);
        form->addRow(l, row);
    };
    addRow(tr("&Volume:"), m_volume, m_volumeValue);
    addRow(tr("&Kecepatan:"), m_rate, m_rateValue);
    addRow(tr("&Suara:"), m_voice);

    auto *buttons = new QDialogButtonBox(this);
    auto *close = buttons->addButton(tr("&Tutup"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("voiceClose"));
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    fillVoices();
    updateState();
    connect(m_enabled, &QCheckBox::toggled, this, [this] {
        store();
        fillVoices();
        updateState();
    });
    connect(m_volume, &QSlider::valueChanged, this, [this] { store(); updateState(); });
    connect(m_rate, &QSlider::valueChanged, this, [this] { store(); updateState(); });
    connect(m_voice, &QComboBox::currentIndexChanged, this, [this] { store(); updateState(); });
    connect(m_test, &QPushButton::clicked, this, &VoiceSettingsDialog::test);
    connect(m_announcer, &Announcer::availabilityChanged, this, [this] {
        fillVoices();
        updateState();
    });
    connect(m_announcer, &Announcer::started, this, [this] { updateState(); });
    connect(m_announcer, &Announcer::finished, this, [this] { updateState(); });
    m_announcer->prepare(); // the voices come when the engine is up
}

VoiceSettingsDialog::~VoiceSettingsDialog() = default;

void VoiceSettingsDialog::store()
{
    VoiceSettings settings = VoiceSettings::load();
    settings.enabled = m_enabled->isChecked();
    settings.volume = m_volume->value();
    settings.rate = m_rate->value();
    if (m_voice->currentIndex() >= 0)
        settings.voice = m_voice->currentData().toString();
    settings.save();
}

void VoiceSettingsDialog::fillVoices()
{
    const QString stored = VoiceSettings::load().voice;
    const QList<Speaker::Voice> voices = m_announcer->voices();
    if (m_voice->count() > 1 && m_voice->count() >= voices.size() + 1)
        return; // already listed (a voice list does not change while the engine runs)
    const QSignalBlocker quiet(m_voice);
    m_voice->clear();
    m_voice->addItem(tr("Otomatis: suara bahasa Indonesia pertama"), QString());
    bool storedListed = stored.isEmpty();
    for (const Speaker::Voice &v : voices) {
        m_voice->addItem(tr("%1 (%2)").arg(v.name, v.language), v.name);
        storedListed = storedListed || v.name == stored;
    }
    if (!storedListed) // kept while the engine starts, or when it lacks that voice
        m_voice->addItem(tr("%1 (tersimpan)").arg(stored), stored);
    m_voice->setCurrentIndex(std::max(0, m_voice->findData(stored)));
}

void VoiceSettingsDialog::updateState()
{
    const bool on = m_enabled->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_volume), static_cast<QWidget *>(m_rate), static_cast<QWidget *>(m_voice)})
        w->setEnabled(on);
    m_volumeValue->setText(tr("%1 %").arg(m_volume->value()));
    const int rate = m_rate->value();
    m_rateValue->setText(rate == 0 ? tr("biasa") : rate < 0 ? tr("lebih lambat %1").arg(rate) : tr("lebih cepat +%1").arg(rate));
    const QString reason = m_announcer->unavailableReason();
    QString text;
    if (!on)
        text = tr("Suara dimatikan: setiap panggilan hanya berbunyi bel.");
    else if (m_announcer->speechPreparing())
        text = reason;
    else if (!reason.isEmpty())
        text = tr("Suara tidak tersedia: %1 Panggilan tetap berbunyi bel, tanpa suara.").arg(reason);
    else
        text = tr("Suara siap.");
    if (const QString notice = on ? m_announcer->voiceNotice() : QString(); !notice.isEmpty())
        text += QLatin1Char(' ') + notice;
    m_status->setText(text);
    const bool problem = on && !reason.isEmpty() && !m_announcer->speechPreparing();
    m_status->setStyleSheet(problem ? QStringLiteral("color: #a40000;") : QString());
    m_test->setEnabled(!m_announcer->isBusy());
}

void VoiceSettingsDialog::test()
{
    m_announcer->resetSpeech(); // an engine installed or started since is tried again
    m_announcer->announce(QString::fromLatin1(kSampleNumber), DeskSessions::deskName());
    updateState();
}
