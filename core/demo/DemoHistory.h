#pragma once

#include "applications/ApplicationTable.h"
#include "applications/ChecklistTable.h"
#include "applications/VisitTable.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"
#include "common/Result.h"
#include "demo/DemoData.h"
#include "demo/DemoPeople.h"
#include "events/Event.h"
#include "events/EventLog.h"
#include "reports/WorkingTimeIndex.h"
#include "suggestions/SuggestionStore.h"
#include "survey/SurveyStore.h"
#include "vendors/VendorStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <map>

// What the demo history is drawn from: the options, the office's catalogue and calendar.
struct DemoSetting
{
    const DemoOptions &options;
    const ServiceCatalog &catalog;
    int catalogVersion = 0;
    const WorkingCalendar &calendar;
    QDate from;
    QDate until;
};

// The writer behind DemoData::generate: the steps of the history, each through the owner
// of its table (VisitTable, ApplicationTable, ChecklistTable, EventLog, AccountStore,
// VendorStore, SuggestionStore, SurveyStore, ComplaintRegister). The draws come in the
// same order as ever, so the same options give the same database. Runs inside the
// caller's transaction.
class DemoHistory final
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    DemoHistory(Database &db, const DemoSetting &setting, DemoSummary &summary);

    // The six demo accounts, sharing one password hash.
    Status addStaff();
    // Continues the event chain after the last stored event.
    Status openChain();
    // One calendar day: the events due before it, then (on a working day) the walk-ins,
    // a complaint and a suggestion now and then.
    Status writeDay(const QDate &day);
    // The events still pending before the end of the history.
    Status finish() { return flushBefore(m_horizon); }

private:
    struct Staff
    {
        qint64 helpdesk[2];
        qint64 verifikator[2];
        qint64 adminSistem;
        qint64 kasubbag;
    };
    struct DemoVendor
    {
        Vendor record; // as registered, copied onto each visit (migration 0005)
        QString headName;
        QString headNik;
    };
    struct FollowUp
    {
        qint64 previousId;
        int service;
        DemoVendor vendor;
        bool proxy;
    };
    struct Day
    {
        QDate date;
        qint64 open = 0;
        qint64 helpdesk = 0;
        bool outage = false;
        qint64 outageStart = 0;
        qint64 outageEnd = 0;
    };
    // One walk-in: who came, for what, with which numbers.
    struct WalkIn
    {
        qint64 arrived = 0;
        const Service *service = nullptr;
        DemoVendor vendor;
        bool proxy = false;
        bool isFollowUp = false;
        FollowUp follow{};
        int sequence = 0; // in the queue of its letter that day
        qint64 visitId = 0;
        QString queueNumber;
        QString number;
    };
    // One event of a file's life, decided up front.
    struct Step
    {
        qint64 at;
        qint64 user;
        QString kind;
        QString from;
        QString to;
        QString reason;
        QJsonObject data;
    };
    // A file as it stands at the end of the history.
    struct FileEnd
    {
        ApplicationRow row;
        qint64 finishedAtMs = -1;
    };

    // ---- people and vendors (DemoHistory.cpp)
    Result<DemoVendor> newVendor(qint64 at);
    Result<DemoVendor> vendorFor(const WalkIn &walkIn);
    Result<qint64> addUser(const QString &login, const QString &name, Role role, const QString &hash, const QDateTime &createdAt);
    // ---- a day (DemoHistory.cpp)
    Status walkIn(const Day &day, qint64 arrived, QList<FollowUp> &todays, int remaining, QHash<QChar, int> &sequence);
    Status writeVisit(const Day &day, WalkIn &w);
    Status complaintOf(const Day &day);
    Status suggestionOf(const Day &day);
    // ---- one file's history (DemoFile.cpp)
    QList<Step> fileLife(const Day &day, const WalkIn &w, QList<ChecklistItem> &items);
    QSet<QString> missingPapers(const WalkIn &w, bool returned, const QList<ChecklistItem> &items);
    qint64 checkPapers(const Day &day, qint64 checking, const QSet<QString> &missing, QList<ChecklistItem> &items, QList<Step> &steps);
    void workFile(const Day &day, const WalkIn &w, qint64 decided, qint64 handler, QList<Step> &steps);
    FileEnd endOf(const WalkIn &w, const QList<Step> &steps) const;
    Status writeFile(const Day &day, const WalkIn &w, const QList<ChecklistItem> &items, const QList<Step> &steps);
    Status surveyAfter(const WalkIn &w, qint64 finishedAt);
    // The waiting room: the desk a helpdesk officer calls to, and a call's row of `calls`.
    QString deskOf(qint64 helpdesk) const;
    Status writeCall(const WalkIn &w, const Step &s);
    // ---- the event log (DemoHistory.cpp)
    void schedule(qint64 at, qint64 user, const QString &kind, qint64 app, const QString &from, const QString &to,
                  const QString &reason = {}, const QJsonObject &data = {}, qint64 visit = 0, qint64 complaint = 0);
    Status flushBefore(qint64 ms);
    // `workingMs` of working time after `from`; past the calendar's range, after the end.
    qint64 later(qint64 from, qint64 workingMs) const;

    Database &m_db;
    QSqlDatabase &m_sql;
    const DemoSetting m_setting;
    DemoSummary &m_summary;
    const QTimeZone m_zone;
    const WorkingTimeIndex m_index;
    const qint64 m_horizon;
    Dice m_dice;

    VisitTable m_visits;
    ApplicationTable m_applications;
    ChecklistTable m_checklists;
    EventLog m_events;
    VendorStore m_vendorStore;
    SuggestionStore m_suggestions;
    SurveyStore m_survey;

    Staff m_staff{};
    QList<DemoVendor> m_vendors;
    QSet<QString> m_usedNames;
    QMap<QDate, QList<FollowUp>> m_followUps;
    int m_complaintSeq = 0;
    int m_complaintYear = 0;

    qint64 m_lastEventId = 0;
    QString m_previousHash;
    std::multimap<qint64, Event> m_pending;
};
