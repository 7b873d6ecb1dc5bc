#include "events/EventLog.h"

#include "common/Clock.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSqlRecord>

namespace {

const QString kGenesis = QString(64, QLatin1Char('0'));

Event eventFromRow(SqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.at = Clock::fromStorage(q.value(1));
    e.userId = q.value(2).toLongLong();
    e.kind = q.value(3).toString();
    e.applicationId = q.value(4).toLongLong();
    e.visitId = q.value(5).toLongLong();
    e.fromStatus = q.value(6).toString();
    e.toStatus = q.value(7).toString();
    e.reason = q.value(8).toString();
    e.data = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    e.complaintId = q.value(12).toLongLong();
    return e;
}

// Whether the events table has complaint_id (schema 3): a file opened for inspection is
// not migrated and may be older. Asked once per connection (each open is a new one): on a
// server each question is a catalogue query.
bool hasComplaintColumn(const QSqlDatabase &db)
{
    thread_local QHash<QString, bool> known;
    const auto it = known.constFind(db.connectionName());
    if (it != known.constEnd())
        return it.value();
    const bool has = db.record(QStringLiteral("events")).contains(QStringLiteral("complaint_id"));
    known.insert(db.connectionName(), has);
    return has;
}

// The head of the chain as the Transaction open on each connection left it
// (SqlDialect::writeTransactionId).
struct Head
{
    quint64 transaction = 0;
    qint64 id = 0;
    QString hash;
};
thread_local QHash<QString, Head> t_heads;

// Older files read a constant 0 in place of complaint_id (column 12).
QString columns(bool withComplaint)
{
    return QStringLiteral("e.id, e.at, e.user_id, e.kind, e.application_id, e.visit_id, e.from_status, "
                          "e.to_status, e.reason, e.data, e.prev_hash, e.hash, ")
           + (withComplaint ? QStringLiteral("COALESCE(e.complaint_id, 0)") : QStringLiteral("0"));
}

} // namespace

QString EventLog::hashOf(const Event &e, const QString &previousHash)
{
    // Canonical form: a JSON object with sorted keys, empty fields left out, so that a
    // column added later (empty on old rows) does not change old hashes.
    QJsonObject o;
    o.insert(QStringLiteral("id"), QString::number(e.id));
    o.insert(QStringLiteral("at"), Clock::toStorage(e.at));
    if (e.userId)
        o.insert(QStringLiteral("user"), QString::number(e.userId));
    o.insert(QStringLiteral("kind"), e.kind);
    if (e.applicationId)
        o.insert(QStringLiteral("application"), QString::number(e.applicationId));
    if (e.visitId)
        o.insert(QStringLiteral("visit"), QString::number(e.visitId));
    if (e.complaintId)
        o.insert(QStringLiteral("complaint"), QString::number(e.complaintId));
    if (!e.fromStatus.isEmpty())
        o.insert(QStringLiteral("from"), e.fromStatus);
    if (!e.toStatus.isEmpty())
        o.insert(QStringLiteral("to"), e.toStatus);
    if (!e.reason.isEmpty())
        o.insert(QStringLiteral("reason"), e.reason);
    if (!e.data.isEmpty())
        o.insert(QStringLiteral("data"), e.data);
    o.insert(QStringLiteral("prev"), previousHash);
    const QByteArray canonical = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

SqlStatement EventLog::headStatement()
{
    return {QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"), {}};
}

Result<qint64> EventLog::append(const Event &input)
{
    qint64 nextId = 1;
    QString previousHash = kGenesis;
    const quint64 transaction = SqlDialect::writeTransactionId(m_db);
    if (const Head head = t_heads.value(m_db.connectionName()); transaction && head.transaction == transaction) {
        nextId = head.id + 1;
        previousHash = head.hash;
    } else {
        SqlQuery last(m_db, headStatement());
        if (const Status s = last.exec(); !s)
            return Result<qint64>::failure(s.error());
        if (last.next()) {
            nextId = last.value(0).toLongLong() + 1;
            previousHash = last.value(1).toString();
        }
    }
    Event e = input;
    e.id = nextId;
    if (!e.at.isValid())
        e.at = Clock::nowUtc();
    // Stored with millisecond precision; hash what is stored.
    e.at = Clock::fromStorage(Clock::toStorage(e.at));
    if (const Result<QString> written = appendLinked(e, previousHash); !written)
        return Result<qint64>::failure(written.error());
    return e.id;
}

bool EventLog::withComplaintColumn()
{
    return hasComplaintColumn(m_db);
}

Result<QString> EventLog::appendLinked(const Event &e, const QString &previousHash)
{
    const QString hash = hashOf(e, previousHash);
    const bool withComplaint = withComplaintColumn();
    if (e.complaintId && !withComplaint)
        return Result<QString>::failure(tr("Basis data ini belum mengenal pengaduan (versi skema terlalu lama)."));
    // The complaint column is missing on schemas before 0003 (tests of migrations), the
    // key's before 0008; each is written only when there is one.
    QString columns = QStringLiteral("id, at, user_id, kind, application_id, visit_id, from_status, to_status, reason, data, prev_hash, hash");
    QString values = QStringLiteral(":id, :at, :user, :kind, :app, :visit, :from, :to, :reason, :data, :prev, :hash");
    if (withComplaint) {
        columns += QStringLiteral(", complaint_id");
        values += QStringLiteral(", :complaint");
    }
    if (!e.actionKey.isEmpty()) {
        columns += QStringLiteral(", action_key");
        values += QStringLiteral(", :key");
    }
    SqlQuery q(m_db, QStringLiteral("INSERT INTO events (%1) VALUES (%2)").arg(columns, values));
    if (!e.actionKey.isEmpty())
        q.bind(QStringLiteral(":key"), e.actionKey);
    if (withComplaint)
        q.bind(QStringLiteral(":complaint"), e.complaintId ? QVariant(e.complaintId) : QVariant());
    q.bind(QStringLiteral(":id"), e.id)
        .bind(QStringLiteral(":at"), Clock::toStorage(e.at))
        .bind(QStringLiteral(":user"), e.userId ? QVariant(e.userId) : QVariant())
        .bind(QStringLiteral(":kind"), e.kind)
        .bind(QStringLiteral(":app"), e.applicationId ? QVariant(e.applicationId) : QVariant())
        .bind(QStringLiteral(":visit"), e.visitId ? QVariant(e.visitId) : QVariant())
        .bind(QStringLiteral(":from"), e.fromStatus)
        .bind(QStringLiteral(":to"), e.toStatus)
        .bind(QStringLiteral(":reason"), e.reason)
        .bind(QStringLiteral(":data"), QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":prev"), previousHash)
        .bind(QStringLiteral(":hash"), hash);
    if (const Status s = q.exec(); !s)
        return Result<QString>::failure(s.error());
    if (const quint64 transaction = SqlDialect::writeTransactionId(m_db))
        t_heads.insert(m_db.connectionName(), Head{transaction, e.id, hash});
    return hash;
}

SqlStatement EventLog::readStatement(const QString &where, qint64 id)
{
    return {QStringLiteral("SELECT ") + columns(hasComplaintColumn(m_db))
                + QStringLiteral(", COALESCE(u.full_name, '') FROM events e LEFT JOIN users u ON u.id = e.user_id WHERE ") + where
                + QStringLiteral(" ORDER BY e.id"),
            {{QStringLiteral(":id"), id}}};
}

Result<QList<Event>> EventLog::read(const QString &where, qint64 id)
{
    SqlQuery q(m_db, readStatement(where, id));
    if (const Status s = q.exec(); !s)
        return Result<QList<Event>>::failure(s.error());
    QList<Event> events;
    while (q.next()) {
        Event e = eventFromRow(q);
        e.userName = q.value(13).toString();
        events << e;
    }
    return events;
}

Result<QList<Event>> EventLog::forApplication(qint64 applicationId)
{
    return read(QStringLiteral("e.application_id = :id"), applicationId);
}

SqlStatement EventLog::forApplicationStatement(qint64 applicationId)
{
    return readStatement(QStringLiteral("e.application_id = :id"), applicationId);
}

Result<QList<Event>> EventLog::forVisit(qint64 visitId)
{
    return read(QStringLiteral("e.visit_id = :id"), visitId);
}

Result<std::optional<Event>> EventLog::byActionKey(const QString &key)
{
    using R = Result<std::optional<Event>>;
    SqlQuery q(m_db, QStringLiteral("SELECT ") + columns(true) + QStringLiteral(" FROM events e WHERE e.action_key = :key"));
    q.bind(QStringLiteral(":key"), key);
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    if (!q.next())
        return std::optional<Event>();
    Event e = eventFromRow(q);
    e.actionKey = key;
    return std::optional<Event>(e);
}

Result<QString> EventLog::lastHash()
{
    SqlQuery last(m_db, QStringLiteral("SELECT hash FROM events ORDER BY id DESC LIMIT 1"));
    if (const Status s = last.exec(); !s)
        return Result<QString>::failure(s.error());
    return last.next() ? last.value(0).toString() : QString();
}

Result<EventLog::ChainCheck> EventLog::verifyChain()
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + columns(hasComplaintColumn(m_db)) + QStringLiteral(" FROM events e ORDER BY e.id"));
    if (const Status s = q.exec(); !s)
        return Result<ChainCheck>::failure(s.error());
    ChainCheck check;
    QString previousHash = kGenesis;
    qint64 expectedId = 1;
    while (q.next()) {
        const Event e = eventFromRow(q);
        const QString storedPrev = q.value(10).toString();
        const QString storedHash = q.value(11).toString();
        ++check.checked;
        if (e.id != expectedId) {
            check.firstBadId = e.id;
            check.problem = tr("kejadian %1 tidak ada (dihapus?) sebelum kejadian %2").arg(expectedId).arg(e.id);
            return check;
        }
        if (storedPrev != previousHash) {
            check.firstBadId = e.id;
            check.problem = tr("rantai terputus: hash sebelumnya tidak cocok");
            return check;
        }
        if (hashOf(e, previousHash) != storedHash) {
            check.firstBadId = e.id;
            check.problem = tr("isi kejadian tidak cocok dengan hash-nya (diubah?)");
            return check;
        }
        previousHash = storedHash;
        ++expectedId;
    }
    return check;
}
