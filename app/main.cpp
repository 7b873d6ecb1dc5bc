#include "Cli.h"
#include "LoketApplication.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    LoketApplication::setIdentity();
    if (Cli::wantsCli(args)) {
        QCoreApplication app(argc, argv);
        LoketApplication::installTranslator(app, args);
        return Cli::run(app.arguments());
    }
    QApplication app(argc, argv);
    LoketApplication::installTranslator(app, args);
    return LoketApplication::runGui(app);
}
