#include "print/PrintFormat.h"

#include "common/ZoneLabel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace PrintFormat {

namespace {

const QLocale &indonesian()
{
    static const QLocale locale(QLocale::Indonesian, QLocale::Indonesia);
    return locale;
}

} // namespace

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString zoneLabel(const QTimeZone &zone)
{
    return ZoneLabel::of(zone);
}

QString longDate(const QDate &d)
{
    return d.isValid() ? indonesian().toString(d, QStringLiteral("dddd, d MMMM yyyy")) : QString();
}

QString date(const QDate &d)
{
    return d.isValid() ? indonesian().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

QString dateTime(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    return QCoreApplication::translate("PrintFormat", "%1 pukul %2 %3")
        .arg(longDate(local.date()), local.toString(QStringLiteral("HH.mm")), zoneLabel(zone));
}

QString shortDateTime(const QDateTime &utc, const QTimeZone &zone)
{
    return ZoneLabel::shortDateTime(utc, zone);
}

QString time(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(QStringLiteral("HH.mm")) : QString();
}

QString vendorTitle(const Vendor &v)
{
    return v.title();
}

QString nip(const QString &digits)
{
    if (digits.size() != 18)
        return digits;
    return digits.left(8) + QLatin1Char(' ') + digits.mid(8, 6) + QLatin1Char(' ') + digits.mid(14, 1) + QLatin1Char(' ') + digits.mid(15);
}

QString pt(qreal size)
{
    return QString::number(size, 'f', 1) + QStringLiteral("pt");
}

QString rule()
{
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0' bgcolor='#000000' style='margin-top:3px; margin-bottom:3px'>"
                          "<tr><td><span style='font-size:1pt'>&nbsp;</span></td></tr></table>");
}

QString letterhead(const OfficeIdentity &office, qreal basePt)
{
    QString h = QStringLiteral("<p align='center' style='margin:0'><span style='font-size:%1; font-weight:bold'>%2</span></p>")
                    .arg(pt(basePt + 1), esc(office.unit.isEmpty() ? office.name : office.unit));
    if (!office.unit.isEmpty() && !office.name.isEmpty())
        h += QStringLiteral("<p align='center' style='margin:0'><span style='font-size:%1'>%2</span></p>").arg(pt(basePt), esc(office.name));
    if (!office.address.isEmpty())
        h += QStringLiteral("<p align='center' style='margin:0'><span style='font-size:%1'>%2</span></p>")
                 .arg(pt(std::max(6.5, basePt - 1)), esc(office.address));
    return h;
}

} // namespace PrintFormat
