#include "complaints/ComplaintEvents.h"

#include "events/EventLog.h"

namespace ComplaintEvents {

Status append(QSqlDatabase &sql, const Complaint &c, const User &actor, const QString &kind, const QString &from, const QString &reason,
              const QJsonObject &extra)
{
    Event e;
    e.userId = actor.id;
    e.kind = kind;
    e.complaintId = c.id;
    e.fromStatus = from;
    e.toStatus = ComplaintStages::key(c.stage);
    if (e.fromStatus == e.toStatus) {
        e.fromStatus.clear();
        e.toStatus.clear();
    }
    e.reason = reason;
    QJsonObject data = extra;
    data.insert(QStringLiteral("number"), c.number);
    e.data = data;
    return Status::from(EventLog(sql).append(e));
}

} // namespace ComplaintEvents
