#pragma once

#include <QByteArrayView>
#include <QVariant>

// Stored instants and dates read as numbers straight from their bytes: a report reads
// tens of thousands of them. Anything not in the stored form goes through the slow path.
namespace StoredText {

// Milliseconds since the epoch of a stored instant ("2026-11-23T07:41:00.000Z", as
// Clock::toStorage writes it); -1 for NULL, empty or unreadable.
qint64 instantMs(QByteArrayView text);
qint64 instantMs(const QVariant &value);
// The Julian day (as QDate::toJulianDay) of a stored date "2026-11-23"; 0 when it is none.
qint64 julianDay(QByteArrayView text);

} // namespace StoredText
