#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The usual respondent profile of an SKM form; every item is optional.
class SurveyProfile final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyProfile)

public:
    SurveyProfile() = delete;

    struct Option
    {
        QString key;
        QString title;
    };

    static QList<Option> genders();    // "L", "P"
    static QList<Option> ageBands();   // "<20", "20-29", ... "60+"
    static QList<Option> educations(); // "sd", "smp", "sma", "diploma", "s1", "s2", "s3"
    static QList<Option> occupations();

    // Whether `key` is empty or one of the options.
    static bool accepts(const QList<Option> &options, const QString &key);
    static QString titleOf(const QList<Option> &options, const QString &key);
    // The key of what a person typed on a form or in a spreadsheet: a key or a title,
    // without regard to case or surrounding spaces ("l", "Perempuan", "S1"). Empty when
    // it is none of the options.
    static QString keyOf(const QList<Option> &options, const QString &typed);
    // The band of an age in whole years ("34" -> "30-39"); empty below 1 or above 150.
    static QString ageBandOf(int years);
};
