#include "common/Clock.h"

#include <QTimeZone>

namespace {
QDateTime g_fixed;
}

namespace Clock {

QDateTime nowUtc()
{
    return g_fixed.isValid() ? g_fixed : QDateTime::currentDateTimeUtc();
}

void setNowForTesting(const QDateTime &utc)
{
    g_fixed = utc.isValid() ? utc.toUTC() : QDateTime();
}

QString toStorage(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStorage(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.toUTC();
}

QDateTime fromStorage(const QVariant &stored)
{
    if (stored.typeId() == QMetaType::QDateTime)
        return stored.toDateTime().toUTC();
    return fromStorage(stored.toString());
}

QDateTime fromStorageOrNull(const QVariant &stored)
{
    return stored.isNull() || stored.toString().isEmpty() ? QDateTime() : fromStorage(stored);
}

QVariant toStorageOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(toStorage(utc)) : QVariant();
}

} // namespace Clock
