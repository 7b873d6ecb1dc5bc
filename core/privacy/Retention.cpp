#include "privacy/Retention.h"

#include "accounts/Permissions.h"
#include "backup/Backup.h"
#include "applications/VisitTable.h"
#include "common/Clock.h"
#include "complaints/ComplaintRegister.h"
#include "complaints/ComplaintStore.h"
#include "events/EventLog.h"
#include "settings/OfficeSettings.h"
#include "settings/RecordedSetting.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"
#include "suggestions/SuggestionStore.h"
#include "vendors/VendorStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimeZone>

namespace {

const QString kAppliedKey = QStringLiteral("privacy.retention_applied_at");

// The people whose last visit was before :cutoff, with whether they still hold a value.
QString lastVisits()
{
    return QStringLiteral("SELECT %1 AS person, MAX(local_date) AS last_day, MAX(CASE WHEN %2 THEN 1 ELSE 0 END) AS held "
                          "FROM visits GROUP BY %1")
        .arg(VisitTable::personKey(), VisitTable::holdsIdentifiers());
}

// A statement of this file with the cutoff bound: the local day, and its start as stored.
Status run(SqlQuery &q, const QString &statement, const QDate &cutoff)
{
    q.bind(QStringLiteral(":cutoff"), cutoff.toString(Qt::ISODate));
    if (statement.contains(QLatin1String(":cutoffAt")))
        q.bind(QStringLiteral(":cutoffAt"), Clock::toStorage(cutoff.startOfDay(Qt::UTC)));
    return q.exec();
}

Result<qint64> countOf(QSqlDatabase &sql, const QString &statement, const QDate &cutoff)
{
    SqlQuery q(sql, statement);
    if (const Status s = run(q, statement, cutoff); !s)
        return Result<qint64>::failure(s.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Backup files (the file copies and the server's archives) made before the cutoff.
QStringList backupsBefore(const QString &folder, const QDate &cutoff)
{
    QStringList old;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return old;
    QDirIterator it(folder, {QStringLiteral("loket-*.sqlite"), QStringLiteral("loket-*.dump")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).lastModified().date() < cutoff)
            old << path;
    }
    old.sort();
    return old;
}

} // namespace

QString Retention::yearsKey()
{
    return QStringLiteral("privacy.retention_years");
}

Result<int> Retention::years()
{
    const Result<QString> stored = OfficeSettings(m_db).value(yearsKey());
    if (!stored)
        return Result<int>::failure(stored.error());
    bool ok = false;
    const int value = stored->toInt(&ok);
    return ok && value >= kMinYears && value <= kMaxYears ? value : kDefaultYears;
}

Status Retention::setYears(const User &actor, int years)
{
    if (!Permissions::userMay(actor, Action::EditSettings))
        return Status::failure(tr("Hanya administrator yang boleh mengubah masa simpan data pribadi."));
    if (years < kMinYears || years > kMaxYears)
        return Status::failure(tr("Masa simpan data pribadi harus %1 sampai %2 tahun.").arg(kMinYears).arg(kMaxYears));
    return recordSetting(m_db, actor, yearsKey(), QString::number(years), years);
}

Result<QDateTime> Retention::lastApplied()
{
    const Result<QString> stored = OfficeSettings(m_db).value(kAppliedKey);
    if (!stored)
        return Result<QDateTime>::failure(stored.error());
    return stored->isEmpty() ? QDateTime() : Clock::fromStorage(stored.value());
}

Result<RetentionDue> Retention::due(const QDate &today)
{
    using R = Result<RetentionDue>;
    RetentionDue d;
    const Result<int> kept = years();
    if (!kept)
        return R::failure(kept.error());
    d.years = kept.value();
    d.cutoff = today.addYears(-d.years);
    QSqlDatabase &sql = m_db.connection();
    {
        SqlQuery q(sql, QStringLiteral("SELECT COUNT(*), MIN(last_day) FROM (") + lastVisits()
                            + QStringLiteral(") p WHERE last_day < :cutoff AND held = 1"));
        q.bind(QStringLiteral(":cutoff"), d.cutoff.toString(Qt::ISODate));
        if (const Status s = q.exec(); !s)
            return R::failure(s.error());
        if (q.next()) {
            d.persons = q.value(0).toLongLong();
            d.oldestLastVisit = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        }
    }
    const std::initializer_list<std::pair<qint64 *, QString>> counts = {
        {&d.visits, QStringLiteral("SELECT COUNT(*) FROM visits WHERE ") + VisitTable::holdsIdentifiers() + QStringLiteral(" AND ")
                        + VisitTable::personKey() + QStringLiteral(" IN (") + VisitTable::peopleLastSeenBefore() + QLatin1Char(')')},
        {&d.vendors, QStringLiteral("SELECT COUNT(*) FROM vendors WHERE ") + VendorStore::contactsUnusedCondition()},
        {&d.complaints, QStringLiteral("SELECT COUNT(*) FROM complaints WHERE ") + ComplaintRegister::contactsDueCondition()},
        {&d.suggestions, QStringLiteral("SELECT COUNT(*) FROM suggestions WHERE ") + SuggestionStore::contactsDueCondition()},
        // Written before e-mail changes were masked (GuestBook): their hash covers the value.
        {&d.vendorEvents, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'vendor_changed' AND ")
                              + SqlDialect::containsText(sql, QStringLiteral("CAST(data AS TEXT)"), QStringLiteral("'@'"))},
    };
    for (const auto &[target, statement] : counts) {
        const Result<qint64> n = countOf(sql, statement, d.cutoff);
        if (!n)
            return R::failure(n.error());
        *target = n.value();
    }
    d.oldBackups = backupsBefore(Backup::folderFor(m_db), d.cutoff);
    const Result<QDateTime> applied = lastApplied();
    if (!applied)
        return R::failure(applied.error());
    d.lastApplied = applied.value();
    return d;
}

Result<RetentionDue> Retention::apply(const User &actor, const QDate &today)
{
    using R = Result<RetentionDue>;
    if (!Permissions::userMay(actor, Action::EditSettings))
        return R::failure(tr("Hanya administrator yang boleh menghapus data pribadi yang melewati masa simpan."));
    QSqlDatabase &sql = m_db.connection();
    if (const Status s = SqlDialect::beginErasure(sql); !s)
        return R::failure(s.error());
    RetentionDue erased;
    const Status written = runWriteTransaction(sql, [&]() -> Status {
        const Result<RetentionDue> d = due(today);
        if (!d)
            return Status::failure(d.error());
        erased = d.value();
        // The people are read before their NIK goes: the statement erases in one pass.
        ComplaintStore complaints(m_db);
        for (const Status &s : {VisitTable(sql).eraseIdentifiersLastSeenBefore(erased.cutoff),
                                VendorStore(m_db).eraseContactsUnusedSince(erased.cutoff),
                                ComplaintRegister(complaints).eraseContactsBefore(erased.cutoff),
                                SuggestionStore(m_db).eraseContactsBefore(erased.cutoff)})
            if (!s)
                return s;
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("personal_data_erased");
        e.data = QJsonObject{{QStringLiteral("fields"), QStringLiteral("nik,phone,email")},
                             {QStringLiteral("persons"), erased.persons},
                             {QStringLiteral("visits"), erased.visits},
                             {QStringLiteral("vendors"), erased.vendors},
                             {QStringLiteral("complaints"), erased.complaints},
                             {QStringLiteral("suggestions"), erased.suggestions},
                             {QStringLiteral("years"), erased.years},
                             {QStringLiteral("before"), erased.cutoff.toString(Qt::ISODate)}};
        if (const Result<qint64> appended = EventLog(sql).append(e); !appended)
            return Status::failure(appended.error());
        erased.lastApplied = Clock::nowUtc();
        return OfficeSettings(m_db).setValue(kAppliedKey, Clock::toStorage(erased.lastApplied));
    });
    if (!written)
        return R::failure(written.error());
    if (const Status s = SqlDialect::finishErasure(sql, {QStringLiteral("visits"), QStringLiteral("vendors"), QStringLiteral("complaints"),
                                                         QStringLiteral("suggestions")});
        !s)
        return R::failure(tr("Data pribadi sudah dihapus, tetapi ruang bekasnya belum dapat dibersihkan: %1. Jalankan lagi "
                             "\"loket retention --apply\" saat tidak ada meja yang membuka basis data.")
                              .arg(s.error()));
    return erased;
}

bool Retention::reminderDue(const RetentionDue &d, const QDateTime &nowUtc)
{
    const bool yearPassed = !d.lastApplied.isValid() || d.lastApplied.addYears(1) <= nowUtc;
    return yearPassed && (d.anythingDue() || !d.oldBackups.isEmpty());
}
