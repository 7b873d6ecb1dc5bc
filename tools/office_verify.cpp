// The office proof's verifier (loket_office --verify DIR, scripts/prove-office.sh): reads
// every desk's log DIR/desk-K.log and checks it against the database.
//
//  - acknowledged actions lost: every COMMITTED line must be in the database: its event
//    recorded by that desk's officer on that file (one event for each line reporting it),
//    a check-in's event under the key the desk logged, a tick's paper ticked;
//  - no check-in key recorded twice, no walk-in of this run recorded twice (each has its
//    own name; a returning applicant's visit is linked to the old file, once);
//  - queue numbers unique and gapless per day and letter;
//  - no file claimed by two officers at once (its events in order);
// and prints the figures the summary line takes: counts of each kind of line, and the
// median and 99th percentile of each action's time.
#include "office_common.h"

#include "accounts/AccountStore.h"
#include "applications/Workflow.h"
#include "events/EventLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {

using namespace Office;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// The event an acknowledged action is known by.
QString eventKindOf(const QString &action)
{
    static const QHash<QString, QString> kinds{
        {QStringLiteral("checkin"), QStringLiteral("registered")}, {QStringLiteral("tick"), QStringLiteral("checklist")},
        {QStringLiteral("accept"), QStringLiteral("accepted")},    {QStringLiteral("return"), QStringLiteral("returned")},
        {QStringLiteral("recheck"), QStringLiteral("rechecking")}, {QStringLiteral("claim"), QStringLiteral("claimed")},
        {QStringLiteral("pause"), QStringLiteral("paused")},       {QStringLiteral("resume"), QStringLiteral("resumed")},
        {QStringLiteral("complete"), QStringLiteral("done")},      {QStringLiteral("sendback"), QStringLiteral("sent_back")},
    };
    return kinds.value(action);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p * static_cast<double>(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

struct Loaded
{
    qint64 id = 0;
    Application app;
    QList<Event> events;
};

} // namespace

int verifyOffice(Database &db, const QString &dir, int desks, quint64 run)
{
    Workflow wf(db);
    EventLog log(db.connection());
    AccountStore accounts(db);
    QHash<int, qint64> userOf;
    for (int d = 1; d <= desks; ++d) {
        const Result<User> u = accounts.userByLogin(login(d));
        if (!u) {
            err() << "ERROR no officer for desk " << d << ": " << u.error() << Qt::endl;
            return 2;
        }
        userOf.insert(d, u->id);
    }

    QHash<QString, qint64> counts; // lines by type
    QMap<QString, QList<double>> times;
    QHash<QString, qint64> resolved;
    QList<std::pair<int, LogLine>> committed;
    qint64 malformed = 0;
    for (int d = 1; d <= desks; ++d) {
        QFile file(QDir(dir).filePath(QStringLiteral("desk-%1.log").arg(d)));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            err() << "ERROR no log for desk " << d << Qt::endl;
            return 2;
        }
        while (!file.atEnd()) {
            const QString text = QString::fromUtf8(file.readLine()).trimmed();
            if (text.isEmpty())
                continue;
            LogLine l;
            if (!LogLine::parse(text, &l)) {
                // A line cut short can only be the last one of a killed desk, and then it
                // was never acknowledged; anywhere else it is an error.
                ++malformed;
                err() << "MALFORMED desk " << d << ": " << text << Qt::endl;
                continue;
            }
            ++counts[l.type];
            if (l.type == QLatin1String("READ") && l.action == QLatin1String("refresh"))
                ++counts[QStringLiteral("REFRESH")];
            // A page's reading or a session's beat that met the outage: the window shows
            // nothing for those (the page stays as it was, the beat is only logged).
            if (l.type == QLatin1String("OFFLINE") && (l.action == QLatin1String("refresh") || l.action == QLatin1String("beat")))
                ++counts[QStringLiteral("OFFLINE_SILENT")];
            if (l.type == QLatin1String("SHOWN"))
                err() << "SHOWN desk " << d << " " << l.action << " " << l.number << ": " << l.message << Qt::endl;
            if (l.type == QLatin1String("RESOLVED"))
                ++resolved[l.fields.value(QStringLiteral("outcome"))];
            const bool timed = l.fields.contains(QStringLiteral("ms")) && !l.fields.contains(QStringLiteral("resolved"));
            if (timed || l.fields.value(QStringLiteral("resolved")) == QLatin1String("retried"))
                times[l.action] << l.fields.value(QStringLiteral("ms")).toDouble();
            if (l.type == QLatin1String("COMMITTED"))
                committed.append({d, l});
        }
    }

    // Every file the logs name, with its events.
    QHash<QString, Loaded> files;
    qint64 lost = 0;
    const auto load = [&](const QString &number) -> const Loaded * {
        if (files.contains(number))
            return &files[number];
        const Result<qint64> id = wf.files().findByNumber(number);
        if (!id)
            return nullptr;
        Loaded l;
        l.id = id.value();
        const Result<Application> app = wf.files().application(l.id);
        const Result<QList<Event>> events = log.forApplication(l.id);
        if (!app || !events)
            return nullptr;
        l.app = app.value();
        l.events = events.value();
        files.insert(number, l);
        return &files[number];
    };

    // How many lines reported each (file, event kind, officer, paper): each needs its own event.
    QHash<QString, int> reported;
    QHash<QString, QSet<QString>> filesOfKey, keysOfFile; // as the desks were answered
    for (const auto &[desk, l] : std::as_const(committed)) {
        const QString kind = eventKindOf(l.action);
        const QString item = l.fields.value(QStringLiteral("item"));
        const QString what = QStringLiteral("desk %1 %2 %3 %4").arg(desk).arg(l.action, l.number, item);
        if (kind.isEmpty()) {
            ++lost;
            err() << "LOST (unknown action) " << what << Qt::endl;
            continue;
        }
        const Loaded *f = load(l.number);
        if (!f) {
            ++lost;
            err() << "LOST " << what << ": no such file" << Qt::endl;
            continue;
        }
        const qint64 user = userOf.value(desk);
        if (l.action == QLatin1String("checkin")) {
            const QString key = l.fields.value(QStringLiteral("key"));
            filesOfKey[key].insert(l.number);
            keysOfFile[l.number].insert(key);
            const Result<std::optional<Event>> byKey = log.byActionKey(key);
            if (!byKey || !byKey->has_value() || byKey->value().applicationId != f->id || byKey->value().kind != kind
                || byKey->value().userId != user) {
                ++lost;
                err() << "LOST " << what << ": no check-in under key " << key << " for this file" << Qt::endl;
                continue;
            }
        }
        if (l.action == QLatin1String("tick")) {
            const Result<QList<ChecklistItem>> items = wf.documents().checklist(f->id);
            bool ticked = false;
            for (const ChecklistItem &i : items ? items.value() : QList<ChecklistItem>())
                ticked |= i.requirementId == item && (!i.originalRequired || i.originalSeen) && (!i.copyRequired || i.copyReceived);
            if (!ticked) {
                ++lost;
                err() << "LOST " << what << ": the paper is not ticked" << Qt::endl;
                continue;
            }
        }
        const int nth = ++reported[QStringLiteral("%1|%2|%3|%4").arg(f->id).arg(kind).arg(user).arg(item)];
        int recorded = 0;
        for (const Event &e : f->events)
            if (e.kind == kind && e.userId == user && (item.isEmpty() || e.data.value(QStringLiteral("item")).toString() == item))
                ++recorded;
        if (recorded < nth) {
            ++lost;
            err() << "LOST " << what << ": " << recorded << " such events for " << nth << " lines" << Qt::endl;
        }
    }

    // The guest books of every day the logs name (and today's): every visit of them.
    QSet<QDate> days{wf.calendar().today()};
    for (const auto &entry : std::as_const(committed)) {
        const QDate day = QDate::fromString(entry.second.number.left(8), QStringLiteral("yyyyMMdd"));
        if (day.isValid())
            days.insert(day);
    }
    qint64 numbersTwice = 0, numbersSkipped = 0, keysTwice = 0, walkInsTwice = 0, followedTwice = 0, claimedTwice = 0;
    qint64 visits = 0;
    QHash<QString, int> nameSeen;
    QHash<qint64, int> followUps;
    for (const QDate &day : std::as_const(days)) {
        const Result<QList<FileSummary>> book = wf.files().guestBook(day);
        if (!book) {
            err() << "ERROR guest book of " << day.toString(Qt::ISODate) << ": " << book.error() << Qt::endl;
            return 2;
        }
        QHash<QString, QSet<int>> seen;
        for (const FileSummary &s : book.value()) {
            ++visits;
            const QString letter = s.queueNumber.section(QLatin1Char('-'), 0, 0);
            const int seq = s.queueNumber.section(QLatin1Char('-'), 1).toInt();
            if (seen[letter].contains(seq)) {
                ++numbersTwice;
                err() << "QUEUE NUMBER TWICE " << s.queueNumber << " on " << day.toString(Qt::ISODate) << Qt::endl;
            }
            seen[letter].insert(seq);
            const Loaded *f = load(s.number);
            if (!f) {
                err() << "ERROR file " << s.number << " of the guest book cannot be read" << Qt::endl;
                return 2;
            }
            // One walk-in, one visit (a returning one is linked to the old file, once).
            if (s.applicantName.startsWith(runPrefix(run))) {
                if (f->app.previousApplicationId) {
                    if (++followUps[f->app.previousApplicationId] == 2) {
                        ++followedTwice;
                        err() << "RETURNING APPLICANT RECORDED TWICE " << s.applicantName << Qt::endl;
                    }
                } else if (++nameSeen[s.applicantName] == 2) {
                    ++walkInsTwice;
                    err() << "WALK-IN RECORDED TWICE " << s.applicantName << Qt::endl;
                }
            }
            // Never two holders at once: a claim only while nobody holds the file.
            qint64 holder = 0;
            for (const Event &e : f->events) {
                if (e.kind == QLatin1String("claimed")) {
                    if (holder) {
                        ++claimedTwice;
                        err() << "CLAIMED TWICE " << s.number << " by " << holder << " and " << e.userId << Qt::endl;
                    }
                    holder = e.userId;
                } else if (e.kind == QLatin1String("released") || e.kind == QLatin1String("done") || e.kind == QLatin1String("sent_back")
                           || e.kind == QLatin1String("cancelled")) {
                    holder = 0;
                }
            }
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            for (int n = 1; n <= *std::max_element(it.value().cbegin(), it.value().cend()); ++n)
                if (!it.value().contains(n)) {
                    ++numbersSkipped;
                    err() << "QUEUE NUMBER SKIPPED " << it.key() << "-" << n << " on " << day.toString(Qt::ISODate) << Qt::endl;
                }
    }
    // One key, one check-in (the database's unique index on events.action_key holds it
    // there; here: every answer a desk got for a key names the same file, and a file was
    // answered for one key only).
    for (auto it = filesOfKey.cbegin(); it != filesOfKey.cend(); ++it)
        if (it.value().size() > 1) {
            ++keysTwice;
            err() << "KEY ANSWERED WITH TWO FILES " << it.key() << Qt::endl;
        }
    for (auto it = keysOfFile.cbegin(); it != keysOfFile.cend(); ++it)
        if (it.value().size() > 1) {
            ++keysTwice;
            err() << "FILE CHECKED IN UNDER TWO KEYS " << it.key() << Qt::endl;
        }

    // The officer's reads apart from the pages the window reads again by itself.
    const qint64 refreshes = counts.value(QStringLiteral("REFRESH"));
    const qint64 reads = counts.value(QStringLiteral("READ")) - refreshes, writes = counts.value(QStringLiteral("COMMITTED"));
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        out() << "STAT " << it.key() << " n=" << it.value().size() << " p50=" << QString::number(percentile(it.value(), 0.50), 'f', 1)
              << " p99=" << QString::number(percentile(it.value(), 0.99), 'f', 1) << Qt::endl;
    out() << "COUNTS writes=" << writes << " reads=" << reads << " logins=" << counts.value(QStringLiteral("LOGIN")) << " refreshes=" << refreshes
          << " beats=" << counts.value(QStringLiteral("BEAT")) << " offline=" << counts.value(QStringLiteral("OFFLINE")) - counts.value(QStringLiteral("OFFLINE_SILENT"))
          << " offline_silent=" << counts.value(QStringLiteral("OFFLINE_SILENT"))
          << " shown=" << counts.value(QStringLiteral("SHOWN")) << " races=" << counts.value(QStringLiteral("RACE"))
          << " resolved_recorded=" << resolved.value(QStringLiteral("recorded")) << " resolved_retry=" << resolved.value(QStringLiteral("retry"))
          << " starts=" << counts.value(QStringLiteral("START")) << " stops=" << counts.value(QStringLiteral("STOP"))
          << " malformed=" << malformed << Qt::endl;
    const bool clean = lost == 0 && keysTwice == 0 && walkInsTwice == 0 && followedTwice == 0 && numbersTwice == 0 && numbersSkipped == 0
                       && claimedTwice == 0;
    out() << "VERIFIED committed=" << committed.size() << " lost=" << lost << " visits=" << visits << " keys_twice=" << keysTwice
          << " walkins_twice=" << (walkInsTwice + followedTwice) << " numbers_twice=" << numbersTwice << " numbers_skipped=" << numbersSkipped
          << " claimed_twice=" << claimedTwice << Qt::endl;
    return clean ? 0 : 1;
}
