#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

// `loket server setup`, run once on the office's server as the postgres account (peer
// authentication over the Unix socket): the Loket database owned by a role that cannot
// log in, Loket's migrations run in it as that owner, the desks' login role with least
// privilege (ServerRoles::grantApplication), the waiting room screen's login role that
// reads only what the board shows (ServerRoles::grantDisplay), a pg_hba.conf line for
// each that lets it in from the office's subnet with scram-sha-256 only, and the
// configuration reloaded.
// Running it again is safe: what exists is said and left as it is (a newer Loket's
// migrations are applied and the privileges granted again, which is how a server is
// brought to a new version). Nothing is restarted.
class ServerSetup final
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)

public:
    static constexpr int kMinPasswordLength = 12;

    struct Options {
        // The administrative connection: a superuser, normally the postgres account over
        // the local socket (peer authentication), in libpq's words.
        QString admin = QStringLiteral("dbname=postgres");
        QString subnet; // the office's LAN as a CIDR, e.g. 192.168.10.0/24
        QString database = QStringLiteral("loket");
        QString owner = QStringLiteral("loket_owner");
        QString role = QStringLiteral("loket");
        // The waiting room screen's role (`loket display`); empty: <database>_display.
        QString displayRole;
        // How the counter PCs name this server (for the summary); empty: this machine's name.
        QString server;
        // Desks must connect with TLS: a hostssl line instead of a host line (ssl must be on).
        bool tls = false;

        QString displayRoleName() const { return displayRole.isEmpty() ? database + QStringLiteral("_display") : displayRole; }
    };

    struct Report {
        QStringList done;   // one line per step: made, changed, or already there
        QStringList advice; // what IT still has to do by hand (listen_addresses, TLS)
        QString deskLocation; // what to give each counter PC: --db "postgresql://loket@SERVER:5432/loket"
        QString pgpassLine;   // the ~/.pgpass line on each PC, with SANDI for the password
        QString displayLocation;   // the same for the waiting room's screen, as its role
        QString displayPgpassLine;
    };

    // The subnet as a CIDR in its canonical form ("192.168.10.0/24"); a clear refusal for
    // anything else, for a network with host bits set, and for 0.0.0.0/0 and ::/0.
    static Result<QString> checkSubnet(const QString &subnet);
    // The names and the subnet, before anything is asked of the server.
    static Status checkOptions(const Options &options);
    // Runs the setup. `password` is asked for each login role that must be made, the
    // desks' first, then the display's (after every check, before the first change); each
    // answer must be kMinPasswordLength long.
    static Result<Report> run(const Options &options, const std::function<Result<QString>(const QString &role)> &password);
};
