#include "reports/StoredText.h"

#include "common/Clock.h"

#include <QDate>
#include <QDateTime>

#include <cstring>

namespace {

constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;

int digitsOf(QByteArrayView s, qsizetype pos, qsizetype n)
{
    int v = 0;
    for (qsizetype i = pos; i < pos + n; ++i)
        v = v * 10 + (s.at(i) - '0');
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days algorithm
// turned around): integer arithmetic only, as tens of thousands of instants are read.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

namespace StoredText {

qint64 instantMs(QByteArrayView s)
{
    if (s.isEmpty())
        return -1;
    if (s.size() == 24 && s.at(4) == '-' && s.at(7) == '-' && s.at(10) == 'T' && s.at(13) == ':' && s.at(16) == ':' && s.at(19) == '.'
        && s.at(23) == 'Z') {
        // The instants of a file, and of the files around it, mostly share their date.
        thread_local char lastDate[10] = {};
        thread_local qint64 lastDays = 0;
        const int month = digitsOf(s, 5, 2);
        const int day = digitsOf(s, 8, 2);
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
            if (std::memcmp(lastDate, s.data(), sizeof lastDate) != 0) {
                lastDays = daysFromCivil(digitsOf(s, 0, 4), month, day);
                std::memcpy(lastDate, s.data(), sizeof lastDate);
            }
            return lastDays * kMsPerDay + digitsOf(s, 11, 2) * 3600000LL + digitsOf(s, 14, 2) * 60000LL + digitsOf(s, 17, 2) * 1000LL
                   + digitsOf(s, 20, 3);
        }
    }
    const QDateTime t = Clock::fromStorage(QString::fromUtf8(s.data(), s.size()));
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

qint64 instantMs(const QVariant &v)
{
    if (v.isNull())
        return -1;
    const QByteArray bytes = v.toString().toUtf8();
    return instantMs(QByteArrayView(bytes));
}

qint64 julianDay(QByteArrayView s)
{
    constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
    if (s.size() == 10 && s.at(4) == '-' && s.at(7) == '-') {
        const int month = digitsOf(s, 5, 2);
        const int day = digitsOf(s, 8, 2);
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
            return daysFromCivil(digitsOf(s, 0, 4), month, day) + kJulianDayOfEpoch;
    }
    const QDate d = QDate::fromString(QString::fromUtf8(s.data(), s.size()), Qt::ISODate);
    return d.isValid() ? d.toJulianDay() : 0;
}

} // namespace StoredText
