#pragma once

#include "survey/SurveyElement.h"

#include <QDate>
#include <QString>

#include <array>

// One respondent's answers: anonymous, never linked to a visit or a person.
struct SurveyResponse
{
    enum class Source { Counter, Import };

    qint64 id = 0;
    QDate date;                                      // local
    int serviceNumber = 0;                           // catalogue number; 0 when not given
    std::array<int, SurveyElement::kCount> answers{}; // 1..4 by element, U1..U9
    QString gender;                                  // SurveyProfile keys; empty when not given
    QString ageBand;
    QString education;
    QString occupation;
    Source source = Source::Counter;
};
