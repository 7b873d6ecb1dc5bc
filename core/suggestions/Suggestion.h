#pragma once

#include "complaints/FeedbackChannel.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// Saran dan masukan: a short entry, not a complaint (no deadlines, no stages).
struct Suggestion
{
    qint64 id = 0;
    QDate date; // local; today when empty
    FeedbackChannel channel = FeedbackChannel::InPerson;
    QString contact; // optional
    QString text;
    qint64 recordedBy = 0;
    QString recordedByName;
    QDateTime createdAt;
};
