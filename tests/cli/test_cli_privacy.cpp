#include "CliRunner.h"
#include "TestSupport.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

// Every value the query's columns give (empty ones left out).
QSet<QString> valuesOf(const QString &dbPath, const QString &sql, const QString &cutoff)
{
    QSet<QString> values;
    const QString name = QStringLiteral("privacy-values");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(sql));
        q.bindValue(QStringLiteral(":cutoff"), cutoff);
        REQUIRE(q.exec());
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                if (const QString v = q.value(c).toString(); !v.isEmpty())
                    values << v;
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

// The database file and its -wal (when there is one), byte for byte.
QByteArray fileAndWal(const QString &path)
{
    QByteArray bytes = readFile(path);
    if (QFile::exists(path + QStringLiteral("-wal")))
        bytes += readFile(path + QStringLiteral("-wal"));
    return bytes;
}

const QString kPerson = QStringLiteral("CASE WHEN applicant_nik <> '' THEN applicant_nik ELSE lower(applicant_name) END");

QString dueCutoff(const QString &out)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("sebelum (\\d{4}-\\d{2}-\\d{2})")).match(out);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

// The bar of issue 19 on a multi-year demo (the ten-year one is run by hand, figures in
// docs/security.md): after `loket retention --apply` with 5 years, no NIK, phone or e-mail
// of a person whose last visit is older is left in the file or its -wal, every past
// year's report reads the same, and the chain holds.
TEST_CASE("loket retention --apply erases old identifiers from the file and keeps every report", "[cli][privacy][sqlite]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const CliResult made = runLoket({QStringLiteral("demo-data"), QStringLiteral("--db"), db, QStringLiteral("--years"), QStringLiteral("7"),
                                     QStringLiteral("--per-day"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("11")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    const CliResult due = runLoket({QStringLiteral("retention"), QStringLiteral("--db"), db});
    INFO(due.out.toStdString() << due.err.toStdString());
    REQUIRE(due.exitCode == 0);
    CHECK(due.out.contains(QStringLiteral("5 tahun")));
    const QString cutoff = dueCutoff(due.out);
    REQUIRE_FALSE(cutoff.isEmpty());

    // The values of the people due, less those a kept record still holds (a company's
    // current contact, a director who still comes).
    const QString duePeople = QStringLiteral("SELECT person FROM (SELECT %1 AS person, MAX(local_date) AS last FROM visits GROUP BY %1) "
                                             "WHERE last < :cutoff").arg(kPerson);
    QSet<QString> erased = valuesOf(db, QStringLiteral("SELECT applicant_nik, applicant_phone, vendor_email FROM visits WHERE %1 IN (%2)")
                                            .arg(kPerson, duePeople), cutoff);
    erased += valuesOf(db, QStringLiteral("SELECT contact FROM complaints WHERE received_date < :cutoff AND stage IN ('ditanggapi', 'selesai', 'ditolak')"), cutoff);
    const QSet<QString> kept = valuesOf(db, QStringLiteral("SELECT applicant_nik, applicant_phone, vendor_email FROM visits WHERE %1 NOT IN (%2) "
                                                           "UNION ALL SELECT email, phone, '' FROM vendors UNION ALL SELECT contact, '', '' "
                                                           "FROM complaints WHERE NOT (received_date < :cutoff AND stage IN ('ditanggapi', 'selesai', 'ditolak')) "
                                                           "UNION ALL SELECT contact, '', '' FROM suggestions").arg(kPerson, duePeople), cutoff);
    erased -= kept;
    REQUIRE(erased.size() > 100);

    const int firstYear = QDate::fromString(cutoff, Qt::ISODate).year() - 3;
    const int lastYear = QDate::fromString(cutoff, Qt::ISODate).year() + 6;
    auto report = [&](int year) {
        return runLoket({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("%1-01-01").arg(year),
                         QStringLiteral("--to"), QStringLiteral("%1-12-31").arg(year)});
    };
    QStringList before;
    for (int year = firstYear; year <= lastYear; ++year) {
        const CliResult r = report(year);
        REQUIRE(r.exitCode == 0);
        before << r.out;
    }
    // Before: the values are there to be found.
    const QByteArray original = fileAndWal(db);
    for (const QString &value : erased)
        REQUIRE(original.contains(value.toUtf8()));

    const CliResult applied = runLoket({QStringLiteral("retention"), QStringLiteral("--apply"), QStringLiteral("--db"), db});
    INFO(applied.out.toStdString() << applied.err.toStdString());
    REQUIRE(applied.exitCode == 0);
    CHECK(applied.out.contains(QStringLiteral("Dihapus: NIK, telepon dan e-mail")));

    const QByteArray bytes = fileAndWal(db);
    int left = 0;
    for (const QString &value : erased)
        if (bytes.contains(value.toUtf8()))
            ++left;
    CHECK(left == 0);
    for (int year = firstYear; year <= lastYear; ++year) {
        INFO(year);
        CHECK(report(year).out == before.at(year - firstYear));
    }
    const CliResult check = runLoket({QStringLiteral("check"), QStringLiteral("--db"), db});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);

    // Nothing is due any more; the erasure is recorded as an event without values.
    const CliResult after = runLoket({QStringLiteral("retention"), QStringLiteral("--db"), db});
    CHECK(after.out.contains(QStringLiteral("Jatuh tempo: NIK, telepon dan e-mail 0 orang")));
    const QSet<QString> events = valuesOf(db, QStringLiteral("SELECT data FROM events WHERE kind = 'personal_data_erased'"), cutoff);
    REQUIRE(events.size() == 1);
    CHECK(events.values().first().contains(QStringLiteral("\"fields\":\"nik,phone,email\"")));
}
