#pragma once

#include "applications/ApplicationStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

struct ChecklistItem
{
    QString requirementId;
    int position = 0;
    QString label;
    QString needed;
    bool originalRequired = false;
    bool copyRequired = false;
    bool validityRequired = false;
    bool originalSeen = false;
    bool copyReceived = false;
    QDate validUntil;
    QString note;

    // What is wrong with this item on `today`; empty when it is complete.
    QStringList problems(const QDate &today) const;
    bool isComplete(const QDate &today) const { return problems(today).isEmpty(); }
};

struct Application
{
    qint64 id = 0;
    QString number;
    qint64 visitId = 0;
    int serviceNumber = 0;
    int catalogVersion = 0;
    QString handledBy;
    ApplicationStatus status = ApplicationStatus::Registered;
    qint64 claimedBy = 0;
    qint64 previousApplicationId = 0;
    QString outcome;
    bool discretion = false;
    QDateTime createdAt;
    QDateTime acceptedAt;
    QDateTime finishedAt;
    QDateTime dueAt;
};
