#pragma once

#include "accounts/User.h"
#include "common/Result.h"
#include "complaints/Complaint.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace ComplaintEvents {

// Appends, through EventLog, the event `kind` of `actor` on `complaint` as it is now:
// the move from the stage `from` to its stage (none when they are the same), the
// `reason`, and `data` with the complaint's number. Inside the caller's transaction.
Status append(QSqlDatabase &sql, const Complaint &complaint, const User &actor, const QString &kind, const QString &from,
              const QString &reason, const QJsonObject &data);

} // namespace ComplaintEvents
