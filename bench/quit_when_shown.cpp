// Loaded into loket from outside (LD_PRELOAD) by loket_bench's cold start and by the test
// that the GUI starts: once loket's main window is shown and its first dialog (the login)
// waits for input, it prints "loket-window-shown" on stderr and closes that dialog, as an
// officer would who cancels the login; loket then ends with exit code 0. Nothing in loket
// knows of it.
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <cstdio>

namespace {

bool mainWindowShown()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QMainWindow *>(w) && w->isVisible())
            return true;
    return false;
}

class CloseFirstDialog final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *dialog = event->type() == QEvent::Show ? qobject_cast<QDialog *>(watched) : nullptr;
        if (dialog && mainWindowShown()) {
            // Queued: it runs once the dialog's own event loop does, that is, once the
            // window is interactive.
            QTimer::singleShot(0, dialog, [dialog = QPointer<QDialog>(dialog)] {
                std::fprintf(stderr, "loket-window-shown\n");
                std::fflush(stderr);
                if (dialog)
                    dialog->close();
            });
            QCoreApplication::instance()->removeEventFilter(this);
        }
        return false;
    }
};

void install()
{
    QCoreApplication::instance()->installEventFilter(new CloseFirstDialog(QCoreApplication::instance()));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(install)
