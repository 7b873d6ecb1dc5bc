// Issue 17 item 4: `loket announce`, through the real binary without a display.
#include "CliRunner.h"

#include "calling/Announcement.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

namespace {

CliResult announce(const QStringList &args, const QStringList &env = {})
{
    static QTemporaryDir home; // the PC's settings: none, so the defaults (the voice on)
    CliRun run;
    run.args = QStringList{QStringLiteral("announce")} + args;
    run.home = home.path();
    run.extraEnv = env;
    run.timeoutMs = 30000;
    return runLoketWith(run);
}

} // namespace

TEST_CASE("loket announce --text-only prints the call's one text, without a display or a sound", "[cli][voice]")
{
    const CliResult r = announce({QStringLiteral("A-007"), QStringLiteral("--desk"), QStringLiteral("Meja 1"), QStringLiteral("--text-only")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("Nomor antrian A, nol, nol, tujuh, silakan ke meja satu.\n"));
    CHECK(r.err.isEmpty());

    // Each way of writing a number, each desk: the text of Announcement::callText.
    const QList<std::pair<QString, QString>> calls = {
        {QStringLiteral("A-7"), QStringLiteral("Loket 12")},
        {QStringLiteral("b012"), QStringLiteral("Meja Helpdesk 2")},
        {QStringLiteral("C-120"), QStringLiteral("Verifikator")},
        {QStringLiteral("D1000"), QStringLiteral("meja 3")},
    };
    for (const auto &[number, desk] : calls) {
        INFO(number.toStdString() << " to " << desk.toStdString());
        const CliResult c = announce({number, QStringLiteral("--text-only"), QStringLiteral("--desk=") + desk});
        INFO(c.err.toStdString());
        CHECK(c.exitCode == 0);
        CHECK(c.out == Announcement::callText(number, desk) + QLatin1Char('\n'));
    }
    CHECK(announce({QStringLiteral("A-7"), QStringLiteral("--desk"), QStringLiteral("Loket 12"), QStringLiteral("--text-only")}).out
          == QStringLiteral("Nomor antrian A, tujuh, silakan ke loket dua belas.\n"));
}

TEST_CASE("loket announce refuses a number that is no queue number, and a call without its desk", "[cli][voice][usage]")
{
    for (const QString &bad : {QStringLiteral("7"), QStringLiteral("A-"), QStringLiteral("AB-007"), QStringLiteral("A-00007"),
                               QStringLiteral("A 7"), QStringLiteral("-7"), QStringLiteral("A-7x"), QStringLiteral("nomor")}) {
        INFO(bad.toStdString());
        const CliResult r = announce({bad, QStringLiteral("--desk"), QStringLiteral("Meja 1"), QStringLiteral("--text-only")});
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("Nomor antrian tidak dikenal")));
        CHECK(r.err.contains(QStringLiteral("A-007")));
        CHECK(r.err.contains(QStringLiteral("loket --help")));
    }
    for (const QStringList &noDesk : {QStringList{QStringLiteral("A-007"), QStringLiteral("--text-only")},
                                      QStringList{QStringLiteral("A-007"), QStringLiteral("--desk"), QStringLiteral("  "), QStringLiteral("--text-only")},
                                      QStringList{QStringLiteral("A-007")}}) {
        INFO(noDesk.join(QLatin1Char(' ')).toStdString());
        const CliResult r = announce(noDesk);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty()); // never a call without its desk, not even printed
        CHECK(r.err.contains(QStringLiteral("Meja tujuan wajib diisi")));
    }
    const CliResult noValue = announce({QStringLiteral("A-007"), QStringLiteral("--desk")});
    CHECK(noValue.exitCode == 2);
    CHECK(noValue.out.isEmpty());
    const CliResult noNumber = announce({QStringLiteral("--desk"), QStringLiteral("Meja 1")});
    CHECK(noNumber.exitCode == 2);
    CHECK(noNumber.err.contains(QStringLiteral("Pemakaian: loket announce NOMOR --desk NAMA")));
    CHECK(announce({QStringLiteral("A-1"), QStringLiteral("A-2"), QStringLiteral("--desk"), QStringLiteral("Meja 1")}).exitCode == 2);
    CHECK(announce({QStringLiteral("A-1"), QStringLiteral("--desk"), QString(61, QLatin1Char('x'))}).exitCode == 2);
    CHECK(announce({QStringLiteral("A-1"), QStringLiteral("--desk"), QStringLiteral("Meja 1"), QStringLiteral("--loud")}).exitCode == 2);
}

TEST_CASE("loket announce without a speech engine prints the text and why it was not spoken, exit 1", "[cli][voice]")
{
    const CliResult r = announce({QStringLiteral("A-007"), QStringLiteral("--desk"), QStringLiteral("Meja 2")},
                                 {QStringLiteral("LOKET_SPEECH_ENGINE=none")});
    INFO(r.err.toStdString());
    CHECK_FALSE(r.timedOut);
    CHECK(r.exitCode == 1);
    CHECK(r.out == QStringLiteral("Nomor antrian A, nol, nol, tujuh, silakan ke meja dua.\n"));
    CHECK(r.err.startsWith(QStringLiteral("Panggilan tidak dibacakan: Mesin suara dimatikan")));
}

TEST_CASE("loket --help lists announce", "[cli][voice]")
{
    const CliResult h = runLoket({QStringLiteral("--help")});
    CHECK(h.exitCode == 0);
    CHECK(h.out.contains(QStringLiteral("announce NOMOR --desk NAMA [--text-only]")));
}
