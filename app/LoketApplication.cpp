#include "LoketApplication.h"

#include "Args.h"
#include "MainWindow.h"
#include "catalog/CatalogStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QMessageBox>
#include <QTranslator>

namespace LoketApplication {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Loket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOKET_VERSION));
}

void installTranslator(QCoreApplication &app, const QStringList &args)
{
    Args a(args.mid(1));
    if (a.option(QStringLiteral("--lang")).value_or(QString()) != QLatin1String("en"))
        return;
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/loket_en.qm")))
        QCoreApplication::installTranslator(translator);
}

int runGui(QApplication &app)
{
    Args a(app.arguments().mid(1));
    const QString path = a.option(QStringLiteral("--db")).value_or(Database::defaultPath());
    auto opened = Database::open(path, Database::Mode::Open);
    if (!opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Main", "Loket — basis data"), opened.error());
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    if (const Status seeded = CatalogStore(*db).ensureSeeded(); !seeded) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Main", "Loket — katalog layanan"), seeded.error());
        return 1;
    }
    int code = 0;
    {
        MainWindow window(*db);
        window.show();
        if (!window.login())
            return 0;
        code = app.exec();
    }
    return code;
}

} // namespace LoketApplication
