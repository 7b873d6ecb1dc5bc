#include "Cli.h"
#include "DisplayApp.h"
#include "LoketApplication.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    LoketApplication::setIdentity();
    if (DisplayApp::wanted(args)) {
        QApplication app(argc, argv);
        LoketApplication::installTranslator(app, args);
        LoketApplication::installIcon(app);
        return DisplayApp::run(app);
    }
    if (Cli::wantsCli(args))
        Cli::installMessageFilter();
    if (Cli::wantsCli(args) && Cli::rendersDocuments(args)) {
        // Printing to PDF needs fonts and painting, not a display: use the offscreen platform.
        // "minimal" has no fonts: documents would come out blank.
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        if (platform.isEmpty() || platform == "minimal")
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        LoketApplication::installTranslator(app, args);
        return Cli::run(app.arguments());
    }
    if (Cli::wantsCli(args)) {
        QCoreApplication app(argc, argv);
        LoketApplication::installTranslator(app, args);
        return Cli::run(app.arguments());
    }
    QApplication app(argc, argv);
    LoketApplication::installTranslator(app, args);
    LoketApplication::installIcon(app);
    return LoketApplication::runGui(app);
}
