#include "common/IdNumber.h"

#include <QLocale>

namespace {

const QLocale &indonesian()
{
    static const QLocale locale(QLocale::Indonesian, QLocale::Indonesia);
    return locale;
}

} // namespace

namespace IdNumber {

QString format(double value, int decimals)
{
    return indonesian().toString(value, 'f', decimals);
}

QString format(qint64 value)
{
    return indonesian().toString(value);
}

} // namespace IdNumber
