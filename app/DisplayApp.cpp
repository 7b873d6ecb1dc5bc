#include "DisplayApp.h"

#include "Args.h"
#include "display/DisplayWindow.h"
#include "storage/Database.h"
#include "storage/DatabaseChoice.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

namespace DisplayApp {

namespace {

constexpr int kRetrySeconds = 30;

// --screen N: the Nth screen, counted from 1; nullopt when not a number from 1.
std::optional<int> screenNumber(const std::optional<QString> &given)
{
    if (!given)
        return 0;
    bool ok = false;
    const int n = given->toInt(&ok);
    if (!ok || n < 1)
        return std::nullopt;
    return n;
}

} // namespace

bool wanted(const QStringList &args)
{
    Args a(args.mid(1));
    a.option(QStringLiteral("--db"));
    a.option(QStringLiteral("--lang"));
    const std::optional<QString> screen = a.option(QStringLiteral("--screen"));
    a.flag(QStringLiteral("--windowed"));
    const QStringList rest = a.rest();
    return a.error().isEmpty() && rest == QStringList{QStringLiteral("display")} && screenNumber(screen).has_value();
}

int run(QApplication &app)
{
    Args a(app.arguments().mid(1));
    const std::optional<QString> option = a.option(QStringLiteral("--db"));
    const int screenWanted = screenNumber(a.option(QStringLiteral("--screen"))).value_or(0);
    const bool windowed = a.flag(QStringLiteral("--windowed"));
    const QString location = DatabaseChoice::location(option);
    const QString title = QCoreApplication::translate("Display", "Loket — layar antrian");
    for (;;) {
        Result<std::unique_ptr<Database>> db = DisplayWindow::openDatabase(location);
        if (db) {
            DisplayWindow window(std::move(db).value());
            const QList<QScreen *> screens = QGuiApplication::screens();
            QScreen *screen = DisplayWindow::defaultScreen();
            if (screenWanted > 0 && screenWanted <= screens.size())
                screen = screens.at(screenWanted - 1);
            else if (screenWanted > 0)
                qWarning("display: there is no screen %d (%lld screens); the board goes to the default one", screenWanted,
                         static_cast<long long>(screens.size()));
            if (windowed) {
                window.resize(1280, 720);
                window.show();
            } else {
                window.showOn(screen);
            }
            return app.exec();
        }
        // A TV's PC has nobody at its keyboard: the problem stays on screen and the board is
        // tried again by itself (a server that is still starting, a network not up yet).
        QMessageBox box(QMessageBox::Critical, title, db.error(), QMessageBox::NoButton);
        box.setInformativeText(QCoreApplication::translate("Display", "Layar antrian mencoba lagi sendiri dalam %1 detik.").arg(kRetrySeconds));
        QPushButton *retry = box.addButton(QCoreApplication::translate("Display", "&Coba lagi"), QMessageBox::AcceptRole);
        box.addButton(QCoreApplication::translate("Display", "&Keluar"), QMessageBox::RejectRole);
        box.setDefaultButton(retry);
        QTimer::singleShot(kRetrySeconds * 1000, retry, &QPushButton::click);
        box.exec();
        if (box.clickedButton() != retry)
            return 1;
    }
}

} // namespace DisplayApp
