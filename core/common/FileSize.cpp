#include "common/FileSize.h"

#include <QCoreApplication>
#include <QLocale>

namespace FileSize {

QString text(qint64 bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("FileSize", "%1 bita").arg(bytes);
    static const char *const units[] = {"KB", "MB", "GB", "TB"};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    QString number = indonesian.toString(value, 'f', 1);
    if (number.endsWith(QLatin1String(",0")))
        number.chop(2);
    return QStringLiteral("%1 %2").arg(number, QLatin1String(units[unit]));
}

} // namespace FileSize
