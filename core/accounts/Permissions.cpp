#include "accounts/Permissions.h"

#include <QHash>

namespace {

struct Row
{
    Action action;
    const char *key;
    QList<Role> roles;
};

using R = Role;

// The single role x action table.
const QList<Row> &table()
{
    static const QList<Row> rows = {
        {Action::CheckIn, "check_in", {R::Helpdesk}},
        {Action::CheckDocuments, "check_documents", {R::Helpdesk}},
        {Action::WorkQueue, "work_queue", {R::Verifikator, R::AdminSistem}},
        {Action::ReleaseAny, "release_any", {R::Kasubbag, R::KepalaBagian}},
        {Action::Cancel, "cancel", {R::Helpdesk, R::Verifikator, R::AdminSistem, R::Kasubbag, R::KepalaBagian}},
        {Action::Discretion, "discretion", {R::KepalaBagian}},
        {Action::ViewAllOpen, "view_all_open", {R::Kasubbag, R::KepalaBagian}},
        {Action::ViewReports, "view_reports", {R::Kasubbag, R::KepalaBagian, R::Administrator}},
        {Action::ManageUsers, "manage_users", {R::Administrator}},
        {Action::EditCalendar, "edit_calendar", {R::Administrator}},
        {Action::EditSettings, "edit_settings", {R::Administrator}},
        {Action::EditCatalog, "edit_catalog", {R::Administrator}},
        {Action::RevealPersonalData, "reveal_personal_data", {R::Helpdesk, R::Verifikator, R::AdminSistem, R::Kasubbag, R::KepalaBagian}},
        {Action::RecordComplaint, "record_complaint", {R::Helpdesk, R::Kasubbag, R::KepalaBagian}},
        {Action::HandleComplaint, "handle_complaint", {R::Kasubbag, R::KepalaBagian}},
        {Action::PrintReceipt, "print_receipt", {R::Helpdesk, R::Verifikator, R::AdminSistem, R::Kasubbag, R::KepalaBagian}},
    };
    return rows;
}

} // namespace

namespace Permissions {

const QList<Action> &allActions()
{
    static const QList<Action> actions = [] {
        QList<Action> list;
        for (const Row &r : table())
            list << r.action;
        return list;
    }();
    return actions;
}

QString actionKey(Action action)
{
    for (const Row &r : table())
        if (r.action == action)
            return QString::fromLatin1(r.key);
    return {};
}

bool roleMay(Role role, Action action)
{
    for (const Row &r : table())
        if (r.action == action)
            return r.roles.contains(role);
    return false;
}

bool userMay(const User &user, Action action)
{
    if (!user.active)
        return false;
    for (Role role : user.roles)
        if (roleMay(role, action))
            return true;
    return false;
}

} // namespace Permissions
