#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/FileDialogs.h"
#include "print/PrintDialogs.h"
#include "print/Printers.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // The counter is in Banjarmasin (WITA); tests do not depend on the machine's zone.
    qputenv("TZ", "Asia/Makassar");
    // catch_discover_tests runs this binary at build time, outside ctest's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    // Keep test runs away from the user's settings.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    // No real speech engine in the window tests (tests/gui/test_voice.cpp gives a stand-in):
    // speech-dispatcher would take seconds to start, and there may be no sound card.
    if (!qEnvironmentVariableIsSet("LOKET_SPEECH_ENGINE"))
        qputenv("LOKET_SPEECH_ENGINE", "none");
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LoketTest"));
    FileDialogs::installQtIndonesian(app); // as the Indonesian GUI does
    // Receipts requested by the screens must not open modal print previews in tests.
    PrintDialogs::setStandingOutcomeForTesting(PrintDialogs::Outcome::Cancelled);
    // Nor reach this machine's printers: none, unless a test stands some in.
    QTemporaryDir printed;
    Printers::setForTesting(QStringList{}, printed.path());
    return Catch::Session().run(argc, argv);
}
