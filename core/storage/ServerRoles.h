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
};
