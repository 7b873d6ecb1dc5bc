// Drives the counter workflow headlessly against one database file, for the crash and
// concurrency proofs (scripts/prove-crash-safety.sh, scripts/prove-concurrency.sh).
//
//   loket_stress --db PATH --actions N [--seed S] [--actor-prefix X]
//       performs N write transactions (check-in, every checklist tick, accept, claim,
//       complete, then the next applicant) and prints "COMMITTED <number> <step>" after
//       each one has committed. Exits 2 at the first error, printing it on stderr.
//   loket_stress --db PATH --verify FILE
//       checks that every COMMITTED line of FILE is in the database: the application
//       exists, its state is at least the step's, and the step's event is recorded.
#include "accounts/AccountStore.h"
#include "applications/Workflow.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTextStream>

#include <cstdio>
#include <random>

namespace {

const QString kPassword = QStringLiteral("stress-sandi-1");

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// Applicant names may not contain digits: spell the counter in letters.
QString letters(quint64 n)
{
    QString s;
    do {
        s.prepend(QChar(u'a' + static_cast<char16_t>(n % 26)));
        n /= 26;
    } while (n);
    s[0] = s[0].toUpper();
    return s;
}

void committed(const QString &number, const QString &step)
{
    // One write per line and an explicit flush: the line is out before the next action.
    const QByteArray line = QStringLiteral("COMMITTED %1 %2\n").arg(number, step).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

Result<User> ensureUser(AccountStore &accounts, const QString &login, const QString &name, const QList<Role> &roles, qint64 actorId)
{
    const Result<User> existing = accounts.userByLogin(login);
    if (existing)
        return existing;
    return accounts.addUser(login, name, QString(), roles, kPassword, actorId);
}

int fail(const QString &where, const QString &message)
{
    err() << "ERROR " << where << ": " << message << Qt::endl;
    return 2;
}

int run(Database &db, const QString &prefix, qint64 actions, quint32 seed)
{
    if (const Status s = CatalogStore(db).ensureSeeded(); !s)
        return fail(QStringLiteral("catalog"), s.error());
    AccountStore accounts(db);
    // Hashing is slow (Argon2id): the users are created on the first run only.
    const Result<User> admin = ensureUser(accounts, prefix + QStringLiteral("-admin"), QStringLiteral("Admin Uji"),
                                          {Role::Administrator}, 0);
    if (!admin)
        return fail(QStringLiteral("users"), admin.error());
    const Result<User> worker = ensureUser(accounts, prefix + QStringLiteral("-counter"), QStringLiteral("Petugas Uji"),
                                           {Role::Helpdesk, Role::Verifikator, Role::AdminSistem}, admin->id);
    if (!worker)
        return fail(QStringLiteral("users"), worker.error());
    const User &actor = worker.value();

    Workflow wf(db);
    std::mt19937 random(seed);
    qint64 done = 0;
    quint64 applicant = 0;
    const auto more = [&] { return actions < 0 || done < actions; };
    while (more()) {
        CheckInRequest request;
        request.applicantName = QStringLiteral("Pemohon ") + letters(seed) + QLatin1Char(' ') + letters(applicant++);
        request.applicantNik = QStringLiteral("6371011203850001");
        request.applicantPhone = QStringLiteral("0812-5123-4567");
        request.proxy = random() % 4 == 0;
        request.vendor.name = QStringLiteral("CV Uji ") + letters(seed);
        request.vendor.legalForm = QStringLiteral("CV");
        request.serviceNumber = static_cast<int>(random() % 7) + 1;
        const Result<CheckInResult> in = wf.guestBook().checkIn(actor, request);
        if (!in)
            return fail(QStringLiteral("checkin"), in.error());
        const QString number = in->applicationNumber;
        const qint64 id = in->applicationId;
        committed(number, QStringLiteral("checkin"));
        if (++done; !more())
            break;

        const Result<QList<ChecklistItem>> items = wf.documents().checklist(id);
        if (!items)
            return fail(number + QStringLiteral(" checklist"), items.error());
        const QDate validUntil = Clock::nowUtc().date().addYears(1);
        for (const ChecklistItem &i : items.value()) {
            ChecklistUpdate u;
            u.requirementId = i.requirementId;
            u.originalSeen = true;
            u.copyReceived = true;
            u.validUntil = i.validityRequired ? validUntil : QDate();
            if (const Status s = wf.documents().updateChecklist(actor, id, u); !s)
                return fail(number + QStringLiteral(" tick"), s.error());
            committed(number, QStringLiteral("tick:") + i.requirementId);
            ++done;
            if (!more())
                break;
        }
        if (!more())
            break;
        if (const Status s = wf.documents().accept(actor, id); !s)
            return fail(number + QStringLiteral(" accept"), s.error());
        committed(number, QStringLiteral("accepted"));
        if (++done; !more())
            break;
        if (const Status s = wf.queue().claim(actor, id); !s)
            return fail(number + QStringLiteral(" claim"), s.error());
        committed(number, QStringLiteral("claimed"));
        if (++done; !more())
            break;
        if (const Status s = wf.queue().complete(actor, id, QStringLiteral("Selesai diuji")); !s)
            return fail(number + QStringLiteral(" complete"), s.error());
        committed(number, QStringLiteral("done"));
        ++done;
    }
    return 0;
}

int rank(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Registered: return 0;
    case ApplicationStatus::Checking: return 1;
    case ApplicationStatus::Accepted:
    case ApplicationStatus::Queued: return 2;
    case ApplicationStatus::InProgress: return 3;
    case ApplicationStatus::Done: return 4;
    default: return -1;
    }
}

int verify(Database &db, const QString &linesPath)
{
    QFile file(linesPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(QStringLiteral("verify"), file.errorString());
    Workflow wf(db);
    EventLog log(db.connection());
    QHash<QString, qint64> ids;
    QHash<qint64, QList<Event>> eventsOf;
    // How many times each (application, event kind, item) was reported; each needs its own event.
    QHash<QString, int> reported;
    qint64 lines = 0, lost = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.startsWith(QLatin1String("COMMITTED ")))
            continue;
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() != 3) {
            ++lost;
            err() << "LOST (malformed line) " << line << Qt::endl;
            continue;
        }
        ++lines;
        const QString number = parts[1];
        const QString step = parts[2];
        if (!ids.contains(number)) {
            const Result<qint64> id = wf.files().findByNumber(number);
            if (!id) {
                ++lost;
                err() << "LOST " << line << ": " << id.error() << Qt::endl;
                continue;
            }
            ids.insert(number, id.value());
            const Result<QList<Event>> events = log.forApplication(id.value());
            if (!events)
                return fail(QStringLiteral("verify"), events.error());
            eventsOf.insert(id.value(), events.value());
        }
        const qint64 id = ids.value(number);
        const Result<Application> app = wf.files().application(id);
        if (!app)
            return fail(QStringLiteral("verify"), app.error());

        int needed = 0;
        QString kind = step, item;
        if (step == QLatin1String("checkin")) {
            kind = QStringLiteral("registered");
        } else if (step.startsWith(QLatin1String("tick:"))) {
            needed = 1;
            kind = QStringLiteral("checklist");
            item = step.mid(5);
            const Result<QList<ChecklistItem>> items = wf.documents().checklist(id);
            bool ticked = false;
            for (const ChecklistItem &i : items.value())
                ticked = ticked || (i.requirementId == item && i.originalSeen && i.copyReceived);
            if (!ticked) {
                ++lost;
                err() << "LOST " << line << ": the item is not ticked" << Qt::endl;
                continue;
            }
        } else if (step == QLatin1String("accepted")) {
            needed = 2;
        } else if (step == QLatin1String("claimed")) {
            needed = 3;
        } else if (step == QLatin1String("done")) {
            needed = 4;
        }
        if (rank(app->status) < needed) {
            ++lost;
            err() << "LOST " << line << ": status is " << ApplicationStatuses::key(app->status) << Qt::endl;
            continue;
        }
        const QString key = QString::number(id) + QLatin1Char('|') + kind + QLatin1Char('|') + item;
        const int nth = ++reported[key];
        int recorded = 0;
        for (const Event &e : eventsOf.value(id))
            if (e.kind == kind && (item.isEmpty() || e.data.value(QStringLiteral("item")).toString() == item))
                ++recorded;
        if (recorded < nth) {
            ++lost;
            err() << "LOST " << line << ": its event is missing" << Qt::endl;
        }
    }
    QTextStream(stdout) << "VERIFIED " << lines << " committed actions, " << lost << " lost" << Qt::endl;
    return lost == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LoketStress"));
    QString dbPath, verifyPath, prefix = QStringLiteral("stress");
    qint64 actions = -1;
    quint32 seed = 1;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--db") && hasValue)
            dbPath = args[++i];
        else if (a == QLatin1String("--actions") && hasValue)
            actions = args[++i].toLongLong();
        else if (a == QLatin1String("--seed") && hasValue)
            seed = args[++i].toUInt();
        else if (a == QLatin1String("--actor-prefix") && hasValue)
            prefix = args[++i].toLower();
        else if (a == QLatin1String("--verify") && hasValue)
            verifyPath = args[++i];
        else {
            err() << "usage: loket_stress --db PATH (--actions N [--seed S] [--actor-prefix X] | --verify FILE)" << Qt::endl;
            return 64;
        }
    }
    if (dbPath.isEmpty())
        return fail(QStringLiteral("usage"), QStringLiteral("--db PATH is required"));
    auto opened = Database::open(dbPath);
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    return verifyPath.isEmpty() ? run(*opened.value(), prefix, actions, seed) : verify(*opened.value(), verifyPath);
}
