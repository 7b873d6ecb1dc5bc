#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

// Where a Loket database lives: a file (SQLite) or an office server (PostgreSQL),
// told apart by how it is written. A server is named the way every PostgreSQL tool
// names one, in libpq's syntax: a URI (postgresql://loket@kantor-lpse/loket,
// postgresql:///loket?host=/run/postgresql) or key=value words (service=loket,
// "host=kantor-lpse dbname=loket"). The password is never part of it: libpq reads it
// from ~/.pgpass (mode 0600) or from the service's entry in pg_service.conf.
class ServerAddress final
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // Whether `location` names a server rather than a file.
    static bool isServer(const QString &location);
    // Reads a server's address; a clear message when it cannot be read or carries a password.
    static Result<ServerAddress> parse(const QString &location);

    // The words for libpq, ';'-separated as Qt's driver takes them in its connect options.
    QString connectOptions() const { return m_options; }
    // The same as one libpq connection string ("key='value' ..."), for libpq's own calls.
    QString conninfo() const;
    // The address as the user wrote it (no password in it): for messages and the title bar.
    QString display() const { return m_display; }
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    QString port() const { return m_port; }
    QString database() const { return m_database; }
    QString service() const { return m_service; }

private:
    QString m_options;
    QString m_display;
    QString m_user;
    QString m_host;
    QString m_port;
    QString m_database;
    QString m_service;
};
