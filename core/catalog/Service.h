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
    // None: no standard is set yet (Pasal 9): the service is given and its time recorded,
    // but nothing is promised. Only the "Layanan lain" service has it; a catalogue cannot.
    enum class Unit { Minutes, WorkingDays, None };

    Unit unit = Unit::Minutes;
    int value = 0;
    QString guarantee;

    // Whether a time is promised: every clock, receipt and report asks this one question.
    bool isPromised() const { return unit != Unit::None; }

    static QString unitKey(Unit unit)
    {
        switch (unit) {
        case Unit::Minutes: return QStringLiteral("minutes");
        case Unit::WorkingDays: return QStringLiteral("working_days");
        case Unit::None: break;
        }
        return QStringLiteral("none");
    }
};

struct Service
{
    // "Layanan lain": a walk-in for a service whose standard is not set yet (Pasal 9). It
    // is logged, handed to the verifikator and counted apart, without a promised time;
    // what was asked is written at check-in. Its number and queue letter are reserved: no
    // catalogue may use them (ServiceCatalog::otherService()).
    static constexpr int kOtherNumber = 99;
    static constexpr char kOtherLetter = 'X';

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

    bool hasPromisedTime() const { return time.isPromised(); }
    bool isOther() const { return number == kOtherNumber; }
    // "1. Aktivasi User ID ...", as every list and receipt names a service; Layanan lain
    // by its name alone (its number is no number of the regulation).
    static QString titleOf(int number, const QString &name)
    {
        return number == kOtherNumber ? name : QStringLiteral("%1. %2").arg(number).arg(name);
    }
    QString title() const { return titleOf(number, name); }

    const Requirement *requirement(const QString &id) const
    {
        for (const Requirement &r : requirements)
            if (r.id == id)
                return &r;
        return nullptr;
    }
};
