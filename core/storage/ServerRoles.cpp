#include "storage/ServerRoles.h"

#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/SqlDialect.h"
#include "storage/WriteRetry.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Names are pasted into GRANT (PostgreSQL binds no identifiers): plain identifiers only.
bool plainIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return identifier.match(name).hasMatch();
}

// The schema the role is granted on, after the names are checked.
Result<QString> grantedSchema(Database &db, const QString &role)
{
    using R = Result<QString>;
    if (!db.isServer())
        return R::failure(ServerRoles::tr("Hak akses peran hanya ada pada basis data di server PostgreSQL."));
    if (!plainIdentifier(role))
        return R::failure(ServerRoles::tr("Nama peran \"%1\" tidak sah: huruf kecil, angka dan garis bawah saja.").arg(role));
    QSqlQuery schema(db.connection());
    if (!schema.exec(QStringLiteral("SELECT current_schema()")) || !schema.next())
        return R::failure(SqlDialect::failure(schema.lastError()).error());
    const QString schemaName = schema.value(0).toString();
    if (!plainIdentifier(schemaName))
        return R::failure(
            ServerRoles::tr("Skema basis data \"%1\" tidak dapat diberi hak akses oleh Loket; berikan haknya dengan psql.").arg(schemaName));
    return schemaName;
}

Status runGrants(Database &db, const QStringList &grants)
{
    return runWriteTransaction(db.connection(), [&]() -> Status {
        // Qt's driver runs these: the transaction's BEGIN and lock go first (PgSession.h).
        if (const Status begun = SqlDialect::settle(db.connection()); !begun)
            return begun;
        for (const QString &grant : std::as_const(grants)) {
            QSqlQuery q(db.connection()); // DDL: not prepared
            if (!q.exec(grant))
                return SqlDialect::failure(q.lastError());
        }
        return Status::success();
    });
}

} // namespace

Status ServerRoles::grantApplication(Database &db, const QString &role)
{
    const Result<QString> schema = grantedSchema(db, role);
    if (!schema)
        return Status::failure(schema.error());
    const QString &schemaName = schema.value();

    QStringList grants{QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schemaName, role),
                       QStringLiteral("GRANT SELECT ON schema_version TO %1").arg(role)};
    for (const QString &table : DatabaseCopy::tables())
        grants << (table == QLatin1String("events") ? QStringLiteral("GRANT SELECT, INSERT ON events TO %1").arg(role)
                                                    : QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2").arg(table, role));
    grants << QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON events FROM %1").arg(role)
           << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schemaName, role);
    return runGrants(db, grants);
}

const QStringList &ServerRoles::displayGrants()
{
    static const QStringList grants{
        QStringLiteral("schema_version"),
        QStringLiteral("config_versions"),
        QStringLiteral("settings"),
        QStringLiteral("catalog_versions"),
        QStringLiteral("calls (id, visit_id, local_date, queue_number, service_number, desk, called_at, kind, purpose)"),
        QStringLiteral("visits (id, local_date, service_number)"),
        QStringLiteral("applications (id, visit_id, status)"),
    };
    return grants;
}

Status ServerRoles::grantDisplay(Database &db, const QString &role)
{
    const Result<QString> schema = grantedSchema(db, role);
    if (!schema)
        return Status::failure(schema.error());
    // REVOKE on a table takes its column privileges too: what is left is the list below.
    QStringList grants{QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema.value(), role),
                       QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(schema.value(), role),
                       QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema.value(), role)};
    for (const QString &table : displayGrants()) {
        const qsizetype paren = table.indexOf(QLatin1Char('('));
        grants << (paren < 0 ? QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table, role)
                             : QStringLiteral("GRANT SELECT %1 ON %2 TO %3").arg(table.mid(paren), table.left(paren).trimmed(), role));
    }
    return runGrants(db, grants);
}
