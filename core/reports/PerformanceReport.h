#pragma once

#include "settings/OfficeSettings.h"
#include "survey/Ikm.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

enum class ReportGrouping { Service, Officer };

// Durations in working seconds (office hours only, paused time excluded).
struct DurationStats
{
    int count = 0;
    double median = 0;  // the middle value; the mean of the two middle values for an even count
    qint64 p90 = 0;     // nearest rank: the value at rank ceil(0.9 x count)
    qint64 max = 0;

    static DurationStats of(QList<qint64> values);
    // The same of values already in ascending order, without a copy.
    static DurationStats ofSorted(const QList<qint64> &sorted);
    // The same of [first, last), which it reorders.
    static DurationStats ofReordering(qint64 *first, qint64 *last);
};

struct ComplaintFigures
{
    int received = 0;
    int acknowledgedInTime = 0; // within 3 working days (Pasal 8 ayat 5)
    int acknowledgeDecided = 0; // acknowledged, or its deadline has passed
    int respondedInTime = 0;    // within 6 working days (the annex)
    int respondDecided = 0;
    // Percent of the complaints whose deadline is decided; negative when none is.
    double acknowledgedPercent() const { return acknowledgeDecided ? 100.0 * acknowledgedInTime / acknowledgeDecided : -1.0; }
    double respondedPercent() const { return respondDecided ? 100.0 * respondedInTime / respondDecided : -1.0; }
};

// The figures of one service or one officer (or the total).
struct ReportRow
{
    QString key;   // service number or user id; "total" for the total
    QString title; // service name or officer name

    int visits = 0;        // walk-ins in the guest book
    int applications = 0;  // new files (a returning applicant's follow-up visit is not a new file)
    int returned = 0;
    int accepted = 0;      // accepted as complete (or by discretion)
    int done = 0;
    int cancelled = 0;
    int open = 0;          // still at the helpdesk or in a queue
    int met = 0;           // done within the promised time
    int unpromised = 0;    // done, of a service without a standard yet (Layanan lain): neither met nor late
    QList<qint64> serviceSeconds;  // every done file's service time
    DurationStats serviceTime;
    DurationStats waitHelpdesk;    // arrival -> acceptance
    DurationStats waitClaim;       // hand-off -> claim
    QMap<QString, qint64> pausedByReason; // PauseReasons key -> working seconds
    QList<std::pair<QString, int>> missing; // items most often missing when returned, most first
    std::optional<IkmResult> ikm;           // survey answers naming this service
    // By service, when the database records complaints: those about a file of this
    // service (the total's are the report's, with those that name no file).
    std::optional<ComplaintFigures> complaints;

    // Done files that had a promised time, and those of them that were late.
    int promisedDone() const { return done - unpromised; }
    int late() const { return promisedDone() - met; }
    // Percent of the done files with a promise that met it; negative without any.
    double metPercent() const { return promisedDone() > 0 ? 100.0 * met / promisedDone() : -1.0; }
    qint64 pausedSeconds() const;
};

struct DailyCount
{
    QDate day;
    int visits = 0;
    int done = 0;
};


// The wait for the call of one service's walk-ins (or of all), on the period's days
// with calls (WaitTimes): wall-clock seconds from the ticket to the first call.
struct CallWaitRow
{
    QString key;   // service number; "total"
    QString title;
    int visits = 0;     // walk-ins of the days with calls
    DurationStats wait; // of those called: wait.count of them
    int notCalled() const { return visits - wait.count; }
};

// The calls of one desk in the period: to be served (the document check) and to
// collect what is ready, each first call and each repeat ("Panggil ulang") apart.
struct DeskCalls
{
    QString desk;
    int serveCalls = 0;
    int serveRepeats = 0;
    int collectCalls = 0;
    int collectRepeats = 0;
};

// The waiting room's figures of a period (issue 17).
struct CallingFigures
{
    int callDays = 0;          // days of the period on which a visitor was called to be served
    QList<CallWaitRow> waits;  // services with walk-ins on those days, by number
    CallWaitRow waitTotal;
    int noShows = 0;           // visits set aside as not present ("Tidak hadir")
    int calledBack = 0;        // of those, called again afterwards
    int servedAfter = 0;       // of those called back, whose file the helpdesk then took up
    QList<DeskCalls> desks;    // by name
    DeskCalls deskTotal;

    bool anyCalls() const { return callDays > 0 || !desks.isEmpty(); }
};

// The performance evaluation (Evaluasi Kinerja Pelaksana) of one period. A file belongs
// to the period of its visit, the day it was written in the guest book, and its figures
// follow it to the end, whenever that comes.
struct PerformanceReport
{
    QDate from;
    QDate to;
    ReportGrouping grouping = ReportGrouping::Service;
    QDateTime computedAt;
    QDate computedOn;      // computedAt's day in the office's zone: the date the report is signed
    OfficeIdentity office; // who reports: the letterhead and the Kepala Bagian who signs

    QList<ReportRow> rows;
    ReportRow total;
    QList<DailyCount> daily;  // every day of the period
    std::optional<ComplaintFigures> complaints; // absent when the database has no complaints table
    std::optional<int> suggestions;
    std::optional<IkmResult> ikm;               // absent without survey answers in the period
    std::optional<CallingFigures> calling;      // absent when the database has no calls table
};
