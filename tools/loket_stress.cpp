// Drives the counter workflow headlessly against one database (a file or a server),
// for the crash and concurrency proofs (scripts/prove-crash-safety.sh,
// scripts/prove-concurrency.sh).
//
//   loket_stress --db LOCATION --actions N [--seed S] [--actor-prefix X]
//       performs N write transactions (check-in, every checklist tick, accept, then a
//       claim of the oldest waiting file in the shared queue, whoever checked it in, and
//       its completion) and prints "COMMITTED <number> <step>" after each one has
//       committed. Processes race for the same files: a claim another desk won first is
//       printed as "RACE <number>" and the next waiting file is tried. Exits 2 at the
//       first error, printing it on stderr.
//   loket_stress --db LOCATION --hand-offs N [--seed S] [--actor-prefix X]
//       checks in and hands off N files (check-in, every tick, accept), printing the same
//       COMMITTED lines, and claims none: another desk's queue sees them arrive (the
//       live-update tests, tests/gui/test_live_office.cpp).
//   loket_stress --db LOCATION --verify FILE
//       checks that every COMMITTED line of FILE is in the database: the application
//       exists, its state is at least the step's, and the step's event is recorded; and
//       that no file was claimed twice and no queue number issued twice or skipped.
#include "accounts/AccountStore.h"
#include "applications/Workflow.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "events/EventLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTextStream>

#include <algorithm>
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

int run(Database &db, const QString &prefix, qint64 actions, quint32 seed, qint64 handOffs)
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
        if (handOffs > 0) {
            if (--handOffs == 0)
                break;
            continue;
        }
        // The oldest waiting file of the shared queue: other desks want the same one.
        const Result<QList<FileSummary>> queue = wf.files().openQueue();
        if (!queue)
            return fail(number + QStringLiteral(" queue"), queue.error());
        for (const FileSummary &waiting : queue.value()) {
            if (waiting.status != ApplicationStatus::Queued)
                continue;
            if (const Status s = wf.queue().claim(actor, waiting.applicationId); !s) {
                const Result<Application> now = wf.files().application(waiting.applicationId);
                if (now && now->status != ApplicationStatus::Queued && now->claimedBy != actor.id) {
                    std::fprintf(stdout, "RACE %s\n", qPrintable(waiting.number)); // another desk was first
                    std::fflush(stdout);
                    continue;
                }
                return fail(waiting.number + QStringLiteral(" claim"), s.error());
            }
            committed(waiting.number, QStringLiteral("claimed"));
            if (++done; !more())
                break;
            if (const Status s = wf.queue().complete(actor, waiting.applicationId, QStringLiteral("Selesai diuji")); !s)
                return fail(waiting.number + QStringLiteral(" complete"), s.error());
            committed(waiting.number, QStringLiteral("done"));
            ++done;
            break;
        }
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
    // No file claimed by two desks: one "claimed" event each (the stress never releases).
    qint64 claimedTwice = 0;
    for (auto it = eventsOf.cbegin(); it != eventsOf.cend(); ++it) {
        int claims = 0;
        for (const Event &e : it.value())
            claims += e.kind == QLatin1String("claimed") ? 1 : 0;
        if (claims > 1) {
            ++claimedTwice;
            err() << "CLAIMED TWICE application " << it.key() << Qt::endl;
        }
    }
    // Queue numbers of today's guest book (and yesterday's, for a run across midnight):
    // none twice, none skipped, per letter.
    qint64 twice = 0, gaps = 0;
    const QDate today = wf.calendar().today();
    for (const QDate &day : {today.addDays(-1), today}) {
        const Result<QList<FileSummary>> book = wf.files().guestBook(day);
        if (!book)
            return fail(QStringLiteral("verify"), book.error());
        QHash<QString, QSet<int>> seen;
        for (const FileSummary &f : book.value()) {
            const QString letter = f.queueNumber.section(QLatin1Char('-'), 0, 0);
            const int seq = f.queueNumber.section(QLatin1Char('-'), 1).toInt();
            if (seen[letter].contains(seq)) {
                ++twice;
                err() << "QUEUE NUMBER TWICE " << f.queueNumber << " on " << day.toString(Qt::ISODate) << Qt::endl;
            }
            seen[letter].insert(seq);
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            for (int n = 1; n <= *std::max_element(it.value().cbegin(), it.value().cend()); ++n)
                if (!it.value().contains(n)) {
                    ++gaps;
                    err() << "QUEUE NUMBER SKIPPED " << it.key() << "-" << n << " on " << day.toString(Qt::ISODate) << Qt::endl;
                }
    }
    QTextStream(stdout) << "VERIFIED " << lines << " committed actions, " << lost << " lost, " << claimedTwice << " claimed twice, "
                        << twice << " queue numbers twice, " << gaps << " skipped" << Qt::endl;
    return lost == 0 && claimedTwice == 0 && twice == 0 && gaps == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LoketStress"));
    QString dbPath, verifyPath, prefix = QStringLiteral("stress");
    qint64 actions = -1;
    qint64 handOffs = 0;
    quint32 seed = 1;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--db") && hasValue)
            dbPath = args[++i];
        else if (a == QLatin1String("--actions") && hasValue)
            actions = args[++i].toLongLong();
        else if (a == QLatin1String("--hand-offs") && hasValue)
            handOffs = std::max<qint64>(1, args[++i].toLongLong());
        else if (a == QLatin1String("--seed") && hasValue)
            seed = args[++i].toUInt();
        else if (a == QLatin1String("--actor-prefix") && hasValue)
            prefix = args[++i].toLower();
        else if (a == QLatin1String("--verify") && hasValue)
            verifyPath = args[++i];
        else {
            err() << "usage: loket_stress --db LOCATION (--actions N | --hand-offs N) [--seed S] [--actor-prefix X] | --verify FILE" << Qt::endl;
            return 64;
        }
    }
    if (dbPath.isEmpty())
        return fail(QStringLiteral("usage"), QStringLiteral("--db LOCATION is required"));
    auto opened = Database::open(dbPath);
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    return verifyPath.isEmpty() ? run(*opened.value(), prefix, actions, seed, handOffs) : verify(*opened.value(), verifyPath);
}
