#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include "storage/LiveFiles.h"
#include "storage/PgDialect.h"
#include "storage/ServerAddress.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteHandle.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

#include <sqlite3.h>

namespace {

QAtomicInt connectionCounter;

// Each engine has its own numbered scripts, the same numbers for the same schema.
QString migrationResource(int version, bool server = false)
{
    const QString pattern = server ? QStringLiteral(":/migrations/postgresql/%1.sql") : QStringLiteral(":/migrations/%1.sql");
    return pattern.arg(version, 4, 10, QLatin1Char('0'));
}

QString newerSchemaMessage(const QString &location, int version, int latest)
{
    return Database::tr("Basis data %1 dibuat oleh versi Loket yang lebih baru (skema %2, versi ini mengenal sampai %3). "
                        "Perbarui Loket; basis data itu tidak diubah.")
        .arg(location)
        .arg(version)
        .arg(latest);
}

} // namespace

int Database::latestSchemaVersion()
{
    int version = 0;
    while (QFile::exists(migrationResource(version + 1)))
        ++version;
    return version;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("loket.sqlite"));
}

Result<int> Database::peekSchemaVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<int>::failure(QFileInfo(path).isReadable()
                                        ? tr("Berkas basis data %1 tidak dapat dibaca.").arg(path)
                                        : tr("Berkas basis data %1 tidak boleh dibaca oleh akun ini (hak akses).").arg(path));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return 0; // An empty file is a new, empty database.
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Result<int>::failure(tr("Berkas %1 bukan basis data Loket (bukan berkas SQLite). Berkas itu tidak diubah.").arg(path));
    return static_cast<int>(qFromBigEndian<quint32>(header.constData() + 60));
}

Database::Database(QString path, QString connectionName, Mode mode)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_mode(mode)
{
}

Database::~Database()
{
    SqlQuery::forgetConnection(m_connectionName); // no statement may outlive its connection
    // A connection whose locks were lost must not checkpoint or delete the -wal and
    // -shm on closing: the names may point at another process's files by now.
    const bool lost = m_registered && LiveFiles::lockState(m_path) == LiveFiles::LockState::Lost;
    if (m_db.isOpen() && m_server) {
        m_db.close();
    } else if (m_db.isOpen()) {
        if (lost) {
            if (sqlite3 *handle = sqliteHandle(m_db))
                sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        } else if (m_mode == Mode::Open) {
            // Fold the WAL back into the main file so a copied file is complete.
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_registered)
        LiveFiles::release(m_path);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, int upToVersion)
{
    using R = Result<std::unique_ptr<Database>>;
    if (ServerAddress::isServer(path))
        return openServer(path, mode, upToVersion);
    const QFileInfo info(path);
    const int latest = latestSchemaVersion();

    if (!info.exists()) {
        if (mode == Mode::Inspect)
            return R::failure(tr("Basis data %1 tidak ada.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return R::failure(tr("Folder %1 tidak dapat dibuat.").arg(info.absolutePath()));
        // Created readable by the owner only: the file holds people's data.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return R::failure(QFileInfo(info.absolutePath()).isWritable()
                                  ? tr("Basis data %1 tidak dapat dibuat (disk penuh atau rusak?).").arg(path)
                                  : tr("Basis data %1 tidak dapat dibuat: folder %2 tidak boleh ditulis oleh akun ini.")
                                        .arg(path, info.absolutePath()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
    } else if (!info.isFile()) {
        return R::failure(tr("%1 bukan berkas.").arg(path));
    }

    // Refuse before SQLite touches the file: a foreign file, or one from a newer Loket,
    // must stay byte-for-byte as it is. Only before the process's first connection to
    // it: reading (closing) the file while SQLite holds it open would drop SQLite's
    // locks (see LiveFiles.h). A held file passed this check when it was first opened.
    const LiveFiles::OpenLock serialised;
    const Result<int> headerVersion = LiveFiles::isHeld(path) ? Result<int>(0) : peekSchemaVersion(path);
    if (!headerVersion)
        return R::failure(headerVersion.error());
    if (headerVersion.value() > latest)
        return R::failure(tr("Basis data %1 dibuat oleh versi Loket yang lebih baru (skema %2, versi ini mengenal sampai %3). "
                             "Perbarui Loket; berkas itu tidak diubah.")
                              .arg(path)
                              .arg(headerVersion.value())
                              .arg(latest));

    // A file this account may not write, or in a folder it may not write (where SQLite
    // cannot create the -wal and -shm), is read-only: said so, not "cannot be read".
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    const bool readOnlyFile = !QFileInfo(path).isWritable() || !folderWritable;
    const QString readOnlyMessage =
        tr("Basis data %1 hanya dapat dibaca: berkas itu atau foldernya tidak boleh ditulis oleh akun ini. Loket memerlukan izin "
           "menulis pada berkas dan foldernya (untuk berkas -wal dan -shm); periksa hak aksesnya. Berkas itu tidak diubah.")
            .arg(path);
    // Reading a file nobody can be writing (its folder is read-only, no -wal/-shm beside
    // it) goes without locks and without a -shm, which SQLite could not create there.
    const bool immutable = mode == Mode::Inspect && SqlDialect::readAccess(path) == SqlDialect::Access::Immutable;
    const QString name = QStringLiteral("loket-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(path, name, mode));
    const auto access = mode == Mode::Open ? SqlDialect::Access::ReadWrite
                        : immutable        ? SqlDialect::Access::Immutable
                                           : SqlDialect::Access::ReadOnly;
    database->m_db = QSqlDatabase::addDatabase(SqlDialect::driverName(), name);
    database->m_db.setDatabaseName(SqlDialect::databaseName(path, access));
    database->m_db.setConnectOptions(SqlDialect::connectOptions(access));
    if (!database->m_db.open()) {
        const QSqlError openError = database->m_db.lastError();
        if (readOnlyFile && SqlDialect::isReadOnlyError(openError))
            return R::failure(readOnlyMessage);
        return R::failure(tr("Basis data %1 tidak dapat dibuka: %2").arg(path, SqlDialect::errorMessage(openError)));
    }

    QSqlError versionError;
    const Result<int> stored = SqlDialect::schemaVersion(database->m_db, &versionError);
    if (!stored) {
        if (readOnlyFile && SqlDialect::isReadOnlyError(versionError))
            return R::failure(readOnlyMessage);
        const int code = SqlDialect::primaryCode(versionError);
        if (code == SQLITE_NOTADB)
            return R::failure(tr("Berkas %1 bukan basis data Loket (bukan berkas SQLite). Berkas itu tidak diubah.").arg(path));
        return R::failure(tr("Berkas %1 bukan basis data Loket yang dapat dibaca: %2").arg(path, stored.error()));
    }
    const int version = stored.value();
    if (version > latest)
        return R::failure(tr("Basis data %1 dibuat oleh versi Loket yang lebih baru (skema %2, versi ini mengenal sampai %3). "
                             "Perbarui Loket; berkas itu tidak diubah.")
                              .arg(path)
                              .arg(version)
                              .arg(latest));
    if (const Status configured = SqlDialect::configureConnection(database->m_db, access); !configured)
        return R::failure(readOnlyFile ? readOnlyMessage : tr("Basis data %1 tidak dapat disiapkan: %2").arg(path, configured.error()));

    if (mode == Mode::Open && version < (upToVersion >= 0 ? std::min(upToVersion, latest) : latest)) {
        if (readOnlyFile)
            return R::failure(readOnlyMessage + QLatin1Char(' ') + tr("Berkas itu perlu diperbarui ke skema %1.").arg(latest));
        if (const Status migrated = database->migrate(upToVersion); !migrated)
            return R::failure(migrated.error());
    }
    // An immutable connection holds no locks: nothing for the guard to check.
    LiveFiles::acquire(path, !immutable && SqlDialect::usesWal(database->m_db));
    database->m_registered = true;
    return R(std::move(database));
}

int Database::schemaVersion() const
{
    const Result<int> version = SqlDialect::schemaVersion(m_db);
    return version ? version.value() : -1;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location, Mode mode, int upToVersion)
{
    using R = Result<std::unique_ptr<Database>>;
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address)
        return R::failure(address.error());
    const QString shown = address.value().display();
    const int latest = latestSchemaVersion();
    const QString name = QStringLiteral("loket-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(shown, name, mode));
    database->m_server = true;
    database->m_conninfo = address.value().conninfo();
    if (!QSqlDatabase::isDriverAvailable(PgDialect::driverName()))
        return R::failure(tr("Loket tidak dapat memakai server PostgreSQL di PC ini: pemacu Qt untuk PostgreSQL belum terpasang "
                             "(paket libqt6sql6-psql)."));
    database->m_db = QSqlDatabase::addDatabase(PgDialect::driverName(), name);
    database->m_db.setConnectOptions(address.value().connectOptions());
    if (!database->m_db.open())
        return R::failure(tr("Server basis data %1 tidak dapat dihubungi: %2").arg(shown, PgDialect::serverRefusal(address.value())));
    const bool readOnly = mode == Mode::Inspect;
    if (const Status configured = SqlDialect::configureConnection(database->m_db, readOnly ? SqlDialect::Access::ReadOnly
                                                                                           : SqlDialect::Access::ReadWrite);
        !configured)
        return R::failure(tr("Basis data %1 tidak dapat disiapkan: %2").arg(shown, configured.error()));
    const Result<int> stored = SqlDialect::schemaVersion(database->m_db);
    if (!stored)
        return R::failure(tr("Basis data %1 tidak dapat dipakai: %2").arg(shown, stored.error()));
    if (stored.value() > latest)
        return R::failure(newerSchemaMessage(shown, stored.value(), latest));
    if (stored.value() == 0 && readOnly)
        return R::failure(tr("Basis data %1 masih kosong: belum ada data Loket di sana.").arg(shown));
    if (!readOnly && stored.value() < (upToVersion >= 0 ? std::min(upToVersion, latest) : latest))
        if (const Status migrated = database->migrate(upToVersion); !migrated)
            return R::failure(migrated.error());
    return R(std::move(database));
}

bool Database::isConnected() const
{
    return !m_server || PgDialect::isConnected(m_db);
}

Status Database::reconnect()
{
    if (!m_server)
        return Status::success();
    SqlQuery::forgetConnection(m_connectionName); // they belonged to the lost connection
    m_db.close();
    if (!m_db.open()) {
        const Result<ServerAddress> address = ServerAddress::parse(m_conninfo);
        return Status::failure(tr("Server basis data %1 tidak dapat dihubungi: %2")
                                   .arg(m_path, address ? PgDialect::serverRefusal(address.value()) : PgDialect::unreachableMessage()));
    }
    const auto access = m_mode == Mode::Inspect ? SqlDialect::Access::ReadOnly : SqlDialect::Access::ReadWrite;
    if (const Status configured = SqlDialect::configureConnection(m_db, access); !configured) {
        m_db.close();
        return Status::failure(tr("Basis data %1 tidak dapat disiapkan: %2").arg(m_path, configured.error()));
    }
    return Status::success();
}

Status Database::migrate(int upToVersion)
{
    const int latest = upToVersion >= 0 ? std::min(upToVersion, latestSchemaVersion()) : latestSchemaVersion();
    // On a server set up by `loket server setup` the desks' role may not change the schema:
    // the office's IT brings it forward (setup again, as the owner) before the desks move on.
    if (m_server && schemaVersion() > 0 && schemaVersion() < latest) {
        QSqlQuery may(m_db);
        if (may.exec(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')")) && may.next() && !may.value(0).toBool())
            return Status::failure(tr("Basis data %1 di server masih memakai skema versi %2, dan Loket versi ini memerlukan versi %3. "
                                      "Akun meja layanan tidak boleh memperbarui skema: petugas TI perlu memperbaruinya dulu di server "
                                      "(\"loket server setup\" sekali lagi, lihat docs/server.md), lalu buka Loket kembali. Tidak ada yang diubah.")
                                       .arg(m_path)
                                       .arg(schemaVersion())
                                       .arg(latest));
    }
    for (int version = schemaVersion() + 1; version <= latest; ++version) {
        QFile file(migrationResource(version, m_server));
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(tr("Migrasi %1 tidak ditemukan.").arg(version));
        const QByteArray script = file.readAll();

        if (const Status begun = SqlDialect::beginWrite(m_db); !begun)
            return Status::failure(tr("Migrasi %1 tidak dapat dimulai: %2").arg(version).arg(begun.error()));
        // Another desk may have migrated while this one waited for the write lock.
        if (schemaVersion() >= version) {
            m_db.commit();
            continue;
        }
        Status applied = SqlDialect::executeScript(m_db, script);
        if (applied)
            applied = SqlDialect::setSchemaVersion(m_db, version);
        if (!applied) {
            m_db.rollback();
            return Status::failure(tr("Migrasi %1 gagal dan dibatalkan: %2").arg(version).arg(applied.error()));
        }
        if (!m_db.commit()) {
            const QString commitError = SqlDialect::errorMessage(m_db.lastError());
            m_db.rollback();
            return Status::failure(tr("Migrasi %1 gagal disimpan: %2").arg(version).arg(commitError));
        }
    }
    return Status::success();
}

QStringList Database::integrityProblems(qint64 quickAbove) const
{
    const bool quick = !m_server && QFileInfo(m_path).size() > quickAbove;
    // A check that cannot run is a problem as well: the file is not known to be healthy.
    const Result<QStringList> damage = SqlDialect::integrityProblems(m_db, quick);
    if (!damage)
        return {damage.error()};
    const Result<QStringList> links = SqlDialect::foreignKeyProblems(m_db);
    return damage.value() + (links ? links.value() : QStringList{links.error()});
}
