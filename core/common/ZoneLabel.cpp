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

QString shortDateTime(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy HH.mm")) + QLatin1Char(' ') + of(zone);
}

} // namespace ZoneLabel
