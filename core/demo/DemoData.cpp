#include "demo/DemoData.h"

#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "demo/DemoHistory.h"
#include "settings/OfficeSettings.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"


#include <QJsonDocument>
#include <QJsonObject>

Status DemoData::checkEmpty()
{
    QSqlDatabase &sql = m_db.connection();
    for (const QString &table : {QStringLiteral("vendors"), QStringLiteral("visits"), QStringLiteral("applications"), QStringLiteral("complaints"),
                                 QStringLiteral("suggestions"), QStringLiteral("survey_responses")}) {
        if (!SqlDialect::hasTable(sql, table))
            continue;
        // Table names come from the list above, never from input.
        SqlQuery q(sql, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        if (const Status s = q.exec(); !s)
            return s;
        if (q.next() && q.value(0).toLongLong() > 0)
            return Status::failure(tr("Basis data %1 sudah berisi catatan (%2: %3 baris). Data contoh hanya ditulis ke basis data "
                                      "yang belum dipakai.").arg(m_db.path(), table).arg(q.value(0).toLongLong()));
    }
    return Status::success();
}

Result<DemoSummary> DemoData::generate(const DemoOptions &options, const std::function<void(int)> &progress)
{
    using R = Result<DemoSummary>;
    if (options.years < 1 || options.years > kMaxYears)
        return R::failure(tr("Jumlah tahun harus 1 sampai %1.").arg(kMaxYears));
    if (options.perDay < 1 || options.perDay > kMaxPerDay)
        return R::failure(tr("Kunjungan per hari harus 1 sampai %1.").arg(kMaxPerDay));
    if (m_db.isReadOnly())
        return R::failure(tr("Basis data dibuka hanya-baca."));
    if (const Status s = checkEmpty(); !s)
        return R::failure(s.error());
    CatalogStore catalogs(m_db);
    if (const Status s = catalogs.ensureSeeded(); !s)
        return R::failure(s.error());
    const Result<int> catalogVersion = catalogs.currentVersion(CalendarStore(m_db).today());
    if (!catalogVersion)
        return R::failure(catalogVersion.error());
    const Result<ServiceCatalog> catalog = catalogs.version(catalogVersion.value());
    if (!catalog)
        return R::failure(catalog.error());
    // A stored calendar that does not parse is an error, never the shipped one instead.
    const Result<WorkingCalendar> calendar = CalendarStore(m_db).load();
    if (!calendar)
        return R::failure(calendar.error());

    DemoSummary summary;
    summary.until = options.until.isValid() ? options.until : Clock::nowUtc().toTimeZone(calendar->timeZone()).date().addDays(-1);
    summary.from = summary.until.addYears(-options.years).addDays(1);
    DemoHistory history(m_db, DemoSetting{options, catalog.value(), catalogVersion.value(), calendar.value(), summary.from, summary.until},
                        summary);

    Transaction transaction(m_db.connection());
    if (!transaction.isActive())
        return R::failure(transaction.error());
    if (const Status s = SqlDialect::quietBulkWrites(m_db.connection()); !s)
        return R::failure(s.error());
    if (const Status s = history.addStaff(); !s)
        return R::failure(s.error());
    if (const Status s = history.openChain(); !s)
        return R::failure(s.error());
    const int totalDays = int(summary.from.daysTo(summary.until)) + 1;
    int dayNumber = 0;
    for (QDate day = summary.from; day <= summary.until; day = day.addDays(1), ++dayNumber) {
        if (progress && dayNumber % 30 == 0)
            progress(dayNumber * 100 / totalDays);
        if (const Status s = history.writeDay(day); !s)
            return R::failure(s.error());
    }
    if (const Status s = history.finish(); !s)
        return R::failure(s.error());

    const QJsonObject mark{{QStringLiteral("years"), options.years}, {QStringLiteral("per_day"), options.perDay},
                           {QStringLiteral("seed"), QString::number(options.seed)},
                           {QStringLiteral("until"), summary.until.toString(Qt::ISODate)}};
    if (const Status s = OfficeSettings(m_db).setValue(QStringLiteral("demo_data"),
                                                       QString::fromUtf8(QJsonDocument(mark).toJson(QJsonDocument::Compact)));
        !s)
        return R::failure(s.error());
    if (const Status s = transaction.commit(); !s)
        return R::failure(s.error());
    if (progress)
        progress(100);
    return summary;
}
