#pragma once

#include "accounts/User.h"
#include "common/Result.h"
#include "survey/Ikm.h"
#include "survey/SurveyCsv.h"
#include "survey/SurveyResponse.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

class Database;

struct SurveyImport
{
    int imported = 0;
    int dataRows = 0;
    QList<CsvProblem> problems;
};

// The IKM of a period (and optionally one service), with what the sample should reach.
struct IkmReport
{
    QDate from;
    QDate to;
    int serviceNumber = 0; // 0: every service
    IkmResult result;
    qint64 population = 0; // visits in the guest book in the period
    int sampleSize = 0;    // Krejcie-Morgan for that population
};

// The SKM answers: recorded at the counter in survey mode, or imported from CSV.
class SurveyStore final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyStore)

public:
    explicit SurveyStore(Database &db);

    // A visitor's answers from survey mode: no officer acts, the answers are anonymous.
    // The date defaults to today.
    Result<qint64> record(const SurveyResponse &response);
    // Keeps the good rows, reports the bad ones by line. The same file (by content) is
    // not imported twice. Needs an officer who records complaints or reads reports.
    Result<SurveyImport> importCsv(const User &actor, const QByteArray &content, const QString &fileName);

    Result<QList<SurveyResponse>> responses(const QDate &from, const QDate &to, int serviceNumber = 0);
    Result<IkmReport> ikm(const QDate &from, const QDate &to, int serviceNumber = 0);
    // One report per service that has answers in the period, by service number.
    Result<QList<IkmReport>> ikmPerService(const QDate &from, const QDate &to);
    // Visits in the guest book in the period: the population the sample is drawn from.
    Result<qint64> population(const QDate &from, const QDate &to, int serviceNumber = 0);

private:
    Result<qint64> insert(const SurveyResponse &response, const QString &batch);
    QList<int> serviceNumbers();

    Database &m_db;
    QSqlDatabase &m_sql;
};
