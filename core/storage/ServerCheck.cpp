#include "storage/ServerCheck.h"

#include "storage/Database.h"
#include "storage/PgDialect.h"
#include "storage/ServerAddress.h"

#include <QLoggingCategory>
#include <QStringList>

#include <libpq-fe.h>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

struct ConnDeleter {
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
struct ResultDeleter {
    void operator()(PGresult *result) const { PQclear(result); }
};
using Conn = std::unique_ptr<PGconn, ConnDeleter>;
using Rows = std::unique_ptr<PGresult, ResultDeleter>;

QString cell(const PGresult *rows, int column)
{
    return PQgetisnull(rows, 0, column) ? QString() : QString::fromUtf8(PQgetvalue(rows, 0, column));
}

QString failureOf(const PGresult *rows)
{
    const char *state = PQresultErrorField(rows, PG_DIAG_SQLSTATE);
    return PgDialect::errorMessage(QString::fromLatin1(state ? state : ""), QString::fromUtf8(PQresultErrorMessage(rows)));
}

} // namespace

Result<ServerCheck::Report> ServerCheck::test(const ServerAddress &address, const QString &password)
{
    using R = Result<Report>;
    const QByteArray conninfo = address.conninfo().toUtf8();
    QByteArray secret = password.toUtf8();
    // The address is expanded from "dbname" (libpq's expand_dbname); the password is a
    // parameter of its own, after it, and only when one was typed.
    const char *keywords[] = {"dbname", secret.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {conninfo.constData(), secret.isEmpty() ? nullptr : secret.constData(), nullptr};
    Conn conn(PQconnectdbParams(keywords, values, 1));
    secret.fill('\0');
    if (!conn)
        return R::failure(tr("Sambungan gagal: memori tidak cukup."));

    if (PQstatus(conn.get()) != CONNECTION_OK) {
        const QString technical = QString::fromUtf8(PQerrorMessage(conn.get())).trimmed();
        const QString user = address.user().isEmpty() ? QString::fromUtf8(PQuser(conn.get())) : address.user();
        QString reason;
        if (PQconnectionNeedsPassword(conn.get())) {
            reason = tr("server meminta sandi untuk pengguna %1. Isi sandinya, lalu uji lagi.").arg(user);
            qCWarning(lcStorage, "PostgreSQL connect: %s", qUtf8Printable(technical));
        } else if (!password.isEmpty() && PQconnectionUsedPassword(conn.get())
                   && technical.contains(QLatin1String("password authentication failed"))) {
            reason = tr("sandi untuk pengguna %1 ditolak server; periksa sandinya.").arg(user);
            qCWarning(lcStorage, "PostgreSQL connect: %s", qUtf8Printable(technical));
        } else if (PQconnectionUsedPassword(conn.get()) || !PgDialect::tlsReason(technical).isEmpty()) {
            reason = PgDialect::refusalOf(conn.get(), address); // the server answered
        } else {
            // No answer at all, or a refusal: libpq's ping tells them apart (it needs no password).
            reason = PgDialect::unansweredReason(PQping(conninfo.constData()), address);
            if (reason.isEmpty())
                reason = PgDialect::refusalOf(conn.get(), address);
            else
                qCWarning(lcStorage, "PostgreSQL connect: %s", qUtf8Printable(technical));
        }
        return R::failure(tr("Sambungan gagal: %1").arg(reason));
    }

    Rows facts(PQexec(conn.get(),
                      "SELECT version(), current_setting('server_version'), current_setting('server_version_num')::int, "
                      "current_database(), current_user, current_schema(), pg_is_in_recovery(), "
                      "(SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                      " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v')), "
                      "(SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                      " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v') AND c.relname = 'schema_version'), "
                      "current_schema() IS NOT NULL AND has_schema_privilege(current_schema(), 'CREATE')"));
    if (PQresultStatus(facts.get()) != PGRES_TUPLES_OK || PQntuples(facts.get()) != 1)
        return R::failure(tr("Tersambung ke server, tetapi server tidak dapat diperiksa: %1").arg(failureOf(facts.get())));
    qCInfo(lcStorage, "PostgreSQL check: %s", PQgetvalue(facts.get(), 0, 0));

    Report report;
    report.serverVersion = cell(facts.get(), 1).section(QLatin1Char(' '), 0, 0); // "15.6 (Debian 15.6-0+deb12u1)"
    report.serverVersionNumber = cell(facts.get(), 2).toInt();
    report.database = cell(facts.get(), 3);
    report.user = cell(facts.get(), 4);
    const QString schema = cell(facts.get(), 5);
    const bool standby = cell(facts.get(), 6) == QLatin1String("t");
    const int tables = cell(facts.get(), 7).toInt();
    const bool hasVersionTable = cell(facts.get(), 8).toInt() > 0;
    const bool mayCreate = cell(facts.get(), 9) == QLatin1String("t");
    report.passwordUsed = PQconnectionUsedPassword(conn.get());

    if (tables == 0) {
        report.schemaVersion = 0;
    } else if (!hasVersionTable) {
        report.schemaVersion = -1;
    } else {
        Rows version(PQexec(conn.get(), "SELECT version FROM schema_version"));
        if (PQresultStatus(version.get()) != PGRES_TUPLES_OK || PQntuples(version.get()) != 1)
            return R::failure(tr("Tersambung ke server, tetapi versi data Loket di basis data itu tidak dapat dibaca: %1")
                                  .arg(failureOf(version.get())));
        report.schemaVersion = cell(version.get(), 0).toInt();
    }

    const int latest = Database::latestSchemaVersion();
    QString state;
    if (schema.isEmpty()) {
        state = tr("Basis data itu tidak mempunyai skema yang dapat dipakai (search_path kosong); hubungi petugas TI kantor.");
    } else if (report.schemaVersion < 0) {
        state = tr("Basis data itu sudah berisi tabel lain dan bukan basis data Loket, sehingga tidak dapat dipakai. Pilih basis data "
                   "lain.");
    } else if (report.schemaVersion == 0 && !mayCreate) {
        state = tr("Basis data itu masih kosong, tetapi pengguna %1 tidak boleh membuat tabel di skema %2. Minta petugas TI kantor "
                   "memberi hak CREATE, atau pakai pengguna lain.")
                    .arg(report.user, schema);
    } else if (report.schemaVersion == 0) {
        state = tr("Basis data itu masih kosong; Loket membuat tabelnya saat pertama dibuka.");
        report.usable = true;
    } else if (report.schemaVersion > latest) {
        state = tr("Basis data itu berisi data dari Loket yang lebih baru (versi skema %1; Loket ini mengenal sampai versi %2), sehingga "
                   "tidak dapat dipakai di sini. Perbarui Loket di PC ini dulu.")
                    .arg(report.schemaVersion)
                    .arg(latest);
    } else if (report.schemaVersion < latest) {
        state = tr("Basis data itu berisi data Loket (versi skema %1); Loket memperbaruinya ke versi %2 saat pertama dibuka.")
                    .arg(report.schemaVersion)
                    .arg(latest);
        report.usable = true;
    } else {
        state = tr("Basis data itu berisi data Loket (versi skema %1).").arg(report.schemaVersion);
        report.usable = true;
    }
    if (report.usable && standby) {
        state = tr("Server ini hanya dapat dibaca (server cadangan/standby), sehingga Loket tidak dapat menyimpan di sana. Pakai alamat "
                   "server utama.");
        report.usable = false;
    }
    QStringList lines{tr("Tersambung ke PostgreSQL %1 sebagai pengguna %2, basis data %3.").arg(report.serverVersion, report.user,
                                                                                               report.database),
                      state};
    if (!password.isEmpty() && !report.passwordUsed)
        lines << tr("Server tidak meminta sandi dari PC ini, jadi sandi tidak perlu disimpan.");
    report.text = lines.join(QLatin1Char('\n'));
    return report;
}
