#pragma once

#include "calendar/TimeRange.h"

#include <QList>
#include <QTime>

// Office hours of one day: open..close, minus the breaks.
struct DaySchedule
{
    bool working = false;
    QTime open;
    QTime close;
    QList<TimeRange> breaks;

    friend bool operator==(const DaySchedule &, const DaySchedule &) = default;
};
