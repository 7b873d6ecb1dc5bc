#pragma once

#include "calendar/DaySchedule.h"

#include <QDate>
#include <QMap>
#include <QString>

// Office hours that replace the normal ones for a date range (both ends inclusive),
// e.g. Ramadan. Keyed by Qt's dayOfWeek (1 = Monday .. 7 = Sunday); a weekday that is
// missing keeps its normal schedule.
struct SpecialSchedule
{
    QString name;
    QDate from;
    QDate to;
    QMap<int, DaySchedule> days;

    friend bool operator==(const SpecialSchedule &, const SpecialSchedule &) = default;
};
