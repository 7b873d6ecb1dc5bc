#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class ServerAddress;

// "Uji sambungan" of the database dialog: connects to a PostgreSQL server as Loket
// would, with a password typed for this test only (libpq takes it as a parameter of its
// own; it is never written into an address, a log or a setting), and reads what the
// dialog must tell before the PC is switched to that server. It changes nothing there.
// It blocks for as long as the server takes to answer (at most the address's
// connect_timeout, 10 s unless given): call it off the window's thread.
class ServerCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ServerCheck)

public:
    struct Report {
        QString serverVersion;      // "15.6"
        int serverVersionNumber = 0; // 150006
        QString database;            // current_database()
        QString user;                // current_user
        // 0: the database holds no table yet (Loket makes them at its first opening);
        // -1: it holds tables that are not Loket's.
        int schemaVersion = 0;
        // A password was sent (typed, or from ~/.pgpass or pg_service.conf); false when the
        // server let this PC in without one.
        bool passwordUsed = false;
        // Loket can work there: its own schema (migrated forward at the first opening if
        // older) or an empty database it may create tables in, on a server that writes.
        bool usable = false;
        // What the dialog shows, in Indonesian: the server, the database's state, and what
        // Loket will do with it or why it cannot.
        QString text;
    };

    // A failure is the reason the connection could not be made, in Indonesian
    // (PgDialect's words for it; libpq's own text goes to the log). `password` empty: as
    // Loket itself connects, with what ~/.pgpass or pg_service.conf give.
    static Result<Report> test(const ServerAddress &address, const QString &password);
};
