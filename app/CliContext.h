#pragma once

#include "Args.h"
#include "accounts/User.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/ServiceCatalog.h"
#include "settings/OfficeSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <QDate>
#include <QTextStream>

#include <optional>

#include <memory>

// What every command gets: its arguments (global options already taken), the streams,
// and the database named by --db (or the default one), opened once for the command.
class CliContext final
{
public:
    CliContext(Args args, QString dbPath, QTextStream &out, QTextStream &err);
    ~CliContext();

    Args args;
    const QString dbPath;
    QTextStream &out;
    QTextStream &err;

    // How a command uses the database: Write opens (and migrates) it; Read never writes
    // (Database::Mode::Inspect), so that a read-only file can still be read.
    enum class Access { Write, Read };
    // The database, opened on the first call and kept for the rest of the command. A
    // missing file is refused, with the same message for every command: only `loket init`
    // creates a database (createDatabase).
    Result<Database *> database(Access access = Access::Write);
    // `loket init`: the database, created when the file is missing.
    Result<Database *> createDatabase();

    int fail(const QString &message);
    int usage(const QString &message);
    // A usage error for arguments left over (or the pending argument error).
    int rejectRest(const QStringList &rest);

private:
    Result<Database *> open(Database::Mode mode);
    std::unique_ptr<Database> m_db;
};

// What the commands that also work without a database read (catalog, due, holidays list,
// print maklumat|standar): the office identity, the working calendar and the catalogue in
// force of the database when its file exists, the shipped defaults otherwise. Read-only: it
// never creates, migrates or seeds a database (an unseeded one has the built-in catalogue).
struct CliSources
{
    OfficeIdentity office;
    WorkingCalendar calendar;
    ServiceCatalog catalog;
    // Which catalogue version that is, as the standards and the boards name it
    // (CatalogStore::describe); the built-in catalogue's regulation when there is no database.
    QString catalogSource;
};
Result<CliSources> sourcesOrDefaults(CliContext &ctx);

// A period from --from and --to, read the same way by every command: each a date
// YYYY-MM-DD (Validators::date), the start not after the end. An option not given is an
// invalid date (for commands where an end is optional).
struct CliPeriod
{
    QDate from;
    QDate to;
};
// --from and --to as given, taken out of the arguments (before Args::rest()).
struct CliPeriodOptions
{
    explicit CliPeriodOptions(Args &args);
    bool complete() const { return from && to; }
    std::optional<QString> from;
    std::optional<QString> to;
};
// nullopt after printing a usage error; *exitCode is then 2.
std::optional<CliPeriod> readPeriod(CliContext &ctx, const CliPeriodOptions &given, int *exitCode);

// lupdate reads tr() only from a class: this one carries the "Cli" context for every command.
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// What `loket check` does, on a database already open: prints its location and schema
// version, runs the integrity check and verifies the event chain. 0 when all of it holds;
// 1 after naming the problem on stderr. `loket migrate` checks its target with it.
int checkDatabase(CliContext &ctx, Database &db);

// The first line of standard input, without its line break (a password given by a script).
QString readPasswordFromStdin();

// A PDF needs fonts, which Qt's "minimal" platform lacks: 0 when there are some; otherwise
// the exit code after saying so (CliPrint.cpp).
int refuseWithoutFonts(CliContext &ctx);

// The command line is run by whoever holds the database file: it acts as an administrator.
User commandLineActor();

struct CliCommand
{
    const char *name;
    const char *synopsis; // shown by --help, translated through the "Cli" context
    int (*handler)(CliContext &ctx);
};

// Each command family registers its commands here (see Cli.cpp).
QList<CliCommand> foundationCommands();
QList<CliCommand> workflowCommands();
QList<CliCommand> printCommands(); // CliPrint.cpp
QList<CliCommand> safetyCommands();
QList<CliCommand> feedbackCommands(); // CliFeedback.cpp
QList<CliCommand> reportCommands();   // CliReports.cpp
QList<CliCommand> voiceCommands();    // CliVoice.cpp
QList<CliCommand> privacyCommands();  // CliPrivacy.cpp
