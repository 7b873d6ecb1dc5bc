#pragma once

#include "accounts/User.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;
class SqlQuery;
struct Event;

// Staff accounts: creation, roles, login with lockout, password changes.
class AccountStore final
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kLockoutMinutes = 15;
    static constexpr int kMinPasswordLength = 8;

    explicit AccountStore(Database &db) : m_db(db) {}

    // `actorId` 0 is allowed only for the very first account (an administrator) and
    // for the command line run by the machine's owner.
    Result<User> addUser(const QString &login, const QString &fullName, const QString &nip, const QList<Role> &roles,
                         const QString &password, qint64 actorId = 0);
    Result<User> authenticate(const QString &login, const QString &password);
    // Whether `password` is the password of the active account `userId`, for a screen
    // the officer is already signed in behind (survey mode). Reads only: a wrong password
    // neither counts towards the lockout nor is refused because of one.
    Status verifyPassword(qint64 userId, const QString &password);
    Status changePassword(qint64 userId, const QString &oldPassword, const QString &newPassword);
    Status resetPassword(qint64 actorId, qint64 userId, const QString &newPassword);
    Status setActive(qint64 actorId, qint64 userId, bool active);

    Result<User> user(qint64 id);
    Result<User> userByLogin(const QString &login);
    Result<QList<User>> users();
    Result<bool> hasAnyUser();

    static Status checkPasswordStrength(const QString &password);

    // An account whose password is hashed already (PasswordHasher::hash), for generated
    // accounts that share one hash, as the demo's do: hashing is deliberately slow. The
    // login and name are taken as they are (known good, not typed). A login that exists
    // already keeps its name and password and gains the roles. No event is written; runs
    // inside the caller's write transaction when there is one. Returns the account's id.
    Result<qint64> addUserWithHash(const QString &login, const QString &fullName, const QString &passwordHash,
                                   const QList<Role> &roles, const QDateTime &createdAt);

private:
    Result<User> load(const QString &where, const QVariant &value);
    Result<qint64> insertUser(const QString &login, const QString &fullName, const QString &nip, const QString &passwordHash,
                              const QDateTime &createdAt);
    Status addRoles(qint64 userId, const QList<Role> &roles);
    Status requireAdministrator(qint64 actorId);
    // Checks and hashes `newPassword` (before any lock is taken), then stores it on the
    // account with `event`, in one transaction; `unlock` also clears failed logins and a lockout.
    Status storePassword(qint64 userId, const QString &newPassword, bool unlock, qint64 eventUserId, const QString &eventKind,
                         const QJsonObject &eventData);
    // Runs `update` (of one account) and appends `event`; refused when no account matched.
    Status updateOneUser(SqlQuery &update, const Event &event);
    Database &m_db;
};
