#pragma once

#include "accounts/User.h"
#include "common/Result.h"
#include "suggestions/Suggestion.h"

#include <QByteArray>
#include <QCoreApplication>

class Database;

// The suggestions (saran dan masukan) received through any channel; listed and
// exported to CSV. Recording needs Action::RecordComplaint.
class SuggestionStore final
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionStore)

public:
    explicit SuggestionStore(Database &db) : m_db(db) {}

    Result<Suggestion> add(const User &actor, const Suggestion &suggestion);
    // Newest first; an invalid date leaves that end of the period open.
    Result<QList<Suggestion>> list(const QDate &from = {}, const QDate &to = {});
    // tanggal, saluran, kontak, saran, dicatat_oleh: UTF-8 with BOM, RFC 4180, oldest first.
    // The contact (a phone or an e-mail) in full only for a role that may reveal personal
    // data, and such an export is recorded (PersonalExport); masked otherwise.
    Result<QByteArray> exportCsv(const User &actor, const QDate &from = {}, const QDate &to = {});
    // Writes exportCsv() to a file (replaced atomically).
    Result<int> exportCsvTo(const User &actor, const QString &path, const QDate &from = {}, const QDate &to = {});

    // Stores `suggestion` as it is (date, channel, contact, text, recordedBy, createdAt
    // all set): for a writer of known-good records (the demo history), with neither the
    // permission check nor the validation of add(). Runs inside the caller's write
    // transaction when there is one. Returns the new id.
    Result<qint64> addRecord(const Suggestion &suggestion);

    // Personal data (privacy/Retention): suggestions from before :cutoff that keep a
    // contact, as a WHERE condition over suggestions; and the erasure of those contacts.
    static QString contactsDueCondition();
    Status eraseContactsBefore(const QDate &cutoff);

private:
    Database &m_db;
};
