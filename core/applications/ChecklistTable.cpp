#include "applications/ChecklistTable.h"

#include "storage/SqlQuery.h"

namespace {

QString dateForStorage(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QList<ChecklistItem> ChecklistTable::itemsFor(const Service &service, bool proxy)
{
    QList<ChecklistItem> items;
    for (const Requirement &r : service.requirements) {
        if (!r.appliesTo(proxy))
            continue;
        ChecklistItem i;
        i.requirementId = r.id;
        i.position = int(items.size());
        i.label = r.label;
        i.needed = r.needed;
        i.originalRequired = r.original;
        i.copyRequired = r.copy;
        i.validityRequired = r.validity;
        items << i;
    }
    return items;
}

Status ChecklistTable::insert(qint64 applicationId, const QList<ChecklistItem> &items)
{
    SqlQuery q(m_sql, QStringLiteral(
        "INSERT INTO checklist_items (application_id, requirement_id, position, label, needed, original_required, copy_required, "
        "validity_required, original_seen, copy_received, valid_until, note) VALUES (:app, :req, :pos, :label, :needed, :orig, :copy, "
        ":valid, :seen, :received, :until, :note)"));
    for (const ChecklistItem &i : items) {
        q.bind(QStringLiteral(":app"), applicationId)
            .bind(QStringLiteral(":req"), i.requirementId)
            .bind(QStringLiteral(":pos"), i.position)
            .bind(QStringLiteral(":label"), i.label)
            .bind(QStringLiteral(":needed"), i.needed)
            .bind(QStringLiteral(":orig"), i.originalRequired ? 1 : 0)
            .bind(QStringLiteral(":copy"), i.copyRequired ? 1 : 0)
            .bind(QStringLiteral(":valid"), i.validityRequired ? 1 : 0)
            .bind(QStringLiteral(":seen"), i.originalSeen ? 1 : 0)
            .bind(QStringLiteral(":received"), i.copyReceived ? 1 : 0)
            .bind(QStringLiteral(":until"), dateForStorage(i.validUntil))
            .bind(QStringLiteral(":note"), i.note);
        if (const Status s = q.exec(); !s)
            return s;
    }
    return Status::success();
}

Status ChecklistTable::update(qint64 applicationId, const ChecklistUpdate &update)
{
    SqlQuery q(m_sql, QStringLiteral("UPDATE checklist_items SET original_seen = :orig, copy_received = :copy, valid_until = :valid, "
                                     "note = :note WHERE application_id = :app AND requirement_id = :req"));
    q.bind(QStringLiteral(":orig"), update.originalSeen ? 1 : 0)
        .bind(QStringLiteral(":copy"), update.copyReceived ? 1 : 0)
        .bind(QStringLiteral(":valid"), dateForStorage(update.validUntil))
        .bind(QStringLiteral(":note"), update.note)
        .bind(QStringLiteral(":app"), applicationId)
        .bind(QStringLiteral(":req"), update.requirementId)
        .expectRowsAffected(1, tr("Persyaratan \"%1\" tidak ada dalam daftar periksa berkas ini.").arg(update.requirementId));
    return q.exec();
}

SqlStatement ChecklistTable::itemsStatement(qint64 applicationId)
{
    return {QStringLiteral("SELECT requirement_id, position, label, needed, original_required, copy_required, validity_required, "
                           "original_seen, copy_received, valid_until, note FROM checklist_items WHERE application_id = :app "
                           "ORDER BY position"),
            {{QStringLiteral(":app"), applicationId}}};
}

Result<QList<ChecklistItem>> ChecklistTable::items(qint64 applicationId)
{
    SqlQuery q(m_sql, itemsStatement(applicationId));
    if (const Status s = q.exec(); !s)
        return Result<QList<ChecklistItem>>::failure(s.error());
    QList<ChecklistItem> items;
    while (q.next()) {
        ChecklistItem i;
        i.requirementId = q.value(0).toString();
        i.position = q.value(1).toInt();
        i.label = q.value(2).toString();
        i.needed = q.value(3).toString();
        i.originalRequired = q.value(4).toBool();
        i.copyRequired = q.value(5).toBool();
        i.validityRequired = q.value(6).toBool();
        i.originalSeen = q.value(7).toBool();
        i.copyReceived = q.value(8).toBool();
        i.validUntil = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        i.note = q.value(10).toString();
        items << i;
    }
    return items;
}
