#pragma once

#include "accounts/User.h"
#include "calendar/CalendarStore.h"
#include "calendar/WorkingCalendar.h"
#include "common/Result.h"
#include "complaints/Complaint.h"
#include "events/Event.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

class Database;

// The complaint register (Pasal 8) as it is read: one complaint, the list, its history
// and its deadlines in the office's working calendar. Every change of a complaint goes
// through ComplaintRegister, the only writer of `complaints`; a printed receipt changes
// no complaint (it is an event only), so it is recorded here.
class ComplaintStore final
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintStore)

public:
    explicit ComplaintStore(Database &db);

    Database &database() { return m_db; }

    Result<Complaint> complaint(qint64 id);
    // Accepts a number as typed ("adu-2026-1", spaces, lower case).
    Result<Complaint> findByNumber(const QString &typed);
    // The complaint that came through SP4N-LAPOR! with this tracking number (spaces around
    // it ignored); the newest when it was recorded more than once.
    Result<Complaint> findByLaporReference(const QString &typed);
    // The complaints about one file, newest first (the file's side of the link).
    Result<QList<Complaint>> aboutFile(qint64 applicationId);
    // Newest first; `openOnly` leaves out selesai and ditolak.
    Result<QList<Complaint>> list(bool openOnly = false);
    Result<QList<Event>> history(qint64 id);
    ComplaintDeadlines deadlines(const Complaint &complaint, const QDateTime &now = {});

    // Records that the complaint receipt was printed (or printed again); needs
    // Action::PrintReceipt.
    Status recordPrint(const User &actor, qint64 id);

    // The office's calendar for the dates shown and the deadlines (one cache rule:
    // read again once an administrator changed it; see OfficeCalendar).
    const WorkingCalendar &calendar() { return m_calendar.shown(); }
    // The calendar in force, or why it cannot be read (a stored calendar that does not
    // parse): a complaint is not recorded against a calendar nobody can read.
    Status calendarReadable() { return Status::from(m_calendar.current()); }

    static QString formatNumber(int year, int sequence);

private:
    Result<QList<Complaint>> load(const QString &where, const QVariant &value);

    Database &m_db;
    QSqlDatabase &m_sql;
    OfficeCalendar m_calendar;
};
