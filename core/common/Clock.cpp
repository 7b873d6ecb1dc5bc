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

QString toStorage(const QDateTime &instant)
{
    // "2026-10-08T01:02:03.120Z", written by hand: Qt's ISO writer formats through
    // vasprintf, and every stamp of every action passes here.
    const QDateTime utc = instant.toUTC();
    const QDate date = utc.date();
    if (!utc.isValid() || date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    const QTime time = utc.time();
    char text[] = "0000-00-00T00:00:00.000Z";
    auto put = [&](int at, int digits, int value) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, 4, date.year());
    put(5, 2, date.month());
    put(8, 2, date.day());
    put(11, 2, time.hour());
    put(14, 2, time.minute());
    put(17, 2, time.second());
    put(20, 3, time.msec());
    return QString::fromLatin1(text, 24);
}

namespace {

// toStorage()'s own form, "2026-10-08T01:02:03.120Z", read without Qt's general ISO
// parser (a queue reads four per file): an invalid QDateTime for any other text.
QDateTime fromStoredForm(const QString &text)
{
    static constexpr char kForm[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (text.size() != qsizetype(sizeof(kForm) - 1))
        return {};
    int digits[17];
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (kForm[i] == 'd') {
            if (c < u'0' || c > u'9')
                return {};
            digits[n++] = c - u'0';
        } else if (c != char16_t(kForm[i])) {
            return {};
        }
    }
    auto number = [&](int first, int count) {
        int v = 0;
        for (int i = first; i < first + count; ++i)
            v = v * 10 + digits[i];
        return v;
    };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const QTime time(number(8, 2), number(10, 2), number(12, 2), number(14, 3));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime fromStorage(const QString &text)
{
    if (const QDateTime stored = fromStoredForm(text); stored.isValid())
        return stored;
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
    if (stored.typeId() == QMetaType::QDateTime) // a server's instant (no text to check for emptiness)
        return stored.isNull() || !stored.toDateTime().isValid() ? QDateTime() : stored.toDateTime().toUTC();
    return stored.isNull() || stored.toString().isEmpty() ? QDateTime() : fromStorage(stored);
}

QVariant toStorageOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(toStorage(utc)) : QVariant();
}

} // namespace Clock
