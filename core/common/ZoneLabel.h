#pragma once

#include <QString>
#include <QTimeZone>

namespace ZoneLabel {

// "WITA" for Asia/Makassar (WIB, WIT for the other Indonesian zones); the zone's own
// abbreviation elsewhere.
QString of(const QTimeZone &zone);

} // namespace ZoneLabel
