#include "demo/DemoData.h"

#include "accounts/PasswordHasher.h"
#include "applications/Application.h"
#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "clock/ServiceClock.h"
#include "common/Clock.h"
#include "events/Event.h"
#include "events/EventLog.h"
#include "reports/WorkingTimeIndex.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <map>
#include <random>

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kWorkingDay = 7 * 60 * kMinute + 30 * kMinute;
const QString kDemoPassword = QStringLiteral("demo-loket-1");

// std::mt19937_64 is the same everywhere; the standard distributions are not, so the
// draws are made here.
class Dice
{
public:
    explicit Dice(quint64 seed) : m_engine(seed) {}
    double real() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return real() < p; }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(m_engine() % quint64(hi - lo + 1)); }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(between(0, list.size() - 1)); }
    // Skewed towards lo: most waits are short, a few are long.
    qint64 skewed(qint64 lo, qint64 hi) { const double r = real(); return lo + qint64(r * r * double(hi - lo)); }

private:
    std::mt19937_64 m_engine;
};

const QStringList kFirstNames = {
    QStringLiteral("Ahmad"), QStringLiteral("Muhammad"), QStringLiteral("Rahmat"), QStringLiteral("Budi"), QStringLiteral("Dewi"),
    QStringLiteral("Siti"), QStringLiteral("Nur"), QStringLiteral("Rina"), QStringLiteral("Agus"), QStringLiteral("Fitri"),
    QStringLiteral("Hendra"), QStringLiteral("Yusuf"), QStringLiteral("Rizky"), QStringLiteral("Lestari"), QStringLiteral("Aulia"),
    QStringLiteral("Fauzan"), QStringLiteral("Syahrani"), QStringLiteral("Noor"), QStringLiteral("Ardiansyah"), QStringLiteral("Wahyuni")};
const QStringList kLastNames = {
    QStringLiteral("Santoso"), QStringLiteral("Hidayat"), QStringLiteral("Rahman"), QStringLiteral("Saputra"), QStringLiteral("Pratama"),
    QStringLiteral("Kartika"), QStringLiteral("Fadillah"), QStringLiteral("Hakim"), QStringLiteral("Maulana"), QStringLiteral("Syarifuddin"),
    QStringLiteral("Anwar"), QStringLiteral("Hasanah"), QStringLiteral("Ramadhan"), QStringLiteral("Wijaya"), QStringLiteral("Firdaus")};
const QStringList kNameWords = {
    QStringLiteral("Sinar"), QStringLiteral("Barito"), QStringLiteral("Kahayan"), QStringLiteral("Jaya"), QStringLiteral("Abadi"),
    QStringLiteral("Martapura"), QStringLiteral("Banua"), QStringLiteral("Mandiri"), QStringLiteral("Sejahtera"), QStringLiteral("Karya"),
    QStringLiteral("Bumi"), QStringLiteral("Lambung"), QStringLiteral("Mangkurat"), QStringLiteral("Intan"), QStringLiteral("Permata"),
    QStringLiteral("Utama"), QStringLiteral("Sungai"), QStringLiteral("Tabuk"), QStringLiteral("Anugerah"), QStringLiteral("Berkah"),
    QStringLiteral("Cahaya"), QStringLiteral("Borneo"), QStringLiteral("Persada"), QStringLiteral("Nusantara"), QStringLiteral("Teknik"),
    QStringLiteral("Konstruksi"), QStringLiteral("Rezeki"), QStringLiteral("Pelita"), QStringLiteral("Makmur"), QStringLiteral("Raya"),
    QStringLiteral("Alalak"), QStringLiteral("Kuin"), QStringLiteral("Pasar"), QStringLiteral("Kayu"), QStringLiteral("Tangi")};
const QStringList kStreets = {
    QStringLiteral("Jl. A. Yani Km 4"), QStringLiteral("Jl. Pangeran Antasari"), QStringLiteral("Jl. Veteran"),
    QStringLiteral("Jl. Sultan Adam"), QStringLiteral("Jl. Kayu Tangi"), QStringLiteral("Jl. Lambung Mangkurat"), QStringLiteral("Jl. Belitung Darat")};

struct Staff
{
    qint64 helpdesk[2];
    qint64 verifikator[2];
    qint64 adminSistem;
    qint64 kasubbag;
};

struct DemoVendor
{
    qint64 id;
    QString headName;
    QString headNik;
    QString phone;
    // As registered, copied onto each visit (migration 0005).
    QString name;
    QString legalForm;
    QString npwp;
    QString email;
};

QString storage(qint64 ms)
{
    return Clock::toStorage(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

QString luhnDigit(const QString &digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits.at(digits.size() - 1 - i).digitValue();
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return QString::number((10 - sum % 10) % 10);
}

QString nik(Dice &dice, bool woman)
{
    const int day = int(dice.between(1, 28)) + (woman ? 40 : 0);
    return QStringLiteral("6371%1%2%3%4%5")
        .arg(dice.between(1, 5), 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(dice.between(1, 12), 2, 10, QLatin1Char('0'))
        .arg(dice.between(60, 99), 2, 10, QLatin1Char('0'))
        .arg(dice.between(1, 9999), 4, 10, QLatin1Char('0'));
}

QString phone(Dice &dice)
{
    return QStringLiteral("08%1%2").arg(dice.between(11, 59)).arg(dice.between(1000000, 99999999));
}

QString personName(Dice &dice)
{
    return dice.pick(kFirstNames) + QLatin1Char(' ') + dice.pick(kLastNames);
}

} // namespace

Status DemoData::checkEmpty()
{
    QSqlDatabase &sql = m_db.connection();
    const QStringList tables = sql.tables();
    for (const QString &table : {QStringLiteral("vendors"), QStringLiteral("visits"), QStringLiteral("applications"), QStringLiteral("complaints"),
                                 QStringLiteral("suggestions"), QStringLiteral("survey_responses")}) {
        if (!tables.contains(table))
            continue;
        // Table names come from the list above, never from input.
        SqlQuery q(sql, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        if (const Status s = q.exec(); !s)
            return s;
        if (q.next() && q.value(0).toLongLong() > 0)
            return Status::failure(tr("Basis data %1 sudah berisi catatan (%2: %3 baris). Data contoh hanya ditulis ke basis data "
                                      "yang belum dipakai.").arg(m_db.path(), table).arg(q.value(0).toLongLong()));
    }
    return Status::success();
}

Result<DemoSummary> DemoData::generate(const DemoOptions &options, const std::function<void(int)> &progress)
{
    using R = Result<DemoSummary>;
    if (options.years < 1 || options.years > kMaxYears)
        return R::failure(tr("Jumlah tahun harus 1 sampai %1.").arg(kMaxYears));
    if (options.perDay < 1 || options.perDay > kMaxPerDay)
        return R::failure(tr("Kunjungan per hari harus 1 sampai %1.").arg(kMaxPerDay));
    if (m_db.isReadOnly())
        return R::failure(tr("Basis data dibuka hanya-baca."));
    if (const Status s = checkEmpty(); !s)
        return R::failure(s.error());
    QSqlDatabase &sql = m_db.connection();
    CatalogStore catalogs(m_db);
    if (const Status s = catalogs.ensureSeeded(); !s)
        return R::failure(s.error());
    const Result<int> catalogVersion = catalogs.currentVersion();
    if (!catalogVersion)
        return R::failure(catalogVersion.error());
    const Result<ServiceCatalog> catalog = catalogs.version(catalogVersion.value());
    if (!catalog)
        return R::failure(catalog.error());
    const Result<WorkingCalendar> loaded = CalendarStore(m_db).load();
    const WorkingCalendar calendar = loaded ? loaded.value() : WorkingCalendar::defaults();
    const QTimeZone zone = calendar.timeZone();

    DemoSummary summary;
    summary.until = options.until.isValid() ? options.until : Clock::nowUtc().toTimeZone(zone).date().addDays(-1);
    summary.from = summary.until.addYears(-options.years).addDays(1);
    const WorkingTimeIndex index(calendar, summary.from.addDays(-1), summary.until.addDays(90));
    const qint64 horizon = QDateTime(summary.until.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();

    Dice dice(options.seed);
    Transaction transaction(sql);
    if (!transaction.isActive())
        return R::failure(transaction.error());

    // ---- staff: demo accounts share one password hash (hashing is deliberately slow)
    const QString passwordHash = PasswordHasher::hash(kDemoPassword);
    const QString createdAt = storage(QDateTime(summary.from, QTime(7, 0), zone).toMSecsSinceEpoch());
    auto addUser = [&](const QString &login, const QString &name, const QString &role) -> Result<qint64> {
        SqlQuery existing(sql, QStringLiteral("SELECT id FROM users WHERE login = :login"));
        existing.bind(QStringLiteral(":login"), login);
        if (const Status s = existing.exec(); !s)
            return Result<qint64>::failure(s.error());
        qint64 id = 0;
        if (existing.next()) {
            id = existing.value(0).toLongLong();
        } else {
            SqlQuery u(sql, QStringLiteral("INSERT INTO users (login, full_name, password_hash, created_at) VALUES (:login, :name, :hash, :at)"));
            u.bind(QStringLiteral(":login"), login).bind(QStringLiteral(":name"), name).bind(QStringLiteral(":hash"), passwordHash)
                .bind(QStringLiteral(":at"), createdAt);
            if (const Status s = u.exec(); !s)
                return Result<qint64>::failure(s.error());
            id = u.lastInsertId();
        }
        SqlQuery r(sql, QStringLiteral("INSERT OR IGNORE INTO user_roles (user_id, role) VALUES (:id, :role)"));
        r.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":role"), role);
        if (const Status s = r.exec(); !s)
            return Result<qint64>::failure(s.error());
        return id;
    };
    Staff staff{};
    {
        const Result<qint64> ids[] = {
            addUser(QStringLiteral("demo.hana"), QStringLiteral("Hana Lestari"), QStringLiteral("helpdesk")),
            addUser(QStringLiteral("demo.rudi"), QStringLiteral("Rudi Hartono"), QStringLiteral("helpdesk")),
            addUser(QStringLiteral("demo.vera"), QStringLiteral("Vera Anggraini"), QStringLiteral("verifikator")),
            addUser(QStringLiteral("demo.vino"), QStringLiteral("Vino Pratama"), QStringLiteral("verifikator")),
            addUser(QStringLiteral("demo.adi"), QStringLiteral("Adi Saputra"), QStringLiteral("admin_sistem")),
            addUser(QStringLiteral("demo.siti"), QStringLiteral("Siti Aminah"), QStringLiteral("kasubbag")),
        };
        for (const Result<qint64> &id : ids)
            if (!id)
                return R::failure(id.error());
        staff = Staff{{ids[0].value(), ids[1].value()}, {ids[2].value(), ids[3].value()}, ids[4].value(), ids[5].value()};
    }

    // ---- statements reused for every row
    SqlQuery insertVendor(sql, QStringLiteral(
        "INSERT INTO vendors (name, legal_form, npwp, nib, email, phone, address, created_at, updated_at) "
        "VALUES (:name, :form, :npwp, :nib, :email, :phone, :address, :at, :at)"));
    SqlQuery insertVisit(sql, QStringLiteral(
        "INSERT INTO visits (arrived_at, local_date, queue_letter, queue_seq, applicant_name, applicant_nik, applicant_phone, "
        "standing, vendor_id, service_number, helpdesk_user_id, vendor_name, vendor_legal_form, vendor_npwp, vendor_email) "
        "VALUES (:at, :day, :letter, :seq, :name, :nik, :phone, :standing, :vendor, :service, :helpdesk, :vname, :vform, :vnpwp, :vemail)"));
    SqlQuery insertApplication(sql, QStringLiteral(
        "INSERT INTO applications (number, visit_id, service_number, catalog_version, handled_by, status, claimed_by, "
        "previous_application_id, outcome, created_at, accepted_at, finished_at, due_at, accepted_by, claimed_at, finished_by, "
        "service_seconds, met) VALUES (:number, :visit, :service, :version, :handler, :status, :claimed, :previous, :outcome, "
        ":created, :accepted, :finished, :due, :accepted_by, :claimed_at, :finished_by, :seconds, :met)"));
    SqlQuery insertItem(sql, QStringLiteral(
        "INSERT INTO checklist_items (application_id, requirement_id, position, label, needed, original_required, copy_required, "
        "validity_required, original_seen, copy_received, valid_until) VALUES (:app, :req, :pos, :label, :needed, :orig, :copy, "
        ":valid, :seen, :received, :until)"));
    SqlQuery insertComplaint(sql, QStringLiteral(
        "INSERT INTO complaints (number, year, seq, received_at, received_date, channel, complainant_name, complainant_address, "
        "contact, not_per_standard, material_loss, immaterial_loss, resolution_requested, place, submitted_at, signed, "
        "service_date, stage, acknowledgement_text, acknowledged_at, response_text, responded_at, recorded_by) VALUES (:number, "
        ":year, :seq, :at, :day, :channel, :name, :address, :contact, :nps, :material, :immaterial, :resolution, :place, :submitted, "
        "1, :service_date, :stage, :ack_text, :ack_at, :resp_text, :resp_at, :by)"));
    SqlQuery insertSuggestion(sql, QStringLiteral(
        "INSERT INTO suggestions (local_date, channel, contact, text, recorded_by, created_at) VALUES (:day, :channel, '', :text, :by, :at)"));
    SqlQuery insertSurvey(sql, QStringLiteral(
        "INSERT INTO survey_responses (local_date, service_number, u1, u2, u3, u4, u5, u6, u7, u8, u9, source, created_at) "
        "VALUES (:day, :service, :u1, :u2, :u3, :u4, :u5, :u6, :u7, :u8, :u9, 'counter', :at)"));

    // ---- the event log, written in time order with its hash chain
    qint64 lastEventId = 0;
    QString previousHash = QString(64, QLatin1Char('0'));
    {
        SqlQuery last(sql, QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"));
        if (const Status s = last.exec(); !s)
            return R::failure(s.error());
        if (last.next()) {
            lastEventId = last.value(0).toLongLong();
            previousHash = last.value(1).toString();
        }
    }
    std::multimap<qint64, Event> pending;
    EventLog events(sql);
    auto writeEvent = [&](Event e) -> Status {
        e.id = ++lastEventId;
        const Result<QString> hash = events.appendLinked(e, previousHash);
        if (!hash)
            return Status::failure(hash.error());
        previousHash = hash.value();
        ++summary.events;
        return Status::success();
    };
    auto flushBefore = [&](qint64 ms) -> Status {
        while (!pending.empty() && pending.begin()->first < ms) {
            if (const Status s = writeEvent(pending.begin()->second); !s)
                return s;
            pending.erase(pending.begin());
        }
        return Status::success();
    };
    auto schedule = [&](qint64 at, qint64 user, const QString &kind, qint64 app, const QString &from, const QString &to,
                        const QString &reason = {}, const QJsonObject &data = {}, qint64 visit = 0, qint64 complaint = 0) {
        Event e;
        e.at = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
        e.userId = user;
        e.kind = kind;
        e.applicationId = app;
        e.visitId = visit;
        e.complaintId = complaint;
        e.fromStatus = from;
        e.toStatus = to;
        e.reason = reason;
        e.data = data;
        pending.emplace(at, e);
    };

    // ---- vendors appear with their first visit; about one in ten visits brings a new one
    const double newVendorShare = 0.1;
    QList<DemoVendor> vendors;
    QSet<QString> usedNames;
    auto newVendor = [&](qint64 at) -> Result<DemoVendor> {
        const int n = int(vendors.size()) + 1;
        const bool pt = dice.chance(0.45);
        QString name;
        do {
            name = (pt ? QStringLiteral("PT ") : QStringLiteral("CV ")) + dice.pick(kNameWords) + QLatin1Char(' ') + dice.pick(kNameWords);
            if (usedNames.contains(name))
                name += QLatin1Char(' ') + dice.pick(kNameWords);
            if (usedNames.contains(name))
                name += QStringLiteral(" %1").arg(n);
        } while (usedNames.contains(name));
        usedNames.insert(name);
        const QString first8 = QStringLiteral("0%1%2").arg(dice.between(1, 3)).arg(n, 6, 10, QLatin1Char('0'));
        const QString npwp = first8 + luhnDigit(first8) + QStringLiteral("731000");
        const QString email = QStringLiteral("admin%1@penyedia.example").arg(n);
        const QString vendorPhone = phone(dice);
        insertVendor.bind(QStringLiteral(":name"), name)
            .bind(QStringLiteral(":form"), pt ? QStringLiteral("PT") : QStringLiteral("CV"))
            .bind(QStringLiteral(":npwp"), npwp)
            .bind(QStringLiteral(":nib"), QStringLiteral("91%1").arg(dice.between(10000000000LL, 99999999999LL)))
            .bind(QStringLiteral(":email"), email)
            .bind(QStringLiteral(":phone"), vendorPhone)
            .bind(QStringLiteral(":address"), QString(dice.pick(kStreets) + QStringLiteral(" No. %1, Banjarmasin").arg(dice.between(1, 200))))
            .bind(QStringLiteral(":at"), storage(at));
        if (const Status s = insertVendor.exec(); !s)
            return Result<DemoVendor>::failure(s.error());
        const bool woman = dice.chance(0.35);
        DemoVendor v{insertVendor.lastInsertId(), personName(dice), nik(dice, woman), vendorPhone,
                     name, pt ? QStringLiteral("PT") : QStringLiteral("CV"), npwp, email};
        vendors << v;
        ++summary.vendors;
        return v;
    };

    // Services by share of visits (SPSE support and activation are the busiest).
    const QList<std::pair<int, int>> mix = {{1, 24}, {2, 14}, {3, 7}, {4, 10}, {5, 5}, {6, 12}, {7, 28}};
    auto pickService = [&]() {
        qint64 r = dice.between(1, 100);
        for (const auto &[number, share] : mix) {
            if (r <= share)
                return number;
            r -= share;
        }
        return 7;
    };
    auto later = [&](qint64 from, qint64 workingMs) {
        const qint64 t = index.addWorkingMs(from, workingMs);
        return t < 0 ? horizon + kWorkingDay : t;
    };

    struct FollowUp
    {
        qint64 previousId;
        int service;
        DemoVendor vendor;
        bool proxy;
    };
    QMap<QDate, QList<FollowUp>> followUps;
    const QString reg = QStringLiteral("registered"), chk = QStringLiteral("checking"), ret = QStringLiteral("returned"),
                  acc = QStringLiteral("accepted"), que = QStringLiteral("queued"), inp = QStringLiteral("in_progress"),
                  pau = QStringLiteral("paused"), don = QStringLiteral("done"), can = QStringLiteral("cancelled");

    int complaintSeq = 0;
    int complaintYear = 0;
    const int totalDays = int(summary.from.daysTo(summary.until)) + 1;
    int dayNumber = 0;
    for (QDate day = summary.from; day <= summary.until; day = day.addDays(1), ++dayNumber) {
        if (progress && dayNumber % 30 == 0)
            progress(dayNumber * 100 / totalDays);
        const qint64 dayStart = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
        if (const Status s = flushBefore(dayStart); !s)
            return R::failure(s.error());
        const qint64 open = index.openingOf(day);
        if (open < 0)
            continue;
        const qint64 dayMs = index.workingMsOf(day);
        const QString dayText = day.toString(Qt::ISODate);
        const qint64 helpdesk = staff.helpdesk[day.dayOfYear() % 2];

        // Arrivals spread over the day, none in the last quarter hour.
        const int count = std::max(1, int(options.perDay * (0.75 + 0.5 * dice.real()) + 0.5));
        QList<qint64> offsets;
        for (int i = 0; i < count; ++i)
            offsets << dice.between(0, std::max<qint64>(dayMs - 15 * kMinute, 1));
        std::sort(offsets.begin(), offsets.end());
        QList<FollowUp> todays = followUps.take(day);
        QHash<QChar, int> sequence;
        const bool outageDay = dice.chance(0.04);
        const qint64 outageStart = open + dice.between(60, 300) * kMinute;
        const qint64 outageEnd = outageStart + dice.between(20, 70) * kMinute;

        for (int i = 0; i < count; ++i) {
            const qint64 arrived = index.addWorkingMs(open, offsets.at(i));
            FollowUp follow{};
            bool isFollowUp = false;
            if (!todays.isEmpty() && dice.chance(double(todays.size()) / double(count - i))) {
                follow = todays.takeFirst();
                isFollowUp = true;
            }
            const int serviceNumber = isFollowUp ? follow.service : pickService();
            const Service *service = catalog->service(serviceNumber);
            if (!service)
                return R::failure(tr("Layanan %1 tidak ada dalam katalog.").arg(serviceNumber));
            DemoVendor vendor;
            if (isFollowUp) {
                vendor = follow.vendor;
            } else if (vendors.isEmpty() || dice.chance(newVendorShare)) {
                const Result<DemoVendor> v = newVendor(arrived);
                if (!v)
                    return R::failure(v.error());
                vendor = v.value();
            } else {
                vendor = dice.pick(vendors);
            }
            const bool proxy = isFollowUp ? follow.proxy : dice.chance(0.35);
            const QString applicant = proxy ? personName(dice) : vendor.headName;
            const QString applicantNik = proxy ? nik(dice, dice.chance(0.5)) : vendor.headNik;
            const int seq = ++sequence[service->queueLetter];
            const QString queueNumber = QString(service->queueLetter) + QLatin1Char('-') + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
            const QString number = day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') + QString(service->queueLetter)
                                   + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));

            insertVisit.bind(QStringLiteral(":at"), storage(arrived))
                .bind(QStringLiteral(":day"), dayText)
                .bind(QStringLiteral(":letter"), QString(service->queueLetter))
                .bind(QStringLiteral(":seq"), seq)
                .bind(QStringLiteral(":name"), applicant)
                .bind(QStringLiteral(":nik"), applicantNik)
                .bind(QStringLiteral(":phone"), proxy ? phone(dice) : vendor.phone)
                .bind(QStringLiteral(":standing"), proxy ? QStringLiteral("proxy") : QStringLiteral("head"))
                .bind(QStringLiteral(":vendor"), vendor.id)
                .bind(QStringLiteral(":service"), serviceNumber)
                .bind(QStringLiteral(":helpdesk"), helpdesk)
                .bind(QStringLiteral(":vname"), vendor.name)
                .bind(QStringLiteral(":vform"), vendor.legalForm)
                .bind(QStringLiteral(":vnpwp"), vendor.npwp)
                .bind(QStringLiteral(":vemail"), vendor.email);
            if (const Status s = insertVisit.exec(); !s)
                return R::failure(s.error());
            const qint64 visitId = insertVisit.lastInsertId();
            ++summary.visits;

            // ---- the file's life, decided up front, cut at the end of the history
            struct Step { qint64 at; qint64 user; QString kind; QString from; QString to; QString reason; QJsonObject data; };
            QList<Step> steps;
            QList<ChecklistItem> items;
            for (const Requirement &r : service->requirements) {
                if (!r.appliesTo(proxy))
                    continue;
                ChecklistItem item;
                item.requirementId = r.id;
                item.position = int(items.size());
                item.label = r.label;
                item.needed = r.needed;
                item.originalRequired = r.original;
                item.copyRequired = r.copy;
                item.validityRequired = r.validity;
                items << item;
            }
            QSet<QString> missing;
            const bool returned = !isFollowUp ? dice.chance(proxy ? 0.2 : 0.08) : dice.chance(0.03);
            if (returned) {
                if (proxy && dice.chance(0.6))
                    missing.insert(QStringLiteral("surat_kuasa"));
                if (missing.isEmpty() || dice.chance(0.3)) {
                    static const QStringList often = {QStringLiteral("akta_perubahan"), QStringLiteral("izin_usaha"), QStringLiteral("surat_permohonan"),
                                                      QStringLiteral("ktp_direktur"), QStringLiteral("akta_perubahan"), QStringLiteral("map"),
                                                      QStringLiteral("laporan_permasalahan"), QStringLiteral("form_pendaftaran")};
                    for (int attempt = 0; attempt < 4; ++attempt) {
                        const QString id = dice.pick(often);
                        if (service->requirement(id)) {
                            missing.insert(id);
                            break;
                        }
                    }
                    if (missing.isEmpty())
                        missing.insert(items.constLast().requirementId);
                }
            }
            QJsonObject registeredData{{QStringLiteral("queue_number"), queueNumber}, {QStringLiteral("service"), serviceNumber},
                                       {QStringLiteral("standing"), proxy ? QStringLiteral("proxy") : QStringLiteral("head")},
                                       {QStringLiteral("catalog_version"), catalogVersion.value()}};
            if (isFollowUp)
                registeredData.insert(QStringLiteral("previous_application"), follow.previousId);
            steps << Step{arrived, helpdesk, reg, {}, reg, {}, registeredData};
            const qint64 checking = later(arrived, dice.skewed(1, 25) * kMinute);
            steps << Step{checking, helpdesk, chk, reg, chk, {}, {}};
            const QDate validUntil = day.addYears(1);
            qint64 t = checking;
            for (ChecklistItem &item : items) {
                t += dice.between(15, 50) * 1000;
                const bool isMissing = missing.contains(item.requirementId);
                const bool expired = isMissing && item.validityRequired && dice.chance(0.4);
                item.originalSeen = item.originalRequired && (!isMissing || expired);
                item.copyReceived = item.copyRequired && (!isMissing || expired);
                item.validUntil = item.validityRequired && (!isMissing || expired) ? (expired ? day.addDays(-dice.between(5, 200)) : validUntil) : QDate();
                if (isMissing && !expired)
                    continue;
                steps << Step{t, helpdesk, QStringLiteral("checklist"), {}, {}, {},
                              QJsonObject{{QStringLiteral("item"), item.requirementId}, {QStringLiteral("original"), item.originalSeen},
                                          {QStringLiteral("copy"), item.copyReceived},
                                          {QStringLiteral("valid_until"), item.validUntil.isValid() ? item.validUntil.toString(Qt::ISODate) : QString()}}};
            }
            const qint64 decided = later(t, dice.between(1, 4) * kMinute);
            const qint64 handler = service->handledBy == QLatin1String("admin_sistem") ? staff.adminSistem : staff.verifikator[dice.between(0, 1)];
            if (returned) {
                QJsonArray missingJson;
                for (const ChecklistItem &item : std::as_const(items)) {
                    const QStringList problems = item.problems(day);
                    if (!problems.isEmpty())
                        missingJson.append(QJsonObject{{QStringLiteral("id"), item.requirementId}, {QStringLiteral("label"), item.label},
                                                       {QStringLiteral("needed"), item.needed},
                                                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
                }
                steps << Step{decided, helpdesk, ret, chk, ret, {}, QJsonObject{{QStringLiteral("missing"), missingJson}}};
                steps << Step{decided + 10000, helpdesk, QStringLiteral("printed"), {}, {}, {}, QJsonObject{{QStringLiteral("receipt"), QStringLiteral("return")}}};
            } else {
                steps << Step{decided, helpdesk, acc, chk, acc, {}, {}};
                steps << Step{decided, helpdesk, QStringLiteral("handed_off"), acc, que, {}, QJsonObject{{QStringLiteral("role"), service->handledBy}}};
                steps << Step{decided + 10000, helpdesk, QStringLiteral("printed"), {}, {}, {}, QJsonObject{{QStringLiteral("receipt"), QStringLiteral("document")}}};
                const bool slowDesk = serviceNumber == 7;
                const qint64 claimed = later(decided, (slowDesk ? dice.skewed(3, 180) : dice.skewed(1, 20)) * kMinute);
                steps << Step{claimed, handler, QStringLiteral("claimed"), que, inp, {}, {}};
                if (dice.chance(0.01)) {
                    steps << Step{later(claimed, dice.between(2, 20) * kMinute), handler, can, inp, can,
                                  QStringLiteral("Pemohon membatalkan permohonan"), {}};
                } else {
                    qint64 work;
                    if (serviceNumber == 7)
                        work = dice.chance(0.5) ? dice.between(20, 240) * kMinute : dice.between(1, 4 * 450) * kMinute;
                    else
                        // Most files take a quarter of an hour; one in ten runs long (a locked account, a slow SPSE).
                        work = (dice.chance(0.1) ? dice.between(25, 60) : dice.between(6, 20)) * kMinute;
                    qint64 cursor = claimed;
                    auto pause = [&](qint64 at, const QString &reason, qint64 length) {
                        PauseReason r;
                        PauseReasons::fromKey(reason, &r);
                        steps << Step{at, handler, pau, inp, pau, PauseReasons::title(r), QJsonObject{{QStringLiteral("reason"), reason}}};
                        const qint64 back = later(at, length);
                        steps << Step{back, handler, QStringLiteral("resumed"), pau, inp, {}, {}};
                        return back;
                    };
                    if (serviceNumber == 6) {
                        const qint64 sent = later(cursor, std::min<qint64>(work, 25 * kMinute));
                        cursor = later(pause(sent, QStringLiteral("waiting_lkpp"), dice.between(1, 4) * kWorkingDay), dice.between(3, 10) * kMinute);
                    } else if (serviceNumber == 7 && dice.chance(0.3)) {
                        const qint64 half = later(cursor, work / 2);
                        cursor = later(pause(half, QStringLiteral("waiting_lkpp"), dice.between(1, 3) * kWorkingDay), work - work / 2);
                    } else if (outageDay && cursor < outageStart && later(cursor, work) > outageStart) {
                        const qint64 before = index.workingMs(cursor, outageStart);
                        cursor = later(pause(outageStart, QStringLiteral("internet_outage"), index.workingMs(outageStart, outageEnd)), work - before);
                    } else if (dice.chance(0.01)) {
                        const qint64 half = later(cursor, work / 2);
                        cursor = later(pause(half, QStringLiteral("waiting_applicant"), dice.between(10, 90) * kMinute), work - work / 2);
                    } else {
                        cursor = later(cursor, work);
                    }
                    steps << Step{cursor, handler, don, inp, don, {}, QJsonObject{{QStringLiteral("outcome"), service->outcome}}};
                    steps << Step{cursor + 10000, handler, QStringLiteral("printed"), {}, {}, {}, QJsonObject{{QStringLiteral("receipt"), QStringLiteral("done")}}};
                }
            }

            // The state at the end of the history.
            QString status = reg;
            qint64 acceptedAt = -1, finishedAt = -1, claimedBy = 0, acceptedBy = 0, claimedAt = -1, finishedBy = 0;
            QList<PausePeriod> pauses;
            for (const Step &s : std::as_const(steps)) {
                if (s.at >= horizon)
                    break;
                if (!s.to.isEmpty())
                    status = s.to;
                if (s.to == acc) {
                    acceptedAt = s.at;
                    acceptedBy = s.user;
                }
                if (s.kind == QLatin1String("claimed")) {
                    claimedBy = s.user;
                    claimedAt = s.at;
                }
                if (s.kind == ret || s.kind == don || s.kind == can) {
                    finishedAt = s.at;
                    finishedBy = s.user;
                }
                if (s.kind == pau)
                    pauses << PausePeriod{QDateTime::fromMSecsSinceEpoch(s.at, QTimeZone::utc()), {}, s.data.value(QStringLiteral("reason")).toString(), s.reason};
                if (s.kind == QLatin1String("resumed") && !pauses.isEmpty())
                    pauses.last().end = QDateTime::fromMSecsSinceEpoch(s.at, QTimeZone::utc());
            }
            QVariant due, serviceSeconds, met;
            if (acceptedAt >= 0 && status != can) {
                const bool isDone = status == don;
                const ClockReading reading = ServiceClock::read(calendar, service->time, QDateTime::fromMSecsSinceEpoch(acceptedAt, QTimeZone::utc()),
                                                                pauses, isDone ? QDateTime::fromMSecsSinceEpoch(finishedAt, QTimeZone::utc()) : QDateTime(),
                                                                QDateTime::fromMSecsSinceEpoch(horizon, QTimeZone::utc()));
                due = Clock::toStorage(reading.dueAt);
                if (isDone) {
                    serviceSeconds = reading.elapsedSeconds;
                    met = reading.met ? 1 : 0;
                }
            }
            insertApplication.bind(QStringLiteral(":number"), number)
                .bind(QStringLiteral(":visit"), visitId)
                .bind(QStringLiteral(":service"), serviceNumber)
                .bind(QStringLiteral(":version"), catalogVersion.value())
                .bind(QStringLiteral(":handler"), service->handledBy)
                .bind(QStringLiteral(":status"), status)
                .bind(QStringLiteral(":claimed"), claimedBy ? QVariant(claimedBy) : QVariant())
                .bind(QStringLiteral(":previous"), isFollowUp ? QVariant(follow.previousId) : QVariant())
                .bind(QStringLiteral(":outcome"), status == don ? service->outcome : QString())
                .bind(QStringLiteral(":created"), storage(arrived))
                .bind(QStringLiteral(":accepted"), acceptedAt >= 0 ? QVariant(storage(acceptedAt)) : QVariant())
                .bind(QStringLiteral(":finished"), finishedAt >= 0 ? QVariant(storage(finishedAt)) : QVariant())
                .bind(QStringLiteral(":due"), due)
                .bind(QStringLiteral(":accepted_by"), acceptedBy ? QVariant(acceptedBy) : QVariant())
                .bind(QStringLiteral(":claimed_at"), claimedAt >= 0 ? QVariant(storage(claimedAt)) : QVariant())
                .bind(QStringLiteral(":finished_by"), finishedBy ? QVariant(finishedBy) : QVariant())
                .bind(QStringLiteral(":seconds"), serviceSeconds)
                .bind(QStringLiteral(":met"), met);
            if (const Status s = insertApplication.exec(); !s)
                return R::failure(s.error());
            const qint64 applicationId = insertApplication.lastInsertId();
            const bool checked = status != reg;
            for (const ChecklistItem &item : std::as_const(items)) {
                insertItem.bind(QStringLiteral(":app"), applicationId)
                    .bind(QStringLiteral(":req"), item.requirementId)
                    .bind(QStringLiteral(":pos"), item.position)
                    .bind(QStringLiteral(":label"), item.label)
                    .bind(QStringLiteral(":needed"), item.needed)
                    .bind(QStringLiteral(":orig"), item.originalRequired ? 1 : 0)
                    .bind(QStringLiteral(":copy"), item.copyRequired ? 1 : 0)
                    .bind(QStringLiteral(":valid"), item.validityRequired ? 1 : 0)
                    .bind(QStringLiteral(":seen"), checked && item.originalSeen ? 1 : 0)
                    .bind(QStringLiteral(":received"), checked && item.copyReceived ? 1 : 0)
                    .bind(QStringLiteral(":until"), checked && item.validUntil.isValid() ? item.validUntil.toString(Qt::ISODate) : QString());
                if (const Status s = insertItem.exec(); !s)
                    return R::failure(s.error());
            }
            for (const Step &s : std::as_const(steps)) {
                if (s.at >= horizon)
                    break;
                schedule(s.at, s.user, s.kind, applicationId, s.from, s.to, s.reason, s.data, s.kind == reg ? visitId : 0);
            }
            if (isFollowUp)
                schedule(arrived, helpdesk, QStringLiteral("followed_up"), follow.previousId, {}, {}, {},
                         QJsonObject{{QStringLiteral("new_application"), number}});
            if (status == ret) {
                ++summary.returned;
                if (dice.chance(0.7)) {
                    QDate back = day.addDays(1);
                    for (qint64 n = dice.between(1, 5); back <= summary.until; back = back.addDays(1))
                        if (calendar.isWorkingDay(back) && --n == 0)
                            break;
                    if (back <= summary.until)
                        followUps[back] << FollowUp{applicationId, serviceNumber, vendor, proxy};
                }
            }
            if (status == don) {
                ++summary.done;
                if (dice.chance(0.12)) {
                    const QDate doneDay = QDateTime::fromMSecsSinceEpoch(finishedAt, zone).date();
                    insertSurvey.bind(QStringLiteral(":day"), doneDay.toString(Qt::ISODate)).bind(QStringLiteral(":service"), serviceNumber);
                    const bool unhappy = dice.chance(0.08);
                    for (int u = 1; u <= 9; ++u) {
                        int score = unhappy ? int(dice.between(1, 3)) : (dice.chance(0.55) ? 4 : 3);
                        if (u == 4)
                            score = dice.chance(0.95) ? 4 : 3; // the services are free
                        insertSurvey.bind(QStringLiteral(":u%1").arg(u), score);
                    }
                    insertSurvey.bind(QStringLiteral(":at"), storage(finishedAt + 2 * kMinute));
                    if (const Status s = insertSurvey.exec(); !s)
                        return R::failure(s.error());
                    ++summary.surveyResponses;
                }
            }
        }

        // ---- complaints and suggestions: a few a month
        if (dice.chance(0.1)) {
            if (complaintYear != day.year()) {
                complaintYear = day.year();
                complaintSeq = 0;
            }
            const int seq = ++complaintSeq;
            const QString complaintNumber = QStringLiteral("ADU-%1-%2").arg(day.year()).arg(seq, 4, 10, QLatin1Char('0'));
            const qint64 received = index.addWorkingMs(open, dice.between(30, 400) * kMinute);
            const qint64 ackAt = later(received, (dice.chance(0.85) ? dice.between(60, 2 * 450) : dice.between(3 * 450, 5 * 450)) * kMinute);
            const qint64 respAt = later(ackAt, (dice.chance(0.85) ? dice.between(120, 3 * 450) : dice.between(4 * 450, 7 * 450)) * kMinute);
            static const QStringList issues = {
                QStringLiteral("Perubahan NPWP selesai lebih dari dua hari, melewati janji 30 menit."),
                QStringLiteral("Petugas tidak menjelaskan persyaratan yang kurang dengan jelas."),
                QStringLiteral("Antrian tidak dipanggil sesuai urutan."),
                QStringLiteral("Permasalahan aplikasi SPSE belum selesai setelah lima hari kerja.")};
            const QString stage = respAt < horizon ? QStringLiteral("ditanggapi") : (ackAt < horizon ? QStringLiteral("cek_administrasi") : QStringLiteral("diterima"));
            insertComplaint.bind(QStringLiteral(":number"), complaintNumber)
                .bind(QStringLiteral(":year"), day.year())
                .bind(QStringLiteral(":seq"), seq)
                .bind(QStringLiteral(":at"), storage(received))
                .bind(QStringLiteral(":day"), dayText)
                .bind(QStringLiteral(":channel"), dice.chance(0.6) ? QStringLiteral("langsung") : QStringLiteral("kotak_saran"))
                .bind(QStringLiteral(":name"), personName(dice))
                .bind(QStringLiteral(":address"), QString(dice.pick(kStreets) + QStringLiteral(", Banjarmasin")))
                .bind(QStringLiteral(":contact"), phone(dice))
                .bind(QStringLiteral(":nps"), dice.pick(issues))
                .bind(QStringLiteral(":material"), QStringLiteral("tidak ada"))
                .bind(QStringLiteral(":immaterial"), QStringLiteral("waktu terbuang"))
                .bind(QStringLiteral(":resolution"), QStringLiteral("Pelayanan sesuai janji waktu."))
                .bind(QStringLiteral(":place"), QStringLiteral("Banjarmasin"))
                .bind(QStringLiteral(":submitted"), storage(received))
                .bind(QStringLiteral(":service_date"), day.addDays(-dice.between(1, 10)).toString(Qt::ISODate))
                .bind(QStringLiteral(":stage"), stage)
                .bind(QStringLiteral(":ack_text"), ackAt < horizon ? QStringLiteral("Pengaduan lengkap dan akan ditindaklanjuti.") : QString())
                .bind(QStringLiteral(":ack_at"), ackAt < horizon ? QVariant(storage(ackAt)) : QVariant())
                .bind(QStringLiteral(":resp_text"), respAt < horizon ? QStringLiteral("Kami mohon maaf; prosedur telah diperbaiki.") : QString())
                .bind(QStringLiteral(":resp_at"), respAt < horizon ? QVariant(storage(respAt)) : QVariant())
                .bind(QStringLiteral(":by"), staff.helpdesk[0]);
            if (const Status s = insertComplaint.exec(); !s)
                return R::failure(s.error());
            const qint64 complaintId = insertComplaint.lastInsertId();
            ++summary.complaints;
            schedule(received, staff.helpdesk[0], QStringLiteral("complaint_recorded"), 0, {}, QStringLiteral("diterima"), {},
                     QJsonObject{{QStringLiteral("number"), complaintNumber}}, 0, complaintId);
            if (ackAt < horizon)
                schedule(ackAt, staff.kasubbag, QStringLiteral("complaint_acknowledged"), 0, {}, {}, {},
                         QJsonObject{{QStringLiteral("number"), complaintNumber}}, 0, complaintId);
            if (respAt < horizon)
                schedule(respAt, staff.kasubbag, QStringLiteral("complaint_responded"), 0, QStringLiteral("cek_administrasi"),
                         QStringLiteral("ditanggapi"), {}, QJsonObject{{QStringLiteral("number"), complaintNumber}}, 0, complaintId);
        }
        if (dice.chance(0.25)) {
            static const QStringList texts = {
                QStringLiteral("Mohon ruang tunggu ditambah kursinya."), QStringLiteral("Sebaiknya ada nomor antrian di layar."),
                QStringLiteral("Petugas ramah dan cepat, terima kasih."), QStringLiteral("Mohon contoh surat kuasa disediakan di meja."),
                QStringLiteral("Wi-Fi di ruang tunggu sering putus.")};
            insertSuggestion.bind(QStringLiteral(":day"), dayText)
                .bind(QStringLiteral(":channel"), dice.chance(0.5) ? QStringLiteral("kotak_saran") : QStringLiteral("langsung"))
                .bind(QStringLiteral(":text"), dice.pick(texts))
                .bind(QStringLiteral(":by"), helpdesk)
                .bind(QStringLiteral(":at"), storage(index.addWorkingMs(open, dice.between(10, 400) * kMinute)));
            if (const Status s = insertSuggestion.exec(); !s)
                return R::failure(s.error());
            ++summary.suggestions;
        }
    }
    if (const Status s = flushBefore(horizon); !s)
        return R::failure(s.error());

    SqlQuery mark(sql, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('demo_data', :value)"));
    mark.bind(QStringLiteral(":value"), QString::fromUtf8(QJsonDocument(QJsonObject{
        {QStringLiteral("years"), options.years}, {QStringLiteral("per_day"), options.perDay},
        {QStringLiteral("seed"), QString::number(options.seed)}, {QStringLiteral("until"), summary.until.toString(Qt::ISODate)}}).toJson(QJsonDocument::Compact)));
    if (const Status s = mark.exec(); !s)
        return R::failure(s.error());
    if (const Status s = transaction.commit(); !s)
        return R::failure(s.error());
    if (progress)
        progress(100);
    return summary;
}
