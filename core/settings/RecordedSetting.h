#pragma once

#include "accounts/User.h"
#include "common/Result.h"

#include <QJsonValue>
#include <QString>

class Database;

// One of the office's settings changed by an administrator (the desks' silent time, the
// calls before "Tidak hadir", the board's running line): the value stored and its event
// "setting_changed" (who, which key, the new value) in one transaction. The caller has
// checked the actor's permission and the value.
Status recordSetting(Database &db, const User &actor, const QString &key, const QString &stored, const QJsonValue &shown);
