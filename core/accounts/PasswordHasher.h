#pragma once

#include <QByteArray>
#include <QString>

// Argon2id through libsodium. The clear password never leaves these functions.
namespace PasswordHasher {

// Empty on failure (out of memory).
QString hash(const QString &password);
bool verify(const QString &storedHash, const QString &password);

} // namespace PasswordHasher
