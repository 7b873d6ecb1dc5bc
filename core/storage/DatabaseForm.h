#pragma once

#include "storage/PgPass.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The rules behind the window's database dialog: what a file or a server filled in
// there must be, and the location it becomes for DatabaseChoice::save (a file's path, or
// a libpq URI such as postgresql://loket@kantor-lpse:5432/loket?sslmode=require; never a
// password).
class DatabaseForm final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseForm)

public:
    struct Server {
        QString host;
        QString port = QStringLiteral("5432");
        QString database = QStringLiteral("loket");
        QString user;
        QString sslmode = QStringLiteral("prefer");
    };

    // The sslmodes offered: prefer (libpq's own default), require, verify-full.
    static QStringList sslModes();
    // What an sslmode means for this PC, in a sentence or two for the dialog.
    static QString sslModeNote(const QString &sslmode);
    // Why the server's fields cannot be used yet, in Indonesian; empty when they can.
    static QString serverProblem(const Server &server);
    // The server as a libpq URI, each part percent-encoded: a socket folder or an IPv6
    // address as host works too. sslmode is written unless it is prefer.
    static QString serverLocation(const Server &server);
    // The fields of a saved server address, for the dialog to show; defaults for what the
    // address does not say (a service= entry says nothing of them).
    static Server serverFields(const QString &location);
    // The ~/.pgpass line's four fields for this server.
    static PgPass::Entry pgpassEntry(const Server &server);

    // Why a file cannot be this PC's database, in Indonesian; empty when it can (a
    // missing file in an existing folder can: Loket makes it at its first opening).
    static QString fileProblem(const QString &path);
    // What DatabaseChoice::save keeps for a file: empty for the default file (so that
    // the default follows the account's data folder), else the absolute path.
    static QString fileLocation(const QString &path);
};
