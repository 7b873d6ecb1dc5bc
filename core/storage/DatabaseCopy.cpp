#include "storage/DatabaseCopy.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"

#include <QSqlRecord>

namespace {

// Rows the migrations and `loket init` write (the cache versions; the built-in
// catalogue, created by nobody): a target holding only these is empty, and they are
// replaced by the source's.
const QStringList kSeeded{QStringLiteral("config_versions"), QStringLiteral("catalog_versions")};
// Tables whose id is an identity column on PostgreSQL (its sequence moves past the copied ids).
const QStringList kIdentity{QStringLiteral("catalog_versions"), QStringLiteral("users"),      QStringLiteral("vendors"),
                            QStringLiteral("visits"),           QStringLiteral("applications"), QStringLiteral("complaints"),
                            QStringLiteral("suggestions"),      QStringLiteral("survey_responses"), QStringLiteral("desk_sessions"), QStringLiteral("calls")};

QStringList columnsOf(Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

// A value as the target stores it: times and dates as SQLite's text (PostgreSQL
// reads that text into timestamptz and date as it is).
QVariant portable(const QVariant &value)
{
    if (value.isNull())
        return QVariant(); // SQL NULL (a null text would be bound as '')
    if (value.typeId() == QMetaType::QDateTime)
        return Clock::toStorage(value.toDateTime());
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value;
}

QString orderOf(const QStringList &columns)
{
    if (columns.contains(QLatin1String("id")))
        return QStringLiteral("id");
    return columns.mid(0, 2).join(QStringLiteral(", "));
}

} // namespace

const QStringList &DatabaseCopy::tables()
{
    static const QStringList order{QStringLiteral("settings"),      QStringLiteral("config_versions"), QStringLiteral("users"),
                                   QStringLiteral("user_roles"),    QStringLiteral("catalog_versions"), QStringLiteral("vendors"),
                                   QStringLiteral("visits"),        QStringLiteral("applications"),    QStringLiteral("checklist_items"),
                                   QStringLiteral("complaints"),    QStringLiteral("events"),          QStringLiteral("suggestions"),
                                   QStringLiteral("survey_responses"), QStringLiteral("desk_sessions"), QStringLiteral("calls")};
    return order;
}

Result<bool> DatabaseCopy::isEmpty(Database &db)
{
    for (const QString &table : tables()) {
        if (table == QLatin1String("config_versions"))
            continue;
        // Table names are this file's constants, never input.
        SqlQuery q(db.connection(), table == QLatin1String("catalog_versions")
                                        ? QStringLiteral("SELECT 1 FROM catalog_versions WHERE created_by IS NOT NULL LIMIT 1")
                                        : QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
        if (const Status s = q.exec(); !s)
            return Result<bool>::failure(s.error());
        if (q.next())
            return false;
    }
    return true;
}

Result<DatabaseCopy::Summary> DatabaseCopy::copy(Database &source, Database &target)
{
    using R = Result<Summary>;
    const int latest = Database::latestSchemaVersion();
    if (source.schemaVersion() != latest)
        return R::failure(tr("Basis data sumber %1 masih berskema %2 (versi ini: %3). Buka sekali dengan Loket ini agar diperbarui, lalu ulangi.")
                              .arg(source.path())
                              .arg(source.schemaVersion())
                              .arg(latest));
    if (target.schemaVersion() != latest)
        return R::failure(tr("Basis data tujuan %1 belum siap (skema %2).").arg(target.path()).arg(target.schemaVersion()));
    const Result<bool> empty = isEmpty(target);
    if (!empty)
        return R::failure(empty.error());
    if (!empty.value())
        return R::failure(tr("Basis data tujuan %1 sudah berisi data. Loket hanya menyalin ke basis data yang kosong; "
                             "tidak ada yang diubah.")
                              .arg(target.path()));

    Summary summary;
    const bool toServer = SqlDialect::engineOf(target.connection()) == SqlDialect::Engine::PostgreSql;
    const Status copied = runWriteTransaction(target.connection(), [&]() -> Status {
        summary = Summary();
        if (const Status s = SqlDialect::quietBulkWrites(target.connection()); !s)
            return s;
        for (const QString &table : tables()) {
            // The column names pasted below are the target's, which this Loket's own
            // migrations made; the source (a file from anywhere) must have exactly those.
            const QStringList columns = columnsOf(target, table);
            QStringList sourceColumns = columnsOf(source, table);
            if (sourceColumns.isEmpty())
                return Status::failure(tr("Tabel %1 tidak ada di basis data sumber.").arg(table));
            QStringList expected = columns;
            expected.sort();
            sourceColumns.sort();
            if (sourceColumns != expected)
                return Status::failure(tr("Kolom tabel %1 di basis data sumber tidak sama dengan skema Loket; tidak ada yang disalin.").arg(table));
            if (kSeeded.contains(table)) {
                SqlQuery clear(target.connection(), QStringLiteral("DELETE FROM %1").arg(table));
                if (const Status s = clear.exec(); !s)
                    return s;
            }
            // Table and column names are Loket's own (tables(), the target's schema); every value is bound.
            SqlQuery read(source.connection(), QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), table, orderOf(columns)));
            if (const Status s = read.exec(); !s)
                return s;
            QStringList placeholders;
            for (int i = 0; i < columns.size(); ++i)
                placeholders << QStringLiteral(":c%1").arg(i);
            const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
            qint64 rows = 0;
            while (read.next()) {
                SqlQuery write(target.connection(), insert);
                for (int i = 0; i < columns.size(); ++i)
                    write.bind(placeholders.at(i), portable(read.value(i)));
                if (const Status s = write.exec(); !s)
                    return Status::failure(tr("Baris %1 dari tabel %2 tidak dapat disalin: %3").arg(rows + 1).arg(table, s.error()));
                ++rows;
            }
            if (toServer && kIdentity.contains(table)) {
                SqlQuery moved(target.connection(), QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                                   "COALESCE((SELECT max(id) FROM %1), 0) + 1, false)").arg(table));
                if (const Status s = moved.exec(); !s)
                    return s;
            }
            summary.rows.append({table, rows});
            summary.total += rows;
        }
        return Status::success();
    });
    if (!copied)
        return R::failure(copied.error());
    SqlQuery last(target.connection(), QStringLiteral("SELECT hash FROM events ORDER BY id DESC LIMIT 1"));
    if (last.exec() && last.next())
        summary.lastHash = last.value(0).toString();
    return summary;
}
