#pragma once

#include "accounts/Permissions.h"
#include "accounts/User.h"
#include "common/Result.h"
#include "complaints/Complaint.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class ComplaintStore;

// The complaint register (Pasal 8) as it is written: the only writer of `complaints`.
// Recording needs Action::RecordComplaint; every later step needs Action::HandleComplaint.
// Each step runs in one transaction and is an event (events.complaint_id) with its user
// and time. Reads, and the working calendar the dates are taken in, come from the
// ComplaintStore it is given.
//
// Life of a complaint: diterima -> cek_administrasi -> (acknowledgement: complete or
// not) -> koordinasi -> ditanggapi -> selesai. One received more than 30 days after the
// service waits for the officer to accept it anyway or refuse it (ditolak), both with a
// written reason.
class ComplaintRegister final
{
    // Its messages were ComplaintStore's and keep that translation context.
    Q_DECLARE_TR_FUNCTIONS(ComplaintStore)

public:
    explicit ComplaintRegister(ComplaintStore &store);

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

    // Personal data (privacy/Retention): complaints answered or closed that were received
    // before :cutoff and keep a contact, as a WHERE condition over complaints; and the
    // erasure of those contacts (the complaint, its stages and texts stay).
    static QString contactsDueCondition();
    Status eraseContactsBefore(const QDate &cutoff);

private:
    using Body = std::function<Status(Complaint &, QJsonObject &)>;
    Status step(const User &actor, qint64 id, Action action, std::optional<ComplaintStage> to, const QString &kind,
                const QString &reason, const Body &body);
    Result<ComplaintInput> validated(const ComplaintInput &input, const QDateTime &now);
    Status resolveApplication(const QString &number, qint64 *applicationId, qint64 *visitId, QDate *serviceDate);
    Status insert(Complaint &complaint, int sequence, const User &actor);

public:
    // A row of `complaints` as a whole (as received, and as far as it has come: stage,
    // acknowledgement, coordination, response, resolution), inside the caller's write
    // transaction; nothing is checked and no event is written. The window decision is
    // not written (none, as a new complaint's). For the demo history, which builds
    // finished records; record() stores through it too.
    static Result<qint64> insertRow(QSqlDatabase &sql, const Complaint &complaint, int sequence);
    Status save(const Complaint &complaint, ComplaintStage expectedStage);

    ComplaintStore &m_store;
    QSqlDatabase &m_sql;
};
