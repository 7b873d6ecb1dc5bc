#pragma once

#include "accounts/Role.h"
#include "accounts/User.h"

#include <QList>
#include <QString>

// What each role may do: one table, read by core before every action and by the UI to
// hide what a role cannot do. Service-specific work (claim, complete, ...) additionally
// requires the role named by the service in the catalogue.
enum class Action {
    CheckIn,            // log a walk-in in the guest book
    CheckDocuments,     // tick the checklist, accept and hand off, return a file
    WorkQueue,          // claim, complete, send back, pause, resume, release own files
    ReleaseAny,         // release a file claimed by someone else (an absent officer)
    Cancel,             // cancel an open file with a reason
    Discretion,         // Pasal 6: accept an incomplete file with a written reason
    ViewAllOpen,        // see every open file across roles
    ViewReports,
    ManageUsers,
    EditCalendar,
    EditSettings,
    EditCatalog,
    RevealPersonalData, // see NIK/NPWP/e-mail/phone unmasked (each reveal is recorded)
    RecordComplaint,
    HandleComplaint,
    PrintReceipt,
};

namespace Permissions {

const QList<Action> &allActions();
QString actionKey(Action action);
bool roleMay(Role role, Action action);
bool userMay(const User &user, Action action);

} // namespace Permissions
