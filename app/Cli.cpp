#include "Cli.h"

#include "CliContext.h"

#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "storage/DatabaseChoice.h"
#include "storage/ServerAddress.h"
#include "validation/Validators.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <tuple>

namespace {

QList<CliCommand> allCommands()
{
    QList<CliCommand> commands;
    commands << foundationCommands() << workflowCommands() << printCommands() << safetyCommands() << feedbackCommands() << reportCommands() << voiceCommands() << privacyCommands();
    return commands;
}

QString helpText()
{
    QString text = QCoreApplication::translate("Cli",
        "Loket %1 — aplikasi loket layanan LPSE\n\n"
        "Pemakaian:\n"
        "  loket [--db BASISDATA] [--lang en]       membuka aplikasi (GUI)\n"
        "  loket PERINTAH [opsi] [--db BASISDATA]   menjalankan perintah tanpa layar\n\n"
        "Perintah:\n").arg(QStringLiteral(LOKET_VERSION));
    for (const CliCommand &c : allCommands())
        text += QStringLiteral("  ") + QCoreApplication::translate("Cli", c.synopsis) + QLatin1Char('\n');
    text += QCoreApplication::translate("Cli",
        "\nOpsi umum:\n"
        "  --db BASISDATA  berkas SQLite, atau alamat server PostgreSQL dalam bentuk libpq\n"
        "                (postgresql://loket@kantor-lpse/loket, service=loket); sandi di ~/.pgpass.\n"
        "                Bawaan: LOKET_DB, lalu pengaturan PC ini, lalu %1\n"
        "  --lang en     tampilan dalam bahasa Inggris\n"
        "  --help        bantuan ini\n"
        "  --version     versi Loket\n\n"
        "Kode keluar: 0 berhasil, 1 gagal (pesan di stderr), 2 salah pemakaian.\n")
                .arg(Database::defaultPath());
    return text;
}

} // namespace

CliContext::CliContext(Args arguments, QString path, QTextStream &output, QTextStream &errors)
    : args(std::move(arguments)), dbPath(std::move(path)), out(output), err(errors)
{
}

CliContext::~CliContext() = default;

Result<Database *> CliContext::database(Access access)
{
    if (!m_db && !ServerAddress::isServer(dbPath) && !QFileInfo::exists(dbPath))
        return Result<Database *>::failure(
            CliTr::tr("Basis data %1 tidak ada. Basis data baru hanya dibuat oleh \"loket init\"; periksa --db.").arg(dbPath));
    return open(access == Access::Write ? Database::Mode::Open : Database::Mode::Inspect);
}

Result<Database *> CliContext::createDatabase()
{
    return open(Database::Mode::Open);
}

Result<Database *> CliContext::open(Database::Mode mode)
{
    if (m_db) {
        // One command, one way of using its database.
        Q_ASSERT(mode == Database::Mode::Inspect || !m_db->isReadOnly());
        return m_db.get();
    }
    auto opened = Database::open(dbPath, mode);
    if (!opened)
        return Result<Database *>::failure(opened.error());
    m_db = std::move(opened).value();
    return m_db.get();
}

Result<CliSources> sourcesOrDefaults(CliContext &ctx)
{
    using R = Result<CliSources>;
    CliSources s{OfficeIdentity::defaults(), WorkingCalendar::defaults(), {}};
    if (!ServerAddress::isServer(ctx.dbPath) && !QFileInfo::exists(ctx.dbPath)) {
        Result<ServiceCatalog> builtIn = ServiceCatalog::builtIn();
        if (!builtIn)
            return R::failure(builtIn.error());
        s.catalog = std::move(builtIn).value();
        s.catalogSource = s.catalog.regulation();
        return s;
    }
    const Result<Database *> db = ctx.database(CliContext::Access::Read);
    if (!db)
        return R::failure(db.error());
    Result<OfficeIdentity> office = OfficeSettings(**db).load();
    if (!office)
        return R::failure(office.error());
    s.office = std::move(office).value();
    Result<WorkingCalendar> calendar = CalendarStore(**db).load();
    if (!calendar)
        return R::failure(calendar.error());
    s.calendar = std::move(calendar).value();
    // Read as it is stored: CatalogStore::current() would seed an empty table, and a read
    // never writes. A database that has no version yet would be seeded with the built-in one.
    CatalogStore catalogs(**db);
    const Result<int> version = catalogs.currentVersion(s.calendar.today());
    if (!version)
        return R::failure(version.error());
    Result<ServiceCatalog> catalog = version.value() > 0 ? catalogs.version(version.value()) : ServiceCatalog::builtIn();
    if (!catalog)
        return R::failure(catalog.error());
    s.catalog = std::move(catalog).value();
    s.catalogSource = s.catalog.regulation();
    if (version.value() > 0) {
        const Result<CatalogVersionInfo> info = catalogs.info(version.value());
        if (!info)
            return R::failure(info.error());
        s.catalogSource = CatalogStore::describe(info.value());
    }
    return s;
}

QString readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int CliContext::fail(const QString &message)
{
    err << message << Qt::endl;
    return 1;
}

User commandLineActor()
{
    User u;
    u.id = 0;
    u.login = QStringLiteral("cli");
    u.fullName = QStringLiteral("loket (baris perintah)");
    u.roles = {Role::Administrator};
    return u;
}

int CliContext::rejectRest(const QStringList &rest)
{
    if (!args.error().isEmpty())
        return usage(args.error());
    return usage(CliTr::tr("Argumen tidak dikenal: %1").arg(rest.join(QLatin1Char(' '))));
}

CliPeriodOptions::CliPeriodOptions(Args &args)
    : from(args.option(QStringLiteral("--from"))), to(args.option(QStringLiteral("--to")))
{
}

std::optional<CliPeriod> readPeriod(CliContext &ctx, const CliPeriodOptions &given, int *exitCode)
{
    CliPeriod period;
    for (const auto &[name, text, day] : {std::tuple{"--from", &given.from, &period.from}, std::tuple{"--to", &given.to, &period.to}}) {
        if (!*text)
            continue;
        const Validation v = Validators::date(**text);
        if (!v.ok) {
            *exitCode = ctx.usage(CliTr::tr("%1: %2").arg(QString::fromLatin1(name), v.error));
            return std::nullopt;
        }
        *day = QDate::fromString(v.value, Qt::ISODate);
    }
    if (period.from.isValid() && period.to.isValid() && period.to < period.from) {
        *exitCode = ctx.usage(CliTr::tr("--to (%1) harus sama dengan atau sesudah --from (%2).")
                                  .arg(period.to.toString(Qt::ISODate), period.from.toString(Qt::ISODate)));
        return std::nullopt;
    }
    return period;
}

int CliContext::usage(const QString &message)
{
    err << message << Qt::endl
        << QCoreApplication::translate("Cli", "Lihat \"loket --help\".") << Qt::endl;
    return 2;
}

namespace Cli {

bool isLanguage(const QString &key)
{
    return key == QLatin1String("en") || key == QLatin1String("id");
}

// The GUI starts with no arguments or only --db PATH and --lang en|id (either as
// "--x VALUE" or "--x=VALUE"); anything else is for the command line, which answers an
// unknown option or command with a usage error instead of starting a window.
bool wantsCli(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        QString value;
        if (a == QLatin1String("--db") || a == QLatin1String("--lang")) {
            if (i + 1 >= args.size())
                return true; // the command line reports the missing value
            value = args.at(++i);
        } else if (a.startsWith(QLatin1String("--db=")) || a.startsWith(QLatin1String("--lang="))) {
            value = a.mid(a.indexOf(QLatin1Char('=')) + 1);
        } else {
            return true;
        }
        if (a.startsWith(QLatin1String("--lang")) && !isLanguage(value))
            return true;
        if (a.startsWith(QLatin1String("--db")) && value.isEmpty())
            return true;
    }
    return false;
}

bool rendersDocuments(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a == QLatin1String("print") || a == QLatin1String("report") || a == QLatin1String("person")
                   || (a == QLatin1String("ikm") && args.contains(QLatin1String("--pdf")));
    }
    return false;
}

void installMessageFilter()
{
    static const bool debug = qEnvironmentVariableIntValue("LOKET_DEBUG") > 0;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!debug && type != QtCriticalMsg && type != QtFatalMsg)
            return;
        fprintf(stderr, "[%s] %s\n", context.category ? context.category : "qt", qUtf8Printable(message));
    });
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Args global(arguments.mid(1));
    const QString dbPath = DatabaseChoice::location(global.option(QStringLiteral("--db")));
    const std::optional<QString> language = global.option(QStringLiteral("--lang"));
    auto usage = [&](const QString &message) {
        err << message << Qt::endl << QCoreApplication::translate("Cli", "Lihat \"loket --help\".") << Qt::endl;
        return 2;
    };
    if (!global.error().isEmpty())
        return usage(global.error());
    if (dbPath.trimmed().isEmpty())
        return usage(QCoreApplication::translate("Cli", "Opsi --db memerlukan nama berkas atau alamat server."));
    if (language && !isLanguage(*language))
        return usage(QCoreApplication::translate("Cli", "Bahasa tidak dikenal: %1 (pilihan: id, en).").arg(*language));
    QStringList rest = global.rest(); // unknown options here belong to the command
    QString commandName;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (!rest.at(i).startsWith(QLatin1Char('-'))) {
            commandName = rest.takeAt(i);
            break;
        }
    }
    if (commandName.isEmpty()) {
        if (rest.contains(QStringLiteral("--version"))) {
            out << QStringLiteral("loket %1").arg(QStringLiteral(LOKET_VERSION)) << Qt::endl;
            return 0;
        }
        if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            out << helpText();
            return 0;
        }
        // Not a command: an option nobody knows ("--bogus", "--verison", "-v").
        if (!rest.isEmpty())
            err << QCoreApplication::translate("Cli", "Opsi tidak dikenal: %1").arg(rest.first()) << Qt::endl << Qt::endl;
        err << helpText();
        return 2;
    }
    for (const CliCommand &c : allCommands()) {
        if (commandName == QLatin1String(c.name)) {
            if (rest.contains(QStringLiteral("--help"))) {
                out << QStringLiteral("loket ") << QCoreApplication::translate("Cli", c.synopsis) << Qt::endl;
                return 0;
            }
            CliContext ctx{Args(rest), dbPath, out, err};
            return c.handler(ctx);
        }
    }
    err << QCoreApplication::translate("Cli", "Perintah tidak dikenal: %1").arg(commandName) << Qt::endl
        << QCoreApplication::translate("Cli", "Lihat \"loket --help\".") << Qt::endl;
    return 2;
}

} // namespace Cli
