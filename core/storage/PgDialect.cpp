#include "storage/PgDialect.h"

#include "storage/PgSession.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace PgDialect {

namespace {

// "LOKE" read as a number: the first half of the write lock's key, the same in every
// Loket; the second half is the database's schema, so two Loket databases in one server
// database (say the office's and a training one) never wait for each other.
constexpr qint32 kWriteLockKey = 0x4c4f4b45;

QString t(const char *text)
{
    return QCoreApplication::translate("SqlDialect", text);
}

Status run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return Status::success();
    const QSqlError e = q.lastError();
    const QString message = errorMessage(e.nativeErrorCode(), e.text());
    return isRetryable(e.nativeErrorCode()) ? Status::busy(message) : Status::failure(message);
}

} // namespace

QString driverName()
{
    return QStringLiteral("QPSQL");
}

pg_conn *handle(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (!h.isValid() || (qstrcmp(h.typeName(), "PGconn*") != 0 && qstrcmp(h.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(h.data());
}

bool isConnected(const QSqlDatabase &db)
{
    PGconn *conn = handle(db);
    return conn && PQstatus(conn) == CONNECTION_OK;
}

Status configureConnection(QSqlDatabase &db, bool readOnly)
{
    // A commit is on the server's disk before the desk is told (a ticket is handed over
    // then): on a server set to synchronous_commit = off a crash would lose the last
    // acknowledged actions and give their queue numbers again. A stronger setting (a
    // synchronous standby's) is left as it is.
    QStringList settings{QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET DateStyle = 'ISO, YMD'"),
                         QStringLiteral("SET lock_timeout = '10s'"), QStringLiteral("SET client_min_messages = 'warning'"),
                         QStringLiteral("SELECT set_config('synchronous_commit', 'local', false) WHERE current_setting('synchronous_commit') = 'off'")};
    if (readOnly)
        settings << QStringLiteral("SET default_transaction_read_only = on");
    for (const QString &sql : std::as_const(settings))
        if (const Status s = run(db, sql); !s)
            return s;
    return Status::success();
}

bool inTransaction(const QSqlDatabase &db)
{
    const PgSession *session = PgSession::of(db);
    return session && session->inTransaction();
}

Result<int> schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE c.relname = 'schema_version') FROM pg_catalog.pg_class c "
                                    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                    "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v')"))
        || !tables.next())
        return Result<int>::failure(errorMessage(tables.lastError().nativeErrorCode(), tables.lastError().text()));
    if (tables.value(0).toInt() == 0)
        return 0; // a new, empty database
    if (tables.value(1).toInt() == 0)
        return Result<int>::failure(t(QT_TRANSLATE_NOOP("SqlDialect", "Basis data itu sudah berisi tabel lain dan bukan basis data Loket. "
                                                                       "Tidak ada yang diubah.")));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
        return Result<int>::failure(errorMessage(q.lastError().nativeErrorCode(), q.lastError().text()));
    return q.value(0).toInt();
}

Status setSchemaVersion(QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE schema_version SET version = :v"));
    q.bindValue(QStringLiteral(":v"), version);
    if (q.exec())
        return Status::success();
    return Status::failure(errorMessage(q.lastError().nativeErrorCode(), q.lastError().text()));
}

Status executeScript(QSqlDatabase &db, const QByteArray &script)
{
    PGconn *conn = handle(db);
    if (!conn)
        return Status::failure(QCoreApplication::translate("SqlQuery", "Basis data tidak terbuka."));
    PGresult *result = PQexec(conn, script.constData());
    const ExecStatusType status = PQresultStatus(result);
    Status outcome = Status::success();
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        outcome = Status::failure(errorMessage(QString::fromLatin1(state ? state : ""), QString::fromUtf8(PQresultErrorMessage(result))));
    }
    PQclear(result);
    return outcome;
}

QString writeLockStatement()
{
    return QStringLiteral("SELECT pg_advisory_xact_lock(%1, hashtext(current_schema()))").arg(kWriteLockKey);
}

Status beginWrite(QSqlDatabase &db)
{
    PgSession *session = PgSession::of(db);
    if (!session)
        return Status::failure(QCoreApplication::translate("SqlQuery", "Basis data tidak terbuka."));
    return session->beginNow();
}

Result<QStringList> integrityProblems(const QSqlDatabase &db)
{
    QSqlQuery has(db);
    if (!has.exec(QStringLiteral("SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace "
                                 "WHERE e.extname = 'amcheck'")))
        return Result<QStringList>::failure(errorMessage(has.lastError().nativeErrorCode(), has.lastError().text()));
    if (!has.next())
        return QStringList(); // no amcheck: the server's own checksums and constraints are what there is
    // The extension's schema is pasted into the statement (it cannot be bound): a plain
    // identifier only, as CREATE EXTENSION makes it.
    const QString schema = has.value(0).toString();
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!identifier.match(schema).hasMatch())
        return QStringList();
    QSqlQuery indexes(db);
    if (!indexes.exec(QStringLiteral("SELECT c.oid, c.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid "
                                     "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_am a ON a.oid = c.relam "
                                     "WHERE n.nspname = current_schema() AND a.amname = 'btree' ORDER BY c.relname")))
        return Result<QStringList>::failure(errorMessage(indexes.lastError().nativeErrorCode(), indexes.lastError().text()));
    QStringList problems;
    while (indexes.next()) {
        QSqlQuery check(db);
        check.prepare(QStringLiteral("SELECT %1.bt_index_check(CAST(:oid AS oid))").arg(schema));
        check.bindValue(QStringLiteral(":oid"), indexes.value(0));
        if (!check.exec()) {
            const QSqlError e = check.lastError();
            qCWarning(lcStorage) << "amcheck" << indexes.value(1).toString() << e.text();
            problems << QCoreApplication::translate("SqlDialect", "Indeks %1 di server rusak (rincian teknis: %2)")
                            .arg(indexes.value(1).toString(), e.databaseText().section(QLatin1Char('\n'), 0, 0));
        }
    }
    return problems;
}

Status failureOf(const pg_result *result, pg_conn *conn)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString code = QString::fromLatin1(state ? state : "");
    const QString message = errorMessage(code, QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)));
    return isRetryable(code) ? Status::busy(message) : Status::failure(message);
}

bool isSqlState(const QString &code)
{
    return code.size() == 5;
}

bool isRetryable(const QString &sqlState)
{
    return sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01") || sqlState == QLatin1String("55P03");
}

QString unreachableMessage()
{
    return t(QT_TRANSLATE_NOOP("SqlDialect", "Tidak terhubung ke server basis data (server mati atau jaringan terputus). Perubahan "
                                             "terakhir mungkin belum tersimpan; periksa sambungan, lalu coba lagi."));
}

QString unansweredReason(int ping, const ServerAddress &address)
{
    const QString where = address.host().isEmpty() ? QStringLiteral("localhost") : address.host();
    switch (ping) {
    case PQPING_NO_RESPONSE:
        return QCoreApplication::translate("SqlDialect", "server %1 tidak menjawab (server mati, alamat atau port salah, firewall, atau "
                                                         "jaringan terputus).")
            .arg(where);
    case PQPING_REJECT:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "server sedang dinyalakan atau dimatikan dan belum menerima sambungan; coba lagi sebentar lagi."));
    case PQPING_NO_ATTEMPT:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "alamat server tidak lengkap atau salah tulis."));
    default:
        break;
    }
    return QString();
}

QString serverRefusal(const ServerAddress &address)
{
    const QByteArray conninfo = address.conninfo().toUtf8();
    const int ping = PQping(conninfo.constData());
    const QString unanswered = unansweredReason(ping, address);
    // A TLS failure looks like no answer to PQping: told apart by connecting once, when
    // the address asks for TLS at all.
    if (!unanswered.isEmpty() && (ping != PQPING_NO_RESPONSE || (!conninfo.contains("sslmode='require'") && !conninfo.contains("sslmode='verify-"))))
        return unanswered;
    PGconn *conn = PQconnectdb(conninfo.constData());
    if (!unanswered.isEmpty()) {
        const QString technical = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        const QString tls = PQstatus(conn) == CONNECTION_OK ? QString() : tlsReason(technical);
        if (!tls.isEmpty())
            qCWarning(lcStorage, "PostgreSQL connect: %s", qUtf8Printable(technical));
        PQfinish(conn);
        return tls.isEmpty() ? unanswered : tls;
    }
    const QString message = PQstatus(conn) == CONNECTION_OK
                                ? t(QT_TRANSLATE_NOOP("SqlDialect", "sambungan terputus saat dibuka; coba lagi."))
                                : refusalOf(conn, address);
    PQfinish(conn);
    return message;
}

QString refusalOf(pg_conn *conn, const ServerAddress &address)
{
    const QString technical = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    qCWarning(lcStorage, "PostgreSQL connect: %s", qUtf8Printable(technical));
    const QString user = address.user().isEmpty() ? QString::fromUtf8(PQuser(conn)) : address.user();
    if (const QString tls = tlsReason(technical); !tls.isEmpty())
        return tls;
    if (PQconnectionNeedsPassword(conn))
        return QCoreApplication::translate("SqlDialect", "server meminta sandi untuk pengguna %1. Simpan sandinya di ~/.pgpass "
                                                         "(mode 0600) atau pakai entri pg_service.conf; Loket tidak menyimpan sandi.")
            .arg(user);
    if (technical.contains(QLatin1String("password authentication failed")))
        return QCoreApplication::translate("SqlDialect", "sandi untuk pengguna %1 ditolak server; periksa baris di ~/.pgpass.").arg(user);
    if (technical.contains(QLatin1String("does not exist")) && technical.contains(QLatin1String("database")))
        return QCoreApplication::translate("SqlDialect", "basis data %1 belum ada di server itu.").arg(QString::fromUtf8(PQdb(conn)));
    if (technical.contains(QLatin1String("does not exist")) && technical.contains(QLatin1String("role")))
        return QCoreApplication::translate("SqlDialect", "pengguna %1 tidak dikenal server itu.").arg(user);
    if (technical.contains(QLatin1String("pg_hba.conf")))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "server tidak mengizinkan sambungan dari PC ini (pg_hba.conf); hubungi petugas TI kantor."));
    return t(QT_TRANSLATE_NOOP("SqlDialect", "server menolak sambungan (pengguna, basis data, atau izin akses)."));
}

QString tlsReason(const QString &technical)
{
    if (technical.contains(QLatin1String("pg_hba.conf")))
        return QString(); // "no pg_hba.conf entry for host …, SSL off" is the server's refusal
    if (technical.contains(QLatin1String("server does not support SSL")))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "PC ini mewajibkan sambungan terenkripsi (sslmode require atau verify-full), tetapi server "
                                                 "tidak memakai enkripsi (ssl = off di server). Minta petugas TI menyalakan ssl di server, "
                                                 "atau pilih prefer."));
    if (technical.contains(QLatin1String("root certificate file")) || technical.contains(QLatin1String("root certificate store")))
        return QCoreApplication::translate("SqlDialect", "sertifikat CA server belum ada di PC ini. verify-full memeriksa sertifikat server "
                                                         "dengan CA di %1; minta berkas itu dari petugas TI, atau pilih require.")
            .arg(QStringLiteral("~/.postgresql/root.crt"));
    if (technical.contains(QLatin1String("does not match host name")))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "nama pada sertifikat server tidak sama dengan alamat server yang ditulis; tulis alamat "
                                                 "server persis seperti pada sertifikatnya."));
    if (technical.contains(QLatin1String("certificate verify failed")) || technical.contains(QLatin1String("certificate")))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "sertifikat server tidak dapat dipercaya: tidak ditandatangani oleh CA di "
                                                 "~/.postgresql/root.crt PC ini, atau sudah kedaluwarsa."));
    if (technical.contains(QLatin1String("SSL")))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "sambungan terenkripsi (SSL) gagal; periksa sslmode dan sertifikat server."));
    return QString();
}

QString errorMessage(const QString &sqlState, const QString &technical)
{
    if (!technical.isEmpty())
        qCWarning(lcStorage, "PostgreSQL %s: %s", qUtf8Printable(sqlState), qUtf8Printable(technical));
    const QString cls = sqlState.left(2);
    if (isRetryable(sqlState))
        return QCoreApplication::translate("SqlDialect", "Basis data sedang dipakai oleh proses lain dan tetap terkunci; coba lagi sebentar lagi.");
    if (sqlState == QLatin1String("LK001"))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Catatan kejadian tidak boleh diubah atau dihapus; yang sudah tercatat tetap seperti semula."));
    if (sqlState == QLatin1String("42501"))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Akun basis data yang dipakai Loket tidak diizinkan melakukan perubahan ini (hak akses di server)."));
    if (sqlState == QLatin1String("25006"))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Sambungan ini hanya untuk membaca: perubahan tidak disimpan."));
    if (sqlState == QLatin1String("53100"))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Disk server basis data penuh: perubahan tidak dapat disimpan. Hubungi petugas TI kantor."));
    if (cls == QLatin1String("23"))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Perubahan ditolak oleh aturan basis data (data ganda atau tidak sah)."));
    if (cls == QLatin1String("08") || cls == QLatin1String("57") || sqlState.isEmpty())
        return unreachableMessage();
    if (cls == QLatin1String("28"))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Server basis data menolak akun ini (pengguna atau sandi salah)."));
    if (cls == QLatin1String("53"))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Server basis data kehabisan sumber daya (memori atau sambungan); coba lagi sebentar lagi."));
    if (sqlState == QLatin1String("42P01") || sqlState == QLatin1String("42703"))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Kesalahan basis data: tabel atau kolom yang dicari tidak ada. Basis data itu mungkin tidak "
                                                 "lengkap atau dari versi Loket lain."));
    if (cls == QLatin1String("42") || cls == QLatin1String("22"))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Kesalahan program pada perintah basis data; laporkan kepada pengembang Loket."));
    if (cls == QLatin1String("XX"))
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Basis data di server rusak. Hubungi petugas TI kantor untuk memulihkannya dari cadangan."));
    return QCoreApplication::translate("SqlDialect", "Kesalahan basis data di server (kode %1).").arg(sqlState);
}

} // namespace PgDialect
