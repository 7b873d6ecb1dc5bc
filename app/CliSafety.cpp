// Data-safety commands: backup, restore, and migrate (a whole database into an empty one).
#include "CliContext.h"

#include "backup/Backup.h"
#include "backup/ServerBackup.h"
#include "events/EventLog.h"
#include "storage/DatabaseCopy.h"
#include "storage/LiveFiles.h"
#include "storage/ServerAddress.h"

#include <QFile>
#include <QFileInfo>

namespace {

int cmdBackup(CliContext &ctx)
{
    const std::optional<QString> out = ctx.args.option(QStringLiteral("--out"));
    const std::optional<QString> folder = ctx.args.option(QStringLiteral("--folder"));
    const bool ifDue = ctx.args.flag(QStringLiteral("--if-due"));
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || !rest.isEmpty())
        return ctx.rejectRest(rest);
    if (ifDue && out)
        return ctx.usage(CliTr::tr("--if-due berlaku untuk cadangan harian, tidak untuk --out."));
    // A database on a server is backed up with pg_dump (ServerBackup), a file by a copy.
    const bool server = ServerAddress::isServer(ctx.dbPath);
    const Backup::Format format = server ? Backup::Format::ServerDump : Backup::Format::File;
    // Refused before anything is opened: the folder of --out must exist (only the
    // rotation makes its own folders), and it is never the live database.
    if (out) {
        if (const Status target = LiveFiles::checkUserTarget(*out); !target)
            return ctx.fail(CliTr::tr("Cadangan tidak dibuat: %1").arg(target.error()));
    }
    if (server && out) {
        if (const Status s = ServerBackup::create(ctx.dbPath, *out); !s)
            return ctx.fail(s.error());
        ctx.out << CliTr::tr("Cadangan ditulis: %1").arg(*out) << Qt::endl;
        return 0;
    }
    // A backup only reads: a read-only database (or one in a read-only folder) is
    // copied all the same, and never migrated or written.
    const Result<Database *> db = ctx.database(CliContext::Access::Read);
    if (!db)
        return ctx.fail(db.error());
    if (out) {
        if (const Status s = Backup::create(**db, *out); !s)
            return ctx.fail(s.error());
        ctx.out << CliTr::tr("Cadangan ditulis: %1").arg(*out) << Qt::endl;
        return 0;
    }
    const QString rotation = folder.value_or(Backup::folderFor(**db));
    // For a scheduled task: the same daily rule as the window's.
    if (ifDue && !rotation.isEmpty() && !Backup::daily(rotation, format).due) {
        ctx.out << CliTr::tr("Cadangan hari ini sudah ada: %1").arg(Backup::latest(rotation, format)) << Qt::endl;
        return 0;
    }
    const Result<QString> written = server ? ServerBackup::rotate(ctx.dbPath, rotation) : Backup::rotate(**db, rotation);
    if (!written)
        return ctx.fail(written.error());
    ctx.out << CliTr::tr("Cadangan ditulis: %1").arg(written.value()) << Qt::endl;
    return 0;
}

// The rows per table and their sum, as `loket migrate` and the server restore print them.
void printRowCounts(CliContext &ctx, const QString &heading, const QList<std::pair<QString, qint64>> &rows, qint64 total)
{
    qsizetype width = CliTr::tr("Jumlah").size();
    for (const auto &[table, count] : rows)
        width = std::max(width, table.size());
    ctx.out << heading << Qt::endl;
    for (const auto &[table, count] : rows)
        ctx.out << QStringLiteral("  ") << table.leftJustified(width) << QStringLiteral("  ") << QString::number(count).rightJustified(9)
                << Qt::endl;
    ctx.out << QStringLiteral("  ") << CliTr::tr("Jumlah").leftJustified(width) << QStringLiteral("  ")
            << QString::number(total).rightJustified(9) << Qt::endl;
}

// `loket restore ARCHIVE --db SERVER`: pg_restore into a new database, checked as `loket
// check` checks, then swapped in under the original's name (ServerBackup::restore).
int restoreOnServer(CliContext &ctx, const QString &archive)
{
    const Result<ServerBackup::Restored> restored = ServerBackup::restore(
        archive, ctx.dbPath,
        [&ctx](Database &db) {
            return checkDatabase(ctx, db) == 0 ? Status::success()
                                               : Status::failure(CliTr::tr("basis data hasil pemulihan tidak lolos pemeriksaan (lihat di atas)."));
        },
        [&ctx](const QString &step) { ctx.out << step << Qt::endl; });
    if (!restored)
        return ctx.fail(restored.error());
    printRowCounts(ctx, CliTr::tr("Baris per tabel (arsip = hasil pemulihan):"), restored->rows, restored->total);
    const Result<Database *> db = ctx.database(CliContext::Access::Read);
    if (!db)
        return ctx.fail(db.error());
    const Result<QString> hash = EventLog((*db)->connection()).lastHash();
    if (!hash)
        return ctx.fail(hash.error());
    ctx.out << CliTr::tr("Hash kejadian terakhir: %1").arg(hash->isEmpty() ? CliTr::tr("(belum ada kejadian)") : hash.value()) << Qt::endl
            << CliTr::tr("Basis data %1 dipulihkan dari %2 dan diperiksa; alamat PC loket tetap sama.").arg(restored->database, archive)
            << Qt::endl
            << CliTr::tr("Basis data sebelumnya disimpan di server sebagai %1 (hapus dengan \"dropdb %1\" bila sudah tidak diperlukan).")
                   .arg(restored->aside)
            << Qt::endl;
    return 0;
}

int cmdRestore(CliContext &ctx)
{
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty())
        return ctx.usage(ctx.args.error());
    if (rest.size() != 1)
        return ctx.usage(CliTr::tr("Pemakaian: loket restore BERKAS-CADANGAN [--db BERKAS]"));
    if (ServerAddress::isServer(ctx.dbPath))
        return restoreOnServer(ctx, rest.first());
    const Result<QString> aside = Backup::restore(rest.first(), ctx.dbPath);
    if (!aside)
        return ctx.fail(aside.error());
    ctx.out << CliTr::tr("Basis data %1 dipulihkan dari %2.").arg(ctx.dbPath, rest.first()) << Qt::endl;
    if (!aside->isEmpty())
        ctx.out << CliTr::tr("Berkas yang diganti disimpan sebagai %1.").arg(aside.value()) << Qt::endl;
    return 0;
}

// Whether --from and --to name the same database (as far as the names tell).
bool sameLocation(const QString &a, const QString &b)
{
    if (ServerAddress::isServer(a) || ServerAddress::isServer(b))
        return a.trimmed() == b.trimmed();
    const QFileInfo first(a), second(b);
    return first.absoluteFilePath() == second.absoluteFilePath()
           || (first.exists() && first.canonicalFilePath() == second.canonicalFilePath());
}

// A file made by this command for a copy that then failed: removed with its side files,
// so that a failed migrate leaves nothing behind (a server's schema stays, migrated and empty).
void removeCreated(const QString &file)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(file + QLatin1String(suffix));
}

// `loket migrate --from FILE --to LOCATION`: the one-PC office's file onto the office
// server (or any Loket database into an empty one). The source is only read; the target
// is created or migrated, must hold no record, and gets every row (DatabaseCopy); then
// the target is checked as `loket check` checks it, and the last event's hash on both
// sides compared. Exit 0 only when the check passes and the hashes agree.
int cmdMigrate(CliContext &ctx)
{
    const std::optional<QString> from = ctx.args.option(QStringLiteral("--from"));
    const std::optional<QString> to = ctx.args.option(QStringLiteral("--to"));
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || !rest.isEmpty())
        return ctx.rejectRest(rest);
    if (!from || !to || from->trimmed().isEmpty() || to->trimmed().isEmpty())
        return ctx.usage(CliTr::tr("Pemakaian: loket migrate --from BERKAS --to BASISDATA (basis data tujuan harus kosong)"));
    if (sameLocation(*from, *to))
        return ctx.usage(CliTr::tr("--from dan --to menunjuk basis data yang sama."));

    // Read-only: the source stays byte for byte as it is, and is never created or migrated.
    if (!ServerAddress::isServer(*from) && !QFileInfo::exists(*from))
        return ctx.fail(CliTr::tr("Basis data sumber %1 tidak ada; periksa --from.").arg(*from));
    auto source = Database::open(*from, Database::Mode::Inspect);
    if (!source)
        return ctx.fail(source.error());
    const bool newFile = !ServerAddress::isServer(*to) && !QFileInfo::exists(*to);
    auto target = Database::open(*to, Database::Mode::Open);
    if (!target)
        return ctx.fail(target.error());
    Database &src = *source.value();
    Database &dst = *target.value();

    ctx.out << CliTr::tr("Menyalin %1 ke %2 ...").arg(src.path(), dst.path()) << Qt::endl;
    const Result<DatabaseCopy::Summary> copied = DatabaseCopy::copy(src, dst);
    if (!copied) {
        target.value().reset();
        if (newFile)
            removeCreated(*to);
        return ctx.fail(copied.error());
    }

    printRowCounts(ctx, CliTr::tr("Baris yang disalin:"), copied->rows, copied->total);

    // The same checks as `loket check`, on the target as it now is.
    const int checked = checkDatabase(ctx, dst);

    // Read after the copy: an event the source gained meanwhile shows as a difference.
    const Result<QString> sourceHash = EventLog(src.connection()).lastHash();
    if (!sourceHash)
        return ctx.fail(sourceHash.error());
    const Result<QString> targetHash = EventLog(dst.connection()).lastHash();
    if (!targetHash)
        return ctx.fail(targetHash.error());
    const QString none = CliTr::tr("(belum ada kejadian)");
    const bool same = sourceHash.value() == targetHash.value();
    ctx.out << CliTr::tr("Hash kejadian terakhir di sumber: %1").arg(sourceHash->isEmpty() ? none : sourceHash.value()) << Qt::endl
            << CliTr::tr("Hash kejadian terakhir di tujuan: %1").arg(targetHash->isEmpty() ? none : targetHash.value()) << Qt::endl
            << (same ? CliTr::tr("Hash sama: ya") : CliTr::tr("Hash sama: TIDAK")) << Qt::endl;
    if (checked != 0 || !same)
        return ctx.fail(CliTr::tr("Pemindahan tidak lulus pemeriksaan: %1. Jangan pakai basis data tujuan %2; basis data sumber tidak diubah.")
                            .arg(checked != 0 ? CliTr::tr("basis data tujuan tidak lolos pemeriksaan")
                                              : CliTr::tr("riwayat kejadian di tujuan tidak sama dengan di sumber"),
                                 dst.path()));
    ctx.out << CliTr::tr("Pemindahan selesai: %1 baris disalin dan diperiksa. Basis data sumber tidak diubah.").arg(copied->total)
            << Qt::endl;
    return 0;
}

} // namespace

QList<CliCommand> safetyCommands()
{
    return {
        {"backup", QT_TRANSLATE_NOOP("Cli", "backup [--out BERKAS] [--folder FOLDER] [--if-due]   cadangan basis data (harian/bulanan dirotasi;\n"
                                            "                        --if-due: hanya bila cadangan hari ini belum ada; server: arsip pg_dump)"), cmdBackup},
        {"restore", QT_TRANSLATE_NOOP("Cli", "restore BERKAS        memulihkan dari cadangan setelah memeriksanya (server: arsip pg_dump\n"
                                             "                        ke basis data baru, diperiksa, lalu menggantikan yang lama)"), cmdRestore},
        {"migrate", QT_TRANSLATE_NOOP("Cli", "migrate --from BERKAS --to BASISDATA   menyalin seluruh isi berkas ke basis data kosong\n"
                                             "                        (biasanya server PostgreSQL kantor), lalu memeriksanya;\n"
                                             "                        berkas sumber tidak diubah"), cmdMigrate},
    };
}
