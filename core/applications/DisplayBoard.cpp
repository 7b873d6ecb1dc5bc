#include "applications/DisplayBoard.h"

#include "accounts/Permissions.h"
#include "applications/ApplicationStatus.h"
#include "applications/CounterContext.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "settings/OfficeSettings.h"
#include "settings/RecordedSetting.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "storage/WriteRetry.h"
#include "validation/Validators.h"

#include <QJsonObject>
#include <QSet>

namespace {

const QString kTickerKey = QStringLiteral("display.ticker");
// The columns both readers of the board's calls select.
const QString kCallColumns = QStringLiteral("SELECT id, queue_number, desk, called_at, kind FROM calls ");

BoardCall boardCall(const SqlQuery &q)
{
    BoardCall c;
    c.id = q.value(0).toLongLong();
    c.queueNumber = q.value(1).toString();
    c.desk = q.value(2).toString();
    c.at = Clock::fromStorage(q.value(3));
    c.repeat = q.value(4).toString() == QLatin1String("recall");
    return c;
}

} // namespace

QStringList BoardSnapshot::texts() const
{
    QStringList all;
    auto add = [&](const BoardCall &c) { all << c.queueNumber << c.desk; };
    if (current)
        add(*current);
    for (const BoardCall &c : recent)
        add(c);
    for (const BoardQueue &q : queues)
        all << q.letter << q.service << QString::number(q.waiting);
    all << ticker;
    return all;
}

Result<BoardSnapshot> DisplayBoard::read()
{
    return read(m_ctx.today());
}

Result<BoardSnapshot> DisplayBoard::read(const QDate &day)
{
    using R = Result<BoardSnapshot>;
    BoardSnapshot board;
    board.day = day;
    // The latest calls of the day; a number called again shows once, at its latest call.
    SqlQuery calls(m_ctx.sql, kCallColumns + QStringLiteral("WHERE local_date = :day AND kind <> 'no_show' ORDER BY id DESC LIMIT 60"));
    calls.bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (const Status s = calls.exec(); !s)
        return R::failure(s.error());
    QSet<QString> seen;
    while (calls.next() && board.recent.size() < kRecent) {
        const BoardCall c = boardCall(calls);
        if (seen.contains(c.queueNumber))
            continue;
        seen.insert(c.queueNumber);
        if (!board.current)
            board.current = c;
        else
            board.recent << c;
    }
    // Tickets of the day waiting for their first call, per service.
    SqlQuery waiting(m_ctx.sql, QStringLiteral("SELECT v.service_number, COUNT(*) FROM applications a ")
                                    + SqlDialect::orderedJoin(m_ctx.sql)
                                    + QStringLiteral(" visits v ON v.id = a.visit_id WHERE a.status = :registered AND v.local_date = :day "
                                                     "AND NOT EXISTS (SELECT 1 FROM calls c WHERE c.visit_id = v.id AND c.purpose = 'serve') "
                                                     "GROUP BY v.service_number"));
    waiting.bind(QStringLiteral(":registered"), ApplicationStatuses::key(ApplicationStatus::Registered))
        .bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (const Status s = waiting.exec(); !s)
        return R::failure(s.error());
    QHash<int, int> counts;
    while (waiting.next())
        counts.insert(waiting.value(0).toInt(), waiting.value(1).toInt());
    const auto catalog = m_ctx.catalogs.current(day);
    if (!catalog)
        return R::failure(catalog.error());
    QList<Service> shown = catalog->second->services();
    if (counts.value(Service::kOtherNumber) > 0) // Layanan lain: on the board only while someone waits for it
        shown << *catalog->second->service(Service::kOtherNumber);
    for (const Service &s : std::as_const(shown)) {
        BoardQueue q;
        q.serviceNumber = s.number;
        q.letter = QString(s.queueLetter);
        q.service = s.name;
        q.waiting = counts.value(s.number);
        board.queues << q;
    }
    const Result<QString> line = ticker();
    if (!line)
        return R::failure(line.error());
    board.ticker = line.value();
    return board;
}

Result<QList<BoardCall>> DisplayBoard::callsAfter(const QDate &day, qint64 afterId, int limit)
{
    using R = Result<QList<BoardCall>>;
    SqlQuery q(m_ctx.sql, kCallColumns + QStringLiteral("WHERE local_date = :day AND id > :after AND kind <> 'no_show' ORDER BY id LIMIT :limit"));
    q.bind(QStringLiteral(":day"), day.toString(Qt::ISODate)).bind(QStringLiteral(":after"), afterId).bind(QStringLiteral(":limit"), limit);
    if (const Status s = q.exec(); !s)
        return R::failure(s.error());
    QList<BoardCall> calls;
    while (q.next()) {
        calls << boardCall(q);
    }
    return calls;
}

Result<QString> DisplayBoard::ticker()
{
    const Result<QString> stored = OfficeSettings(m_ctx.db).value(kTickerKey);
    if (!stored)
        return stored;
    if (!stored->trimmed().isEmpty())
        return stored->trimmed();
    const Result<OfficeIdentity> office = OfficeSettings(m_ctx.db).load();
    const QString maklumat = office ? office->maklumat : OfficeIdentity::defaults().maklumat;
    return maklumat.section(QLatin1Char('\n'), 0, 0).trimmed();
}

Status DisplayBoard::setTicker(const User &actor, const QString &text)
{
    if (!Permissions::userMay(actor, Action::EditSettings))
        return Status::failure(tr("Hanya administrator yang boleh mengubah teks berjalan layar antrian."));
    const Validation v = Validators::text(text, kMaxTicker, false);
    if (!v.ok)
        return Status::failure(tr("Teks berjalan: %1").arg(v.error));
    const QString line = v.value.simplified();
    return recordSetting(m_ctx.db, actor, kTickerKey, line, line);
}
