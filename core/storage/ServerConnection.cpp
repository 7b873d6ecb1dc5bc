#include "storage/ServerConnection.h"

#include "storage/PgDialect.h"

#include <QLoggingCategory>
#include <QVector>

#include <libpq-fe.h>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

// The server's notices ("skipping", "already exists") go to the log, never to a terminal.
void logNotice(void *, const char *message)
{
    qCInfo(lcStorage, "PostgreSQL: %s", message);
}

QString conninfoValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

Result<std::unique_ptr<ServerConnection>> ServerConnection::open(const QString &location, const QString &database)
{
    using R = Result<std::unique_ptr<ServerConnection>>;
    Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address)
        return R::failure(address.error());
    std::unique_ptr<ServerConnection> connection(new ServerConnection);
    connection->m_address = std::move(address).value();
    const QString conninfo = database.isEmpty() ? connection->m_address.conninfo() : connection->locationOf(database);
    const QByteArray words = conninfo.toUtf8();
    connection->m_conn = PQconnectdb(words.constData());
    if (!connection->m_conn)
        return R::failure(tr("Sambungan ke server gagal: memori tidak cukup."));
    if (PQstatus(connection->m_conn) != CONNECTION_OK) {
        QString reason = PgDialect::unansweredReason(PQping(words.constData()), connection->m_address);
        if (reason.isEmpty())
            reason = PgDialect::refusalOf(connection->m_conn, connection->m_address);
        return R::failure(tr("Server basis data %1 tidak dapat dihubungi: %2").arg(connection->m_address.display(), reason));
    }
    PQsetNoticeProcessor(connection->m_conn, logNotice, nullptr);
    if (const Status quiet = connection->exec(QStringLiteral("SET client_min_messages = 'warning'")); !quiet)
        return R::failure(quiet.error());
    return R(std::move(connection));
}

ServerConnection::~ServerConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

QString ServerConnection::locationOf(const QString &database) const
{
    // The address's words as they are, but for its database.
    QStringList words;
    if (PQconninfoOption *options = PQconninfoParse(m_address.conninfo().toUtf8().constData(), nullptr)) {
        for (const PQconninfoOption *o = options; o->keyword; ++o)
            if (o->val && qstrcmp(o->keyword, "dbname") != 0)
                words << QString::fromLatin1(o->keyword) + QLatin1Char('=') + conninfoValue(QString::fromUtf8(o->val));
        PQconninfoFree(options);
    }
    words << QStringLiteral("dbname=") + conninfoValue(database);
    return words.join(QLatin1Char(' '));
}

Status ServerConnection::failure(void *result)
{
    const auto *rows = static_cast<PGresult *>(result);
    const char *state = rows ? PQresultErrorField(rows, PG_DIAG_SQLSTATE) : nullptr;
    m_lastState = QString::fromLatin1(state ? state : "");
    const QString technical = QString::fromUtf8(rows ? PQresultErrorMessage(rows) : PQerrorMessage(m_conn));
    return Status::failure(PgDialect::errorMessage(m_lastState, technical));
}

Result<ServerConnection::Rows> ServerConnection::query(const QString &sql, const QStringList &values)
{
    QList<QByteArray> bytes;
    QVector<const char *> params;
    for (const QString &v : values)
        bytes << v.toUtf8();
    for (const QByteArray &b : std::as_const(bytes))
        params << b.constData();
    PGresult *result = PQexecParams(m_conn, sql.toUtf8().constData(), int(params.size()), nullptr,
                                    params.isEmpty() ? nullptr : params.constData(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const Status failed = failure(result);
        PQclear(result);
        return Result<Rows>::failure(failed.error());
    }
    m_lastState.clear();
    Rows rows;
    for (int r = 0; r < PQntuples(result); ++r) {
        QStringList row;
        for (int c = 0; c < PQnfields(result); ++c)
            row << (PQgetisnull(result, r, c) ? QString() : QString::fromUtf8(PQgetvalue(result, r, c)));
        rows << row;
    }
    PQclear(result);
    return rows;
}

Result<QString> ServerConnection::value(const QString &sql, const QStringList &values)
{
    const Result<Rows> rows = query(sql, values);
    if (!rows)
        return Result<QString>::failure(rows.error());
    return rows->isEmpty() || rows->first().isEmpty() ? QString() : rows->first().first();
}

Status ServerConnection::exec(const QString &sql, const QStringList &values)
{
    return Status::from(query(sql, values));
}

namespace {

// A text quoted by one of libpq's escape functions (PQescapeIdentifier, PQescapeLiteral).
QString escaped(PGconn *conn, const QString &text, char *(*escape)(PGconn *, const char *, size_t))
{
    const QByteArray bytes = text.toUtf8();
    char *quoted = escape(conn, bytes.constData(), size_t(bytes.size()));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

} // namespace

QString ServerConnection::identifier(const QString &name) const
{
    return escaped(m_conn, name, PQescapeIdentifier);
}

QString ServerConnection::literal(const QString &text) const
{
    return escaped(m_conn, text, PQescapeLiteral);
}

Result<QString> ServerConnection::scramVerifier(const QString &password, const QString &role) const
{
    QByteArray secret = password.toUtf8();
    char *verifier = PQencryptPasswordConn(m_conn, secret.constData(), role.toUtf8().constData(), "scram-sha-256");
    secret.fill('\0');
    if (!verifier) {
        qCWarning(lcStorage, "PQencryptPasswordConn: %s", PQerrorMessage(m_conn));
        return Result<QString>::failure(tr("Sandi tidak dapat disiapkan untuk server (SCRAM-SHA-256)."));
    }
    const QString text = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return text;
}

int ServerConnection::serverVersion() const
{
    return PQserverVersion(m_conn);
}

QString ServerConnection::serverMajor() const
{
    return QString::number(serverVersion() / 10000);
}

QString ServerConnection::database() const
{
    return QString::fromUtf8(PQdb(m_conn));
}
