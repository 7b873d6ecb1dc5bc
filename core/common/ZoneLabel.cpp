#include "common/ZoneLabel.h"

#include <QDateTime>

namespace ZoneLabel {

QString of(const QTimeZone &zone)
{
    const QByteArray id = zone.id();
    if (id == "Asia/Makassar")
        return QStringLiteral("WITA");
    if (id == "Asia/Jakarta" || id == "Asia/Pontianak")
        return QStringLiteral("WIB");
    if (id == "Asia/Jayapura")
        return QStringLiteral("WIT");
    return zone.isValid() ? zone.abbreviation(QDateTime::currentDateTimeUtc()) : QString();
}

} // namespace ZoneLabel
