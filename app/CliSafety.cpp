// Data-safety commands: backup and restore.
#include "CliContext.h"

#include "backup/Backup.h"
#include "storage/LiveFiles.h"

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
    // A database on a server is not Loket's to copy into a file (yet): said before
    // anything is opened, and no folder is made.
    if (const Status supported = Backup::supports(ctx.dbPath); !supported)
        return ctx.fail(supported.error());
    // Refused before anything is opened: the folder of --out must exist (only the
    // rotation makes its own folders), and it is never the live database.
    if (out) {
        if (const Status target = LiveFiles::checkUserTarget(*out); !target)
            return ctx.fail(CliTr::tr("Cadangan tidak dibuat: %1").arg(target.error()));
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
    if (ifDue && !Backup::daily(rotation).due) {
        ctx.out << CliTr::tr("Cadangan hari ini sudah ada: %1").arg(Backup::latest(rotation)) << Qt::endl;
        return 0;
    }
    const Result<QString> written = Backup::rotate(**db, rotation);
    if (!written)
        return ctx.fail(written.error());
    ctx.out << CliTr::tr("Cadangan ditulis: %1").arg(written.value()) << Qt::endl;
    return 0;
}

int cmdRestore(CliContext &ctx)
{
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty())
        return ctx.usage(ctx.args.error());
    if (rest.size() != 1)
        return ctx.usage(CliTr::tr("Pemakaian: loket restore BERKAS-CADANGAN [--db BERKAS]"));
    const Result<QString> aside = Backup::restore(rest.first(), ctx.dbPath);
    if (!aside)
        return ctx.fail(aside.error());
    ctx.out << CliTr::tr("Basis data %1 dipulihkan dari %2.").arg(ctx.dbPath, rest.first()) << Qt::endl;
    if (!aside->isEmpty())
        ctx.out << CliTr::tr("Berkas yang diganti disimpan sebagai %1.").arg(aside.value()) << Qt::endl;
    return 0;
}

} // namespace

QList<CliCommand> safetyCommands()
{
    return {
        {"backup", QT_TRANSLATE_NOOP("Cli", "backup [--out BERKAS] [--folder FOLDER] [--if-due]   cadangan basis data (harian/bulanan dirotasi;\n"
                                            "                        --if-due: hanya bila cadangan hari ini belum ada)"), cmdBackup},
        {"restore", QT_TRANSLATE_NOOP("Cli", "restore BERKAS        memulihkan dari cadangan setelah memeriksanya"), cmdRestore},
    };
}
