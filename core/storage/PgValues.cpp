#include "storage/PgValues.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <optional>

#include <libpq-fe.h>

namespace {

// Qt's driver's OIDs (qsql_psql.cpp): the QVariant type of each column.
enum : unsigned {
    kBool = 16,
    kBytea = 17,
    kInt8 = 20,
    kInt2 = 21,
    kInt4 = 23,
    kRegproc = 24,
    kOid = 26,
    kXid = 28,
    kCid = 29,
    kFloat4 = 700,
    kFloat8 = 701,
    kAbstime = 702,
    kReltime = 703,
    kDate = 1082,
    kTime = 1083,
    kTimestamp = 1114,
    kTimestamptz = 1184,
    kTimetz = 1266,
    kNumeric = 1700,
};

QMetaType typeOf(unsigned oid)
{
    switch (oid) {
    case kBool:
        return QMetaType(QMetaType::Bool);
    case kInt8:
        return QMetaType(QMetaType::LongLong);
    case kInt2:
    case kInt4:
    case kOid:
    case kRegproc:
    case kXid:
    case kCid:
        return QMetaType(QMetaType::Int);
    case kNumeric:
    case kFloat4:
    case kFloat8:
        return QMetaType(QMetaType::Double);
    case kAbstime:
    case kReltime:
    case kDate:
        return QMetaType(QMetaType::QDate);
    case kTime:
    case kTimetz:
        return QMetaType(QMetaType::QTime);
    case kTimestamp:
    case kTimestamptz:
        return QMetaType(QMetaType::QDateTime);
    case kBytea:
        return QMetaType(QMetaType::QByteArray);
    default:
        return QMetaType(QMetaType::QString);
    }
}

// Whether Qt's driver would send the value as NULL (QSqlResultPrivate::isVariantNull).
bool isNullValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDate:
        return v.toDate().isNull();
    case QMetaType::QTime:
        return v.toTime().isNull();
    case QMetaType::QDateTime:
        return v.toDateTime().isNull();
    default:
        return false;
    }
}

// "2026-10-08 01:02:03.12+00", as a UTC session in ISO style writes a timestamptz, in
// milliseconds since the epoch (the fraction's first three digits); std::nullopt for any
// other form (Qt's parser takes it then).
std::optional<qint64> utcMs(QByteArrayView text)
{
    if (text.size() < 22 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    auto number = [&](qsizetype at, int count) -> int {
        int v = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    qsizetype i = 19;
    int ms = 0;
    if (text[i] == '.') {
        int digits = 0;
        for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
            if (digits++ < 3)
                ms = ms * 10 + (text[i] - '0');
        for (; digits < 3; ++digits)
            ms *= 10;
    }
    if (i + 3 != text.size() || text[i] != '+' || number(i + 1, 2) != 0) // a UTC session: always "+00"
        return std::nullopt;
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    if (!date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    return (date.toJulianDay() - 2440588) * 86400000LL + ((hour * 60 + minute) * 60 + second) * 1000LL + ms;
}

} // namespace

namespace PgValues {

// A value as Qt 6's driver reads it (QPSQLResult::data), so that SqlQuery's callers see
// the same QVariant on either path.
QVariant cell(const PGresult *result, int row, int column)
{
    const QMetaType type = typeOf(PQftype(result, column));
    if (PQgetisnull(result, row, column))
        return QVariant(type, nullptr);
    const char *value = PQgetvalue(result, row, column);
    const QByteArray bytes = QByteArray::fromRawData(value, PQgetlength(result, row, column));
    switch (type.id()) {
    case QMetaType::Bool:
        return QVariant(value[0] == 't');
    case QMetaType::LongLong:
        return value[0] == '-' ? QVariant(bytes.toLongLong()) : QVariant(bytes.toULongLong());
    case QMetaType::Int:
        return QVariant(bytes.toInt());
    case QMetaType::Double: {
        bool ok = false;
        const double d = bytes.toDouble(&ok);
        return ok ? QVariant(d) : QVariant();
    }
    case QMetaType::QDate:
        return QVariant(QDate::fromString(QString::fromLatin1(bytes), Qt::ISODate));
    case QMetaType::QTime:
        return QVariant(QTime::fromString(QString::fromLatin1(bytes), Qt::ISODate));
    case QMetaType::QDateTime: {
        // The instant in UTC, where Qt's driver gives it in local time: the same instant
        // (==), but no look at the C library's time zone (which stats /etc/localtime for
        // every value when TZ is not set). Loket reads instants through Clock::fromStorage.
        if (const std::optional<qint64> ms = utcMs(bytes))
            return QVariant(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC));
        QString text = QString::fromLatin1(bytes);
        if (text.size() < 10)
            return QVariant(QDateTime());
        const QChar sign = text.at(text.size() - 3);
        if (sign == u'+' || sign == u'-')
            text += QStringLiteral(":00");
        return QVariant(QDateTime::fromString(text, Qt::ISODate).toUTC());
    }
    case QMetaType::QByteArray: {
        size_t length = 0;
        unsigned char *data = PQunescapeBytea(reinterpret_cast<const unsigned char *>(value), &length);
        const QByteArray out(reinterpret_cast<const char *>(data), qsizetype(length));
        PQfreemem(data);
        return QVariant(out);
    }
    default:
        return QVariant(QString::fromUtf8(bytes));
    }
}

// A bound value as the text PostgreSQL reads it (every parameter's type is the server's
// choice from its place in the statement, as with Qt's driver's PREPARE).
std::optional<QByteArray> parameter(const QVariant &v)
{
    if (isNullValue(v))
        return std::nullopt;
    switch (v.typeId()) {
    case QMetaType::Bool:
        return QByteArray(v.toBool() ? "true" : "false");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Long:
        return QByteArray::number(v.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::ULong:
        return QByteArray::number(v.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate).toLatin1();
    case QMetaType::QTime:
        return v.toTime().toString(Qt::ISODateWithMs).toLatin1();
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs).toLatin1();
    case QMetaType::QByteArray:
        return QByteArray("\\x") + v.toByteArray().toHex();
    default:
        return v.toString().toUtf8();
    }
}

QList<std::optional<QByteArray>> parameters(const QList<QVariant> &values)
{
    QList<std::optional<QByteArray>> out;
    out.reserve(values.size());
    for (const QVariant &v : values)
        out << parameter(v);
    return out;
}

} // namespace PgValues
