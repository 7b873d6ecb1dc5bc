#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The nine elements (unsur) of the SKM, PermenPAN-RB 14/2017, in the order of
// reference-data.md: U1 Persyaratan ... U9 Sarana dan prasarana. Answers are kept by
// element (the columns u1..u9 and the CSV columns U1..U9 follow this order), never by
// the position a form happened to show them in.
class SurveyElement final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyElement)

public:
    SurveyElement() = delete;

    static constexpr int kCount = 9;

    // index 0..8
    static QString key(int index);    // "persyaratan", "prosedur", ...
    static QString code(int index);   // "U1" .. "U9"
    static QString title(int index);  // "Persyaratan", "Sistem, mekanisme dan prosedur", ...
    static QString question(int index);
    // The standard answer labels for 1, 2, 3 and 4.
    static QStringList answerLabels(int index);
};
