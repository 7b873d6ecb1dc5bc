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

    // One day read from a file, and whether the file said which kind of day it is.
    struct Day
    {
        Holiday holiday;
        bool kindFromFile = false; // false: the file does not classify it (kind is a placeholder)
    };

    // Holidays by date; when two events fall on one date the first in the file wins.
    // The kind comes from the file where it says: cuti bersama when a CATEGORIES value
    // contains "cuti" or the SUMMARY starts with "Cuti Bersama"; otherwise a category
    // "Libur Nasional" / "Nasional" / "National" / "Public Holiday" (or a SUMMARY starting
    // "Libur Nasional") is a national holiday, and "Libur Lokal" / "Lokal" / "Local" /
    // "Daerah" (or a SUMMARY starting "Libur Lokal", "Libur Daerah") a local one. Other
    // days are left for the officer to classify. Errors name the line.
    static Result<QList<Day>> read(const QByteArray &ics);
    // The same, with `defaultKind` for the days the file does not classify.
    static Result<QList<Holiday>> parse(const QByteArray &ics, Holiday::Kind defaultKind = Holiday::Kind::National);
};
