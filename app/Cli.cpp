#include "Cli.h"

#include "CliContext.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QList<CliCommand> allCommands()
{
    QList<CliCommand> commands;
    commands << foundationCommands() << workflowCommands() << printCommands() << safetyCommands() << feedbackCommands() << reportCommands();
    return commands;
}

QString helpText()
{
    QString text = QCoreApplication::translate("Cli",
        "Loket %1 — aplikasi loket layanan LPSE\n\n"
        "Pemakaian:\n"
        "  loket [--db BERKAS] [--lang en]          membuka aplikasi (GUI)\n"
        "  loket PERINTAH [opsi] [--db BERKAS]      menjalankan perintah tanpa layar\n\n"
        "Perintah:\n").arg(QStringLiteral(LOKET_VERSION));
    for (const CliCommand &c : allCommands())
        text += QStringLiteral("  ") + QCoreApplication::translate("Cli", c.synopsis) + QLatin1Char('\n');
    text += QCoreApplication::translate("Cli",
        "\nOpsi umum:\n"
        "  --db BERKAS   basis data yang dipakai (bawaan: %1)\n"
        "  --lang en     tampilan dalam bahasa Inggris\n"
        "  --help        bantuan ini\n"
        "  --version     versi Loket\n\n"
        "Kode keluar: 0 berhasil, 1 gagal (pesan di stderr), 2 salah pemakaian.\n")
                .arg(Database::defaultPath());
    return text;
}

} // namespace

std::unique_ptr<Database> CliContext::openDatabase(Database::Mode mode)
{
    auto opened = Database::open(dbPath, mode);
    if (!opened) {
        err << opened.error() << Qt::endl;
        return nullptr;
    }
    return std::move(opened).value();
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

int CliContext::usage(const QString &message)
{
    err << message << Qt::endl
        << QCoreApplication::translate("Cli", "Lihat \"loket --help\".") << Qt::endl;
    return 2;
}

namespace Cli {

bool wantsCli(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version"))
            return true;
        if (a == QLatin1String("--db") || a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
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
            return a == QLatin1String("print") || a == QLatin1String("report");
    }
    return false;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Args global(arguments.mid(1));
    const QString dbPath = global.option(QStringLiteral("--db")).value_or(Database::defaultPath());
    global.option(QStringLiteral("--lang"));
    if (!global.error().isEmpty()) {
        err << global.error() << Qt::endl;
        return 2;
    }
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
