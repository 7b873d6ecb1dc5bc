#pragma once

#include "settings/OfficeSettings.h"
#include "vendors/Vendor.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Text pieces shared by receipts and public documents: Indonesian dates in the office's
// zone, the office letterhead, names. Everything returned is HTML-escaped unless it
// says otherwise.
namespace PrintFormat {

QString esc(const QString &text);
// "WITA" for Asia/Makassar (WIB, WIT for the other Indonesian zones).
QString zoneLabel(const QTimeZone &zone);
// "Senin, 23 November 2026"
QString longDate(const QDate &date);
// "23 November 2026"
QString date(const QDate &date);
// "Senin, 23 November 2026 pukul 07.41 WITA"
QString dateTime(const QDateTime &utc, const QTimeZone &zone);
// "23-11-2026 07.41 WITA"
QString shortDateTime(const QDateTime &utc, const QTimeZone &zone);
// "07.41"
QString time(const QDateTime &utc, const QTimeZone &zone);
// "CV Sinar Barito" for legal form CV and name "Sinar Barito" or "CV Sinar Barito".
QString vendorTitle(const Vendor &vendor);
// "19750101 200003 1 001"
QString nip(const QString &digits);
// The centred letterhead: unit, office name, address (HTML).
QString letterhead(const OfficeIdentity &office, qreal basePt);
QString pt(qreal size);
// A solid black rule about 0.4 mm thick. <hr> is a hairline, which a thermal head
// prints faintly or not at all.
QString rule();

} // namespace PrintFormat
