#include "storage/ConfigVersions.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

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

Result<qint64> ConfigVersions::current(ConfigTopic topic)
{
    SqlQuery q(m_db.connection(), currentStatement(topic));
    if (const Status s = q.exec(); !s) {
        if (m_db.schemaVersion() >= 0 && m_db.schemaVersion() < kFirstSchema)
            return 0;
        return Result<qint64>::failure(s.error());
    }
    if (!q.next())
        return Result<qint64>::failure(tr("Basis data tidak lengkap: versi pengaturan \"%1\" tidak ada.").arg(topicKey(topic)));
    return q.value(0).toLongLong();
}

Status ConfigVersions::bump(ConfigTopic topic)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE config_versions SET version = version + 1 WHERE topic = :topic"));
    q.bind(QStringLiteral(":topic"), topicKey(topic));
    if (const Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Basis data tidak lengkap: versi pengaturan \"%1\" tidak ada.").arg(topicKey(topic)));
    return Status::success();
}
