#pragma once

#include <QDate>
#include <QString>

// A day the office is closed. National holidays and cuti bersama are both non-working
// (SKB 3 Menteri); local ones are added by the office.
struct Holiday
{
    enum class Kind { National, CutiBersama, Local };

    QDate date;
    QString name;
    Kind kind = Kind::National;

    friend bool operator==(const Holiday &, const Holiday &) = default;
};
