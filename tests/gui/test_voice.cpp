// Issue 17 item 4: the waiting room's voice. A stand-in engine (FakeSpeaker) makes every
// step visible: the chime, then the text, one call at a time, in order.
#include "GuiTestSupport.h"

#include "calling/Announcement.h"
#include "common/Announcer.h"
#include "common/Chime.h"
#include "common/QtSpeaker.h"
#include "common/VoiceSettings.h"
#include "desks/DeskSessions.h"
#include "settings/VoiceSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QTest>

#include <catch2/catch.hpp>

namespace {

constexpr int kWaitMs = 10000; // a condition, not a time: generous

// What the engine was asked, and when it answers: at once, or when the test says.
class FakeSpeaker final : public Speaker
{
public:
    FakeSpeaker(QStringList *log, bool answersAtOnce, QString reason = {})
        : m_log(log), m_atOnce(answersAtOnce), m_reason(std::move(reason))
    {
    }

    bool isReady() const override { return true; }
    QString unavailableReason() const override { return m_reason; }
    QList<Voice> voices() const override
    {
        return {{QStringLiteral("Indonesian"), QStringLiteral("Indonesia"), true}, {QStringLiteral("English"), QStringLiteral("English"), false}};
    }
    void say(int id, const QString &text, const VoiceSettings &settings) override
    {
        m_log->append(QStringLiteral("say ") + text);
        said << text;
        lastSettings = settings;
        m_id = id;
        QTimer::singleShot(0, this, [this, id] { emit begun(id); });
        if (m_atOnce)
            QTimer::singleShot(0, this, [this, id] { emit spoken(id, {}); });
    }
    void stop() override { ++stops; }

    void finish(const QString &error = {}) { emit spoken(m_id, error); }

    QStringList said;
    VoiceSettings lastSettings;
    int stops = 0;

private:
    QStringList *m_log;
    bool m_atOnce;
    QString m_reason;
    int m_id = -1;
};

// The voice's settings of this PC, as a test sets them, and gone again after it.
struct VoiceSettingsScope
{
    explicit VoiceSettingsScope(bool enabled = true)
    {
        clear();
        QSettings().setValue(QStringLiteral("voice/enabled"), enabled);
    }
    ~VoiceSettingsScope() { clear(); }
    static void clear()
    {
        QSettings s;
        s.remove(QStringLiteral("voice"));
        s.remove(QStringLiteral("desk/name"));
    }
};

// The announcer's steps in order: "start X", "chime", "say X", "end X".
struct Recorder
{
    explicit Recorder(Announcer &a)
    {
        QObject::connect(&a, &Announcer::started, &a, [this](const QString &t) { log << QStringLiteral("start ") + t; });
        QObject::connect(&a, &Announcer::finished, &a, [this](const QString &t) { log << QStringLiteral("end ") + t; });
        QObject::connect(a.chime(), &Chime::finished, &a, [this] { log << QStringLiteral("chime"); });
    }
    int count(const QString &prefix) const
    {
        return int(std::count_if(log.cbegin(), log.cend(), [&](const QString &l) { return l.startsWith(prefix); }));
    }
    // Never a second start before the first one's end.
    bool oneAtATime() const
    {
        int open = 0;
        for (const QString &l : log) {
            open += l.startsWith(QLatin1String("start ")) ? 1 : l.startsWith(QLatin1String("end ")) ? -1 : 0;
            if (open > 1 || open < 0)
                return false;
        }
        return true;
    }
    QStringList log;
};

} // namespace

TEST_CASE("the announcer calls one at a time, in order: the chime, then the text of Announcement::callText", "[voice]")
{
    const VoiceSettingsScope scope;
    QSettings().setValue(QStringLiteral("voice/volume"), 65);
    QSettings().setValue(QStringLiteral("voice/rate"), -20);
    Announcer announcer;
    Recorder rec(announcer);
    FakeSpeaker *engine = nullptr;
    int made = 0;
    announcer.setSpeakerFactory([&](const QString &) {
        ++made;
        return engine = new FakeSpeaker(&rec.log, false);
    });
    CHECK(made == 0); // nothing is made before it is needed

    const QList<std::pair<QString, QString>> calls = {
        {QStringLiteral("A-007"), QStringLiteral("Meja 1")},
        {QStringLiteral("B-012"), QStringLiteral("Loket 2")},
        {QStringLiteral("A-008"), QStringLiteral("Helpdesk")},
    };
    for (const auto &[number, desk] : calls)
        announcer.announce(number, desk);
    QStringList texts;
    for (const auto &[number, desk] : calls)
        texts << Announcement::callText(number, desk);
    CHECK(texts.first() == QStringLiteral("Nomor antrian A, nol, nol, tujuh, silakan ke meja satu."));

    for (int i = 0; i < calls.size(); ++i) {
        INFO("call " << i);
        REQUIRE(QTest::qWaitFor([&] { return engine && engine->said.size() == i + 1; }, kWaitMs));
        // The one being spoken has started; the later ones wait their turn.
        CHECK(announcer.announced() == texts.mid(0, i + 1));
        CHECK(announcer.pending() == int(calls.size()) - i - 1);
        CHECK(rec.count(QStringLiteral("end ")) == i);
        QTest::qWait(50); // a moment more: still nothing else starts while this one speaks
        CHECK(announcer.announced().size() == i + 1);
        engine->finish();
    }
    REQUIRE(QTest::qWaitFor([&] { return rec.count(QStringLiteral("end ")) == int(calls.size()); }, kWaitMs));
    CHECK(made == 1);
    CHECK(engine->said == texts);
    CHECK(announcer.chime()->played() == 3);
    CHECK(rec.oneAtATime());
    QStringList expected;
    for (const QString &t : texts)
        expected << QStringLiteral("start ") + t << QStringLiteral("chime") << QStringLiteral("say ") + t << QStringLiteral("end ") + t;
    INFO(rec.log.join(QStringLiteral(" | ")).toStdString());
    CHECK(rec.log == expected);
    CHECK(engine->lastSettings.volume == 65);
    CHECK(engine->lastSettings.rate == -20);
    CHECK(announcer.speechAvailable());
    CHECK(announcer.unavailableReason().isEmpty());
    CHECK_FALSE(announcer.isBusy());
}

TEST_CASE("with the voice off the chime plays, nothing is spoken and no engine is made", "[voice]")
{
    const VoiceSettingsScope scope(false);
    Announcer announcer;
    Recorder rec(announcer);
    int made = 0;
    announcer.setSpeakerFactory([&](const QString &) {
        ++made;
        return new FakeSpeaker(&rec.log, true);
    });
    announcer.announce(QStringLiteral("A-007"), QStringLiteral("Meja 1"));
    announcer.announce(QStringLiteral("A-008"), QStringLiteral("Meja 1"));
    REQUIRE(QTest::qWaitFor([&] { return rec.count(QStringLiteral("end ")) == 2; }, kWaitMs));
    CHECK(made == 0);
    CHECK(rec.count(QStringLiteral("say ")) == 0);
    CHECK(announcer.chime()->played() == 2);
    CHECK(rec.oneAtATime());
    CHECK_FALSE(announcer.speechAvailable());
    CHECK(announcer.unavailableReason().contains(QStringLiteral("dimatikan")));
    CHECK(made == 0); // asking why does not make one either
}

TEST_CASE("an engine that cannot speak, or fails, leaves the chime alone and says why", "[voice]")
{
    const VoiceSettingsScope scope;
    const QString noVoice = QStringLiteral("Tidak ada suara berbahasa Indonesia pada mesin suara.");
    Announcer announcer;
    Recorder rec(announcer);
    QList<FakeSpeaker *> engines;
    QString nextReason = noVoice;
    announcer.setSpeakerFactory([&](const QString &) {
        engines << new FakeSpeaker(&rec.log, false, nextReason);
        return engines.last();
    });
    announcer.announce(QStringLiteral("A-001"), QStringLiteral("Meja 1"));
    REQUIRE(QTest::qWaitFor([&] { return rec.count(QStringLiteral("end ")) == 1; }, kWaitMs));
    CHECK(rec.count(QStringLiteral("say ")) == 0);
    CHECK(announcer.chime()->played() == 1);
    CHECK(announcer.unavailableReason() == noVoice);

    // Installed meanwhile: the sound test tries a new engine; this one fails while speaking.
    nextReason.clear();
    announcer.resetSpeech();
    announcer.announce(QStringLiteral("A-002"), QStringLiteral("Meja 1"));
    REQUIRE(QTest::qWaitFor([&] { return engines.size() == 2 && engines.last()->said.size() == 1; }, kWaitMs));
    engines.last()->finish(QStringLiteral("Mesin suara gagal membacakan panggilan."));
    REQUIRE(QTest::qWaitFor([&] { return rec.count(QStringLiteral("end ")) == 2; }, kWaitMs));
    CHECK(announcer.unavailableReason() == QStringLiteral("Mesin suara gagal membacakan panggilan."));
    CHECK_FALSE(announcer.speechAvailable());
    // The next call is not held up by it: the chime alone, at once.
    announcer.announce(QStringLiteral("A-003"), QStringLiteral("Meja 1"));
    REQUIRE(QTest::qWaitFor([&] { return rec.count(QStringLiteral("end ")) == 3; }, kWaitMs));
    CHECK(engines.last()->said.size() == 1);
    CHECK(announcer.chime()->played() == 3);
    CHECK(rec.oneAtATime());
}

TEST_CASE("two announcers of one window never speak over each other", "[voice]")
{
    const VoiceSettingsScope scope;
    QStringList log;
    Announcer display;
    Announcer soundTest;
    FakeSpeaker *displayEngine = nullptr;
    FakeSpeaker *testEngine = nullptr;
    display.setSpeakerFactory([&](const QString &) { return displayEngine = new FakeSpeaker(&log, false); });
    soundTest.setSpeakerFactory([&](const QString &) { return testEngine = new FakeSpeaker(&log, false); });
    display.announce(QStringLiteral("A-007"), QStringLiteral("Meja 1"));
    soundTest.announce(QStringLiteral("A-001"), QStringLiteral("Meja 2"));
    display.announce(QStringLiteral("A-008"), QStringLiteral("Meja 1"));
    REQUIRE(QTest::qWaitFor([&] { return displayEngine && displayEngine->said.size() == 1; }, kWaitMs));
    QTest::qWait(50);
    CHECK(soundTest.announced().isEmpty()); // it waits for the call being spoken
    displayEngine->finish();
    // The one waiting goes next, then the display's second call.
    REQUIRE(QTest::qWaitFor([&] { return testEngine && testEngine->said.size() == 1; }, kWaitMs));
    CHECK(display.announced().size() == 1);
    testEngine->finish();
    REQUIRE(QTest::qWaitFor([&] { return displayEngine->said.size() == 2; }, kWaitMs));
    displayEngine->finish();
    REQUIRE(QTest::qWaitFor([&] { return !display.isBusy() && !soundTest.isBusy(); }, kWaitMs));
    CHECK(log == QStringList{QStringLiteral("say ") + Announcement::callText(QStringLiteral("A-007"), QStringLiteral("Meja 1")),
                             QStringLiteral("say ") + Announcement::callText(QStringLiteral("A-001"), QStringLiteral("Meja 2")),
                             QStringLiteral("say ") + Announcement::callText(QStringLiteral("A-008"), QStringLiteral("Meja 1"))});
}

TEST_CASE("Qt's engine named none speaks nothing and says so, and the call still chimes", "[voice]")
{
    const VoiceSettingsScope scope;
    Announcer announcer; // the real QtSpeaker: LOKET_SPEECH_ENGINE=none in the test runs
    REQUIRE(VoiceSettings::load().engine == QStringLiteral("none"));
    Recorder rec(announcer);
    announcer.announce(QStringLiteral("A-007"), QStringLiteral("Meja 1"));
    REQUIRE(QTest::qWaitFor([&] { return rec.count(QStringLiteral("end ")) == 1; }, kWaitMs));
    CHECK(announcer.chime()->played() == 1);
    CHECK(announcer.unavailableReason().contains(QStringLiteral("LOKET_SPEECH_ENGINE")));
}

TEST_CASE("the voice settings store what is set, and the sound test calls A-001 to this PC's desk", "[voice]")
{
    const VoiceSettingsScope scope;
    REQUIRE(DeskSessions::setDeskName(QStringLiteral("Meja 4")));
    QStringList log;
    Announcer announcer;
    FakeSpeaker *engine = nullptr;
    announcer.setSpeakerFactory([&](const QString &) { return engine = new FakeSpeaker(&log, true); });
    VoiceSettingsDialog dialog(nullptr, &announcer);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    auto *enabled = child<QCheckBox>(&dialog, "voiceEnabled");
    auto *volume = child<QSlider>(&dialog, "voiceVolume");
    auto *rate = child<QSlider>(&dialog, "voiceRate");
    auto *voice = child<QComboBox>(&dialog, "voiceChoice");
    auto *status = child<QLabel>(&dialog, "voiceStatus");
    CHECK(enabled->isChecked());
    CHECK(volume->value() == 80); // the defaults
    CHECK(rate->value() == 0);
    REQUIRE(voice->count() == 3); // automatic, then Indonesian first, then the others
    CHECK(voice->itemData(1).toString() == QStringLiteral("Indonesian"));
    CHECK(voice->itemData(2).toString() == QStringLiteral("English"));
    CHECK(status->text() == QStringLiteral("Suara siap."));

    volume->setValue(55);
    rate->setValue(15);
    voice->setCurrentIndex(2);
    const QSettings s;
    CHECK(s.value(QStringLiteral("voice/volume")).toInt() == 55);
    CHECK(s.value(QStringLiteral("voice/rate")).toInt() == 15);
    CHECK(s.value(QStringLiteral("voice/voice")).toString() == QStringLiteral("English"));
    CHECK(s.value(QStringLiteral("voice/enabled")).toBool());

    QTest::mouseClick(child<QPushButton>(&dialog, "voiceTest"), Qt::LeftButton);
    const QString sample = Announcement::callText(QStringLiteral("A-001"), QStringLiteral("Meja 4"));
    CHECK(sample == QStringLiteral("Nomor antrian A, nol, nol, satu, silakan ke meja empat."));
    CHECK(announcer.announced() == QStringList{sample});
    REQUIRE(QTest::qWaitFor([&] { return engine && engine->said == QStringList{sample}; }, kWaitMs));
    CHECK(engine->lastSettings.volume == 55);
    CHECK(engine->lastSettings.voice == QStringLiteral("English"));

    // Off: stored, the voice's own controls wait, and the line says the chime plays alone.
    enabled->setChecked(false);
    CHECK_FALSE(s.value(QStringLiteral("voice/enabled")).toBool());
    CHECK_FALSE(volume->isEnabled());
    CHECK(status->text().contains(QStringLiteral("hanya berbunyi bel")));
    REQUIRE(QTest::qWaitFor([&] { return !announcer.isBusy(); }, kWaitMs));
}

TEST_CASE("the voice settings say why speech is unavailable: the chime plays alone", "[voice]")
{
    const VoiceSettingsScope scope;
    QStringList log;
    Announcer announcer;
    const QString reason = QStringLiteral("speech-dispatcher belum terpasang (paket speech-dispatcher dan speech-dispatcher-espeak-ng).");
    announcer.setSpeakerFactory([&](const QString &) { return new FakeSpeaker(&log, true, reason); });
    VoiceSettingsDialog dialog(nullptr, &announcer);
    auto *status = child<QLabel>(&dialog, "voiceStatus");
    CHECK(status->text() == QStringLiteral("Suara tidak tersedia: %1 Panggilan tetap berbunyi bel, tanpa suara.").arg(reason));
    QTest::mouseClick(child<QPushButton>(&dialog, "voiceTest"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return announcer.announced().size() == 1 && !announcer.isBusy(); }, kWaitMs));
    CHECK(log.isEmpty());
    CHECK(announcer.chime()->played() == 1);
}

// By hand, on a PC with speech-dispatcher (hidden from the suite, which has no engine):
//   LOKET_SPEECH_ENGINE=speechd build/tests/test_gui "[voice-real]"
// LOKET_VOICE_SHOT=FILE.png saves the settings screen as it was then.
TEST_CASE("the real engine: the settings list its Indonesian voices and the sound test is spoken", "[.][voice-real]")
{
    const VoiceSettingsScope scope;
    REQUIRE(VoiceSettings::load().engine != QStringLiteral("none"));
    REQUIRE(DeskSessions::setDeskName(QStringLiteral("Meja 1")));
    Announcer announcer;
    VoiceSettingsDialog dialog(nullptr, &announcer);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(QTest::qWaitFor([&] { return !announcer.speechPreparing(); }, 60000));
    INFO(announcer.unavailableReason().toStdString());
    REQUIRE(announcer.speechAvailable());
    auto *voice = child<QComboBox>(&dialog, "voiceChoice");
    REQUIRE(voice->count() > 1);
    CHECK(announcer.voices().first().indonesian);
    QTest::mouseClick(child<QPushButton>(&dialog, "voiceTest"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !announcer.isBusy(); }, 90000));
    CHECK(announcer.speechAvailable());
    CHECK(announcer.announced() == QStringList{QStringLiteral("Nomor antrian A, nol, nol, satu, silakan ke meja satu.")});
    if (const QString shot = qEnvironmentVariable("LOKET_VOICE_SHOT"); !shot.isEmpty()) {
        voice->setCurrentIndex(1);
        dialog.grab().save(shot);
        voice->setCurrentIndex(0);
    }
}
