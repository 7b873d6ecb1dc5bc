#pragma once

#include "accounts/User.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

// Exports (CSV, PDF) of personal data (UU 27/2022, docs/security.md): an identifier goes
// out in full only when the exporter's role may reveal it (Action::RevealPersonalData),
// masked otherwise; an export with full values is recorded as a "personal_data_exported"
// event (which export, how many rows; never a value).
namespace PersonalExport {

bool mayExportInFull(const User &actor);
QString value(const User &actor, const QString &value);
Status record(QSqlDatabase &db, const User &actor, const QString &what, int rows);

} // namespace PersonalExport
