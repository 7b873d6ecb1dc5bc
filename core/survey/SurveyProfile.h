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
};
