#pragma once

#include <QTime>

// A stretch of local wall-clock time within one day, [start, end).
struct TimeRange
{
    QTime start;
    QTime end;

    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};
