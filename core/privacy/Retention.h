#pragma once

#include "accounts/User.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

class Database;

// How long applicants' identifiers are kept (UU 27/2022 tentang Pelindungan Data
// Pribadi): NIK, phone and e-mail of a person whose last visit lies longer ago than the
// retention period are erased, in the visits and wherever else Loket keeps them, while
// the visits, files, clocks and counts stay, so every report of the past reads the same.
// The erasure is an event (what kind of data, for how many people; never a value), and
// it is physical: the freed bytes are overwritten and the file rebuilt (docs/security.md).
struct RetentionDue
{
    int years = 0;
    QDate cutoff;         // a last visit before this local day is due
    qint64 persons = 0;   // people (one NIK, else one name) whose identifiers are due
    qint64 visits = 0;    // visits that still hold one of their values
    QDate oldestLastVisit;
    qint64 vendors = 0;   // companies without a visit since the cutoff whose e-mail or phone is kept
    qint64 complaints = 0; // answered or closed complaints received before the cutoff that keep a contact
    qint64 suggestions = 0;
    qint64 vendorEvents = 0; // events from before masking (migration 0010) that hold a full e-mail
    QStringList oldBackups; // backup files made before the cutoff: to be deleted
    QDateTime lastApplied;  // UTC; invalid when never applied

    bool anythingDue() const { return persons || vendors || complaints || suggestions || vendorEvents; }
};

class Retention final
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    static constexpr int kDefaultYears = 5;
    static constexpr int kMinYears = 1;
    static constexpr int kMaxYears = 30;
    static QString yearsKey();

    explicit Retention(Database &db) : m_db(db) {}

    Result<int> years();
    // An administrator's setting (EditSettings), recorded as a setting_changed event.
    Status setYears(const User &actor, int years);
    Result<QDateTime> lastApplied();

    // What is due on `today` (the office's local day).
    Result<RetentionDue> due(const QDate &today);
    // Erases what is due (EditSettings), records the erasure event, then removes the old
    // bytes from the file. Returns what was erased.
    Result<RetentionDue> apply(const User &actor, const QDate &today);
    // The yearly reminder for the administrator: retention never applied or applied more
    // than a year before `nowUtc`, and something is due (or an old backup is left).
    static bool reminderDue(const RetentionDue &due, const QDateTime &nowUtc);

private:
    Database &m_db;
};
