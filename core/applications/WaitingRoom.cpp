#include "applications/WaitingRoom.h"

#include "accounts/Permissions.h"
#include "applications/ApplicationStatus.h"
#include "applications/CounterContext.h"
#include "applications/VisitTable.h"
#include "applications/WrittenReason.h"
#include "common/Clock.h"
#include "desks/DeskSessions.h"
#include "events/EventLog.h"
#include "settings/OfficeSettings.h"
#include "settings/RecordedSetting.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"

#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace {

const QString kNoShowKey = QStringLiteral("calling.no_show_after");

bool serves(const QList<int> &services, int service)
{
    return services.isEmpty() || services.contains(service);
}

QString eventKind(CallKind kind)
{
    switch (kind) {
    case CallKind::Call: return QStringLiteral("visit_called");
    case CallKind::Recall: return QStringLiteral("visit_recalled");
    case CallKind::NoShow: return QStringLiteral("visit_no_show");
    }
    return QString();
}

bool kindFromKey(const QString &key, CallKind *kind)
{
    for (CallKind k : {CallKind::Call, CallKind::Recall, CallKind::NoShow})
        if (WaitingRoom::kindKey(k) == key) {
            *kind = k;
            return true;
        }
    return false;
}

// A visit's calls to be served, oldest first, fold into its state in the line: each
// call or repeat counts, a no-show sets it aside and starts the count again.
void fold(WaitingVisit &v, qint64 id, const QString &kind, const QString &desk, const QDateTime &at)
{
    v.lastCallId = id;
    if (kind == WaitingRoom::kindKey(CallKind::NoShow)) {
        v.state = WaitingVisit::State::SetAside;
        v.calls = 0;
        return;
    }
    v.state = WaitingVisit::State::Called;
    ++v.calls;
    v.desk = desk;
    v.lastCalledAt = at;
}

bool before(const WaitingVisit &a, const WaitingVisit &b)
{
    if (a.state != b.state)
        return int(a.state) < int(b.state);
    if (a.state == WaitingVisit::State::Waiting && (a.priority != Priority::None) != (b.priority != Priority::None))
        return a.priority != Priority::None;
    if (a.arrivedAt != b.arrivedAt)
        return a.arrivedAt < b.arrivedAt;
    return a.visitId < b.visitId;
}

} // namespace

QString WaitingRoom::kindKey(CallKind kind)
{
    switch (kind) {
    case CallKind::Call: return QStringLiteral("call");
    case CallKind::Recall: return QStringLiteral("recall");
    case CallKind::NoShow: return QStringLiteral("no_show");
    }
    return QString();
}

QString WaitingRoom::purposeKey(CallPurpose purpose)
{
    return purpose == CallPurpose::Collect ? QStringLiteral("collect") : QStringLiteral("serve");
}

QDate WaitingRoom::today()
{
    return m_ctx.today();
}

Result<QList<WaitingVisit>> WaitingRoom::line(const QDate &day, const QList<int> &services)
{
    using R = Result<QList<WaitingVisit>>;
    // From the day's registered files (a few) to their visits and their calls to be served.
    SqlQuery q(m_ctx.sql,
               QStringLiteral("SELECT v.id, a.id, v.queue_letter, v.queue_seq, v.service_number, v.arrived_at, v.priority, "
                              "c.kind, c.desk, c.called_at, c.id FROM applications a ")
                   + SqlDialect::orderedJoin(m_ctx.sql)
                   + QStringLiteral(" visits v ON v.id = a.visit_id LEFT JOIN calls c ON c.visit_id = v.id AND c.purpose = 'serve' "
                                    "WHERE a.status = :registered AND v.local_date = :day ORDER BY v.id, c.id"));
    q.bind(QStringLiteral(":registered"), ApplicationStatuses::key(ApplicationStatus::Registered))
        .bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    QList<WaitingVisit> visits;
    while (q.next()) {
        const qint64 visitId = q.value(0).toLongLong();
        if (visits.isEmpty() || visits.last().visitId != visitId) {
            WaitingVisit v;
            v.visitId = visitId;
            v.applicationId = q.value(1).toLongLong();
            v.queueNumber = VisitTable::queueNumber(q.value(2).toString().at(0), q.value(3).toInt());
            v.serviceNumber = q.value(4).toInt();
            v.arrivedAt = Clock::fromStorage(q.value(5));
            Priorities::fromKey(q.value(6).toString(), &v.priority);
            visits << v;
        }
        if (!q.value(7).isNull())
            fold(visits.last(), q.value(10).toLongLong(), q.value(7).toString(), q.value(8).toString(), Clock::fromStorage(q.value(9)));
    }
    QList<WaitingVisit> shown;
    for (const WaitingVisit &v : visits)
        if (serves(services, v.serviceNumber))
            shown << v;
    std::stable_sort(shown.begin(), shown.end(), before);
    return shown;
}

Result<std::optional<WaitingVisit>> WaitingRoom::next(const QDate &day, const QList<int> &services)
{
    using R = Result<std::optional<WaitingVisit>>;
    const Result<QList<WaitingVisit>> all = line(day, services);
    if (!all)
        return R::failure(all.error());
    if (all->isEmpty() || all->first().state != WaitingVisit::State::Waiting)
        return std::optional<WaitingVisit>();
    return std::optional<WaitingVisit>(all->first());
}

Result<qint64> WaitingRoom::insertRow(QSqlDatabase &sql, const CallRecord &c, const QDate &visitDay)
{
    SqlQuery q(sql, QStringLiteral("INSERT INTO calls (visit_id, local_date, queue_number, service_number, desk, called_at, called_by, "
                                   "kind, purpose, out_of_turn) VALUES (:visit, :day, :number, :service, :desk, :at, :by, :kind, :purpose, "
                                   ":out) RETURNING id"));
    q.bind(QStringLiteral(":visit"), c.visitId)
        .bind(QStringLiteral(":day"), visitDay.toString(Qt::ISODate))
        .bind(QStringLiteral(":number"), c.queueNumber)
        .bind(QStringLiteral(":service"), c.serviceNumber)
        .bind(QStringLiteral(":desk"), c.desk)
        .bind(QStringLiteral(":at"), Clock::toStorage(c.at))
        .bind(QStringLiteral(":by"), c.calledBy)
        .bind(QStringLiteral(":kind"), kindKey(c.kind))
        .bind(QStringLiteral(":purpose"), purposeKey(c.purpose))
        .bind(QStringLiteral(":out"), c.outOfTurn ? 1 : 0);
    if (const Status s = q.exec(); !s)
        return Result<qint64>::failure(s.error());
    return q.insertedId();
}

Result<CallRecord> WaitingRoom::record(const User &actor, const QString &desk, const WaitingVisit &visit, CallKind kind,
                                       CallPurpose purpose, const QString &reason)
{
    using R = Result<CallRecord>;
    CallRecord c;
    c.visitId = visit.visitId;
    c.queueNumber = visit.queueNumber;
    c.serviceNumber = visit.serviceNumber;
    c.desk = desk;
    c.at = Clock::fromStorage(Clock::toStorage(Clock::nowUtc()));
    c.calledBy = actor.id;
    c.kind = kind;
    c.purpose = purpose;
    c.outOfTurn = !reason.isEmpty();
    const QDate day = visit.arrivedAt.isValid() ? visit.arrivedAt.toTimeZone(m_ctx.calendar.shown().timeZone()).date() : today();
    const Result<qint64> id = insertRow(m_ctx.sql, c, day);
    if (!id)
        return R::failure(id.error());
    c.id = id.value();
    Event e;
    e.at = c.at;
    e.userId = actor.id;
    e.kind = eventKind(kind);
    e.visitId = visit.visitId;
    e.applicationId = visit.applicationId;
    e.reason = reason;
    e.data = QJsonObject{{QStringLiteral("queue_number"), c.queueNumber},
                         {QStringLiteral("desk"), c.desk},
                         {QStringLiteral("purpose"), purposeKey(purpose)}};
    if (c.outOfTurn)
        e.data.insert(QStringLiteral("out_of_turn"), true);
    if (kind != CallKind::NoShow)
        e.data.insert(QStringLiteral("call"), visit.calls + 1);
    if (const Result<qint64> appended = EventLog(m_ctx.sql).append(e); !appended)
        return R::failure(appended.error());
    return c;
}

namespace {

Status mayCall(const User &actor, CallPurpose purpose)
{
    if (purpose == CallPurpose::Serve && !Permissions::userMay(actor, Action::CheckDocuments))
        return Status::failure(WaitingRoom::tr("Hanya petugas helpdesk yang memanggil antrian untuk pemeriksaan berkas."));
    if (purpose == CallPurpose::Collect && !Permissions::userMay(actor, Action::WorkQueue))
        return Status::failure(WaitingRoom::tr("Hanya verifikator atau admin sistem yang memanggil pemohon untuk mengambil hasil layanan."));
    return Status::success();
}

} // namespace

Result<CallRecord> WaitingRoom::inTransaction(const User &actor, CallPurpose purpose, const QString &desk,
                                              const std::function<Result<CallRecord>(const QString &desk)> &body)
{
    if (const Status s = mayCall(actor, purpose); !s)
        return Result<CallRecord>::failure(s.error());
    const Result<QString> deskName = DeskSessions::validateDeskName(desk);
    if (!deskName)
        return Result<CallRecord>::failure(deskName.error());
    // The line is read inside the write transaction: two desks pressing at once call two
    // numbers, and a repeat or a no-show acts on the call the desk really has.
    CallRecord made;
    const Status s = runWriteTransaction(m_ctx.sql, [&]() -> Status {
        const Result<CallRecord> c = body(deskName.value());
        if (!c)
            return Status::failure(c.error());
        made = c.value();
        return Status::success();
    });
    if (!s)
        return Result<CallRecord>::failure(s.error());
    return made;
}

Result<CallRecord> WaitingRoom::callNext(const User &actor, const QString &desk, const QList<int> &services)
{
    using R = Result<CallRecord>;
    return inTransaction(actor, CallPurpose::Serve, desk, [&](const QString &deskName) -> R {
        const Result<std::optional<WaitingVisit>> first = next(today(), services);
        if (!first)
            return R::failure(first.error());
        if (!first->has_value())
            return R::failure(services.isEmpty() ? tr("Tidak ada yang menunggu dipanggil.")
                                                 : tr("Tidak ada yang menunggu dipanggil untuk layanan meja ini."));
        return record(actor, deskName, **first, CallKind::Call, CallPurpose::Serve, {});
    });
}

Result<CallRecord> WaitingRoom::call(const User &actor, const QString &desk, qint64 visitId, const QList<int> &services,
                                     const QString &reason)
{
    using R = Result<CallRecord>;
    return inTransaction(actor, CallPurpose::Serve, desk, [&](const QString &deskName) -> R {
        const Result<QList<WaitingVisit>> all = line(today());
        if (!all)
            return R::failure(all.error());
        const auto it = std::find_if(all->begin(), all->end(), [&](const WaitingVisit &v) { return v.visitId == visitId; });
        if (it == all->end())
            return R::failure(tr("Nomor itu tidak menunggu dipanggil hari ini: berkasnya sudah diperiksa atau bukan dari hari ini."));
        if (it->state == WaitingVisit::State::Called) {
            if (it->desk != deskName)
                return R::failure(tr("Nomor %1 sedang dipanggil ke %2.").arg(it->queueNumber, it->desk));
            return R::failure(tr("Nomor %1 sudah dipanggil ke meja ini: gunakan \"Panggil ulang\".").arg(it->queueNumber));
        }
        QString written;
        if (it->state == WaitingVisit::State::Waiting) {
            const Result<std::optional<WaitingVisit>> first = next(today(), services);
            if (!first)
                return R::failure(first.error());
            if (!first->has_value() || (*first)->visitId != visitId) {
                if (reason.trimmed().isEmpty())
                    return R::failure(tr("Nomor %1 bukan giliran berikutnya: tuliskan alasan memanggilnya lebih dahulu.").arg(it->queueNumber));
                const Result<QString> checked = WrittenReason::check(reason, tr("Alasan memanggil di luar urutan"));
                if (!checked)
                    return R::failure(checked.error());
                written = checked.value();
            }
        }
        // A visitor set aside who turned up is called without a reason.
        return record(actor, deskName, *it, CallKind::Call, CallPurpose::Serve, written);
    });
}

Result<std::optional<WaitingVisit>> WaitingRoom::findCurrent(const QString &desk, const QDate &day)
{
    using R = Result<std::optional<WaitingVisit>>;
    const Result<QList<WaitingVisit>> all = line(day);
    if (!all)
        return R::failure(all.error());
    std::optional<WaitingVisit> latest;
    for (const WaitingVisit &v : all.value())
        if (v.state == WaitingVisit::State::Called && v.desk == desk && (!latest || v.lastCallId > latest->lastCallId))
            latest = v;
    return latest;
}

Result<std::optional<WaitingVisit>> WaitingRoom::currentAt(const QString &desk, const QDate &day)
{
    return findCurrent(desk, day);
}

Result<CallRecord> WaitingRoom::atCurrent(const User &actor, const QString &desk, CallKind kind)
{
    using R = Result<CallRecord>;
    const int needed = kind == CallKind::NoShow ? noShowAfter() : 0;
    return inTransaction(actor, CallPurpose::Serve, desk, [&](const QString &deskName) -> R {
        const Result<std::optional<WaitingVisit>> current = findCurrent(deskName, today());
        if (!current)
            return R::failure(current.error());
        if (!current->has_value())
            return R::failure(tr("Meja ini belum memanggil nomor yang masih ditunggu."));
        if ((*current)->calls < needed)
            return R::failure(tr("Nomor %1 baru dipanggil %2 kali: \"Tidak hadir\" setelah %3 kali dipanggil.")
                                  .arg((*current)->queueNumber)
                                  .arg((*current)->calls)
                                  .arg(needed));
        return record(actor, deskName, **current, kind, CallPurpose::Serve, {});
    });
}

Result<CallRecord> WaitingRoom::recall(const User &actor, const QString &desk)
{
    return atCurrent(actor, desk, CallKind::Recall);
}

Result<CallRecord> WaitingRoom::noShow(const User &actor, const QString &desk)
{
    return atCurrent(actor, desk, CallKind::NoShow);
}

Result<CallRecord> WaitingRoom::callToCollect(const User &actor, const QString &desk, qint64 applicationId)
{
    using R = Result<CallRecord>;
    return inTransaction(actor, CallPurpose::Collect, desk, [&](const QString &deskName) -> R {
        const Result<VisitInfo> visit = m_ctx.visits.loadOfApplication(applicationId);
        if (!visit)
            return R::failure(visit.error());
        WaitingVisit v;
        v.visitId = visit->id;
        v.applicationId = applicationId;
        v.queueNumber = visit->queueNumber;
        v.serviceNumber = visit->serviceNumber;
        v.arrivedAt = visit->arrivedAt;
        SqlQuery count(m_ctx.sql, QStringLiteral("SELECT COUNT(*) FROM calls WHERE visit_id = :visit AND purpose = 'collect'"));
        count.bind(QStringLiteral(":visit"), v.visitId);
        if (const Status c = count.exec(); !c)
            return R::failure(c.error());
        count.next();
        v.calls = count.value(0).toInt();
        return record(actor, deskName, v, v.calls ? CallKind::Recall : CallKind::Call, CallPurpose::Collect, {});
    });
}

Result<QList<CallRecord>> WaitingRoom::calls(const QDate &day, int limit)
{
    using R = Result<QList<CallRecord>>;
    SqlQuery q(m_ctx.sql, QStringLiteral("SELECT id, visit_id, queue_number, service_number, desk, called_at, called_by, kind, purpose, "
                                         "out_of_turn FROM calls WHERE local_date = :day AND kind <> 'no_show' ORDER BY id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":day"), day.toString(Qt::ISODate)).bind(QStringLiteral(":limit"), limit);
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    QList<CallRecord> list;
    while (q.next()) {
        CallRecord c;
        c.id = q.value(0).toLongLong();
        c.visitId = q.value(1).toLongLong();
        c.queueNumber = q.value(2).toString();
        c.serviceNumber = q.value(3).toInt();
        c.desk = q.value(4).toString();
        c.at = Clock::fromStorage(q.value(5));
        c.calledBy = q.value(6).toLongLong();
        kindFromKey(q.value(7).toString(), &c.kind);
        c.purpose = q.value(8).toString() == QLatin1String("collect") ? CallPurpose::Collect : CallPurpose::Serve;
        c.outOfTurn = q.value(9).toInt() != 0;
        list << c;
    }
    return list;
}

int WaitingRoom::noShowAfter()
{
    const Result<QString> stored = OfficeSettings(m_ctx.db).value(kNoShowKey, QString::number(kDefaultNoShowAfter));
    bool ok = false;
    const int calls = stored ? stored->toInt(&ok) : 0;
    return ok && calls >= 1 && calls <= kMaxNoShowAfter ? calls : kDefaultNoShowAfter;
}

Status WaitingRoom::setNoShowAfter(const User &actor, int calls)
{
    if (!Permissions::userMay(actor, Action::EditSettings))
        return Status::failure(tr("Hanya administrator yang boleh mengubah pengaturan ini."));
    if (calls < 1 || calls > kMaxNoShowAfter)
        return Status::failure(tr("Jumlah panggilan sebelum \"Tidak hadir\" harus antara 1 dan %1.").arg(kMaxNoShowAfter));
    return recordSetting(m_ctx.db, actor, kNoShowKey, QString::number(calls), calls);
}
