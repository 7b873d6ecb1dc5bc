#include "backup/ServerBackup.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/ServerConnection.h"
#include "storage/ServerDatabases.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

// The version a PostgreSQL program reports: "pg_dump (PostgreSQL) 15.18 (Debian ...)".
std::optional<ServerBackup::Tool> probe(const QString &path)
{
    QProcess p;
    p.start(path, {QStringLiteral("--version")});
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    static const QRegularExpression version(QStringLiteral("\\(PostgreSQL\\) (\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = version.match(QString::fromUtf8(p.readAllStandardOutput()));
    if (!m.hasMatch())
        return std::nullopt;
    return ServerBackup::Tool{path, m.captured(1).toInt(), m.captured(2).toInt()};
}

// Why a tool failed, in Indonesian, from what it wrote (its own text goes to the log).
QString toolFailure(const QString &name, int exitCode, const QString &technical)
{
    qCWarning(lcStorage, "%s: %s", qUtf8Printable(name), qUtf8Printable(technical));
    if (technical.contains(QLatin1String("permission denied")))
        return ServerBackup::tr("%1 ditolak server: akun ini tidak boleh membaca atau membuat semua bagian basis data itu (hak akses).")
            .arg(name);
    if (technical.contains(QLatin1String("No space left")))
        return ServerBackup::tr("%1 gagal: disk penuh.").arg(name);
    if (technical.contains(QLatin1String("password")))
        return ServerBackup::tr("%1 tidak dapat masuk ke server: sandinya tidak ada di ~/.pgpass atau ditolak.").arg(name);
    if (technical.contains(QLatin1String("input file")) || technical.contains(QLatin1String("archive")))
        return ServerBackup::tr("%1 tidak dapat membaca arsip itu (rusak, terpotong, atau dibuat pg_dump yang lebih baru).").arg(name);
    return ServerBackup::tr("%1 gagal (kode keluar %2). Jalankan lagi dengan LOKET_DEBUG=1 untuk rincian teknisnya.").arg(name).arg(exitCode);
}

Status runTool(const ServerBackup::Tool &tool, const QStringList &args)
{
    const QString name = QFileInfo(tool.path).fileName();
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(tool.path, args);
    if (!p.waitForStarted(10000))
        return Status::failure(ServerBackup::tr("%1 tidak dapat dijalankan.").arg(tool.path));
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Status::failure(toolFailure(name, p.exitCode(), QString::fromUtf8(p.readAllStandardError())));
    return Status::success();
}

// The rows of each table in an archive, as pg_restore writes its data out (one line a
// row in COPY's text form, a row's own line breaks written as \n).
Result<QList<std::pair<QString, qint64>>> archiveRows(const ServerBackup::Tool &tool, const QString &archive)
{
    using R = Result<QList<std::pair<QString, qint64>>>;
    QProcess p;
    p.start(tool.path, {QStringLiteral("--data-only"), QStringLiteral("--file=-"), archive});
    if (!p.waitForStarted(10000))
        return R::failure(ServerBackup::tr("%1 tidak dapat dijalankan.").arg(tool.path));
    QList<std::pair<QString, qint64>> rows;
    bool inCopy = false;
    static const QRegularExpression copy(QStringLiteral("^COPY (\\S+) (?:\\(.*\\) )?FROM stdin;$"));
    auto consume = [&](const QByteArray &raw) {
        const QByteArray line = raw.endsWith('\n') ? raw.chopped(1) : raw;
        if (inCopy) {
            if (line == "\\.")
                inCopy = false;
            else
                ++rows.last().second;
        } else if (line.startsWith("COPY ")) {
            const QRegularExpressionMatch m = copy.match(QString::fromUtf8(line));
            if (m.hasMatch()) {
                rows.append({m.captured(1), 0});
                inCopy = true;
            }
        }
    };
    for (;;) {
        while (p.canReadLine())
            consume(p.readLine());
        if (p.state() == QProcess::NotRunning)
            break;
        p.waitForReadyRead(1000);
    }
    while (p.canReadLine())
        consume(p.readLine());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return R::failure(toolFailure(QStringLiteral("pg_restore"), p.exitCode(), QString::fromUtf8(p.readAllStandardError())));
    return rows;
}

QString stamp()
{
    return Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd_HHmm"));
}

} // namespace

Result<ServerBackup::Tool> ServerBackup::findTool(const QString &name)
{
    QStringList candidates;
    const QString only = qEnvironmentVariable("LOKET_PG_BIN");
    if (!only.isEmpty()) {
        candidates << QDir(only).filePath(name);
    } else {
        if (const QString onPath = QStandardPaths::findExecutable(name); !onPath.isEmpty())
            candidates << onPath;
        for (const QString &version : QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            candidates << QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(version, name);
    }
    std::optional<Tool> best;
    for (const QString &path : std::as_const(candidates)) {
        if (!QFileInfo(path).isExecutable())
            continue;
        const std::optional<Tool> tool = probe(path);
        if (tool && (!best || std::pair(tool->major, tool->minor) > std::pair(best->major, best->minor)))
            best = tool;
    }
    if (!best)
        return Result<Tool>::failure(only.isEmpty() ? tr("%1 tidak ditemukan di komputer ini. Pasang paket postgresql-client-15 (sudo apt "
                                                         "install postgresql-client-15), lalu ulangi.")
                                                          .arg(name)
                                                    : tr("%1 tidak ditemukan di folder %2 (LOKET_PG_BIN).").arg(name, only));
    return best.value();
}

Result<ServerBackup::Tool> ServerBackup::toolFor(const QString &name, int serverMajor)
{
    Result<Tool> tool = findTool(name);
    if (tool && tool->major < serverMajor)
        return Result<Tool>::failure(tr("%1 di komputer ini versi %2, lebih lama dari server PostgreSQL %3, sehingga tidak dapat dipakai. "
                                        "Pasang paket postgresql-client-%3, lalu ulangi.")
                                         .arg(tool->path)
                                         .arg(tool->major)
                                         .arg(serverMajor));
    return tool;
}

bool ServerBackup::isArchive(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "PGDMP";
}

Status ServerBackup::create(const QString &location, const QString &target)
{
    auto conn = ServerConnection::open(location);
    if (!conn)
        return Status::failure(conn.error());
    const Result<Tool> dump = toolFor(QStringLiteral("pg_dump"), conn.value()->serverVersion() / 10000);
    if (!dump)
        return Status::failure(dump.error());
    const QString address = conn.value()->locationOf(conn.value()->database());
    conn.value().reset();
    return Backup::write(target, [&](const QString &partial) {
        return runTool(dump.value(), {QStringLiteral("--format=custom"), QStringLiteral("--file=") + partial,
                                      QStringLiteral("--dbname=") + address});
    });
}

Result<QString> ServerBackup::rotate(const QString &location, const QString &folder, int keepDaily, int keepMonthly)
{
    if (folder.trimmed().isEmpty())
        return Result<QString>::failure(tr("Folder cadangan untuk basis data di server belum diatur: tulis --folder FOLDER, atau atur "
                                           "folder cadangan di Administrasi › Cadangan. Tidak ada yang dicadangkan."));
    return Backup::rotateWith([&location](const QString &target) { return create(location, target); }, folder, keepDaily, keepMonthly,
                              Backup::Format::ServerDump);
}

Result<ServerBackup::Restored> ServerBackup::restore(const QString &archive, const QString &location,
                                                     const std::function<Status(Database &)> &check,
                                                     const std::function<void(const QString &)> &say)
{
    using R = Result<Restored>;
    const QString unchanged = tr("Basis data di server tidak diubah.");
    if (!QFileInfo(archive).isFile())
        return R::failure(tr("Arsip %1 tidak ditemukan.").arg(archive));
    if (!isArchive(archive))
        return R::failure(tr("%1 bukan arsip pg_dump (format custom, -Fc), jadi tidak dapat dipulihkan ke server. Cadangan server dibuat "
                             "dengan \"loket backup --db ALAMAT\" (berkas .dump). %2")
                              .arg(archive, unchanged));

    // The database's own name, as the server resolves the address; the work is done from
    // another database of the server (one cannot rename a database one is connected to).
    Restored done;
    done.archive = archive;
    {
        auto original = ServerConnection::open(location);
        if (!original)
            return R::failure(original.error());
        done.database = original.value()->database();
    }
    auto opened = ServerConnection::open(location, QStringLiteral("postgres"));
    if (!opened)
        opened = ServerConnection::open(location, QStringLiteral("template1"));
    if (!opened)
        return R::failure(opened.error());
    ServerConnection &conn = *opened.value();
    const Result<bool> may = ServerDatabases::mayCreate(conn);
    if (!may)
        return R::failure(may.error());
    if (!may.value())
        return R::failure(tr("Pemulihan membuat basis data baru di server, jadi memerlukan akun yang boleh membuat basis data. Jalankan di "
                             "server sebagai postgres: sudo -u postgres loket restore %1 --db postgresql:///%2. %3")
                              .arg(archive, done.database, unchanged));
    const Result<Tool> tool = toolFor(QStringLiteral("pg_restore"), conn.serverVersion() / 10000);
    if (!tool)
        return R::failure(tool.error());
    auto refuseIfBusy = [&]() -> Status {
        const Result<ServerDatabases::Sessions> others = ServerDatabases::others(conn, done.database);
        if (!others)
            return Status::failure(others.error());
        return others->count > 0 ? Status::failure(ServerDatabases::busyMessage(done.database, others.value())) : Status::success();
    };
    if (const Status idle = refuseIfBusy(); !idle)
        return R::failure(idle.error());

    say(tr("Membaca arsip %1 ...").arg(archive));
    const auto inArchive = archiveRows(tool.value(), archive);
    if (!inArchive)
        return R::failure(inArchive.error() + QLatin1Char(' ') + unchanged);
    const bool loket = std::any_of(inArchive->cbegin(), inArchive->cend(),
                                   [](const auto &t) { return t.first.endsWith(QLatin1String(".schema_version")); });
    if (!loket)
        return R::failure(tr("Arsip %1 tidak memuat data Loket (tidak ada tabel schema_version). %2").arg(archive, unchanged));

    const QString when = stamp();
    const Result<QString> fresh = ServerDatabases::freeName(conn, done.database, QStringLiteral("_pulih_") + when);
    if (!fresh)
        return R::failure(fresh.error());
    const QString restored = fresh.value();
    say(tr("Memulihkan ke basis data baru %1 ...").arg(restored));
    if (const Status made = ServerDatabases::createLike(conn, restored, done.database); !made)
        return R::failure(made.error() + QLatin1Char(' ') + unchanged);
    // From here on, a failure drops the new database and leaves the original as it was.
    auto failed = [&](const QString &why) {
        const Status dropped = ServerDatabases::drop(conn, restored);
        return R::failure(tr("Pemulihan dibatalkan: %1 Basis data %2 tidak diubah; %3").arg(why, done.database,
                                                                                              dropped ? tr("basis data baru %1 dihapus lagi.").arg(restored)
                                                                                                      : tr("basis data baru %1 tidak dapat dihapus: %2")
                                                                                                            .arg(restored, dropped.error())));
    };
    const QString restoredAddress = conn.locationOf(restored);
    if (const Status s = runTool(tool.value(), {QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"),
                                                QStringLiteral("--dbname=") + restoredAddress, archive});
        !s)
        return failed(s.error());

    say(tr("Menghitung baris per tabel ..."));
    {
        auto inRestored = ServerConnection::open(location, restored);
        if (!inRestored)
            return failed(inRestored.error());
        for (const auto &[table, rows] : inArchive.value()) {
            const Result<qint64> counted = ServerDatabases::countRows(*inRestored.value(), table);
            if (!counted)
                return failed(counted.error());
            if (counted.value() != rows)
                return failed(tr("tabel %1 berisi %2 baris di arsip, tetapi %3 baris setelah dipulihkan.").arg(table).arg(rows).arg(counted.value()));
            done.rows.append({table, rows});
            done.total += rows;
        }
    }
    say(tr("Memeriksa basis data %1 ...").arg(restored));
    {
        auto restoredDb = Database::open(restoredAddress, Database::Mode::Inspect);
        if (!restoredDb)
            return failed(restoredDb.error());
        if (const Status checked = check(*restoredDb.value()); !checked)
            return failed(checked.error());
    }

    // The switch: the original aside, the restored one under its name.
    if (const Status idle = refuseIfBusy(); !idle)
        return failed(idle.error());
    const Result<QString> aside = ServerDatabases::freeName(conn, done.database, QStringLiteral("_lama_") + when);
    if (!aside)
        return failed(aside.error());
    if (const Status moved = ServerDatabases::rename(conn, done.database, aside.value()); !moved) {
        if (conn.lastSqlState() == QLatin1String("55006")) {
            const Result<ServerDatabases::Sessions> others = ServerDatabases::others(conn, done.database);
            return failed(others ? ServerDatabases::busyMessage(done.database, others.value()) : others.error());
        }
        return failed(moved.error());
    }
    if (const Status moved = ServerDatabases::rename(conn, restored, done.database); !moved) {
        const Status back = ServerDatabases::rename(conn, aside.value(), done.database);
        if (!back)
            return R::failure(tr("Basis data hasil pemulihan tidak dapat diberi nama %1 (%2), dan basis data lama tidak dapat dikembalikan "
                                 "dari %3 (%4). Beri nama kembali dengan: ALTER DATABASE %3 RENAME TO %1.")
                                  .arg(done.database, moved.error(), aside.value(), back.error()));
        return failed(moved.error());
    }
    done.aside = aside.value();
    return done;
}
