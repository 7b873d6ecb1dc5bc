#pragma once

#include "calendar/WorkingCalendar.h"
#include "common/Result.h"
#include "complaints/Complaint.h"

#include <QCoreApplication>

// The rules of Pasal 8 and the annex, without storage: the elements a complaint must
// contain, the 30-day window and the working-day deadlines.
class ComplaintRules final
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRules)

public:
    ComplaintRules() = delete;

    static constexpr int kWindowDays = 30;     // Pasal 8: filed within 30 days of the service
    static constexpr int kAcknowledgeDays = 3; // Pasal 8 ayat (5)
    static constexpr int kResponseDays = 6;    // the annex, item 6
    // An SP4N-LAPOR! tracking number: digits only, 7 to 10 of them.
    static constexpr int kLaporMinDigits = 7;
    static constexpr int kLaporMaxDigits = 10;

    // The elements of Pasal 8 ayat (4) that the complaint lacks, in order (a) to (d).
    static QList<MissingElement> missingElements(const ComplaintInput &input);
    // "(a) alamat lengkap; (d) tanda tangan"
    static QString describeMissing(const QList<MissingElement> &missing);

    // The tracking number of a complaint that came through SP4N-LAPOR!, as typed (spaces
    // around it ignored), or why it is not one.
    static Result<QString> laporReference(const QString &typed);

    // The last day a complaint about a service received on `serviceDate` is in time.
    static QDate windowEnd(const QDate &serviceDate);
    // Received after windowEnd(); false when the service date is unknown.
    static bool isLate(const QDate &serviceDate, const QDate &receivedDate);

    // Deadlines count from the day of receipt, which does not count: close of office
    // hours on the 3rd and the 6th working day after it.
    static ComplaintDeadlines deadlines(const WorkingCalendar &calendar, const QDate &receivedDate,
                                        const QDateTime &acknowledgedAt, const QDateTime &respondedAt, const QDateTime &now);
    static ComplaintDeadlines deadlines(const WorkingCalendar &calendar, const Complaint &complaint, const QDateTime &now);
    static QString stateTitle(DeadlineState state);

    // The answer Pasal 8 ayat (5) requires: whether the complaint is complete, and if
    // not, exactly what is missing.
    static QString acknowledgementText(const Complaint &complaint);

private:
    static DeadlineReading reading(const WorkingCalendar &calendar, const QDateTime &due, const QDateTime &doneAt, const QDateTime &now);
};
