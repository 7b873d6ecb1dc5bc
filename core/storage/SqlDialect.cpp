#include "storage/SqlDialect.h"

#include "storage/PgDialect.h"
#include "storage/PgSession.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QUrl>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStorage, "loket.storage")
static_assert(SqlDialect::kReadOnlyCode == SQLITE_READONLY);

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

namespace SqlDialect {

namespace {

bool onServer(const QSqlDatabase &db)
{
    return engineOf(db) == Engine::PostgreSql;
}

// An error from Qt's PostgreSQL driver: its code is an SQLSTATE, or it has none (the
// connection broke) and the driver names itself in its text.
bool fromServer(const QSqlError &error)
{
    return PgDialect::isSqlState(error.nativeErrorCode()) || error.driverText().startsWith(QLatin1String("QPSQL"));
}

} // namespace

Engine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == PgDialect::driverName() ? Engine::PostgreSql : Engine::Sqlite;
}

QString driverName()
{
    return QStringLiteral("QSQLITE");
}

Access readAccess(const QString &path)
{
    const bool immutable = !QFileInfo(QFileInfo(path).absolutePath()).isWritable() && !QFileInfo::exists(path + QStringLiteral("-wal"))
                           && !QFileInfo::exists(path + QStringLiteral("-shm"));
    return immutable ? Access::Immutable : Access::ReadOnly;
}

QString connectOptions(Access access)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (access != Access::ReadWrite)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (access == Access::Immutable)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    return options;
}

QString databaseName(const QString &path, Access access)
{
    if (access != Access::Immutable)
        return path;
    // file:///path%20with%20spaces?immutable=1 (sqlite.org/uri.html)
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
}

static Status run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? Status::success() : failure(q.lastError());
}

Status configureConnection(QSqlDatabase &db, Access access)
{
    if (onServer(db))
        return PgDialect::configureConnection(db, access != Access::ReadWrite);
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000")};
    // FULL: a commit is on disk before Loket prints the receipt that names it, even if
    // the power goes a moment later (docs/security.md). About 0.3 ms a commit here.
    if (access == Access::ReadWrite)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    for (const QString &pragma : std::as_const(pragmas))
        if (const Status s = run(db, pragma); !s)
            return s;
    return Status::success();
}

Status beginErasure(QSqlDatabase &db)
{
    if (onServer(db))
        return Status::success();
    return run(db, QStringLiteral("PRAGMA secure_delete = ON"));
}

Status finishErasure(QSqlDatabase &db, const QStringList &tables)
{
    if (onServer(db)) {
        // VACUUM runs outside a transaction; table names are Loket's own identifiers.
        for (const QString &table : tables)
            if (const Status s = run(db, QStringLiteral("VACUUM ") + table); !s)
                return s;
        return Status::success();
    }
    for (const QString &statement : {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("VACUUM"),
                                     QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")})
        if (const Status s = run(db, statement); !s)
            return s;
    return Status::success();
}

bool inTransaction(const QSqlDatabase &db)
{
    if (onServer(db))
        return PgDialect::inTransaction(db);
    sqlite3 *connection = sqliteHandle(db);
    return connection && sqlite3_get_autocommit(connection) == 0;
}

bool usesWal(const QSqlDatabase &db)
{
    if (onServer(db))
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
}

Result<int> schemaVersion(const QSqlDatabase &db, QSqlError *driverError)
{
    if (onServer(db))
        return PgDialect::schemaVersion(db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (driverError)
            *driverError = q.lastError();
        return Result<int>::failure(errorMessage(q.lastError()));
    }
    return q.value(0).toInt();
}

Status setSchemaVersion(QSqlDatabase &db, int version)
{
    if (onServer(db))
        return PgDialect::setSchemaVersion(db, version);
    // PRAGMA takes no bound parameters; the value is an integer we produce ourselves.
    return run(db, QStringLiteral("PRAGMA user_version = ") + QString::number(version));
}

Status executeScript(QSqlDatabase &db, const QByteArray &script)
{
    if (onServer(db))
        return PgDialect::executeScript(db, script);
    sqlite3 *raw = sqliteHandle(db);
    if (!raw)
        return Status::failure(QCoreApplication::translate("SqlQuery", "Basis data tidak terbuka."));
    char *message = nullptr;
    const QByteArray text = script + '\0';
    if (const int rc = sqlite3_exec(raw, text.constData(), nullptr, nullptr, &message); rc != SQLITE_OK) {
        const Status failed = failure(sqlite3_extended_errcode(raw), QString::fromUtf8(message ? message : "unknown error"));
        sqlite3_free(message);
        return failed;
    }
    return Status::success();
}

namespace {

// The write transaction each connection of this thread began last (writeTransactionId).
// (Transaction's, from startWrite to commitWrite or rollbackWrite).
thread_local QHash<QString, quint64> t_writeTransactions;
thread_local quint64 t_lastWriteTransaction = 0;

void numberWriteTransaction(const QSqlDatabase &db)
{
    t_writeTransactions.insert(db.connectionName(), ++t_lastWriteTransaction);
}

} // namespace

Status beginWrite(QSqlDatabase &db)
{
    if (onServer(db))
        return PgDialect::beginWrite(db);
    return run(db, QStringLiteral("BEGIN IMMEDIATE"));
}

Status startWrite(QSqlDatabase &db)
{
    if (!onServer(db)) {
        SqlQuery begin(db, QStringLiteral("BEGIN IMMEDIATE")); // prepared once per connection
        const Status begun = begin.exec();
        if (begun)
            numberWriteTransaction(db);
        return begun;
    }
    PgSession *session = PgSession::of(db);
    if (!session)
        return Status::failure(QCoreApplication::translate("SqlQuery", "Basis data tidak terbuka."));
    numberWriteTransaction(db);
    session->startWrite();
    return Status::success();
}

Status commitWrite(QSqlDatabase &db, bool *statementFailed)
{
    *statementFailed = false;
    t_writeTransactions.remove(db.connectionName());
    if (PgSession *session = PgSession::of(db))
        return session->commit(statementFailed);
    SqlQuery commit(db, QStringLiteral("COMMIT")); // prepared once per connection
    return commit.exec();
}

void rollbackWrite(QSqlDatabase &db)
{
    t_writeTransactions.remove(db.connectionName());
    if (PgSession *session = PgSession::of(db))
        session->rollback();
    else
        db.rollback();
}

Status settle(QSqlDatabase &db)
{
    PgSession *session = PgSession::of(db);
    return session ? session->settle() : Status::success();
}

quint64 writeTransactionId(const QSqlDatabase &db)
{
    return inTransaction(db) ? t_writeTransactions.value(db.connectionName()) : 0;
}

bool isConnected(const QSqlDatabase &db)
{
    return !onServer(db) || PgDialect::isConnected(db);
}

Status quietBulkWrites(QSqlDatabase &db)
{
    if (!onServer(db))
        return Status::success();
    // Qt's driver runs it: inside the transaction, whose BEGIN goes first (PgSession.h).
    if (const Status begun = settle(db); !begun)
        return begun;
    return run(db, QStringLiteral("SET LOCAL loket.quiet = 'on'"));
}

namespace {

// ":a, :b" for the columns a, b.
QString placeholdersFor(const QStringList &columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const QString &column : columns)
        names << QLatin1Char(':') + column;
    return names.join(QStringLiteral(", "));
}

// The builders below paste names into SQL text, never values: a table or column name is
// the code's own constant. Anything else (an empty list, a name that is not a plain
// lower-case identifier) gives an empty statement, which fails to prepare and so is
// refused with the driver's error instead of running.
bool plainIdentifiers(const QStringList &names)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (names.isEmpty())
        return false;
    for (const QString &name : names)
        if (!identifier.match(name).hasMatch())
            return false;
    return true;
}

} // namespace

QString upsert(const QString &table, const QStringList &keyColumns, const QStringList &valueColumns)
{
    if (keyColumns.isEmpty() || !plainIdentifiers(QStringList{table} + keyColumns) || (!valueColumns.isEmpty() && !plainIdentifiers(valueColumns)))
        return {};
    QStringList assignments;
    for (const QString &column : valueColumns)
        assignments << column + QStringLiteral(" = excluded.") + column;
    const QStringList columns = keyColumns + valueColumns;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) %5")
        .arg(table, columns.join(QStringLiteral(", ")), placeholdersFor(columns), keyColumns.join(QStringLiteral(", ")),
             assignments.isEmpty() ? QStringLiteral("DO NOTHING") : QStringLiteral("DO UPDATE SET ") + assignments.join(QStringLiteral(", ")));
}

QString insertIgnoringDuplicates(const QString &table, const QStringList &columns)
{
    if (!plainIdentifiers(QStringList{table} + columns))
        return {};
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING").arg(table, columns.join(QStringLiteral(", ")), placeholdersFor(columns));
}

QString idListParameter(const QSqlDatabase &db, const QString &placeholder)
{
    if (!placeholder.startsWith(QLatin1Char(':')) || !plainIdentifiers({placeholder.mid(1)}))
        return {};
    if (onServer(db))
        return QStringLiteral("(SELECT CAST(value AS bigint) FROM json_array_elements_text(CAST(%1 AS json)))").arg(placeholder);
    return QStringLiteral("(SELECT value FROM json_each(%1))").arg(placeholder);
}

QString caseless(const QSqlDatabase &db, const QString &expression)
{
    return onServer(db) ? QStringLiteral("lower(%1) COLLATE \"C\"").arg(expression) : expression + QStringLiteral(" COLLATE NOCASE");
}

QString containsText(const QSqlDatabase &db, const QString &haystack, const QString &needle)
{
    return (onServer(db) ? QStringLiteral("strpos(%1, %2) > 0") : QStringLiteral("instr(%1, %2) > 0")).arg(haystack, needle);
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    // Not QSqlDatabase::tables(): on PostgreSQL it names tables outside "public" with
    // their schema, so a database in its own schema would seem to have none.
    return !db.record(table).isEmpty();
}

QString orderedJoin(const QSqlDatabase &db)
{
    return onServer(db) ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QString lastCharacters(const QSqlDatabase &db, const QString &expression, int count)
{
    return onServer(db) ? QStringLiteral("right(%1, %2)").arg(expression).arg(count) : QStringLiteral("substr(%1, %2)").arg(expression).arg(-count);
}

QVariant idListValue(const QList<qint64> &ids)
{
    QByteArray json = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += ',';
        json += QByteArray::number(ids.at(i));
    }
    json += ']';
    return QString::fromLatin1(json);
}

Result<QStringList> integrityProblems(const QSqlDatabase &db, bool quick)
{
    if (onServer(db))
        return PgDialect::integrityProblems(db);
    QSqlQuery q(db);
    QStringList problems;
    if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check")))
        return Result<QStringList>::failure(errorMessage(q.lastError()));
    // SQLite reports damage in its own English ("Page 5 is never used"): each finding is
    // said in Indonesian, with SQLite's words kept as the technical detail for the IT staff.
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line == QLatin1String("ok"))
            continue;
        qCWarning(lcStorage) << "integrity:" << line;
        problems << QCoreApplication::translate("SqlDialect", "Struktur berkas basis data rusak (rincian teknis: %1)").arg(line);
    }
    if (q.lastError().isValid()) // stopped part-way (a damaged page, an interrupt): why, after what it found
        problems << errorMessage(q.lastError());
    return problems;
}

Result<QStringList> foreignKeyProblems(const QSqlDatabase &db)
{
    if (onServer(db))
        return QStringList(); // the server enforces every reference on every write
    QSqlQuery fk(db);
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Result<QStringList>::failure(errorMessage(fk.lastError()));
    QStringList problems;
    while (fk.next())
        problems << QCoreApplication::translate("SqlDialect", "Baris %2 di tabel %1 merujuk ke data yang tidak ada.")
                        .arg(fk.value(0).toString(), fk.value(1).toString());
    if (fk.lastError().isValid())
        problems << errorMessage(fk.lastError());
    return problems;
}

Status failure(const QSqlError &error)
{
    if (fromServer(error)) {
        const QString message = PgDialect::errorMessage(error.nativeErrorCode(), error.text());
        return PgDialect::isRetryable(error.nativeErrorCode()) ? Status::busy(message) : Status::failure(message);
    }
    return failure(primaryCode(error), error.text());
}

Status failure(int sqliteCode, const QString &technical)
{
    const QString message = errorMessage(sqliteCode, technical);
    const int code = sqliteCode & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED ? Status::busy(message) : Status::failure(message);
}

int primaryCode(const QSqlError &error)
{
    if (fromServer(error))
        return 0;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0;
}

bool isReadOnlyError(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM;
}

QString busyMessage()
{
    return QCoreApplication::translate("SqlDialect", "Basis data sedang dipakai oleh proses lain dan tetap terkunci; coba lagi sebentar lagi.");
}

QString errorMessage(const QSqlError &error)
{
    if (fromServer(error))
        return PgDialect::errorMessage(error.nativeErrorCode(), error.text());
    return errorMessage(primaryCode(error), error.text());
}

QString errorMessage(int sqliteCode, const QString &technical)
{
    if (!technical.isEmpty())
        qCWarning(lcStorage, "SQLite %d: %s", sqliteCode, qUtf8Printable(technical));
    auto t = [](const char *text) { return QCoreApplication::translate("SqlDialect", text); };
    switch (sqliteCode & 0xff) {
    case SQLITE_READONLY:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Basis data hanya dapat dibaca: berkasnya atau foldernya tidak boleh ditulis oleh akun ini. Perubahan tidak "
                 "disimpan; periksa hak akses berkas dan foldernya."));
    case SQLITE_FULL:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Disk penuh: perubahan tidak dapat disimpan. Kosongkan ruang pada disk itu, lalu coba lagi."));
    case SQLITE_CANTOPEN:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Berkas basis data atau berkas pendampingnya (-wal, -shm) tidak dapat dibuka: periksa bahwa berkas dan foldernya "
                 "ada dan boleh ditulis oleh akun ini."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return busyMessage();
    case SQLITE_CORRUPT:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Basis data rusak. Pulihkan dari cadangan terakhir (loket restore)."));
    case SQLITE_NOTADB:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Berkas itu bukan basis data SQLite."));
    case SQLITE_IOERR:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Kesalahan baca/tulis disk pada basis data (disk dilepas, rusak, atau penuh?). Perubahan tidak disimpan."));
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Sistem operasi tidak mengizinkan akses ke basis data."));
    case SQLITE_NOMEM:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Memori tidak cukup untuk pekerjaan basis data ini."));
    case SQLITE_CONSTRAINT:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Perubahan ditolak oleh aturan basis data (data ganda atau tidak sah)."));
    case SQLITE_PROTOCOL:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Penguncian basis data gagal; coba lagi."));
    case SQLITE_SCHEMA:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Struktur basis data berubah selama pekerjaan ini; coba lagi."));
    case SQLITE_TOOBIG:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Data terlalu besar untuk basis data."));
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_MISUSE:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Kesalahan program pada perintah basis data; laporkan kepada pengembang Loket."));
    case 0:
        return t(QT_TRANSLATE_NOOP("SqlDialect", "Kesalahan basis data (tanpa kode dari SQLite)."));
    default:
        return QCoreApplication::translate("SqlDialect", "Kesalahan basis data (kode SQLite %1).").arg(sqliteCode);
    }
}

} // namespace SqlDialect
