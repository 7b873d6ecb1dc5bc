#include "accounts/PasswordHasher.h"

#include <sodium.h>

namespace {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

namespace PasswordHasher {

QString hash(const QString &password)
{
    if (!ensureSodium())
        return {};
    QByteArray clear = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, clear.constData(), static_cast<unsigned long long>(clear.size()),
                                     crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(clear.data(), static_cast<size_t>(clear.size()));
    if (rc != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    char buffer[crypto_pwhash_STRBYTES] = {};
    memcpy(buffer, stored.constData(), static_cast<size_t>(stored.size()));
    QByteArray clear = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(buffer, clear.constData(), static_cast<unsigned long long>(clear.size())) == 0;
    sodium_memzero(clear.data(), static_cast<size_t>(clear.size()));
    return ok;
}

} // namespace PasswordHasher
