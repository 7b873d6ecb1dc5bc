#include "suggestions/SuggestionStore.h"

#include "accounts/Permissions.h"
#include "accounts/PersonalExport.h"
#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/LiveFiles.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"
#include "suggestions/CsvWriter.h"
#include "validation/Validators.h"

#include <algorithm>

Result<Suggestion> SuggestionStore::add(const User &actor, const Suggestion &input)
{
    using R = Result<Suggestion>;
    if (!Permissions::userMay(actor, Action::RecordComplaint))
        return R::failure(tr("Akun Anda tidak boleh mencatat saran."));
    Suggestion s = input;
    const Validation text = Validators::text(input.text, 2000, true);
    if (!text.ok)
        return R::failure(tr("Saran: %1").arg(text.error));
    if (text.value.size() < 3)
        return R::failure(tr("Saran harus ditulis dengan jelas."));
    s.text = text.value;
    const Validation contact = Validators::text(input.contact, 200, false);
    if (!contact.ok || contact.value.contains(QLatin1Char('\n')))
        return R::failure(tr("Kontak: %1").arg(contact.ok ? tr("satu baris saja.") : contact.error));
    s.contact = contact.value;
    const QDateTime now = Clock::nowUtc();
    const Result<WorkingCalendar> calendar = CalendarStore(m_db).load();
    if (!calendar)
        return R::failure(calendar.error());
    const QDate today = now.toTimeZone(calendar->timeZone()).date();
    if (!s.date.isValid())
        s.date = today;
    if (s.date > today)
        return R::failure(tr("Tanggal saran tidak boleh sesudah hari ini."));
    if (s.date.year() < 1900)
        return R::failure(tr("Tanggal saran tidak wajar."));
    s.recordedBy = actor.id;
    s.recordedByName = actor.fullName;
    s.createdAt = now;
    const Result<qint64> id = addRecord(s);
    if (!id)
        return R::failure(id.error());
    s.id = id.value();
    return s;
}

Result<QList<Suggestion>> SuggestionStore::list(const QDate &from, const QDate &to)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT s.id, s.local_date, s.channel, s.contact, s.text, s.recorded_by, "
                                                 "COALESCE(u.full_name, ''), s.created_at FROM suggestions s "
                                                 "LEFT JOIN users u ON u.id = s.recorded_by WHERE s.local_date >= :from "
                                                 "AND s.local_date <= :to ORDER BY s.local_date DESC, s.id DESC"));
    q.bind(QStringLiteral(":from"), from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0001-01-01"))
        .bind(QStringLiteral(":to"), to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
    if (const Status s = q.exec(); !s)
        return Result<QList<Suggestion>>::failure(s.error());
    QList<Suggestion> list;
    while (q.next()) {
        Suggestion s;
        s.id = q.value(0).toLongLong();
        s.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        FeedbackChannels::fromKey(q.value(2).toString(), &s.channel);
        s.contact = q.value(3).toString();
        s.text = q.value(4).toString();
        s.recordedBy = q.value(5).toLongLong();
        s.recordedByName = q.value(6).toString();
        s.createdAt = Clock::fromStorage(q.value(7));
        list << s;
    }
    return list;
}

Result<QByteArray> SuggestionStore::exportCsv(const User &actor, const QDate &from, const QDate &to)
{
    Result<QList<Suggestion>> listed = list(from, to);
    if (!listed)
        return Result<QByteArray>::failure(listed.error());
    QList<Suggestion> rows = listed.value();
    std::reverse(rows.begin(), rows.end());
    CsvWriter csv;
    csv.addRow({QStringLiteral("tanggal"), QStringLiteral("saluran"), QStringLiteral("kontak"), QStringLiteral("saran"),
                QStringLiteral("dicatat_oleh")});
    int fullContacts = 0;
    for (const Suggestion &s : rows) {
        const QString contact = PersonalExport::value(actor, s.contact);
        fullContacts += !s.contact.isEmpty() && contact == s.contact;
        csv.addRow({s.date.toString(Qt::ISODate), FeedbackChannels::key(s.channel), contact, s.text, s.recordedByName});
    }
    if (fullContacts > 0)
        if (const Status s = PersonalExport::record(m_db.connection(), actor, QStringLiteral("suggestions"), fullContacts); !s)
            return Result<QByteArray>::failure(s.error());
    return csv.bytes();
}

QString SuggestionStore::contactsDueCondition()
{
    return QStringLiteral("contact <> '' AND local_date < :cutoff");
}

Status SuggestionStore::eraseContactsBefore(const QDate &cutoff)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE suggestions SET contact = '' WHERE ") + contactsDueCondition());
    q.bind(QStringLiteral(":cutoff"), cutoff.toString(Qt::ISODate));
    return q.exec();
}

Result<int> SuggestionStore::exportCsvTo(const User &actor, const QString &path, const QDate &from, const QDate &to)
{
    const Result<QByteArray> bytes = exportCsv(actor, from, to);
    if (!bytes)
        return Result<int>::failure(bytes.error());
    if (const Status written = LiveFiles::writeUserFile(path, bytes.value()); !written)
        return Result<int>::failure(written.error());
    return static_cast<int>(bytes->count("\r\n")) - 1;
}

Result<qint64> SuggestionStore::addRecord(const Suggestion &s)
{
    qint64 id = 0;
    const Status status = inWriteTransaction(m_db.connection(), [&]() -> Status {
        SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO suggestions (local_date, channel, contact, text, recorded_by, created_at) "
                                         "VALUES (:day, :channel, :contact, :text, :by, :at) RETURNING id"));
        q.bind(QStringLiteral(":day"), s.date.toString(Qt::ISODate))
            .bind(QStringLiteral(":channel"), FeedbackChannels::key(s.channel))
            .bind(QStringLiteral(":contact"), s.contact)
            .bind(QStringLiteral(":text"), s.text)
            .bind(QStringLiteral(":by"), s.recordedBy)
            .bind(QStringLiteral(":at"), Clock::toStorage(s.createdAt));
        if (const Status e = q.exec(); !e)
            return e;
        id = q.insertedId();
        return Status::success();
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return id;
}
