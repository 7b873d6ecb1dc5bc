#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

// The privileges of the role each counter PC connects with on the office server (the
// schema's owner runs the migrations; desks use a role of their own): it reads and
// writes the counter's tables, may add events and read them, never change or delete
// one (the trigger stops the owner too). Granted by the owner on the database's own
// schema; `loket server setup` and docs/server.md name the roles.
class ServerRoles final
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    static Status grantApplication(Database &db, const QString &role);
    // The waiting room's screen (`loket display`, issue 17): it reads what the board shows
    // and nothing else, column by column. The schema's version and the configuration in
    // force (settings, their versions, the catalogue: the calendar's text is a setting),
    // the calls without who made them, and of the visits and files only their day, service
    // and status: no name, NIK, phone, company, event or officer. Anything granted to the
    // role before is taken back first, so a second run leaves exactly this.
    static Status grantDisplay(Database &db, const QString &role);
    // What grantDisplay grants, table by table ("table" or "table (column, ...)").
    static const QStringList &displayGrants();
};
