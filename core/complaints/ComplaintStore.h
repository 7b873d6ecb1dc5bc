#pragma once

#include "accounts/Permissions.h"
#include "accounts/User.h"
#include "calendar/WorkingCalendar.h"
#include "common/Result.h"
#include "complaints/Complaint.h"
#include "events/Event.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class Database;

// The complaint register (Pasal 8). Recording needs Action::RecordComplaint; every later
// step needs Action::HandleComplaint. Each step runs in one transaction and is an event
// (events.complaint_id) with its user and time.
//
// Life of a complaint: diterima -> cek_administrasi -> (acknowledgement: complete or
// not) -> koordinasi -> ditanggapi -> selesai. One received more than 30 days after the
// service waits for the officer to accept it anyway or refuse it (ditolak), both with a
// written reason.
class ComplaintStore final
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintStore)

public:
    explicit ComplaintStore(Database &db);

    // Records a complaint received now. Missing elements do not stop it; they are listed
    // in the result's `missing`.
    Result<Complaint> record(const User &actor, const ComplaintInput &input);
    // Fills in elements the complainant supplied later (any open stage).
    Status amend(const User &actor, qint64 id, const ComplaintInput &input);

    // The 30-day window, for a complaint flagged late.
    Status acceptLate(const User &actor, qint64 id, const QString &reason);
    Status refuse(const User &actor, qint64 id, const QString &reason);

    Status startCheck(const User &actor, qint64 id);                          // diterima -> cek_administrasi
    Status acknowledge(const User &actor, qint64 id, const QString &note = {}); // in cek_administrasi (Pasal 8 ayat 5)
    Status coordinate(const User &actor, qint64 id, const QString &note = {});  // -> koordinasi, after the acknowledgement
    Status respond(const User &actor, qint64 id, const QString &response);      // -> ditanggapi
    Status finish(const User &actor, qint64 id, const QString &resolution);     // -> selesai
    // Records that the complaint receipt was printed (or printed again).
    Status recordPrint(const User &actor, qint64 id);

    Result<Complaint> complaint(qint64 id);
    // Accepts a number as typed ("adu-2026-1", spaces, lower case).
    Result<Complaint> findByNumber(const QString &typed);
    // Newest first; `openOnly` leaves out selesai and ditolak.
    Result<QList<Complaint>> list(bool openOnly = false);
    Result<QList<Event>> history(qint64 id);
    ComplaintDeadlines deadlines(const Complaint &complaint, const QDateTime &now = {});

    const WorkingCalendar &calendar();
    void reloadCalendar() { m_calendar.reset(); }

    static QString formatNumber(int year, int sequence);

private:
    using Body = std::function<Status(Complaint &, QJsonObject &)>;
    Status step(const User &actor, qint64 id, Action action, std::optional<ComplaintStage> to, const QString &kind,
                const QString &reason, const Body &body);
    Result<ComplaintInput> validated(const ComplaintInput &input, const QDateTime &now);
    Status resolveApplication(const QString &number, qint64 *applicationId, qint64 *visitId, QDate *serviceDate);
    Result<QList<Complaint>> load(const QString &where, const QVariant &value);
    Status save(const Complaint &complaint, ComplaintStage expectedStage);
    Status appendEvent(const Complaint &complaint, const User &actor, const QString &kind, const QString &from,
                       const QString &reason, const QJsonObject &data);

    Database &m_db;
    QSqlDatabase &m_sql;
    std::optional<WorkingCalendar> m_calendar;
};
