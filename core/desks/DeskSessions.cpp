#include "desks/DeskSessions.h"

#include "accounts/Permissions.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "settings/OfficeSettings.h"
#include "settings/RecordedSetting.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"

#include <QJsonObject>
#include <QSettings>
#include <QSysInfo>

namespace {

const QString kDeskKey = QStringLiteral("desk/name");
const QString kServicesKey = QStringLiteral("desk/services");
const QString kAbandonedKey = QStringLiteral("desks.abandoned_minutes");

} // namespace

QString DeskSessions::deskName()
{
    const QString stored = QSettings().value(kDeskKey).toString().trimmed();
    if (!stored.isEmpty())
        return stored.left(kMaxDeskName);
    const QString host = QSysInfo::machineHostName().trimmed();
    return host.isEmpty() ? tr("Meja tanpa nama") : host.left(kMaxDeskName);
}

QList<int> DeskSessions::deskServices()
{
    QList<int> services;
    for (const QString &n : QSettings().value(kServicesKey).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int number = n.trimmed().toInt(&ok);
        if (ok && number > 0 && !services.contains(number))
            services << number;
    }
    return services;
}

void DeskSessions::setDeskServices(const QList<int> &services)
{
    QStringList numbers;
    for (int n : services)
        numbers << QString::number(n);
    QSettings settings;
    settings.setValue(kServicesKey, numbers.join(QLatin1Char(',')));
    settings.sync();
}

Result<QString> DeskSessions::validateDeskName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Result<QString>::failure(tr("Nama meja belum diisi (misalnya \"Meja Helpdesk 1\")."));
    if (trimmed.size() > kMaxDeskName)
        return Result<QString>::failure(tr("Nama meja terlalu panjang: paling banyak %1 karakter.").arg(kMaxDeskName));
    for (const QChar c : trimmed)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Result<QString>::failure(tr("Nama meja memuat karakter yang tidak dapat ditampilkan."));
    return trimmed;
}

Status DeskSessions::setDeskName(const QString &name)
{
    const Result<QString> valid = validateDeskName(name);
    if (!valid)
        return Status::failure(valid.error());
    // QSettings' status() after sync() is not to be trusted here (Qt 6.4 reports an access
    // error for a file it did write), so the value is written and not second-guessed.
    QSettings settings;
    settings.setValue(kDeskKey, valid.value());
    settings.sync();
    return Status::success();
}

Result<qint64> DeskSessions::begin(const User &user, const QString &desk, const QString &host)
{
    using R = Result<qint64>;
    const Result<QString> name = validateDeskName(desk);
    if (!name)
        return R::failure(name.error());
    const QString now = Clock::toStorage(Clock::nowUtc());
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO desk_sessions (desk, host, user_id, started_at, seen_at) "
                                                 "VALUES (:desk, :host, :user, :now, :now) RETURNING id"));
    q.bind(QStringLiteral(":desk"), name.value())
        .bind(QStringLiteral(":host"), host.left(255))
        .bind(QStringLiteral(":user"), user.id)
        .bind(QStringLiteral(":now"), now);
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    return q.insertedId();
}

Status DeskSessions::beat(qint64 sessionId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE desk_sessions SET seen_at = :now WHERE id = :id AND ended_at IS NULL"));
    q.bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc())).bind(QStringLiteral(":id"), sessionId);
    return q.exec();
}

Status DeskSessions::end(qint64 sessionId)
{
    const QString now = Clock::toStorage(Clock::nowUtc());
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE desk_sessions SET seen_at = :now, ended_at = :now WHERE id = :id AND ended_at IS NULL"));
    q.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), sessionId);
    return q.exec();
}

Result<QList<DeskSessions::Session>> DeskSessions::open(const QDateTime &now)
{
    using R = Result<QList<Session>>;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT s.id, s.desk, s.host, s.user_id, u.full_name, s.started_at, s.seen_at "
                                                 "FROM desk_sessions s JOIN users u ON u.id = s.user_id WHERE s.ended_at IS NULL "
                                                 "ORDER BY s.desk, s.started_at"));
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    QList<Session> sessions;
    while (q.next()) {
        Session s;
        s.id = q.value(0).toLongLong();
        s.desk = q.value(1).toString();
        s.host = q.value(2).toString();
        s.userId = q.value(3).toLongLong();
        s.userName = q.value(4).toString();
        s.startedAt = Clock::fromStorage(q.value(5));
        s.seenAt = Clock::fromStorage(q.value(6));
        s.silent = s.seenAt.secsTo(now) > kSilentAfterSeconds;
        sessions << s;
    }
    return sessions;
}

Result<QList<DeskSessions::AbandonedFile>> DeskSessions::abandonedFiles(const QDateTime &now, int minutes)
{
    using R = Result<QList<AbandonedFile>>;
    const QString liveSince = Clock::toStorage(now.addSecs(-kSilentAfterSeconds));
    const QString silentBefore = Clock::toStorage(now.addSecs(-60LL * minutes));
    // The handler's latest session (by start) is open but silent for `minutes`, and no
    // session of theirs is alive anywhere.
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT a.id, a.number, a.claimed_by, u.full_name, s.desk, s.seen_at FROM applications a "
                              "JOIN users u ON u.id = a.claimed_by "
                              "JOIN desk_sessions s ON s.id = (SELECT MAX(l.id) FROM desk_sessions l WHERE l.user_id = a.claimed_by) "
                              "WHERE a.status IN ('in_progress', 'paused') AND s.ended_at IS NULL AND s.seen_at < :silentBefore "
                              "AND NOT EXISTS (SELECT 1 FROM desk_sessions o WHERE o.user_id = a.claimed_by AND o.ended_at IS NULL "
                              "AND o.seen_at >= :liveSince) ORDER BY a.id"));
    q.bind(QStringLiteral(":silentBefore"), silentBefore).bind(QStringLiteral(":liveSince"), liveSince);
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    QList<AbandonedFile> files;
    while (q.next()) {
        AbandonedFile f;
        f.applicationId = q.value(0).toLongLong();
        f.number = q.value(1).toString();
        f.handlerId = q.value(2).toLongLong();
        f.handlerName = q.value(3).toString();
        f.desk = q.value(4).toString();
        f.lastSeen = Clock::fromStorage(q.value(5));
        files << f;
    }
    return files;
}

int DeskSessions::abandonedMinutes()
{
    const Result<QString> stored = OfficeSettings(m_db).value(kAbandonedKey, QString::number(kDefaultAbandonedMinutes));
    bool ok = false;
    const int minutes = stored ? stored->toInt(&ok) : 0;
    return ok && minutes >= 5 && minutes <= 480 ? minutes : kDefaultAbandonedMinutes;
}

Status DeskSessions::setAbandonedMinutes(const User &actor, int minutes)
{
    if (!Permissions::userMay(actor, Action::EditSettings))
        return Status::failure(tr("Hanya administrator yang boleh mengubah pengaturan ini."));
    if (minutes < 5 || minutes > 480)
        return Status::failure(tr("Batas waktu meja yang tidak terlihat harus antara 5 dan 480 menit."));
    return recordSetting(m_db, actor, kAbandonedKey, QString::number(minutes), minutes);
}
