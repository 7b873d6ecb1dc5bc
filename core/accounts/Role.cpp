#include "accounts/Role.h"

#include "catalog/ServiceCatalog.h"

namespace Roles {

const QList<Role> &all()
{
    static const QList<Role> roles = {Role::Helpdesk, Role::Verifikator, Role::AdminSistem,
                                      Role::Kasubbag, Role::KepalaBagian, Role::Administrator};
    return roles;
}

QString key(Role role)
{
    switch (role) {
    case Role::Helpdesk: return QStringLiteral("helpdesk");
    case Role::Verifikator: return QStringLiteral("verifikator");
    case Role::AdminSistem: return QStringLiteral("admin_sistem");
    case Role::Kasubbag: return QStringLiteral("kasubbag");
    case Role::KepalaBagian: return QStringLiteral("kepala_bagian");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

bool fromKey(const QString &k, Role *role)
{
    for (Role r : all()) {
        if (key(r) == k) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString title(Role role)
{
    return ServiceCatalog::roleTitle(key(role));
}

QStringList keys()
{
    QStringList list;
    for (Role r : all())
        list << key(r);
    return list;
}

} // namespace Roles
