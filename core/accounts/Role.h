#pragma once

#include <QList>
#include <QString>
#include <QStringList>

enum class Role { Helpdesk, Verifikator, AdminSistem, Kasubbag, KepalaBagian, Administrator };

namespace Roles {

const QList<Role> &all();
QString key(Role role);                 // "helpdesk", "verifikator", ...
bool fromKey(const QString &key, Role *role);
QString title(Role role);               // Indonesian, translated
QStringList keys();

} // namespace Roles
