#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One checklist item of a service (a paper the helpdesk checks).
struct Requirement
{
    enum class AppliesWhen { Always, Proxy };

    QString id;
    QString label;
    QString needed; // what the applicant must bring when it is missing
    bool original = false;
    bool copy = false;
    bool validity = false;
    AppliesWhen appliesWhen = AppliesWhen::Always;

    bool appliesTo(bool applicantIsProxy) const
    {
        return appliesWhen == AppliesWhen::Always || applicantIsProxy;
    }
};

struct ServiceTime
{
    enum class Unit { Minutes, WorkingDays };

    Unit unit = Unit::Minutes;
    int value = 0;
    QString guarantee;

    static QString unitKey(Unit unit) { return unit == Unit::Minutes ? QStringLiteral("minutes") : QStringLiteral("working_days"); }
};

struct Service
{
    int number = 0;
    QString code;
    QChar queueLetter;
    QString name;
    QString handledBy; // a role name: "verifikator" or "admin_sistem"
    QString outcome;   // the usual result recorded when done, e.g. "User ID aktif" (optional)
    ServiceTime time;
    QList<Requirement> requirements;
    // Component key (ServiceCatalog::componentKeys()) -> paragraphs in the regulation's wording.
    QMap<QString, QStringList> components;

    const Requirement *requirement(const QString &id) const
    {
        for (const Requirement &r : requirements)
            if (r.id == id)
                return &r;
        return nullptr;
    }
};
