// One desk of a busy office on one PostgreSQL server, for the load and faults proof
// (scripts/prove-office.sh, issue 16). Headless, through core's public API only, and
// behaving as the window does when the connection is lost.
//
//   loket_office --db LOCATION --setup --desks N
//       seeds the catalogue and creates the officers of N desks (Argon2id is slow: once)
//       and a pool of 40 known vendors.
//   loket_office --db LOCATION --desk K --desks N --incarnation I --until EPOCH_MS
//                [--speed 10] [--seed S] --log FILE
//       runs desk K (its role: Office::roleOf) until the given instant, at `speed` times
//       the real pace, appending every acknowledged action to FILE (office_common.h says
//       its lines), each line written and flushed before the next action.
//   loket_office --db LOCATION --verify DIR --desks N
//       checks the logs DIR/desk-*.log against the database (office_verify.cpp).
//
// The day's mix, at the real pace (divided by --speed):
//   helpdesk desks: a walk-in every ~7 minutes: the officer greets (45 s), looks the
//     vendor up by the first digits of its NPWP (3 in 4 are known), types the form (75 s),
//     checks in (review + check-in, with an idempotency key), opens the file, ticks each
//     paper as it is handed over (25 s each), then accepts and hands off (20 s), or
//     returns an incomplete file (a proxy without a Surat Kuasa, 2 in 5 proxies; 1 in 20
//     files lacks another paper), and waits for the next in line (105 s). A returned
//     applicant comes back later (1 in 3 walk-ins while there is one), linked to the old
//     file. A file a verifikator sent back is rechecked and accepted by the first helpdesk
//     desk that takes it.
//   verifikator desks (services 1-6): take the oldest waiting file (other desks race for
//     it), open it, look the vendor up (2 in 5), work it (8 minutes), then complete it, or
//     pause it (1 in 8: "gangguan internet", or "menunggu LKPP" for an ADP) and resume it
//     10 minutes later, or send it back to the helpdesk (1 in 25).
//   the admin sistem desk (service 7): the same with 15 minutes of work, 3 in 10 paused
//     (LKPP's helpdesk).
//   every desk: its page read again whenever another desk's change arrives (ChangeFeed,
//     as the window does), its session kept alive every 30 s (DeskSessions).
//
// A lost connection, as the window: the failed action says "not connected"; the desk
// waits while ChangeFeed reconnects it (the officer's buttons wait too), then asks
// whether the action whose answer was lost was committed (GuestBook::recorded for a
// check-in, the file's state or checklist for the others) and sends it again, with the
// same key, only when it was not.
#include "office_common.h"

#include "accounts/AccountStore.h"
#include "applications/Workflow.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "desks/DeskSessions.h"
#include "events/ActionKey.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/PgDialect.h"
#include "validation/Validators.h"
#include "vendors/VendorStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>
#include <random>

int verifyOffice(Database &db, const QString &dir, int desks, quint64 run); // office_verify.cpp

namespace {

using namespace Office;

constexpr int kPoolVendors = 40;
constexpr qint64 kGraceMs = 90'000; // after the end: time left to settle an action whose answer was lost

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &where, const QString &message)
{
    err() << "ERROR " << where << ": " << message << Qt::endl;
    return 2;
}

// "7" + seven digits, its check digit, then the tax office and branch.
QString npwpOf(const QString &firstEight)
{
    return firstEight + Validators::luhnCheckDigit(firstEight) + QStringLiteral("721000");
}

QString poolNpwp(int i)
{
    return npwpOf(QStringLiteral("7%1").arg(i + 1, 7, 10, QLatin1Char('0')));
}

struct Options
{
    QString db;
    int desk = 0;
    int desks = 0;
    int incarnation = 1;
    qint64 until = 0;
    double speed = 10.0;
    quint32 seed = 1;
    quint64 run = 0; // the run's tag, in every applicant's name
    QString log;
};

class DeskLog
{
public:
    ~DeskLog()
    {
        if (m_file)
            std::fclose(m_file);
    }
    bool open(const QString &path)
    {
        m_file = std::fopen(QFile::encodeName(path).constData(), "a");
        return m_file != nullptr;
    }
    // One write per line and an explicit flush: the line is out before the next action
    // (a SIGKILL loses nothing the kernel was handed).
    void write(const QString &type, const QString &action, const QString &number, const QStringList &fields = {},
               const QString &message = {})
    {
        QString line = type + QLatin1Char(' ') + QString::number(QDateTime::currentMSecsSinceEpoch()) + QLatin1Char(' ') + action
                       + QLatin1Char(' ') + (number.isEmpty() ? QStringLiteral("-") : number);
        for (const QString &f : fields)
            line += QLatin1Char(' ') + f;
        if (!message.isEmpty())
            line += QStringLiteral(" msg=") + message.simplified();
        line += QLatin1Char('\n');
        const QByteArray bytes = line.toUtf8();
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_file);
        std::fflush(m_file);
    }

private:
    FILE *m_file = nullptr;
};

QString msField(double ms)
{
    return QStringLiteral("ms=") + QString::number(ms, 'f', 2);
}

// One write an officer submits: what it does, and how to tell afterwards whether it was
// committed when its answer was lost with the connection.
struct Act
{
    QString action;
    QString number;
    QStringList fields; // item=, key=
    std::function<Status()> run;
    std::function<Result<bool>()> recorded;
    QString refusal; // why it was refused, when it was
};

class Desk
{
public:
    Desk(Database &db, const Options &o, DeskLog &log)
        : m_db(db), m_o(o), m_log(log), m_wf(db), m_vendors(db), m_random(o.seed), m_role(roleOf(o.desk, o.desks)),
          m_deskPrefix(applicantPrefix(o.run, o.desk)),
          m_prefix(m_deskPrefix + QStringLiteral("Ke ") + letters(static_cast<quint64>(o.incarnation)) + QLatin1Char(' '))
    {
    }

    int run();

private:
    enum class Outcome { Done, Refused, Stopped };

    bool over() const { return QDateTime::currentMSecsSinceEpoch() >= m_o.until; }
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random); }
    bool chance(double p) { return uniform() < p; }
    // Waits about `realSeconds` of a real desk's time (between half and one and a half of
    // it), at the run's speed, with the event loop running; false once the run is over.
    bool think(double realSeconds);
    void spin(int ms);
    // Waits while ChangeFeed says the connection is down (it reconnects by itself); false
    // when it did not come back before `deadline`.
    bool waitOnline(qint64 deadline, bool afterLoss = false);
    bool offline(const QString &message) const;
    void toldOffline(const QString &action, const QString &number, const QString &message);
    void shown(const QString &action, const QString &number, const QString &message);

    Outcome write(Act &act);
    Outcome read(const QString &action, const QString &number, const std::function<Status()> &run);
    Result<Application> fileNow(qint64 id) { return m_wf.files().application(id); }
    // Whether `id` now stands in one of `statuses` (claimed by this officer when `mine`).
    std::function<Result<bool>()> stateIs(qint64 id, const QList<ApplicationStatus> &statuses, bool mine = false);
    bool raceLost(qint64 id, ApplicationStatus expected);

    void refreshPage();
    void beat();
    bool logIn();

    // The helpdesk.
    void helpdeskTurn();
    void walkIn(std::optional<qint64> previous);
    // Ticks what is still open and accepts (or returns, when `missing` is left out).
    // `shared`: another helpdesk desk may be at the same file (one this desk's killed
    // predecessor left, or one sent back), so a refusal once it moved on is a race.
    void finishChecking(qint64 id, const QString &number, const QString &missing, bool shared);
    void refused(const Act &act, qint64 id, bool shared);
    void recheckAndAccept(const FileSummary &file);
    // The verifikator's and the admin sistem's queue.
    void queueTurn();
    void workFile(const FileSummary &file, bool claimedNow);

    Database &m_db;
    const Options m_o;
    DeskLog &m_log;
    Workflow m_wf;
    VendorStore m_vendors;
    std::mt19937 m_random;
    const DeskRole m_role;
    const QString m_deskPrefix; // every walk-in of this desk in this run
    const QString m_prefix;     // those of this desk process
    User m_user;
    std::unique_ptr<ChangeFeed> m_feed;
    qint64 m_session = 0;
    quint64 m_walkIns = 0;
    QList<qint64> m_returned;             // this desk's returned files whose applicant has not come back
    QHash<qint64, qint64> m_resumeAt;     // this officer's paused files: when to resume them (ms)
    bool m_inSlot = false;
};

bool Desk::think(double realSeconds)
{
    if (over())
        return false;
    const double ms = realSeconds * 1000.0 / m_o.speed * (0.5 + uniform());
    const qint64 left = m_o.until - QDateTime::currentMSecsSinceEpoch();
    spin(static_cast<int>(std::min<double>(ms, static_cast<double>(std::max<qint64>(left, 0)))));
    return !over();
}

void Desk::spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(std::max(ms, 0), &loop, &QEventLoop::quit);
    loop.exec();
}

bool Desk::waitOnline(qint64 deadline, bool afterLoss)
{
    // What the window knows (its buttons wait while ChangeFeed says the connection is
    // lost), not libpq's state between two of the feed's looks: an action in that moment
    // meets Transaction's refusal, as an officer's would. After such a refusal the desk
    // waits until the feed has noticed and reconnected (within its next look, a second).
    const auto online = [&] { return m_feed->isConnected() && (!afterLoss || m_db.isConnected()); };
    while (!online()) {
        if (QDateTime::currentMSecsSinceEpoch() >= deadline)
            return false;
        spin(100);
    }
    return true;
}

bool Desk::offline(const QString &message) const
{
    return message.contains(PgDialect::unreachableMessage()) || !m_db.isConnected();
}

void Desk::toldOffline(const QString &action, const QString &number, const QString &message)
{
    // The window's own words for a check-in whose answer was lost (CheckInForm), the
    // core's message for every other action: it must say that the server is not reached.
    if (!message.contains(PgDialect::unreachableMessage()) && action != QLatin1String("checkin")) {
        shown(action, number, QStringLiteral("while the connection was lost, a message that does not say so: ") + message);
        return;
    }
    m_log.write(QStringLiteral("OFFLINE"), action, number, {}, message);
}

void Desk::shown(const QString &action, const QString &number, const QString &message)
{
    m_log.write(QStringLiteral("SHOWN"), action, number, {}, message);
}

Desk::Outcome Desk::write(Act &act)
{
    QString resolved;
    for (int attempt = 0; attempt < 12; ++attempt) {
        if (!waitOnline(m_o.until + kGraceMs)) {
            if (!resolved.isEmpty())
                shown(act.action, act.number, QStringLiteral("the connection did not come back to settle this action"));
            return Outcome::Stopped;
        }
        QElapsedTimer clock;
        clock.start();
        const Status s = act.run();
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (s) {
            QStringList fields = act.fields;
            fields << msField(ms);
            if (!resolved.isEmpty())
                fields << QStringLiteral("resolved=") + resolved;
            m_log.write(QStringLiteral("COMMITTED"), act.action, act.number, fields);
            return Outcome::Done;
        }
        if (!offline(s.error())) {
            act.refusal = s.error();
            return Outcome::Refused;
        }
        toldOffline(act.action, act.number, s.error());
        // Its answer may have been lost with the connection after the server committed it:
        // once connected again, the desk asks before sending it again.
        for (int ask = 0;; ++ask) {
            if (ask == 12 || !waitOnline(m_o.until + kGraceMs, true)) {
                shown(act.action, act.number, QStringLiteral("the connection did not come back to settle this action"));
                return Outcome::Stopped;
            }
            const Result<bool> recorded = act.recorded();
            if (!recorded) {
                if (offline(recorded.error())) {
                    toldOffline(act.action, act.number, recorded.error());
                    continue;
                }
                shown(act.action, act.number, recorded.error());
                return Outcome::Refused;
            }
            if (recorded.value()) {
                m_log.write(QStringLiteral("RESOLVED"), act.action, act.number, QStringList{QStringLiteral("outcome=recorded")} + act.fields);
                QStringList fields = act.fields;
                fields << QStringLiteral("resolved=recorded");
                m_log.write(QStringLiteral("COMMITTED"), act.action, act.number, fields);
                return Outcome::Done;
            }
            m_log.write(QStringLiteral("RESOLVED"), act.action, act.number, QStringList{QStringLiteral("outcome=retry")} + act.fields);
            resolved = QStringLiteral("retried");
            break;
        }
    }
    shown(act.action, act.number, QStringLiteral("refused again and again for a lost connection"));
    return Outcome::Refused;
}

Desk::Outcome Desk::read(const QString &action, const QString &number, const std::function<Status()> &run)
{
    for (int attempt = 0; attempt < 12; ++attempt) {
        if (!waitOnline(m_o.until + kGraceMs))
            return Outcome::Stopped;
        QElapsedTimer clock;
        clock.start();
        const Status s = run();
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (s) {
            m_log.write(QStringLiteral("READ"), action, number, {msField(ms)});
            return Outcome::Done;
        }
        if (!offline(s.error())) {
            shown(action, number, s.error());
            return Outcome::Refused;
        }
        toldOffline(action, number, s.error());
        if (!waitOnline(m_o.until + kGraceMs, true))
            return Outcome::Stopped;
    }
    shown(action, number, QStringLiteral("refused again and again for a lost connection"));
    return Outcome::Refused;
}

std::function<Result<bool>()> Desk::stateIs(qint64 id, const QList<ApplicationStatus> &statuses, bool mine)
{
    return [this, id, statuses, mine]() -> Result<bool> {
        const Result<Application> now = fileNow(id);
        if (!now)
            return Result<bool>::failure(now.error());
        return statuses.contains(now->status) && (!mine || now->claimedBy == m_user.id);
    };
}

// A refusal because another desk moved the file first (the expected race), read back:
// the file no longer stands where this desk saw it, and not by this desk's doing.
bool Desk::raceLost(qint64 id, ApplicationStatus expected)
{
    const Result<Application> now = fileNow(id);
    return now && now->status != expected && now->claimedBy != m_user.id;
}

void Desk::refreshPage()
{
    // As the window's pages: the helpdesk's guest book of today, or the role's queue, with
    // each file's clock.
    if (m_inSlot || !m_feed->isConnected())
        return;
    m_inSlot = true;
    QElapsedTimer clock;
    clock.start();
    const Result<QList<FileSummary>> files = m_role == DeskRole::Helpdesk ? m_wf.files().guestBook(m_wf.calendar().today())
                                                                          : m_wf.files().openQueue(roleKey(m_role));
    if (files) {
        (void)m_wf.clocks().glanceAll(files.value(), Clock::nowUtc());
        m_log.write(QStringLiteral("READ"), QStringLiteral("refresh"), QString(),
                    {msField(static_cast<double>(clock.nsecsElapsed()) / 1e6)});
    } else if (offline(files.error())) {
        m_log.write(QStringLiteral("OFFLINE"), QStringLiteral("refresh"), QString(), {}, files.error());
    } else {
        shown(QStringLiteral("refresh"), QString(), files.error());
    }
    m_inSlot = false;
}

void Desk::beat()
{
    if (!m_session || m_inSlot || !m_feed->isConnected())
        return; // as the window: no beat while offline
    m_inSlot = true;
    QElapsedTimer clock;
    clock.start();
    const Status s = DeskSessions(m_db).beat(m_session);
    if (s)
        m_log.write(QStringLiteral("BEAT"), QStringLiteral("beat"), QString(), {msField(static_cast<double>(clock.nsecsElapsed()) / 1e6)});
    else if (offline(s.error()))
        m_log.write(QStringLiteral("OFFLINE"), QStringLiteral("beat"), QString(), {}, s.error());
    else
        shown(QStringLiteral("beat"), QString(), s.error()); // the window only logs it; a failure all the same
    m_inSlot = false;
}

bool Desk::logIn()
{
    AccountStore accounts(m_db);
    for (int attempt = 0; attempt < 60; ++attempt) {
        if (!waitOnline(m_o.until + kGraceMs))
            return false;
        QElapsedTimer clock;
        clock.start();
        const Result<User> user = accounts.authenticate(login(m_o.desk), password());
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (user) {
            m_user = user.value();
            m_log.write(QStringLiteral("LOGIN"), QStringLiteral("login"), QString(), {msField(ms)});
            break;
        }
        if (!offline(user.error())) {
            shown(QStringLiteral("login"), QString(), user.error());
            return false;
        }
        toldOffline(QStringLiteral("login"), QString(), user.error());
        if (!waitOnline(m_o.until + kGraceMs, true))
            return false;
    }
    if (!m_user.id)
        return false;
    for (int attempt = 0; attempt < 60; ++attempt) {
        if (!waitOnline(m_o.until + kGraceMs))
            return false;
        const Result<qint64> session =
            DeskSessions(m_db).begin(m_user, QStringLiteral("Meja %1").arg(m_o.desk), QSysInfo::machineHostName());
        if (session) {
            m_session = session.value();
            return true;
        }
        if (!offline(session.error())) {
            shown(QStringLiteral("session"), QString(), session.error());
            return false;
        }
        toldOffline(QStringLiteral("session"), QString(), session.error());
        if (!waitOnline(m_o.until + kGraceMs, true))
            return false;
    }
    return false;
}

int Desk::run()
{
    m_feed = std::make_unique<ChangeFeed>(m_db);
    if (const Status s = m_feed->start(); !s)
        return fail(QStringLiteral("feed"), s.error());
    QObject::connect(m_feed.get(), &ChangeFeed::changed, [this](const QList<DatabaseChange> &, bool) { refreshPage(); });
    m_log.write(QStringLiteral("START"), QStringLiteral("start"), QString(),
                {QStringLiteral("desk=%1").arg(m_o.desk), QStringLiteral("incarnation=%1").arg(m_o.incarnation),
                 QStringLiteral("role=") + roleKey(m_role)});
    if (!logIn())
        return over() ? 0 : fail(QStringLiteral("login"), QStringLiteral("the officer could not log in"));
    QTimer beats;
    beats.setInterval(static_cast<int>(DeskSessions::kBeatSeconds * 1000 / m_o.speed));
    QObject::connect(&beats, &QTimer::timeout, [this] { beat(); });
    beats.start();
    refreshPage();
    while (!over()) {
        if (m_role == DeskRole::Helpdesk)
            helpdeskTurn();
        else
            queueTurn();
    }
    beats.stop();
    if (m_db.isConnected())
        (void)DeskSessions(m_db).end(m_session);
    m_log.write(QStringLiteral("STOP"), QStringLiteral("stop"), QString());
    return 0;
}

// ---- the helpdesk ------------------------------------------------------------------

void Desk::helpdeskTurn()
{
    QList<FileSummary> work;
    if (read(QStringLiteral("work"), QString(), [&]() -> Status {
            const Result<QList<FileSummary>> files = m_wf.files().helpdeskWork();
            if (!files)
                return Status::failure(files.error());
            work = files.value();
            return Status::success();
        }) != Outcome::Done) {
        think(30);
        return;
    }
    // A file this desk checked in before it was killed: finish its checklist.
    for (const FileSummary &f : std::as_const(work))
        if (f.applicantName.startsWith(m_deskPrefix) && !f.applicantName.startsWith(m_prefix)
            && (f.status == ApplicationStatus::Registered || f.status == ApplicationStatus::Checking)) {
            finishChecking(f.applicationId, f.number, QString(), true);
            return;
        }
    // A file a verifikator sent back: any helpdesk desk may take it up.
    for (const FileSummary &f : std::as_const(work))
        if (f.status == ApplicationStatus::RejectedBack && chance(0.6)) {
            recheckAndAccept(f);
            return;
        }
    if (!m_returned.isEmpty() && chance(1.0 / 3.0))
        walkIn(m_returned.takeFirst());
    else
        walkIn(std::nullopt);
}

void Desk::walkIn(std::optional<qint64> previous)
{
    if (!think(45))
        return;
    const quint64 n = m_walkIns++;
    CheckInRequest r;
    Vendor vendor;
    if (previous) {
        // The applicant who was sent home for a paper comes back with it: the officer finds
        // the old file by the company and links the new visit to it.
        std::optional<ApplicationFile> old;
        if (read(QStringLiteral("open"), QString(), [&]() -> Status {
                const Result<ApplicationFile> f = m_wf.files().file(previous.value());
                if (!f)
                    return Status::failure(f.error());
                old = f.value();
                return Status::success();
            }) != Outcome::Done
            || !old || !old->vendor)
            return;
        r.applicantName = old->visit.applicantName;
        r.applicantNik = old->visit.applicantNik;
        r.applicantPhone = old->visit.applicantPhone;
        r.proxy = old->visit.proxy;
        r.serviceNumber = old->application.serviceNumber;
        r.previousApplicationId = previous.value();
        vendor = old->vendor.value();
        if (read(QStringLiteral("vendor"), QString(), [&]() -> Status {
                const Result<QList<Vendor>> found = m_vendors.search(vendor.npwp.left(6));
                return found ? Status::success() : Status::failure(found.error());
            }) != Outcome::Done)
            return;
    } else {
        const bool known = chance(0.75);
        const QString npwp = known ? poolNpwp(static_cast<int>(m_random() % kPoolVendors))
                                   : npwpOf(QStringLiteral("9%1%2%3")
                                                .arg(m_o.desk, 2, 10, QLatin1Char('0'))
                                                .arg(m_o.incarnation % 100, 2, 10, QLatin1Char('0'))
                                                .arg(n % 1000, 3, 10, QLatin1Char('0')));
        std::optional<Vendor> stored;
        if (read(QStringLiteral("vendor"), QString(), [&]() -> Status {
                const Result<QList<Vendor>> found = m_vendors.search(npwp.left(6));
                if (!found)
                    return Status::failure(found.error());
                for (const Vendor &v : found.value())
                    if (v.npwp == npwp)
                        stored = v;
                return Status::success();
            }) != Outcome::Done)
            return;
        if (stored) {
            vendor = stored.value();
        } else {
            vendor.name = QStringLiteral("Usaha Baru ") + letters(static_cast<quint64>(m_o.desk)) + QLatin1Char(' ') + letters(n);
            vendor.legalForm = chance(0.5) ? QStringLiteral("CV") : QStringLiteral("PT");
            vendor.npwp = npwp;
            vendor.email = QStringLiteral("kantor%1@usaha-baru.co.id").arg(npwp);
        }
        r.applicantName = m_prefix + QStringLiteral("Tamu ") + letters(n);
        r.applicantNik = QStringLiteral("637101%1%2%3%4")
                             .arg(1 + static_cast<int>(m_random() % 28), 2, 10, QLatin1Char('0'))
                             .arg(1 + static_cast<int>(m_random() % 12), 2, 10, QLatin1Char('0'))
                             .arg(60 + static_cast<int>(m_random() % 40), 2, 10, QLatin1Char('0'))
                             .arg(1 + static_cast<int>(m_random() % 9999), 4, 10, QLatin1Char('0'));
        r.applicantPhone = QStringLiteral("0812%1").arg(10000000 + static_cast<int>(m_random() % 89999999));
        r.proxy = chance(0.3);
        // The day's services, by how often they are asked for.
        static const int weights[7] = {30, 16, 8, 14, 10, 16, 6};
        int pick = static_cast<int>(m_random() % 100);
        r.serviceNumber = 1;
        for (int s = 0; s < 7; ++s) {
            if (pick < weights[s]) {
                r.serviceNumber = s + 1;
                break;
            }
            pick -= weights[s];
        }
    }
    r.vendor = vendor;
    r.actionKey = ActionKey::make(); // this walk-in's submission, kept until it is recorded
    if (!think(75))
        return;

    CheckInResult result;
    Act in;
    in.action = QStringLiteral("checkin");
    in.fields = {QStringLiteral("key=") + r.actionKey};
    in.run = [&]() -> Status {
        // "Daftarkan": what the officer must see first, then the check-in.
        const Result<CheckInReview> review = m_wf.guestBook().reviewCheckIn(r);
        if (!review)
            return Status::failure(review.error());
        CheckInRequest confirmed = r;
        confirmed.vendorChangesConfirmed = review->needsConfirmation();
        const Result<CheckInResult> done = m_wf.guestBook().checkIn(m_user, confirmed);
        if (!done)
            return Status::failure(done.error());
        result = done.value();
        in.number = result.applicationNumber;
        return Status::success();
    };
    in.recorded = [&]() -> Result<bool> {
        const Result<std::optional<CheckInResult>> earlier = m_wf.guestBook().recorded(r.actionKey);
        if (!earlier)
            return Result<bool>::failure(earlier.error());
        if (!earlier->has_value())
            return false;
        result = earlier->value();
        in.number = result.applicationNumber;
        return true;
    };
    const Outcome checkedIn = write(in);
    if (checkedIn == Outcome::Refused)
        shown(in.action, in.number, in.refusal);
    if (checkedIn != Outcome::Done)
        return;

    // Papers are missing now and then: a proxy without a Surat Kuasa most of all.
    QString missing;
    if (!previous) {
        if (r.proxy && chance(0.4))
            missing = QStringLiteral("surat_kuasa");
        else if (chance(0.05))
            missing = QStringLiteral("ktp_direktur");
    }
    finishChecking(result.applicationId, result.applicationNumber, missing, false);
    think(105); // the next in line steps up
}

void Desk::refused(const Act &act, qint64 id, bool shared)
{
    if (shared) {
        const Result<Application> now = fileNow(id);
        if (now && now->status != ApplicationStatus::Registered && now->status != ApplicationStatus::Checking) {
            m_log.write(QStringLiteral("RACE"), act.action, act.number);
            return;
        }
    }
    shown(act.action, act.number, act.refusal);
}

void Desk::finishChecking(qint64 id, const QString &number, const QString &missing, bool shared)
{
    QList<ChecklistItem> items;
    if (read(QStringLiteral("open"), number, [&]() -> Status {
            const Result<ApplicationFile> f = m_wf.files().file(id);
            if (!f)
                return Status::failure(f.error());
            items = f->checklist;
            return Status::success();
        }) != Outcome::Done)
        return;
    bool lacking = false;
    for (const ChecklistItem &item : std::as_const(items)) {
        if (item.requirementId == missing) {
            lacking = true;
            continue;
        }
        if (item.isComplete(m_wf.calendar().today()))
            continue;
        if (!think(25))
            return;
        ChecklistUpdate u;
        u.requirementId = item.requirementId;
        u.originalSeen = item.originalRequired;
        u.copyReceived = item.copyRequired;
        u.validUntil = item.validityRequired ? QDate::currentDate().addYears(2) : QDate();
        Act tick;
        tick.action = QStringLiteral("tick");
        tick.number = number;
        tick.fields = {QStringLiteral("item=") + item.requirementId};
        tick.run = [&] { return m_wf.documents().updateChecklist(m_user, id, u); };
        tick.recorded = [&]() -> Result<bool> {
            const Result<QList<ChecklistItem>> now = m_wf.documents().checklist(id);
            if (!now)
                return Result<bool>::failure(now.error());
            for (const ChecklistItem &i : now.value())
                if (i.requirementId == u.requirementId)
                    return i.originalSeen == u.originalSeen && i.copyReceived == u.copyReceived && i.validUntil == u.validUntil;
            return false;
        };
        if (const Outcome o = write(tick); o != Outcome::Done) {
            if (o == Outcome::Refused)
                refused(tick, id, shared);
            return;
        }
    }
    if (!think(20))
        return;
    Act decide;
    decide.number = number;
    if (lacking) {
        decide.action = QStringLiteral("return");
        decide.run = [&]() -> Status {
            const Result<QList<MissingItem>> slip = m_wf.documents().returnToApplicant(m_user, id, QStringLiteral("Dilengkapi lalu datang lagi"));
            return slip ? Status::success() : Status::failure(slip.error());
        };
        decide.recorded = stateIs(id, {ApplicationStatus::Returned});
    } else {
        decide.action = QStringLiteral("accept");
        decide.run = [&] { return m_wf.documents().accept(m_user, id); };
        // Only this desk moves a file it is checking; anything past it was this accept.
        decide.recorded = [this, id]() -> Result<bool> {
            const Result<Application> now = fileNow(id);
            if (!now)
                return Result<bool>::failure(now.error());
            return now->status != ApplicationStatus::Checking && now->status != ApplicationStatus::Registered;
        };
    }
    const Outcome o = write(decide);
    if (o == Outcome::Refused)
        refused(decide, id, shared);
    if (o == Outcome::Done && lacking)
        m_returned << id;
}

void Desk::recheckAndAccept(const FileSummary &file)
{
    if (!think(30))
        return;
    Act recheck;
    recheck.action = QStringLiteral("recheck");
    recheck.number = file.number;
    recheck.run = [&] { return m_wf.documents().recheck(m_user, file.applicationId); };
    // Another helpdesk desk may have taken it up: the file's latest recheck is this officer's.
    recheck.recorded = [&]() -> Result<bool> {
        const Result<ApplicationFile> f = m_wf.files().file(file.applicationId);
        if (!f)
            return Result<bool>::failure(f.error());
        for (qsizetype i = f->history.size() - 1; i >= 0; --i)
            if (f->history.at(i).kind == QLatin1String("rechecking"))
                return f->history.at(i).userId == m_user.id;
        return false;
    };
    const Outcome o = write(recheck);
    if (o == Outcome::Refused) {
        if (raceLost(file.applicationId, ApplicationStatus::RejectedBack))
            m_log.write(QStringLiteral("RACE"), recheck.action, file.number);
        else
            shown(recheck.action, file.number, recheck.refusal);
        return;
    }
    if (o == Outcome::Done)
        finishChecking(file.applicationId, file.number, QString(), true);
}

// ---- the queue -----------------------------------------------------------------------

void Desk::queueTurn()
{
    QList<FileSummary> queue;
    if (read(QStringLiteral("queue"), QString(), [&]() -> Status {
            const Result<QList<FileSummary>> files = m_wf.files().openQueue(roleKey(m_role));
            if (!files)
                return Status::failure(files.error());
            queue = files.value();
            return Status::success();
        }) != Outcome::Done) {
        think(30);
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The officer's own files first: one still in hand (a restarted desk), then a paused
    // one whose wait is over.
    for (const FileSummary &f : std::as_const(queue))
        if (f.claimedBy == m_user.id && f.status == ApplicationStatus::InProgress) {
            workFile(f, false);
            return;
        }
    for (const FileSummary &f : std::as_const(queue)) {
        if (f.claimedBy != m_user.id || f.status != ApplicationStatus::Paused)
            continue;
        if (!m_resumeAt.contains(f.applicationId)) // paused before this desk was restarted
            m_resumeAt.insert(f.applicationId, now + static_cast<qint64>(600'000 / m_o.speed * (0.5 + uniform())));
        if (m_resumeAt.value(f.applicationId) > now)
            continue;
        Act resume;
        resume.action = QStringLiteral("resume");
        resume.number = f.number;
        resume.run = [&] { return m_wf.queue().resume(m_user, f.applicationId); };
        resume.recorded = stateIs(f.applicationId, {ApplicationStatus::InProgress}, true);
        const Outcome o = write(resume);
        if (o == Outcome::Refused)
            shown(resume.action, f.number, resume.refusal);
        if (o != Outcome::Done)
            return;
        m_resumeAt.remove(f.applicationId);
        FileSummary resumed = f;
        resumed.status = ApplicationStatus::InProgress;
        workFile(resumed, false);
        return;
    }
    // The oldest waiting file; another desk may claim it first.
    for (const FileSummary &f : std::as_const(queue)) {
        if (f.status != ApplicationStatus::Queued)
            continue;
        if (!think(20))
            return;
        Act claim;
        claim.action = QStringLiteral("claim");
        claim.number = f.number;
        claim.run = [&] { return m_wf.queue().claim(m_user, f.applicationId); };
        claim.recorded = stateIs(f.applicationId, {ApplicationStatus::InProgress, ApplicationStatus::Paused}, true);
        const Outcome o = write(claim);
        if (o == Outcome::Stopped)
            return;
        if (o == Outcome::Refused) {
            if (raceLost(f.applicationId, ApplicationStatus::Queued)) {
                m_log.write(QStringLiteral("RACE"), claim.action, f.number);
                continue;
            }
            shown(claim.action, f.number, claim.refusal);
            return;
        }
        workFile(f, true);
        return;
    }
    think(30); // nothing waiting: a new file is announced by the feed and read at the next look
}

void Desk::workFile(const FileSummary &file, bool claimedNow)
{
    const qint64 id = file.applicationId;
    qint64 vendorId = 0;
    if (read(QStringLiteral("open"), file.number, [&]() -> Status {
            const Result<ApplicationFile> f = m_wf.files().file(id);
            if (!f)
                return Status::failure(f.error());
            vendorId = f->vendor ? f->vendor->id : 0;
            return Status::success();
        }) != Outcome::Done)
        return;
    if (vendorId && chance(0.4))
        if (read(QStringLiteral("vendor"), file.number, [&]() -> Status {
                const Result<Vendor> v = m_vendors.vendor(vendorId);
                if (!v)
                    return Status::failure(v.error());
                const Result<QList<KnownPerson>> people = m_vendors.peopleOf(vendorId);
                return people ? Status::success() : Status::failure(people.error());
            }) != Outcome::Done)
            return;
    const bool admin = m_role == DeskRole::AdminSistem;
    if (!think(admin ? 15 * 60 : 8 * 60))
        return;
    Act act;
    act.number = file.number;
    const double r = uniform();
    const double pauseChance = admin ? 0.3 : 0.125;
    if (claimedNow && r < pauseChance) {
        const PauseReason reason = admin || file.serviceNumber == 6 ? PauseReason::WaitingLkpp : PauseReason::InternetOutage;
        act.action = QStringLiteral("pause");
        act.run = [&] { return m_wf.queue().pause(m_user, id, reason, QString()); };
        act.recorded = stateIs(id, {ApplicationStatus::Paused}, true);
    } else if (!admin && r < pauseChance + 0.04) {
        act.action = QStringLiteral("sendback");
        act.run = [&] { return m_wf.queue().sendBack(m_user, id, QStringLiteral("Salinan akta perubahan tidak terbaca; mohon diperiksa ulang")); };
        // Nobody but the officer who holds it moves a file in progress.
        act.recorded = [this, id]() -> Result<bool> {
            const Result<bool> held = stateIs(id, {ApplicationStatus::InProgress}, true)();
            if (!held)
                return held;
            return !held.value();
        };
    } else {
        act.action = QStringLiteral("complete");
        act.run = [&] { return m_wf.queue().complete(m_user, id, admin ? QStringLiteral("Masalah aplikasi teratasi") : QStringLiteral("Layanan selesai")); };
        act.recorded = stateIs(id, {ApplicationStatus::Done});
    }
    const Outcome o = write(act);
    if (o == Outcome::Refused)
        shown(act.action, file.number, act.refusal);
    if (o == Outcome::Done && act.action == QLatin1String("pause"))
        m_resumeAt.insert(id, QDateTime::currentMSecsSinceEpoch() + static_cast<qint64>(600'000 / m_o.speed * (0.5 + uniform())));
}

// ---- setting up ----------------------------------------------------------------------

int setup(Database &db, int desks)
{
    if (const Status s = CatalogStore(db).ensureSeeded(); !s)
        return fail(QStringLiteral("catalog"), s.error());
    AccountStore accounts(db);
    Result<User> admin = accounts.userByLogin(QStringLiteral("office-admin"));
    if (!admin)
        admin = accounts.addUser(QStringLiteral("office-admin"), QStringLiteral("Admin Kantor Uji"), QString(), {Role::Administrator}, password(), 0);
    if (!admin)
        return fail(QStringLiteral("users"), admin.error());
    for (int d = 1; d <= desks; ++d) {
        if (accounts.userByLogin(login(d)))
            continue;
        Role role = Role::Helpdesk;
        switch (roleOf(d, desks)) {
        case DeskRole::Helpdesk: role = Role::Helpdesk; break;
        case DeskRole::Verifikator: role = Role::Verifikator; break;
        case DeskRole::AdminSistem: role = Role::AdminSistem; break;
        }
        const Result<User> u = accounts.addUser(login(d), QStringLiteral("Petugas Meja ") + letters(static_cast<quint64>(d)), QString(), {role},
                                                password(), admin->id);
        if (!u)
            return fail(QStringLiteral("users"), u.error());
    }
    VendorStore vendors(db);
    for (int i = 0; i < kPoolVendors; ++i) {
        if (vendors.findByNpwp(poolNpwp(i)))
            continue;
        Vendor v;
        v.name = QStringLiteral("Mitra Banjar ") + letters(static_cast<quint64>(i));
        v.legalForm = i % 3 == 0 ? QStringLiteral("PT") : QStringLiteral("CV");
        v.npwp = poolNpwp(i);
        v.nib = QStringLiteral("81200%1").arg(i + 1, 8, 10, QLatin1Char('0'));
        v.email = QStringLiteral("mitra%1@banjar.co.id").arg(i + 1);
        if (const Result<Vendor> saved = vendors.save(v); !saved)
            return fail(QStringLiteral("vendors"), saved.error());
    }
    return 0;
}

// Opens the database, waiting (as a window started during an outage would) while the
// server does not answer.
Result<std::unique_ptr<Database>> openWaiting(const QString &location, qint64 deadline)
{
    for (;;) {
        auto opened = Database::open(location);
        if (opened || QDateTime::currentMSecsSinceEpoch() >= deadline)
            return opened;
        QThread::msleep(1000);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LoketOffice"));
    Options o;
    QString verifyDir;
    bool doSetup = false;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--db") && hasValue)
            o.db = args[++i];
        else if (a == QLatin1String("--setup"))
            doSetup = true;
        else if (a == QLatin1String("--desk") && hasValue)
            o.desk = args[++i].toInt();
        else if (a == QLatin1String("--desks") && hasValue)
            o.desks = args[++i].toInt();
        else if (a == QLatin1String("--incarnation") && hasValue)
            o.incarnation = args[++i].toInt();
        else if (a == QLatin1String("--until") && hasValue)
            o.until = args[++i].toLongLong();
        else if (a == QLatin1String("--speed") && hasValue)
            o.speed = args[++i].toDouble();
        else if (a == QLatin1String("--seed") && hasValue)
            o.seed = args[++i].toUInt();
        else if (a == QLatin1String("--run") && hasValue)
            o.run = args[++i].toULongLong();
        else if (a == QLatin1String("--log") && hasValue)
            o.log = args[++i];
        else if (a == QLatin1String("--verify") && hasValue)
            verifyDir = args[++i];
        else {
            err() << "usage: loket_office --db LOCATION (--setup --desks N | --desk K --desks N --incarnation I --until EPOCH_MS "
                     "[--speed X] [--seed S] --log FILE | --verify DIR --desks N)"
                  << Qt::endl;
            return 64;
        }
    }
    if (o.db.isEmpty() || o.desks < 3)
        return fail(QStringLiteral("usage"), QStringLiteral("--db LOCATION and --desks N (3 or more) are required"));
    if (doSetup || !verifyDir.isEmpty()) {
        auto opened = Database::open(o.db);
        if (!opened)
            return fail(QStringLiteral("open"), opened.error());
        return doSetup ? setup(*opened.value(), o.desks) : verifyOffice(*opened.value(), verifyDir, o.desks, o.run);
    }
    if (o.desk < 1 || o.desk > o.desks || o.until <= 0 || o.log.isEmpty() || o.speed <= 0)
        return fail(QStringLiteral("usage"), QStringLiteral("--desk K (1..N), --until EPOCH_MS, --speed and --log FILE are required"));
    DeskLog log;
    if (!log.open(o.log))
        return fail(QStringLiteral("log"), o.log);
    auto opened = openWaiting(o.db, o.until + kGraceMs);
    if (!opened) {
        log.write(QStringLiteral("SHOWN"), QStringLiteral("open"), QString(), {}, opened.error());
        return fail(QStringLiteral("open"), opened.error());
    }
    Desk desk(*opened.value(), o, log);
    return desk.run();
}
