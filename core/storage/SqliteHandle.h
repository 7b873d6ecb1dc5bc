#pragma once

class QSqlDatabase;
struct sqlite3;

// The SQLite connection under a Qt connection, for the few calls Qt's driver has no
// interface for (backup, interrupt, autocommit, scripts, bulk reads); nullptr when the
// connection is not an SQLite one. For core/storage only: nothing else names SQLite.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
