#pragma once

#include "applications/ApplicationStatus.h"
#include "storage/FastQuery.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class QSqlDatabase;

// What the report takes from an event's data (FileEvents' schema): a pause's reason, a
// return's missing papers.
struct EventFacts
{
    QString reasonKey;
    QStringList missing; // the labels, in the slip's order
};

// The facts of each distinct data text, parsed once: the same few texts come back
// thousands of times in a year.
class EventFactsCache final
{
public:
    // Valid as long as the cache: its nodes never move.
    const EventFacts &of(QByteArrayView data);

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, EventFacts, Hash, std::equal_to<>> m_parsed;
};

struct FileEvent
{
    enum class Kind : quint8 { Paused, Resumed, Returned };
    Kind kind;
    qint64 at;
    qint64 user;
    const EventFacts *facts; // null for a resumption
};

// One file as the report reads it; one instance is refilled for each file in turn.
// Instants are milliseconds since the epoch, -1 when there is none.
struct FileFacts
{
    qint64 id = 0;
    int service = 0;
    int catalogVersion = 0;
    ApplicationStatus status = ApplicationStatus::Registered;
    bool isNew = true;
    qint64 arrived = -1;
    qint64 accepted = -1;
    qint64 finished = -1;
    qint64 helpdeskUser = 0;
    qint64 claimedBy = 0;
    qint64 acceptedBy = 0;
    qint64 claimedAt = -1;
    qint64 finishedBy = 0;
    qint64 storedSeconds = -1; // service_seconds, -1 when not stored
    bool storedMet = false;
    qint64 day = 0; // Julian day of the visit
    std::vector<FileEvent> events;
};

// The files of a period (by the day of their visit) with the summary the workflow keeps
// on each (migration 0004), and beside them the few events the figures still need
// (pauses and returns): two statements in all, whatever the length of the period, read
// side by side in file id order on SQLite's own interface, one file at a time.
class PeriodFiles final
{
public:
    PeriodFiles(QSqlDatabase &sql, const QDate &from, const QDate &to);

    // The next file with its events into `f`; false at the end, or on an error (error()).
    bool next(FileFacts &f);
    QString error() const;
    // The number of file ids the period spans: at least its number of files.
    qint64 idSpan() const { return m_lastId - m_firstId + 1; }

    // The statement of the events, for the check that it reads the covering index
    // events_report (whose condition it must repeat word for word).
    static QByteArray eventsSql();

private:
    qint64 nextEventFile();

    QString m_rangeError;
    qint64 m_firstId = 0;
    qint64 m_lastId = -1;
    FastQuery m_files;
    FastQuery m_events;
    QByteArray m_pausedKind;
    QByteArray m_resumedKind;
    EventFactsCache m_facts;
    qint64 m_eventFile = 0; // the file of the event at hand; past every file once they run out
};
