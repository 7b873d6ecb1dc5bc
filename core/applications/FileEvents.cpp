#include "applications/FileEvents.h"

#include "applications/ApplicationStatus.h"
#include "applications/FileActions.h"

#include <QJsonArray>

namespace {

const QString kMissing = QStringLiteral("missing");
const QString kWaived = QStringLiteral("waived");
const QString kReason = QStringLiteral("reason");

QJsonArray itemsToJson(const QList<MissingItem> &items)
{
    QJsonArray array;
    for (const MissingItem &m : items)
        array.append(QJsonObject{{QStringLiteral("id"), m.requirementId},
                                 {QStringLiteral("label"), m.label},
                                 {QStringLiteral("needed"), m.needed},
                                 {QStringLiteral("problems"), QJsonArray::fromStringList(m.problems)}});
    return array;
}

QList<MissingItem> itemsFromJson(const QJsonArray &array)
{
    QList<MissingItem> items;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        MissingItem m;
        m.requirementId = o.value(QStringLiteral("id")).toString();
        m.label = o.value(QStringLiteral("label")).toString();
        m.needed = o.value(QStringLiteral("needed")).toString();
        for (const QJsonValue &p : o.value(QStringLiteral("problems")).toArray())
            m.problems << p.toString();
        items << m;
    }
    return items;
}

} // namespace

namespace FileEvents {

QStringList pauseHistoryKinds()
{
    static const QStringList kinds{QStringLiteral("paused"), QStringLiteral("resumed"), QStringLiteral("done"), QStringLiteral("cancelled")};
    return kinds;
}

QStringList indexedKinds()
{
    QStringList kinds;
    for (const QString &kind : pauseHistoryKinds()) {
        bool endsFile = false;
        for (FileAction a : FileActions::all())
            endsFile = endsFile || (FileActions::eventKind(a) == kind && ApplicationStatuses::isFinal(FileActions::target(a)));
        if (!endsFile)
            kinds << kind;
    }
    kinds << FileActions::eventKind(FileAction::Return);
    return kinds;
}

QString indexedKindsFilter()
{
    static const QString filter = [] {
        QStringList quoted;
        for (const QString &kind : indexedKinds())
            quoted << QLatin1Char('\'') + kind + QLatin1Char('\'');
        return QStringLiteral("kind IN (%1)").arg(quoted.join(QStringLiteral(", ")));
    }();
    return filter;
}

QJsonObject returnedData(const QList<MissingItem> &missing)
{
    return QJsonObject{{kMissing, itemsToJson(missing)}};
}

QJsonObject discretionData(const QList<MissingItem> &waived)
{
    return QJsonObject{{kWaived, itemsToJson(waived)}};
}

QList<MissingItem> missingOf(const QJsonObject &data)
{
    return itemsFromJson(data.value(kMissing).toArray());
}

QList<MissingItem> waivedOf(const QJsonObject &data)
{
    return itemsFromJson(data.value(kWaived).toArray());
}

QJsonObject pausedData(PauseReason reason)
{
    return QJsonObject{{kReason, PauseReasons::key(reason)}};
}

QString pauseReasonKey(const QJsonObject &data)
{
    return data.value(kReason).toString();
}

QJsonObject registeredData(const QString &queueNumber, int serviceNumber, bool proxy, int catalogVersion, qint64 previousApplicationId)
{
    QJsonObject data{{QStringLiteral("queue_number"), queueNumber},
                     {QStringLiteral("service"), serviceNumber},
                     {QStringLiteral("standing"), proxy ? QStringLiteral("proxy") : QStringLiteral("head")},
                     {QStringLiteral("catalog_version"), catalogVersion}};
    if (previousApplicationId)
        data.insert(QStringLiteral("previous_application"), previousApplicationId);
    return data;
}

QJsonObject followedUpData(const QString &newApplicationNumber)
{
    return QJsonObject{{QStringLiteral("new_application"), newApplicationNumber}};
}

QJsonObject checklistData(const QString &requirementId, bool originalSeen, bool copyReceived, const QDate &validUntil, const QString &note)
{
    QJsonObject data{{QStringLiteral("item"), requirementId},
                     {QStringLiteral("original"), originalSeen},
                     {QStringLiteral("copy"), copyReceived},
                     {QStringLiteral("valid_until"), validUntil.isValid() ? validUntil.toString(Qt::ISODate) : QString()}};
    if (!note.isEmpty())
        data.insert(QStringLiteral("note"), note);
    return data;
}

QJsonObject handedOffData(const QString &role)
{
    return QJsonObject{{QStringLiteral("role"), role}};
}

QJsonObject releasedData(const QString &reason)
{
    return QJsonObject{{kReason, reason}};
}

QJsonObject doneData(const QString &outcome)
{
    return QJsonObject{{QStringLiteral("outcome"), outcome}};
}

QJsonObject printedData(const QString &receiptKey)
{
    return QJsonObject{{QStringLiteral("receipt"), receiptKey}};
}

void addPauseRow(QList<PausePeriod> &pauses, const QString &kind, const QDateTime &at, const QString &reasonText, const QJsonObject &data)
{
    if (kind == QLatin1String("paused")) {
        PausePeriod p;
        p.start = at;
        p.reasonText = reasonText;
        p.reasonKey = pauseReasonKey(data);
        pauses << p;
    } else if (!pauses.isEmpty() && !pauses.last().end.isValid()) {
        pauses.last().end = at;
    }
}

} // namespace FileEvents
