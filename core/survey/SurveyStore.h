#pragma once

#include "accounts/User.h"
#include "common/Result.h"
#include "survey/Ikm.h"
#include "survey/IkmUnitReport.h"
#include "survey/SurveyCsv.h"
#include "survey/SurveyResponse.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

class Database;

struct SurveyImport
{
    int imported = 0;     // rows stored by this import
    int alreadyStored = 0; // good rows skipped: the same answer is stored already (SurveyStore::importKey)
    int dataRows = 0;
    QList<CsvProblem> problems;
};

// The SKM answers: recorded at the counter in survey mode, or imported from CSV.
class SurveyStore final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyStore)

public:
    // The largest CSV file an import reads.
    static constexpr qint64 kMaxImportBytes = 64LL * 1024 * 1024;

    explicit SurveyStore(Database &db);

    // A visitor's answers from survey mode: no officer acts, the answers are anonymous.
    // The date defaults to today.
    Result<qint64> record(const SurveyResponse &response);
    // Keeps the good rows, reports the bad ones by line. The same file (by content) is
    // not imported twice, and no row is stored twice: a good row whose import key is
    // stored already (an earlier import of it, e.g. before the file was corrected) is
    // skipped and counted in `alreadyStored`. When nothing is new, nothing is written
    // (no event). Needs an officer who records complaints or reads reports.
    Result<SurveyImport> importCsv(const User &actor, const QByteArray &content, const QString &fileName);
    // How an imported row is identified (see resources/migrations/0006.sql): its date,
    // service and answers, and `occurrence`, the how-many-th row of its file saying
    // exactly that (1 for the first). "2026-10-08|1|444344434|1".
    static QString importKey(const SurveyResponse &response, int occurrence);

    Result<QList<SurveyResponse>> responses(const QDate &from, const QDate &to, int serviceNumber = 0);
    Result<IkmReport> ikm(const QDate &from, const QDate &to, int serviceNumber = 0);
    // One report per service that has answers in the period, by service number.
    Result<QList<IkmReport>> ikmPerService(const QDate &from, const QDate &to);
    // The report of PermenPAN-RB 14/2017 for the period: the unit, every service of the
    // catalogue in force (and any other with answers, and the answers that name none),
    // the respondents' profile.
    Result<IkmUnitReport> unitReport(const QDate &from, const QDate &to);
    // The respondents of the period by sex, age, education and occupation.
    Result<QList<ProfileTally>> profile(const QDate &from, const QDate &to);
    // Visits in the guest book in the period: the population the sample is drawn from.
    Result<qint64> population(const QDate &from, const QDate &to, int serviceNumber = 0);

    // Stores one answer as it is (date set, answers 1..4, its source), recorded at
    // `createdAt`, with no import batch or key: for a writer of known-good answers (the
    // demo history), without record()'s checks (which read the catalogue each time) and
    // inside the caller's write transaction when there is one. Returns the new id.
    Result<qint64> insertRecorded(const SurveyResponse &response, const QDateTime &createdAt);

private:
    Result<qint64> insert(const SurveyResponse &response, const QString &batch, const QString &importKey = QString(),
                          const QDateTime &createdAt = {});
    QList<int> serviceNumbers();

    Database &m_db;
    QSqlDatabase &m_sql;
};
