#pragma once

#include "accounts/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct User
{
    qint64 id = 0;
    QString login;
    QString fullName;
    QString nip;
    bool active = true;
    QList<Role> roles;

    bool hasRole(Role role) const { return roles.contains(role); }
    bool hasRoleKey(const QString &key) const
    {
        Role r;
        return Roles::fromKey(key, &r) && roles.contains(r);
    }
};
