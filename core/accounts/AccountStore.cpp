#include "accounts/AccountStore.h"

#include "accounts/PasswordHasher.h"
#include "common/Clock.h"
#include "common/Columns.h"
#include "events/EventLog.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"
#include "validation/Validators.h"

#include <QRegularExpression>

namespace {

QList<Role> rolesOf(QSqlDatabase &db, qint64 userId)
{
    SqlQuery q(db, QStringLiteral("SELECT role FROM user_roles WHERE user_id = :id"));
    q.bind(QStringLiteral(":id"), userId);
    QList<Role> roles;
    if (q.exec()) {
        while (q.next()) {
            Role r;
            if (Roles::fromKey(q.value(0).toString(), &r))
                roles << r;
        }
    }
    std::sort(roles.begin(), roles.end());
    return roles;
}

} // namespace

Status AccountStore::checkPasswordStrength(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return Status::failure(tr("Kata sandi minimal %1 karakter.").arg(kMinPasswordLength));
    if (password.size() > 256)
        return Status::failure(tr("Kata sandi terlalu panjang (maksimal 256 karakter)."));
    if (password.trimmed().isEmpty())
        return Status::failure(tr("Kata sandi tidak boleh hanya spasi."));
    return Status::success();
}

Result<bool> AccountStore::hasAnyUser()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)"));
    if (const Status s = q.exec(); !s)
        return Result<bool>::failure(s.error());
    return q.next() && q.value(0).toBool();
}

Status AccountStore::requireAdministrator(qint64 actorId)
{
    const Result<User> actor = user(actorId);
    if (!actor)
        return Status::failure(actor.error());
    if (!actor->active || !actor->hasRole(Role::Administrator))
        return Status::failure(tr("Hanya administrator yang boleh mengelola akun petugas."));
    return Status::success();
}

Result<User> AccountStore::addUser(const QString &loginInput, const QString &fullNameInput, const QString &nipInput,
                                   const QList<Role> &roles, const QString &password, qint64 actorId)
{
    using R = Result<User>;
    const QString login = loginInput.trimmed().toLower();
    static const QRegularExpression loginRe(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!loginRe.match(login).hasMatch())
        return R::failure(tr("Nama login harus 2-32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf."));
    const Validation name = Validators::personName(fullNameInput);
    if (!name.ok)
        return R::failure(name.error);
    QString nip = nipInput;
    nip.remove(QLatin1Char(' '));
    static const QRegularExpression nipRe(QStringLiteral("^(\\d{18})?$"));
    if (!nipRe.match(nip).hasMatch())
        return R::failure(tr("NIP harus 18 angka atau dikosongkan."));
    if (roles.isEmpty())
        return R::failure(tr("Petugas harus mempunyai paling sedikit satu peran."));
    if (const Status s = checkPasswordStrength(password); !s)
        return R::failure(s.error());

    // Hashing is deliberately slow: done before the write lock is taken.
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return R::failure(tr("Kata sandi tidak dapat diamankan (memori tidak cukup)."));
    qint64 id = 0;
    const Status written = runWriteTransaction(m_db.connection(), [&]() -> Status {
        const Result<bool> any = hasAnyUser();
        if (!any)
            return Status::failure(any.error());
        // actorId 0 is the command line, run by whoever holds the database file.
        if (actorId == 0 && !any.value() && !roles.contains(Role::Administrator))
            return Status::failure(tr("Akun pertama harus administrator."));
        if (actorId != 0) {
            if (const Status s = requireAdministrator(actorId); !s)
                return s;
        }
        SqlQuery exists(m_db.connection(), QStringLiteral("SELECT 1 FROM users WHERE login = :login"));
        exists.bind(QStringLiteral(":login"), login);
        if (const Status s = exists.exec(); !s)
            return s;
        if (exists.next())
            return Status::failure(tr("Nama login \"%1\" sudah dipakai.").arg(login));
        const Result<qint64> inserted = insertUser(login, name.value, nip, hash, Clock::nowUtc());
        if (!inserted)
            return Status::failure(inserted.error());
        id = inserted.value();
        if (const Status s = addRoles(id, roles); !s)
            return s;
        QStringList roleKeys;
        for (Role r : roles)
            roleKeys << Roles::key(r);
        Event e;
        e.userId = actorId ? actorId : id;
        e.kind = QStringLiteral("user_added");
        e.data = QJsonObject{{QStringLiteral("user"), id}, {QStringLiteral("login"), login},
                             {QStringLiteral("roles"), roleKeys.join(QLatin1Char(','))}};
        return Status::from(EventLog(m_db.connection()).append(e));
    });
    if (!written)
        return R::failure(written.error());
    return user(id);
}

Result<User> AccountStore::load(const QString &where, const QVariant &value)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, login, full_name, nip, active FROM users WHERE ") + where);
    q.bind(QStringLiteral(":v"), value);
    if (const Status s = q.exec(); !s)
        return Result<User>::failure(s.error());
    if (!q.next())
        return Result<User>::failure(tr("Petugas tidak ditemukan."));
    User u;
    u.id = q.value(0).toLongLong();
    readTextColumns(q, 1, u, {&User::login, &User::fullName, &User::nip});
    u.active = q.value(4).toBool();
    u.roles = rolesOf(m_db.connection(), u.id);
    return u;
}

Result<User> AccountStore::user(qint64 id)
{
    return load(QStringLiteral("id = :v"), id);
}

Result<User> AccountStore::userByLogin(const QString &login)
{
    return load(QStringLiteral("login = :v"), login.trimmed().toLower());
}

Result<QList<User>> AccountStore::users()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id FROM users ORDER BY login"));
    if (const Status s = q.exec(); !s)
        return Result<QList<User>>::failure(s.error());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<User> list;
    for (qint64 id : ids) {
        const Result<User> u = user(id);
        if (u)
            list << u.value();
    }
    return list;
}

Result<User> AccountStore::authenticate(const QString &loginInput, const QString &password)
{
    using R = Result<User>;
    const QString login = loginInput.trimmed().toLower();
    const QString wrong = tr("Nama login atau kata sandi salah.");
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, password_hash, active, locked_until FROM users WHERE login = :login"));
    q.bind(QStringLiteral(":login"), login);
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    if (!q.next()) {
        PasswordHasher::verify(QString(), password); // similar timing for unknown logins
        return R::failure(wrong);
    }
    const qint64 id = q.value(0).toLongLong();
    const QString hash = q.value(1).toString();
    const bool active = q.value(2).toBool();
    const QDateTime lockedUntil = Clock::fromStorageOrNull(q.value(3));
    const QDateTime now = Clock::nowUtc();
    if (lockedUntil.isValid() && now < lockedUntil) {
        const qint64 minutes = (now.secsTo(lockedUntil) + 59) / 60;
        return R::failure(tr("Akun dikunci sementara karena %1 kali salah kata sandi. Coba lagi dalam %2 menit.")
                              .arg(kMaxFailedLogins)
                              .arg(minutes));
    }
    // Verifying is deliberately slow: done before the write lock is taken; the counters
    // are read again inside the transaction, so two desks failing at once both count.
    const bool verified = PasswordHasher::verify(hash, password);
    if (verified && !active)
        return R::failure(tr("Akun ini sudah dinonaktifkan. Hubungi administrator."));
    QString refusal;
    const Status written = runWriteTransaction(m_db.connection(), [&]() -> Status {
        refusal.clear();
        Event e;
        e.userId = id;
        if (verified) {
            SqlQuery reset(m_db.connection(), QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = :id"));
            reset.bind(QStringLiteral(":id"), id);
            if (const Status s = reset.exec(); !s)
                return s;
            e.kind = QStringLiteral("login");
        } else {
            SqlQuery counters(m_db.connection(), QStringLiteral("SELECT failed_logins, locked_until FROM users WHERE id = :id"));
            counters.bind(QStringLiteral(":id"), id);
            if (const Status s = counters.exec(); !s)
                return s;
            if (!counters.next())
                return Status::failure(wrong);
            const bool wasLocked = !counters.value(1).isNull();
            const int nowFailed = (wasLocked ? 0 : counters.value(0).toInt()) + 1;
            const bool lock = nowFailed >= kMaxFailedLogins;
            SqlQuery update(m_db.connection(), QStringLiteral("UPDATE users SET failed_logins = :f, locked_until = :until WHERE id = :id"));
            update.bind(QStringLiteral(":f"), lock ? 0 : nowFailed)
                .bind(QStringLiteral(":until"), lock ? QVariant(Clock::toStorage(now.addSecs(kLockoutMinutes * 60))) : QVariant())
                .bind(QStringLiteral(":id"), id);
            if (const Status s = update.exec(); !s)
                return s;
            e.kind = lock ? QStringLiteral("login_locked") : QStringLiteral("login_failed");
            e.data = QJsonObject{{QStringLiteral("attempt"), nowFailed}};
            refusal = lock ? tr("Akun dikunci selama %1 menit karena %2 kali salah kata sandi.").arg(kLockoutMinutes).arg(kMaxFailedLogins)
                           : wrong;
        }
        return Status::from(EventLog(m_db.connection()).append(e));
    });
    if (!written)
        return R::failure(written.error());
    if (!refusal.isEmpty())
        return R::failure(refusal); // the failed attempt is recorded (committed) first
    return user(id);
}

Status AccountStore::verifyPassword(qint64 userId, const QString &password)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT password_hash, active FROM users WHERE id = :id"));
    q.bind(QStringLiteral(":id"), userId);
    if (const Status s = q.exec(); !s)
        return s;
    const bool found = q.next();
    const bool verified = PasswordHasher::verify(found ? q.value(0).toString() : QString(), password);
    if (!found || !verified)
        return Status::failure(tr("Kata sandi salah."));
    if (!q.value(1).toBool())
        return Status::failure(tr("Akun ini sudah dinonaktifkan. Hubungi administrator."));
    return Status::success();
}

Status AccountStore::changePassword(qint64 userId, const QString &oldPassword, const QString &newPassword)
{
    const Result<User> u = user(userId);
    if (!u)
        return Status::failure(u.error());
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = :id"));
    q.bind(QStringLiteral(":id"), userId);
    if (const Status s = q.exec(); !s)
        return s;
    if (!q.next() || !PasswordHasher::verify(q.value(0).toString(), oldPassword))
        return Status::failure(tr("Kata sandi lama salah."));
    return storePassword(userId, newPassword, false, userId, QStringLiteral("password_changed"), {});
}

Status AccountStore::resetPassword(qint64 actorId, qint64 userId, const QString &newPassword)
{
    if (const Status s = requireAdministrator(actorId); !s)
        return s;
    return storePassword(userId, newPassword, true, actorId, QStringLiteral("password_reset"), QJsonObject{{QStringLiteral("user"), userId}});
}

Status AccountStore::storePassword(qint64 userId, const QString &newPassword, bool unlock, qint64 eventUserId, const QString &eventKind,
                                   const QJsonObject &eventData)
{
    if (const Status s = checkPasswordStrength(newPassword); !s)
        return s;
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return Status::failure(tr("Kata sandi tidak dapat diamankan (memori tidak cukup)."));
    return runWriteTransaction(m_db.connection(), [&]() -> Status {
        SqlQuery update(m_db.connection(), unlock ? QStringLiteral("UPDATE users SET password_hash = :h, failed_logins = 0, "
                                                                   "locked_until = NULL WHERE id = :id")
                                                  : QStringLiteral("UPDATE users SET password_hash = :h WHERE id = :id"));
        update.bind(QStringLiteral(":h"), hash).bind(QStringLiteral(":id"), userId);
        Event e;
        e.userId = eventUserId;
        e.kind = eventKind;
        e.data = eventData;
        return updateOneUser(update, e);
    });
}

Status AccountStore::updateOneUser(SqlQuery &update, const Event &event)
{
    if (const Status s = update.exec(); !s)
        return s;
    if (update.numRowsAffected() != 1)
        return Status::failure(tr("Petugas tidak ditemukan."));
    return Status::from(EventLog(m_db.connection()).append(event));
}

Status AccountStore::setActive(qint64 actorId, qint64 userId, bool active)
{
    if (const Status s = requireAdministrator(actorId); !s)
        return s;
    if (!active && actorId == userId)
        return Status::failure(tr("Administrator tidak dapat menonaktifkan akunnya sendiri."));
    return runWriteTransaction(m_db.connection(), [&]() -> Status {
        SqlQuery update(m_db.connection(), QStringLiteral("UPDATE users SET active = :a WHERE id = :id"));
        update.bind(QStringLiteral(":a"), active ? 1 : 0).bind(QStringLiteral(":id"), userId);
        Event e;
        e.userId = actorId;
        e.kind = active ? QStringLiteral("user_activated") : QStringLiteral("user_deactivated");
        e.data = QJsonObject{{QStringLiteral("user"), userId}};
        return updateOneUser(update, e);
    });
}

Result<qint64> AccountStore::addUserWithHash(const QString &login, const QString &fullName, const QString &passwordHash,
                                             const QList<Role> &roles, const QDateTime &createdAt)
{
    qint64 id = 0;
    const Status written = inWriteTransaction(m_db.connection(), [&]() -> Status {
        SqlQuery existing(m_db.connection(), QStringLiteral("SELECT id FROM users WHERE login = :login"));
        existing.bind(QStringLiteral(":login"), login);
        if (const Status s = existing.exec(); !s)
            return s;
        if (existing.next()) {
            id = existing.value(0).toLongLong();
        } else {
            const Result<qint64> inserted = insertUser(login, fullName, QString(), passwordHash, createdAt);
            if (!inserted)
                return Status::failure(inserted.error());
            id = inserted.value();
        }
        return addRoles(id, roles);
    });
    if (!written)
        return Result<qint64>::failure(written.error());
    return id;
}

Result<qint64> AccountStore::insertUser(const QString &login, const QString &fullName, const QString &nip, const QString &passwordHash,
                                        const QDateTime &createdAt)
{
    SqlQuery insert(m_db.connection(), QStringLiteral("INSERT INTO users (login, full_name, nip, password_hash, active, created_at) "
                                                      "VALUES (:login, :name, :nip, :hash, 1, :at) RETURNING id"));
    insert.bind(QStringLiteral(":login"), login)
        .bind(QStringLiteral(":name"), fullName)
        .bind(QStringLiteral(":nip"), nip)
        .bind(QStringLiteral(":hash"), passwordHash)
        .bind(QStringLiteral(":at"), Clock::toStorage(createdAt));
    if (const Status s = insert.exec(); !s)
        return Result<qint64>::failure(s.error());
    return insert.insertedId();
}

Status AccountStore::addRoles(qint64 userId, const QList<Role> &roles)
{
    SqlQuery role(m_db.connection(),
                  SqlDialect::insertIgnoringDuplicates(QStringLiteral("user_roles"), {QStringLiteral("user_id"), QStringLiteral("role")}));
    for (Role r : roles) {
        role.bind(QStringLiteral(":user_id"), userId).bind(QStringLiteral(":role"), Roles::key(r));
        if (const Status s = role.exec(); !s)
            return s;
    }
    return Status::success();
}
