#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class Database;

struct DemoOptions
{
    int years = 1;
    int perDay = 40;     // visits on an average working day
    quint64 seed = 1;
    QDate until;         // the last day of the history; invalid = yesterday
};

struct DemoSummary
{
    QDate from;
    QDate until;
    int vendors = 0;
    int visits = 0;
    int returned = 0;
    int done = 0;
    qint64 events = 0;
    int complaints = 0;
    int suggestions = 0;
    int surveyResponses = 0;
};

// Writes a plausible history into an empty database for demonstrations, tests and the
// benchmark: vendors, visits in office hours on working days only, files returned with
// the papers that are really missing, pauses for internet outages and LKPP, complaints,
// suggestions and survey answers. The same options give the same database. The events
// carry a valid hash chain, so `loket check` passes.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    static constexpr int kMaxYears = 15;
    static constexpr int kMaxPerDay = 1000;

    explicit DemoData(Database &db) : m_db(db) {}

    // Refuses a database that already holds counter records (or demo data).
    Result<DemoSummary> generate(const DemoOptions &options, const std::function<void(int percent)> &progress = {});
    // An error message when the database holds records that demo data must not mix with.
    Status checkEmpty();

private:
    Database &m_db;
};
