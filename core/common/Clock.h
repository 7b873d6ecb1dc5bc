#pragma once

#include <QDateTime>
#include <QVariant>

// The source of "now" for core. Tests and the demo-data generator set a fixed or
// moving time; everything else reads the system clock. Instants are UTC.
namespace Clock {

QDateTime nowUtc();
// Sets a fixed time (UTC); an invalid QDateTime returns to the system clock.
void setNowForTesting(const QDateTime &utc);
// UTC instant as stored in the database (ISO 8601 with milliseconds and Z).
QString toStorage(const QDateTime &utc);
QDateTime fromStorage(const QString &text);
// A time column as the driver gives it: text on SQLite, a QDateTime from PostgreSQL's
// time columns (which Qt hands over in the PC's local time); either way the UTC instant.
QDateTime fromStorage(const QVariant &stored);
// A nullable time column: NULL or '' reads as an invalid QDateTime, and an invalid
// QDateTime is stored as NULL.
QDateTime fromStorageOrNull(const QVariant &stored);
QVariant toStorageOrNull(const QDateTime &utc);

} // namespace Clock
