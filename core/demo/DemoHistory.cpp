#include "demo/DemoHistory.h"

#include "accounts/AccountStore.h"
#include "accounts/PasswordHasher.h"
#include "applications/GuestBook.h"
#include "complaints/ComplaintRegister.h"
#include "complaints/ComplaintStore.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "validation/Validators.h"

#include <QTimeZone>

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kWorkingDay = 7 * 60 * kMinute + 30 * kMinute;
const QString kDemoPassword = QStringLiteral("demo-loket-1");
// About one in ten visits brings a new vendor.
constexpr double kNewVendorShare = 0.1;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace

DemoHistory::DemoHistory(Database &db, const DemoSetting &setting, DemoSummary &summary)
    : m_db(db),
      m_sql(db.connection()),
      m_setting(setting),
      m_summary(summary),
      m_zone(setting.calendar.timeZone()),
      m_index(setting.calendar, setting.from.addDays(-1), setting.until.addDays(90)),
      m_horizon(QDateTime(setting.until.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch()),
      m_dice(setting.options.seed),
      m_visits(m_sql),
      m_applications(m_sql),
      m_checklists(m_sql),
      m_events(m_sql),
      m_vendorStore(db),
      m_suggestions(db),
      m_survey(db),
      m_previousHash(64, QLatin1Char('0'))
{
}

qint64 DemoHistory::later(qint64 from, qint64 workingMs) const
{
    const qint64 t = m_index.addWorkingMs(from, workingMs);
    return t < 0 ? m_horizon + kWorkingDay : t;
}

// ---- staff

Result<qint64> DemoHistory::addUser(const QString &login, const QString &name, Role role, const QString &hash, const QDateTime &createdAt)
{
    return AccountStore(m_db).addUserWithHash(login, name, hash, {role}, createdAt);
}

Status DemoHistory::addStaff()
{
    // Hashing is deliberately slow: the demo accounts share one hash.
    const QString hash = PasswordHasher::hash(kDemoPassword);
    const QDateTime createdAt = QDateTime(m_setting.from, QTime(7, 0), m_zone).toUTC();
    const Result<qint64> ids[] = {
        addUser(QStringLiteral("demo.hana"), QStringLiteral("Hana Lestari"), Role::Helpdesk, hash, createdAt),
        addUser(QStringLiteral("demo.rudi"), QStringLiteral("Rudi Hartono"), Role::Helpdesk, hash, createdAt),
        addUser(QStringLiteral("demo.vera"), QStringLiteral("Vera Anggraini"), Role::Verifikator, hash, createdAt),
        addUser(QStringLiteral("demo.vino"), QStringLiteral("Vino Pratama"), Role::Verifikator, hash, createdAt),
        addUser(QStringLiteral("demo.adi"), QStringLiteral("Adi Saputra"), Role::AdminSistem, hash, createdAt),
        addUser(QStringLiteral("demo.siti"), QStringLiteral("Siti Aminah"), Role::Kasubbag, hash, createdAt),
    };
    for (const Result<qint64> &id : ids)
        if (!id)
            return Status::failure(id.error());
    m_staff = Staff{{ids[0].value(), ids[1].value()}, {ids[2].value(), ids[3].value()}, ids[4].value(), ids[5].value()};
    return Status::success();
}

// ---- vendors: they appear with their first visit

Result<DemoHistory::DemoVendor> DemoHistory::newVendor(qint64 at)
{
    using namespace DemoPeople;
    Dice &dice = m_dice;
    const int n = int(m_vendors.size()) + 1;
    const bool pt = dice.chance(0.45);
    QString name;
    do {
        name = (pt ? QStringLiteral("PT ") : QStringLiteral("CV ")) + dice.pick(kNameWords) + QLatin1Char(' ') + dice.pick(kNameWords);
        if (m_usedNames.contains(name))
            name += QLatin1Char(' ') + dice.pick(kNameWords);
        if (m_usedNames.contains(name))
            name += QStringLiteral(" %1").arg(n);
    } while (m_usedNames.contains(name));
    m_usedNames.insert(name);
    const QString first8 = QStringLiteral("0%1%2").arg(dice.between(1, 3)).arg(n, 6, 10, QLatin1Char('0'));
    Vendor v;
    v.name = name;
    v.legalForm = pt ? QStringLiteral("PT") : QStringLiteral("CV");
    v.npwp = first8 + Validators::luhnCheckDigit(first8) + QStringLiteral("731000");
    v.email = QStringLiteral("admin%1@penyedia.example").arg(n);
    v.phone = phone(dice);
    v.nib = QStringLiteral("91%1").arg(dice.between(10000000000LL, 99999999999LL));
    v.address = QString(dice.pick(kStreets) + QStringLiteral(" No. %1, Banjarmasin").arg(dice.between(1, 200)));
    const Result<qint64> id = m_vendorStore.insertRecord(v, utc(at));
    if (!id)
        return Result<DemoVendor>::failure(id.error());
    v.id = id.value();
    const bool woman = dice.chance(0.35);
    DemoVendor d{v, personName(dice), nik(dice, woman)};
    m_vendors << d;
    ++m_summary.vendors;
    return d;
}

Result<DemoHistory::DemoVendor> DemoHistory::vendorFor(const WalkIn &w)
{
    if (w.isFollowUp)
        return w.follow.vendor;
    if (m_vendors.isEmpty() || m_dice.chance(kNewVendorShare))
        return newVendor(w.arrived);
    return m_dice.pick(m_vendors);
}

// ---- a working day

Status DemoHistory::writeDay(const QDate &date)
{
    const qint64 dayStart = QDateTime(date, QTime(0, 0), m_zone).toMSecsSinceEpoch();
    if (const Status s = flushBefore(dayStart); !s)
        return s;
    Day day;
    day.date = date;
    day.open = m_index.openingOf(date);
    if (day.open < 0)
        return Status::success();
    const qint64 dayMs = m_index.workingMsOf(date);
    day.helpdesk = m_staff.helpdesk[date.dayOfYear() % 2];

    // Arrivals spread over the day, none in the last quarter hour.
    const int count = std::max(1, int(m_setting.options.perDay * (0.75 + 0.5 * m_dice.real()) + 0.5));
    QList<qint64> offsets;
    for (int i = 0; i < count; ++i)
        offsets << m_dice.between(0, std::max<qint64>(dayMs - 15 * kMinute, 1));
    std::sort(offsets.begin(), offsets.end());
    QList<FollowUp> todays = m_followUps.take(date);
    QHash<QChar, int> sequence;
    day.outage = m_dice.chance(0.04);
    day.outageStart = day.open + m_dice.between(60, 300) * kMinute;
    day.outageEnd = day.outageStart + m_dice.between(20, 70) * kMinute;

    for (int i = 0; i < count; ++i)
        if (const Status s = walkIn(day, m_index.addWorkingMs(day.open, offsets.at(i)), todays, count - i, sequence); !s)
            return s;
    // Complaints and suggestions: a few a month.
    if (m_dice.chance(0.1))
        if (const Status s = complaintOf(day); !s)
            return s;
    if (m_dice.chance(0.25))
        return suggestionOf(day);
    return Status::success();
}

Status DemoHistory::walkIn(const Day &day, qint64 arrived, QList<FollowUp> &todays, int remaining, QHash<QChar, int> &sequence)
{
    WalkIn w;
    w.arrived = arrived;
    if (!todays.isEmpty() && m_dice.chance(double(todays.size()) / double(remaining))) {
        w.follow = todays.takeFirst();
        w.isFollowUp = true;
    }
    const int serviceNumber = w.isFollowUp ? w.follow.service : [this] {
        // Services by share of visits (SPSE support and activation are the busiest).
        static const QList<std::pair<int, int>> mix = {{1, 24}, {2, 14}, {3, 7}, {4, 10}, {5, 5}, {6, 12}, {7, 28}};
        qint64 r = m_dice.between(1, 100);
        for (const auto &[number, share] : mix) {
            if (r <= share)
                return number;
            r -= share;
        }
        return 7;
    }();
    w.service = m_setting.catalog.service(serviceNumber);
    if (!w.service)
        return Status::failure(tr("Layanan %1 tidak ada dalam katalog.").arg(serviceNumber));
    const Result<DemoVendor> vendor = vendorFor(w);
    if (!vendor)
        return Status::failure(vendor.error());
    w.vendor = vendor.value();
    w.proxy = w.isFollowUp ? w.follow.proxy : m_dice.chance(0.35);
    w.sequence = ++sequence[w.service->queueLetter];
    w.queueNumber = VisitTable::queueNumber(w.service->queueLetter, w.sequence);
    w.number = GuestBook::applicationNumber(day.date, w.service->queueLetter, w.sequence);
    if (const Status s = writeVisit(day, w); !s)
        return s;

    QList<ChecklistItem> items = ChecklistTable::itemsFor(*w.service, w.proxy);
    const QList<Step> steps = fileLife(day, w, items);
    return writeFile(day, w, items, steps);
}

Status DemoHistory::writeVisit(const Day &day, WalkIn &w)
{
    NewVisit v;
    v.arrivedAt = utc(w.arrived);
    v.localDay = day.date;
    v.queueLetter = w.service->queueLetter;
    v.queueSequence = w.sequence;
    v.applicantName = w.proxy ? DemoPeople::personName(m_dice) : w.vendor.headName;
    v.applicantNik = w.proxy ? DemoPeople::nik(m_dice, m_dice.chance(0.5)) : w.vendor.headNik;
    v.applicantPhone = w.proxy ? DemoPeople::phone(m_dice) : w.vendor.record.phone;
    v.proxy = w.proxy;
    v.serviceNumber = w.service->number;
    v.helpdeskUserId = day.helpdesk;
    v.vendor = w.vendor.record;
    const Result<qint64> id = m_visits.insert(v);
    if (!id)
        return Status::failure(id.error());
    w.visitId = id.value();
    ++m_summary.visits;
    return Status::success();
}

Status DemoHistory::complaintOf(const Day &day)
{
    Dice &dice = m_dice;
    if (m_complaintYear != day.date.year()) {
        m_complaintYear = day.date.year();
        m_complaintSeq = 0;
    }
    const int seq = ++m_complaintSeq;
    const qint64 received = m_index.addWorkingMs(day.open, dice.between(30, 400) * kMinute);
    const qint64 ackAt = later(received, (dice.chance(0.85) ? dice.between(60, 2 * 450) : dice.between(3 * 450, 5 * 450)) * kMinute);
    const qint64 respAt = later(ackAt, (dice.chance(0.85) ? dice.between(120, 3 * 450) : dice.between(4 * 450, 7 * 450)) * kMinute);
    static const QStringList issues = {
        QStringLiteral("Perubahan NPWP selesai lebih dari dua hari, melewati janji 30 menit."),
        QStringLiteral("Petugas tidak menjelaskan persyaratan yang kurang dengan jelas."),
        QStringLiteral("Antrian tidak dipanggil sesuai urutan."),
        QStringLiteral("Permasalahan aplikasi SPSE belum selesai setelah lima hari kerja.")};
    const bool acknowledged = ackAt < m_horizon, responded = respAt < m_horizon;
    Complaint c;
    c.number = ComplaintStore::formatNumber(day.date.year(), seq);
    c.receivedAt = utc(received);
    c.receivedDate = day.date;
    c.content.channel = dice.chance(0.6) ? FeedbackChannel::InPerson : FeedbackChannel::SuggestionBox;
    c.content.complainantName = DemoPeople::personName(dice);
    c.content.complainantAddress = dice.pick(DemoPeople::kStreets) + QStringLiteral(", Banjarmasin");
    c.content.contact = DemoPeople::phone(dice);
    c.content.notPerStandard = dice.pick(issues);
    c.content.materialLoss = QStringLiteral("tidak ada");
    c.content.immaterialLoss = QStringLiteral("waktu terbuang");
    c.content.resolutionRequested = QStringLiteral("Pelayanan sesuai janji waktu.");
    c.content.place = QStringLiteral("Banjarmasin");
    c.content.submittedAt = c.receivedAt;
    c.content.isSigned = true;
    c.content.serviceDate = day.date.addDays(-dice.between(1, 10));
    c.stage = responded ? ComplaintStage::Responded : (acknowledged ? ComplaintStage::AdministrativeCheck : ComplaintStage::Received);
    if (acknowledged) {
        c.acknowledgementText = QStringLiteral("Pengaduan lengkap dan akan ditindaklanjuti.");
        c.acknowledgedAt = utc(ackAt);
    }
    if (responded) {
        c.responseText = QStringLiteral("Kami mohon maaf; prosedur telah diperbaiki.");
        c.respondedAt = utc(respAt);
    }
    c.recordedBy = m_staff.helpdesk[0];
    const Result<qint64> id = ComplaintRegister::insertRow(m_sql, c, seq);
    if (!id)
        return Status::failure(id.error());
    ++m_summary.complaints;
    const QJsonObject data{{QStringLiteral("number"), c.number}};
    schedule(received, m_staff.helpdesk[0], QStringLiteral("complaint_recorded"), 0, {}, ComplaintStages::key(ComplaintStage::Received), {},
             data, 0, id.value());
    if (acknowledged)
        schedule(ackAt, m_staff.kasubbag, QStringLiteral("complaint_acknowledged"), 0, {}, {}, {}, data, 0, id.value());
    if (responded)
        schedule(respAt, m_staff.kasubbag, QStringLiteral("complaint_responded"), 0, ComplaintStages::key(ComplaintStage::AdministrativeCheck),
                 ComplaintStages::key(ComplaintStage::Responded), {}, data, 0, id.value());
    return Status::success();
}

Status DemoHistory::suggestionOf(const Day &day)
{
    static const QStringList texts = {
        QStringLiteral("Mohon ruang tunggu ditambah kursinya."), QStringLiteral("Sebaiknya ada nomor antrian di layar."),
        QStringLiteral("Petugas ramah dan cepat, terima kasih."), QStringLiteral("Mohon contoh surat kuasa disediakan di meja."),
        QStringLiteral("Wi-Fi di ruang tunggu sering putus.")};
    Suggestion s;
    s.date = day.date;
    s.channel = m_dice.chance(0.5) ? FeedbackChannel::SuggestionBox : FeedbackChannel::InPerson;
    s.text = m_dice.pick(texts);
    s.recordedBy = day.helpdesk;
    s.createdAt = utc(m_index.addWorkingMs(day.open, m_dice.between(10, 400) * kMinute));
    if (const Result<qint64> id = m_suggestions.addRecord(s); !id)
        return Status::failure(id.error());
    ++m_summary.suggestions;
    return Status::success();
}

// ---- the event log, written in time order with its hash chain

Status DemoHistory::openChain()
{
    SqlQuery last(m_sql, QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"));
    if (const Status s = last.exec(); !s)
        return s;
    if (last.next()) {
        m_lastEventId = last.value(0).toLongLong();
        m_previousHash = last.value(1).toString();
    }
    return Status::success();
}

void DemoHistory::schedule(qint64 at, qint64 user, const QString &kind, qint64 app, const QString &from, const QString &to,
                           const QString &reason, const QJsonObject &data, qint64 visit, qint64 complaint)
{
    Event e;
    e.at = utc(at);
    e.userId = user;
    e.kind = kind;
    e.applicationId = app;
    e.visitId = visit;
    e.complaintId = complaint;
    e.fromStatus = from;
    e.toStatus = to;
    e.reason = reason;
    e.data = data;
    m_pending.emplace(at, e);
}

Status DemoHistory::flushBefore(qint64 ms)
{
    while (!m_pending.empty() && m_pending.begin()->first < ms) {
        Event &e = m_pending.begin()->second;
        e.id = ++m_lastEventId;
        const Result<QString> hash = m_events.appendLinked(e, m_previousHash);
        if (!hash)
            return Status::failure(hash.error());
        m_previousHash = hash.value();
        ++m_summary.events;
        m_pending.erase(m_pending.begin());
    }
    return Status::success();
}
