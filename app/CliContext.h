#pragma once

#include "Args.h"
#include "storage/Database.h"

#include <QTextStream>

#include <memory>

// What every command gets: its arguments (global options already taken), the streams,
// and a way to open the database named by --db (or the default one).
struct CliContext
{
    Args args;
    QString dbPath;
    QTextStream &out;
    QTextStream &err;

    // Prints the error and returns null on failure.
    std::unique_ptr<Database> openDatabase(Database::Mode mode = Database::Mode::Open);
    int fail(const QString &message);
    int usage(const QString &message);
};

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
