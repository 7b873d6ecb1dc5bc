#pragma once

#include "clock/ServiceClock.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

enum class PauseReason;

// A requirement the file lacks, as the return slip and the discretion note list it.
struct MissingItem
{
    QString requirementId;
    QString label;
    QString needed;
    QStringList problems;
};

// The data of a file's events, one schema per kind, written and read here only: the
// workflow and the demo write it, the receipts, the report and the clock read it.
namespace FileEvents {

// The kinds whose rows make up a file's pause history, in the order they happened: a
// "paused" row opens a pause, any later one of them closes it.
QStringList pauseHistoryKinds();
// The kinds the partial index events_report holds (migration 0004): the pause history's,
// but those that end a file (a finished file's own row has that end, finished_at, where a
// clock closes a pause still open), and the returns, for their missing papers. As a
// condition, "kind IN ('paused', ...)": spelled out, not bound, because SQLite uses a
// partial index only for a condition it can see implies the index's (the kinds are
// Loket's own words, never input).
QStringList indexedKinds();
QString indexedKindsFilter();

// "returned": {"missing": [...]}; "discretion": {"waived": [...]}.
QJsonObject returnedData(const QList<MissingItem> &missing);
QJsonObject discretionData(const QList<MissingItem> &waived);
QList<MissingItem> missingOf(const QJsonObject &returnedData);
QList<MissingItem> waivedOf(const QJsonObject &discretionData);

// "paused": {"reason": key}.
QJsonObject pausedData(PauseReason reason);
QString pauseReasonKey(const QJsonObject &pausedData);

// "registered": the ticket (queue number, service, standing, catalogue version, the
// returned file it follows up).
QJsonObject registeredData(const QString &queueNumber, int serviceNumber, bool proxy, int catalogVersion, qint64 previousApplicationId);
// "followed_up" (on the earlier file): the new file's number.
QJsonObject followedUpData(const QString &newApplicationNumber);
// "checklist": one tick (the requirement, original seen, copy received, valid until, note).
QJsonObject checklistData(const QString &requirementId, bool originalSeen, bool copyReceived, const QDate &validUntil,
                          const QString &note = {});
// "handed_off": the role whose queue the file joined.
QJsonObject handedOffData(const QString &role);
// "released": the officer's reason; "done": the outcome; "printed": the receipt's key.
QJsonObject releasedData(const QString &reason);
QJsonObject doneData(const QString &outcome);
QJsonObject printedData(const QString &receiptKey);

// Adds one row of the pause history (kind, instant, the reason's text, the data) to
// `pauses`.
void addPauseRow(QList<PausePeriod> &pauses, const QString &kind, const QDateTime &at, const QString &reasonText,
                 const QJsonObject &data);

} // namespace FileEvents
