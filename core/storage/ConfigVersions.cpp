#include "storage/ConfigVersions.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace {

constexpr int kFirstSchema = 7; // migration 0007 made the table

QString topicKey(ConfigTopic topic)
{
    switch (topic) {
    case ConfigTopic::Calendar:
        return QStringLiteral("calendar");
    case ConfigTopic::Catalog:
        return QStringLiteral("catalog");
    case ConfigTopic::Settings:
        break;
    }
    return QStringLiteral("settings");
}

} // namespace

SqlStatement ConfigVersions::currentStatement(ConfigTopic topic)
{
    return {QStringLiteral("SELECT version FROM config_versions WHERE topic = :topic"), {{QStringLiteral(":topic"), topicKey(topic)}}};
}

namespace {

// The versions read inside the Transaction open on each connection: with the write lock
// held only this transaction's own bump() can move one, so each is read once.
struct Known
{
    quint64 transaction = 0;
    qint64 version = 0;
};
thread_local QHash<QString, Known> t_known;

QString knownKey(const QSqlDatabase &db, ConfigTopic topic)
{
    return db.connectionName() + QLatin1Char('/') + QString::number(int(topic));
}

} // namespace

Result<qint64> ConfigVersions::current(ConfigTopic topic)
{
    const quint64 transaction = SqlDialect::writeTransactionId(m_db.connection());
    const QString key = knownKey(m_db.connection(), topic);
    if (const Known known = t_known.value(key); transaction && known.transaction == transaction)
        return known.version;
    SqlQuery q(m_db.connection(), currentStatement(topic));
    if (const Status s = q.exec(); !s) {
        if (m_db.schemaVersion() >= 0 && m_db.schemaVersion() < kFirstSchema)
            return 0;
        return Result<qint64>::failure(s.error());
    }
    if (!q.next())
        return Result<qint64>::failure(tr("Basis data tidak lengkap: versi pengaturan \"%1\" tidak ada.").arg(topicKey(topic)));
    const qint64 version = q.value(0).toLongLong();
    if (transaction)
        t_known.insert(key, Known{transaction, version});
    return version;
}

Status ConfigVersions::bump(ConfigTopic topic)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE config_versions SET version = version + 1 WHERE topic = :topic"));
    q.bind(QStringLiteral(":topic"), topicKey(topic));
    if (const Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Basis data tidak lengkap: versi pengaturan \"%1\" tidak ada.").arg(topicKey(topic)));
    t_known.remove(knownKey(m_db.connection(), topic));
    return Status::success();
}
