#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // The counter is in Banjarmasin (WITA); tests do not depend on the machine's zone.
    qputenv("TZ", "Asia/Makassar");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LoketTest"));
    return Catch::Session().run(argc, argv);
}
