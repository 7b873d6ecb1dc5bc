#pragma once

#include "common/Result.h"
#include "complaints/Complaint.h"

#include <QCoreApplication>
#include <QTimeZone>

// What the desk did about a complaint that came through SP4N-LAPOR!, as plain text for
// the LAPOR! administrator to paste into the ticket: the tracking number, the desk's
// number, when it was received, the acknowledgement and the response with their dates
// and whether the 3 and the 6 working days (ComplaintRules' deadlines) were met.
class LaporFollowUp final
{
    Q_DECLARE_TR_FUNCTIONS(LaporFollowUp)

public:
    LaporFollowUp() = delete;

    // Refused for a complaint of another channel. Times in `zone` (the office calendar's).
    static Result<QString> text(const Complaint &complaint, const ComplaintDeadlines &deadlines, const QTimeZone &zone,
                                const QString &unitName);
    // "terpenuhi (tepat waktu)", "tidak terpenuhi (disampaikan terlambat)", ...
    static QString verdict(const DeadlineReading &reading);
};
