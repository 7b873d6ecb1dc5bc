#pragma once

#include "calendar/Holiday.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// Reads holidays from an iCalendar (.ics) file, e.g. a government holiday feed. A
// careful subset of RFC 5545: folded lines, VEVENT blocks with DTSTART (DATE or
// DATE-TIME; only the date is used), an optional exclusive DTEND or DURATION that
// spreads an all-day event over several days, SUMMARY and CATEGORIES. Cancelled events
// are skipped; recurrence rules are not expanded (only the first occurrence counts).
class IcsImporter final
{
    Q_DECLARE_TR_FUNCTIONS(IcsImporter)

public:
    static constexpr qsizetype kMaxBytes = 5 * 1024 * 1024;
    static constexpr int kMaxEvents = 5000;
    static constexpr int kMaxEventDays = 31;

    // Holidays by date; when two events fall on one date the first in the file wins.
    // An event is cuti bersama when a CATEGORIES value contains "cuti" or its SUMMARY
    // starts with "Cuti Bersama"; otherwise it gets `defaultKind`. Errors name the line.
    static Result<QList<Holiday>> parse(const QByteArray &ics, Holiday::Kind defaultKind = Holiday::Kind::National);
};
