#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace ZoneLabel {

// "WITA" for Asia/Makassar (WIB, WIT for the other Indonesian zones); the zone's own
// abbreviation elsewhere.
QString of(const QTimeZone &zone);
// "23-11-2026 07.41 WITA": an instant in the office's zone, as receipts, the annex of a
// late file and the SP4N-LAPOR! text show it; empty for an invalid instant.
QString shortDateTime(const QDateTime &utc, const QTimeZone &zone);

} // namespace ZoneLabel
