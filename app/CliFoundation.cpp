// Foundation commands: init, check, catalog, and server setup (the rules are core's ServerSetup).
#include "CliContext.h"

#include "calendar/CalendarStore.h"
#include "applications/CatalogImport.h"
#include "catalog/CatalogStore.h"
#include "catalog/ServiceCatalog.h"
#include "events/EventLog.h"
#include "storage/LiveFiles.h"
#include "storage/ServerSetup.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <termios.h>
#include <unistd.h>

namespace {


int cmdInit(CliContext &ctx)
{
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || !rest.isEmpty())
        return ctx.rejectRest(rest);
    const Result<Database *> db = ctx.createDatabase();
    if (!db)
        return ctx.fail(db.error());
    CatalogStore catalogs(**db);
    if (const Status s = catalogs.ensureSeeded(); !s)
        return ctx.fail(s.error());
    ctx.out << CliTr::tr("Basis data siap: %1 (versi skema %2)").arg((*db)->path()).arg((*db)->schemaVersion()) << Qt::endl;
    return 0;
}

int cmdCheck(CliContext &ctx)
{
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || !rest.isEmpty())
        return ctx.rejectRest(rest);
    const Result<Database *> opened = ctx.database(CliContext::Access::Read);
    if (!opened)
        return ctx.fail(opened.error());
    return checkDatabase(ctx, *opened.value());
}

// A table with a header and a rule, each column as wide as its widest cell.
void printTable(CliContext &ctx, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        qsizetype w = headers.at(c).size();
        for (const QStringList &r : rows)
            w = std::max(w, r.at(c).size());
        widths << w;
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += (c ? QStringLiteral("  ") : QString()) + (c + 1 < cells.size() ? cells.at(c).leftJustified(widths.at(c)) : cells.at(c));
        ctx.out << text << Qt::endl;
    };
    line(headers);
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const QStringList &r : rows)
        line(r);
}

// `loket catalog import FILE --effective YYYY-MM-DD [--regulation TEXT]` (Pasal 9).
int cmdCatalogImport(CliContext &ctx, const QString &path, const std::optional<QString> &effective, const std::optional<QString> &regulation)
{
    if (!effective)
        return ctx.usage(CliTr::tr("Sebutkan sejak kapan katalog berlaku: --effective TTTT-BB-HH (misalnya --effective 2027-01-01)."));
    CatalogImport::Request import;
    import.effectiveFrom = QDate::fromString(*effective, Qt::ISODate);
    if (!import.effectiveFrom.isValid())
        return ctx.usage(CliTr::tr("--effective %1 bukan tanggal: tulis TTTT-BB-HH, misalnya 2027-01-01.").arg(*effective));
    import.regulation = regulation.value_or(QString());
    import.source = QFileInfo(path).fileName();
    const Result<QByteArray> read = LiveFiles::readUserFile(path, CatalogImport::kMaxBytes);
    if (!read)
        return ctx.fail(read.error());
    import.json = read.value();
    const Result<Database *> db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    CatalogStore store(**db);
    const Result<int> id = CatalogImport(**db).run(commandLineActor(), import);
    if (!id)
        return ctx.fail(id.error());
    const Result<QList<CatalogVersionInfo>> history = store.history(true);
    if (!history)
        return ctx.fail(history.error());
    for (const CatalogVersionInfo &v : history.value())
        if (v.id == id.value())
            ctx.out << CliTr::tr("Disimpan: %1 (%2 layanan).").arg(CatalogStore::describe(v)).arg(v.services) << Qt::endl;
    const Result<int> inForce = store.currentVersion(CalendarStore(**db).today());
    if (!inForce)
        return ctx.fail(inForce.error());
    if (inForce.value() != id.value())
        ctx.out << CliTr::tr("Hari ini masih berlaku katalog versi %1; versi %2 dipakai mulai tanggal berlakunya.").arg(inForce.value()).arg(id.value())
                << Qt::endl;
    return 0;
}

// `loket catalog --history`: every version, the one in force marked.
int cmdCatalogHistory(CliContext &ctx)
{
    const Result<Database *> db = ctx.database(CliContext::Access::Read);
    if (!db)
        return ctx.fail(db.error());
    CatalogStore store(**db);
    const Result<QList<CatalogVersionInfo>> history = store.history(true);
    if (!history)
        return ctx.fail(history.error());
    const Result<int> inForce = store.currentVersion(CalendarStore(**db).today());
    if (!inForce)
        return ctx.fail(inForce.error());
    const QStringList headers = {CliTr::tr("Versi"), CliTr::tr("Berlaku sejak"), CliTr::tr("Peraturan"), CliTr::tr("Diimpor oleh"),
                                 CliTr::tr("Disimpan"), CliTr::tr("Layanan")};
    QList<QStringList> rows;
    for (const CatalogVersionInfo &v : history.value())
        rows << QStringList{QString::number(v.id) + (v.id == inForce.value() ? CliTr::tr(" (berlaku)") : QString()),
                            v.effectiveFrom.isValid() ? v.effectiveFrom.toString(Qt::ISODate) : CliTr::tr("sejak awal"),
                            v.regulation.isEmpty() ? QStringLiteral("-") : v.regulation,
                            v.importedBy.isEmpty() ? CliTr::tr("(bawaan)") : v.importedBy,
                            v.storedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::number(v.services)};
    printTable(ctx, headers, rows);
    return 0;
}

int cmdCatalog(CliContext &ctx)
{
    const bool json = ctx.args.flag(QStringLiteral("--json"));
    const bool history = ctx.args.flag(QStringLiteral("--history"));
    const std::optional<QString> effective = ctx.args.option(QStringLiteral("--effective"));
    const std::optional<QString> regulation = ctx.args.option(QStringLiteral("--regulation"));
    QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty())
        return ctx.rejectRest(rest);
    if (!rest.isEmpty() && rest.first() == QLatin1String("import")) {
        if (rest.size() != 2 || json || history)
            return ctx.usage(CliTr::tr("Gunakan \"loket catalog import BERKAS.json --effective TTTT-BB-HH [--regulation \"Perwali ... Nomor X Tahun Y\"]\"."));
        return cmdCatalogImport(ctx, rest.at(1), effective, regulation);
    }
    if (!rest.isEmpty())
        return ctx.rejectRest(rest);
    if (effective || regulation)
        return ctx.usage(CliTr::tr("--effective dan --regulation hanya untuk \"loket catalog import\"."));
    if (history)
        return json ? ctx.usage(CliTr::tr("--history tidak dapat digabung dengan --json.")) : cmdCatalogHistory(ctx);

    // The catalogue in force in the database; the built-in one when there is no database yet.
    const Result<CliSources> sources = sourcesOrDefaults(ctx);
    if (!sources)
        return ctx.fail(sources.error());
    const ServiceCatalog *catalog = &sources->catalog;

    if (json) {
        QJsonArray array;
        for (const Service &s : catalog->services()) {
            QJsonObject components;
            for (const QString &key : ServiceCatalog::componentKeys())
                components.insert(key, QJsonArray::fromStringList(s.components.value(key)));
            QJsonArray requirements;
            for (const Requirement &r : s.requirements)
                requirements.append(QJsonObject{{QStringLiteral("id"), r.id},
                                                {QStringLiteral("label"), r.label},
                                                {QStringLiteral("original"), r.original},
                                                {QStringLiteral("copy"), r.copy},
                                                {QStringLiteral("validity"), r.validity},
                                                {QStringLiteral("applies_when"),
                                                 r.appliesWhen == Requirement::AppliesWhen::Proxy ? QStringLiteral("proxy")
                                                                                                  : QStringLiteral("always")}});
            array.append(QJsonObject{
                {QStringLiteral("number"), s.number},
                {QStringLiteral("code"), s.code},
                {QStringLiteral("name"), s.name},
                {QStringLiteral("queue_letter"), QString(s.queueLetter)},
                {QStringLiteral("handled_by"), s.handledBy},
                {QStringLiteral("service_time"),
                 QJsonObject{{QStringLiteral("unit"), ServiceTime::unitKey(s.time.unit)},
                             {QStringLiteral("value"), s.time.value},
                             {QStringLiteral("guarantee"), s.time.guarantee}}},
                {QStringLiteral("cost"), s.components.value(QStringLiteral("cost")).join(QLatin1Char(' '))},
                {QStringLiteral("requirements"), requirements},
                {QStringLiteral("components"), components},
            });
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }

    const QStringList headers = {CliTr::tr("No"), CliTr::tr("Layanan"), CliTr::tr("Ditangani oleh"), CliTr::tr("Jangka waktu"), CliTr::tr("Biaya")};
    QList<QStringList> rows;
    for (const Service &s : catalog->services())
        rows << QStringList{QString::number(s.number), s.name, ServiceCatalog::roleTitle(s.handledBy),
                            ServiceCatalog::describeTime(s.time), s.components.value(QStringLiteral("cost")).join(QLatin1Char(' '))};
    printTable(ctx, headers, rows);
    return 0;
}

// One line typed on the terminal without echo; the prompt goes to stderr.
QString askHidden(CliContext &ctx, const QString &prompt)
{
    ctx.err << prompt << Qt::flush;
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QString line = readPasswordFromStdin();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    ctx.err << Qt::endl;
    return line;
}

int cmdServerSetup(CliContext &ctx, Args &args)
{
    ServerSetup::Options o;
    o.subnet = args.option(QStringLiteral("--subnet")).value_or(QString());
    o.database = args.option(QStringLiteral("--database")).value_or(o.database);
    o.owner = args.option(QStringLiteral("--owner")).value_or(o.owner);
    o.role = args.option(QStringLiteral("--role")).value_or(o.role);
    o.displayRole = args.option(QStringLiteral("--display-role")).value_or(QString());
    o.server = args.option(QStringLiteral("--server")).value_or(QString());
    o.admin = args.option(QStringLiteral("--admin")).value_or(o.admin);
    o.tls = args.flag(QStringLiteral("--tls"));
    const bool fromStdin = args.flag(QStringLiteral("--password-stdin"));
    const QStringList rest = args.rest();
    if (!args.error().isEmpty() || !rest.isEmpty())
        return ctx.usage(args.error().isEmpty() ? CliTr::tr("Argumen tidak dikenal: %1").arg(rest.join(QLatin1Char(' '))) : args.error());
    if (const Status checked = ServerSetup::checkOptions(o); !checked)
        return ctx.usage(checked.error());

    // One password per login role made, the desks' first: a line each on stdin.
    auto password = [&](const QString &role) -> Result<QString> {
        if (fromStdin) {
            const QString given = readPasswordFromStdin();
            if (given.isEmpty())
                return Result<QString>::failure(CliTr::tr("Sandi peran %1 dibaca dari masukan standar (satu baris untuk tiap peran yang dibuat: "
                                                          "meja layanan, lalu layar antrian), tetapi kosong. Tidak ada yang diubah.")
                                                    .arg(role));
            return given;
        }
        if (!isatty(STDIN_FILENO))
            return Result<QString>::failure(CliTr::tr("Sandi peran %1 ditanyakan di terminal; tanpa terminal, berikan lewat "
                                                      "--password-stdin. Tidak ada yang diubah.")
                                                .arg(role));
        const QString first =
            askHidden(ctx, CliTr::tr("Sandi baru untuk peran %1 (minimal %2 karakter): ").arg(role).arg(ServerSetup::kMinPasswordLength));
        const QString second = askHidden(ctx, CliTr::tr("Ulangi sandi itu: "));
        if (first != second)
            return Result<QString>::failure(CliTr::tr("Kedua sandi tidak sama. Tidak ada yang diubah."));
        return first;
    };

    ctx.out << CliTr::tr("Menyiapkan server PostgreSQL untuk Loket (basis data %1, pemilik %2, peran meja layanan %3, subnet %4) ...")
                   .arg(o.database, o.owner, o.role, ServerSetup::checkSubnet(o.subnet).value())
            << Qt::endl;
    const Result<ServerSetup::Report> report = ServerSetup::run(o, password);
    if (!report)
        return ctx.fail(report.error());
    for (const QString &line : report->done)
        ctx.out << QStringLiteral("  ") << line << Qt::endl;
    if (!report->advice.isEmpty()) {
        ctx.out << Qt::endl << CliTr::tr("Masih perlu dikerjakan petugas TI:") << Qt::endl;
        for (const QString &line : report->advice)
            ctx.out << QStringLiteral("  ") << line << Qt::endl;
    }
    ctx.out << Qt::endl
            << CliTr::tr("Di setiap PC loket:") << Qt::endl
            << QStringLiteral("  loket --db \"%1\"").arg(report->deskLocation) << Qt::endl
            << CliTr::tr("  (atau isi alamat itu di Sesi › Basis data PC ini; \"Uji sambungan\" dapat menyimpan sandinya)") << Qt::endl
            << CliTr::tr("  Sandinya di ~/.pgpass akun petugas di PC itu (chmod 600 ~/.pgpass), satu baris:") << Qt::endl
            << QStringLiteral("    ") << report->pgpassLine << Qt::endl
            << CliTr::tr("  (SANDI diganti sandi peran %1.)").arg(o.role) << Qt::endl
            << CliTr::tr("Di PC layar antrian (TV), dengan peran yang hanya membaca isi papan:") << Qt::endl
            << QStringLiteral("  loket display --db \"%1\"").arg(report->displayLocation) << Qt::endl
            << QStringLiteral("    ") << report->displayPgpassLine << Qt::endl
            << CliTr::tr("  (SANDI diganti sandi peran %1.)").arg(o.displayRoleName()) << Qt::endl
            << CliTr::tr("Buka port server itu di firewall hanya untuk %1 (docs/server.md).").arg(ServerSetup::checkSubnet(o.subnet).value())
            << Qt::endl;
    return 0;
}

int cmdServer(CliContext &ctx)
{
    QStringList rest = ctx.args.rest();
    if (rest.isEmpty() || rest.first() != QLatin1String("setup"))
        return ctx.usage(CliTr::tr("Gunakan \"loket server setup --subnet 192.168.10.0/24\" (dijalankan di server sebagai akun postgres)."));
    rest.removeFirst();
    Args args(rest);
    return cmdServerSetup(ctx, args);
}

} // namespace

int checkDatabase(CliContext &ctx, Database &db)
{
    ctx.out << CliTr::tr("Basis data: %1").arg(db.path()) << Qt::endl
            << CliTr::tr("Versi skema: %1 (versi ini mengenal sampai %2)").arg(db.schemaVersion()).arg(Database::latestSchemaVersion())
            << Qt::endl;
    const QStringList problems = db.integrityProblems();
    if (!problems.isEmpty()) {
        ctx.err << CliTr::tr("Pemeriksaan integritas menemukan masalah:") << Qt::endl;
        for (const QString &p : problems)
            ctx.err << QStringLiteral("  ") << p << Qt::endl;
        return 1;
    }
    ctx.out << CliTr::tr("Integritas: baik") << Qt::endl;
    if (db.schemaVersion() >= 2) {
        const Result<EventLog::ChainCheck> chain = EventLog(db.connection()).verifyChain();
        if (!chain)
            return ctx.fail(chain.error());
        if (chain->firstBadId) {
            ctx.err << CliTr::tr("Riwayat kejadian tidak utuh: kejadian #%1 tidak cocok (%2). Riwayat sejak kejadian itu mungkin telah diubah.")
                           .arg(chain->firstBadId)
                           .arg(chain->problem)
                    << Qt::endl;
            return 1;
        }
        ctx.out << CliTr::tr("Riwayat kejadian: %1 kejadian, rantai hash utuh").arg(chain->checked) << Qt::endl;
    }
    return 0;
}

// Reached only when `loket display` cannot start as a window: its arguments are wrong.
static int cmdDisplay(CliContext &ctx)
{
    const std::optional<QString> screen = ctx.args.option(QStringLiteral("--screen"));
    ctx.args.flag(QStringLiteral("--windowed"));
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || !rest.isEmpty())
        return ctx.rejectRest(rest);
    return ctx.usage(CliTr::tr("--screen %1 tidak sah: tulis nomor layar, 1 untuk layar pertama.").arg(screen.value_or(QString())));
}

QList<CliCommand> foundationCommands()
{
    return {
        {"init", QT_TRANSLATE_NOOP("Cli", "init                  membuat atau memperbarui basis data"), cmdInit},
        {"check", QT_TRANSLATE_NOOP("Cli", "check                 memeriksa basis data tanpa mengubahnya"), cmdCheck},
        {"catalog", QT_TRANSLATE_NOOP("Cli", "catalog [--json]      daftar layanan dan standarnya (versi yang berlaku hari ini)\n"
                                             "catalog --history     riwayat versi katalog\n"
                                             "catalog import BERKAS --effective TTTT-BB-HH [--regulation \"Perwali ... Nomor X Tahun Y\"]\n"
                                             "                        mengimpor versi baru katalog layanan (Pasal 9)"), cmdCatalog},
        {"server", QT_TRANSLATE_NOOP("Cli", "server setup --subnet CIDR [--database loket] [--owner loket_owner] [--role loket]\n"
                                            "                        [--display-role loket_display] [--server ALAMAT] [--tls]\n"
                                            "                        [--password-stdin] [--admin KONEKSI]\n"
                                            "                        menyiapkan server PostgreSQL kantor (di server, sebagai postgres)"),
         cmdServer},
        {"display", QT_TRANSLATE_NOOP("Cli", "display [--screen N] [--windowed]\n"
                                             "                        layar antrian untuk TV (tanpa login; tanpa --screen: layar kedua bila ada)"),
         cmdDisplay},
    };
}
