#pragma once

#include "Args.h"
#include "accounts/User.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <QDate>
#include <QTextStream>

#include <optional>

#include <memory>

// What every command gets: its arguments (global options already taken), the streams,
// and a way to open the database named by --db (or the default one).
struct CliContext
{
    Args args;
    QString dbPath;
    QTextStream &out;
    QTextStream &err;

    // Prints the error and returns null on failure. A missing file is refused: only
    // `loket init` creates a database (createDatabase).
    std::unique_ptr<Database> openDatabase(Database::Mode mode = Database::Mode::Open);
    std::unique_ptr<Database> createDatabase();
    int fail(const QString &message);
    int usage(const QString &message);
    // A usage error for arguments left over (or the pending argument error).
    int rejectRest(const QStringList &rest);
};

// A period from --from and --to, read the same way by every command: each a date
// YYYY-MM-DD (Validators::date), the start not after the end. An option not given is an
// invalid date (for commands where an end is optional).
struct CliPeriod
{
    QDate from;
    QDate to;
};
// nullopt after printing a usage error; *exitCode is then 2.
std::optional<CliPeriod> readPeriod(CliContext &ctx, const std::optional<QString> &from, const std::optional<QString> &to, int *exitCode);

// lupdate reads tr() only from a class: this one carries the "Cli" context for every command.
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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
