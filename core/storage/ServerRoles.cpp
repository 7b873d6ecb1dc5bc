#include "storage/ServerRoles.h"

#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/SqlDialect.h"
#include "storage/WriteRetry.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

Status ServerRoles::grantApplication(Database &db, const QString &role)
{
    if (!db.isServer())
        return Status::failure(tr("Hak akses peran hanya ada pada basis data di server PostgreSQL."));
    // Names are pasted into GRANT (PostgreSQL binds no identifiers): plain identifiers only.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!identifier.match(role).hasMatch())
        return Status::failure(tr("Nama peran \"%1\" tidak sah: huruf kecil, angka dan garis bawah saja.").arg(role));
    QSqlQuery schema(db.connection());
    if (!schema.exec(QStringLiteral("SELECT current_schema()")) || !schema.next())
        return SqlDialect::failure(schema.lastError());
    const QString schemaName = schema.value(0).toString();
    if (!identifier.match(schemaName).hasMatch())
        return Status::failure(tr("Skema basis data \"%1\" tidak dapat diberi hak akses oleh Loket; berikan haknya dengan psql.").arg(schemaName));

    QStringList grants{QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schemaName, role),
                       QStringLiteral("GRANT SELECT ON schema_version TO %1").arg(role)};
    for (const QString &table : DatabaseCopy::tables())
        grants << (table == QLatin1String("events") ? QStringLiteral("GRANT SELECT, INSERT ON events TO %1").arg(role)
                                                    : QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2").arg(table, role));
    grants << QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON events FROM %1").arg(role)
           << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schemaName, role);
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
