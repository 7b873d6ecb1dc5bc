#include "storage/DatabaseChoice.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

const char *const kSettingKey = "database/location";

QString fromEnvironment()
{
    return QString::fromLocal8Bit(qgetenv("LOKET_DB")).trimmed();
}

} // namespace

namespace DatabaseChoice {

QString location(const std::optional<QString> &option)
{
    if (option)
        return *option;
    if (const QString env = fromEnvironment(); !env.isEmpty())
        return env;
    if (const QString mine = saved(); !mine.isEmpty())
        return mine;
    return Database::defaultPath();
}

QString source(const std::optional<QString> &option)
{
    if (option)
        return QCoreApplication::translate("DatabaseChoice", "opsi --db");
    if (!fromEnvironment().isEmpty())
        return QCoreApplication::translate("DatabaseChoice", "variabel lingkungan LOKET_DB");
    if (!saved().isEmpty())
        return QCoreApplication::translate("DatabaseChoice", "pengaturan basis data PC ini");
    return QCoreApplication::translate("DatabaseChoice", "berkas bawaan");
}

QString overriddenBy(const std::optional<QString> &option)
{
    return option || !fromEnvironment().isEmpty() ? source(option) : QString();
}

QString saved()
{
    return QSettings().value(QLatin1String(kSettingKey)).toString().trimmed();
}

void save(const QString &location)
{
    QSettings settings;
    if (location.trimmed().isEmpty())
        settings.remove(QLatin1String(kSettingKey));
    else
        settings.setValue(QLatin1String(kSettingKey), location.trimmed());
}

} // namespace DatabaseChoice
