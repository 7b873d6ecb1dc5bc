// loket_bench: the speed of Loket at a busy desk after ten years (issue 8). Builds the
// demo databases once under a cache folder, then prints the median of repeated runs of
// each operation, the same result through hand-written SQL, and the growth from one
// tenth of the data. With --server, the same files are copied once into schemas of a
// PostgreSQL server and every figure is measured there instead (issue 15). See
// docs/performance.md.
#include "StatementCounter.h"
#include "accounts/AccountStore.h"
#include "applications/GuestBook.h"
#include "applications/VisitTable.h"
#include "applications/Workflow.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "events/EventLog.h"
#include "print/ReceiptRenderer.h"
#include "receipts/ReceiptSource.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportDocument.h"
#include "reports/ReportFormat.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/FastQuery.h"
#include "storage/PgDialect.h"
#include "storage/ServerAddress.h"
#include "storage/SqlDialect.h"
#include "storage/SqlQuery.h"
#include "vendors/VendorStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <libpq-fe.h>
#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace {

QTextStream out(stdout);

void fail(const QString &message)
{
    out << "loket_bench: " << message << Qt::endl;
    std::exit(1);
}

double medianOf(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : (n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2);
}

// Median in milliseconds of `runs` calls (after one warm-up call).
double timeIt(int runs, const std::function<void()> &f)
{
    f();
    QList<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t << double(timer.nsecsElapsed()) / 1e6;
    }
    return medianOf(t);
}

// Medians in milliseconds of `runs` calls of each of `f`, taken in turn (a, b, a, b, ...)
// after one warm-up call of each, so that a slow spell of the machine weighs on all.
QList<double> timeInTurn(int runs, const QList<std::function<void()>> &f)
{
    for (const auto &g : f)
        g();
    QList<QList<double>> t(f.size());
    for (int i = 0; i < runs; ++i) {
        for (qsizetype k = 0; k < f.size(); ++k) {
            QElapsedTimer timer;
            timer.start();
            f.at(k)();
            t[k] << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    QList<double> medians;
    for (const QList<double> &v : std::as_const(t))
        medians << medianOf(v);
    return medians;
}

std::pair<double, double> timePair(int runs, const std::function<void()> &a, const std::function<void()> &b)
{
    const QList<double> m = timeInTurn(runs, {a, b});
    return {m.at(0), m.at(1)};
}

struct Figure
{
    QString name;
    double ms = 0;
    double sqlMs = -1; // the hand-written SQL; negative when not applicable
    double targetMs = 0;
    // Statements and round trips of one run, counted in a run of its own (StatementCounter).
    std::optional<StatementCounter::Counts> loket;
    std::optional<StatementCounter::Counts> hand;
};

StatementCounter::Counts countOf(QSqlDatabase &sql, const std::function<void()> &f)
{
    StatementCounter counter(sql);
    f();
    return counter.take();
}

// The hand-written SQL's statements, each prepared once on the connection and kept, its
// values bound by position, every failure fatal; its transactions start as Loket's do
// (BEGIN IMMEDIATE on a file; BEGIN and Loket's write lock on a server).
class HandSql
{
public:
    HandSql(QSqlDatabase &sql, bool server) : m_sql(sql), m_server(server) {}

    QSqlQuery &prepared(const QString &text)
    {
        std::unique_ptr<QSqlQuery> &q = m_statements[text];
        if (!q) {
            q = std::make_unique<QSqlQuery>(m_sql);
            if (!q->prepare(text))
                fail(QStringLiteral("hand SQL %1: %2").arg(text, q->lastError().text()));
        }
        return *q;
    }
    void run(QSqlQuery &q, const QVariantList &values = {})
    {
        for (int i = 0; i < values.size(); ++i) // no text is NULL: '' (as SqlQuery binds it)
            q.bindValue(i, values.at(i).typeId() == QMetaType::QString && values.at(i).toString().isNull() ? QVariant(QStringLiteral(""))
                                                                                                           : values.at(i));
        if (!q.exec())
            fail(QStringLiteral("hand SQL %1: %2").arg(q.lastQuery(), q.lastError().text()));
    }
    void begin()
    {
        plain(m_server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
        if (m_server)
            run(prepared(PgDialect::writeLockStatement()));
    }
    void commit() { plain(QStringLiteral("COMMIT")); }

private:
    void plain(const QString &text)
    {
        QSqlQuery q(m_sql);
        if (!q.exec(text))
            fail(QStringLiteral("hand SQL %1: %2").arg(text, q.lastError().text()));
    }
    QSqlDatabase &m_sql;
    bool m_server;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};


// --- The server (--server): the cached files copied into schemas named after them ---

QString quotedWord(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// The server's address with `schema` as its search path: libpq's key='value' words,
// whatever form the address came in (URI or words), its own options kept.
QString schemaLocation(const QString &server, const QString &schema)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(server.toUtf8().constData(), &error);
    if (!options) {
        const QString why = QString::fromUtf8(error ? error : "out of memory");
        PQfreemem(error);
        fail(QStringLiteral("--server %1: %2").arg(server, why));
    }
    QStringList words;
    QString extra;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromLatin1(o->keyword);
        if (key == QLatin1String("options"))
            extra = QString::fromUtf8(o->val) + QLatin1Char(' ');
        else
            words << key + QLatin1Char('=') + quotedWord(QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    words << QStringLiteral("options=") + quotedWord(extra + QStringLiteral("-c search_path=") + schema);
    return words.join(QLatin1Char(' '));
}

// Runs `sql` on its own libpq connection to the server (creating and dropping schemas).
void serverExec(const QString &server, const QString &sql)
{
    PGconn *conn = PQconnectdb(server.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        fail(QStringLiteral("--server %1: %2").arg(server, why));
    }
    PGresult *r = PQexec(conn, QByteArray("SET client_min_messages = warning; " + sql.toUtf8()).constData());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    const QString why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    PQclear(r);
    PQfinish(conn);
    if (!ok)
        fail(QStringLiteral("%1: %2").arg(sql, why));
}

QString serverSchema(int years, int perDay)
{
    return QStringLiteral("bench_%1y_%2").arg(years).arg(perDay);
}

// The cached file `file` in the schema `schema` of the server: copied by DatabaseCopy
// unless the schema already holds the file's last event with the same hash (a copy made
// before, perhaps with the benchmark's own check-ins after it, as the file has too).
QString ensureServerCopy(const QString &file, const QString &server, const QString &schema)
{
    const QString location = schemaLocation(server, schema);
    auto source = Database::open(file);
    if (!source)
        fail(source.error());
    qint64 lastId = 0;
    QString lastHash;
    {
        QSqlQuery last(source.value()->connection());
        if (last.exec(QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")) && last.next()) {
            lastId = last.value(0).toLongLong();
            lastHash = last.value(1).toString();
        }
    }
    serverExec(server, QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema));
    {
        auto target = Database::open(location);
        if (target) {
            QSqlQuery same(target.value()->connection());
            same.prepare(QStringLiteral("SELECT hash FROM events WHERE id = ?"));
            same.addBindValue(lastId);
            if (same.exec() && same.next() && same.value(0).toString() == lastHash) {
                out << QStringLiteral("%1 is in schema %2 already (last event %3, %4...)").arg(file, schema).arg(lastId).arg(lastHash.left(12))
                    << Qt::endl;
                return location;
            }
        }
    }
    out << QStringLiteral("Menyalin %1 ke skema %2 di server...").arg(file, schema) << Qt::endl;
    serverExec(server, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1").arg(schema));
    auto target = Database::open(location);
    if (!target)
        fail(target.error());
    QElapsedTimer timer;
    timer.start();
    const Result<DatabaseCopy::Summary> copied = DatabaseCopy::copy(*source.value(), *target.value());
    if (!copied)
        fail(copied.error());
    if (copied->lastHash != lastHash)
        fail(QStringLiteral("the copy in %1 ends with event hash %2, the file with %3").arg(schema, copied->lastHash, lastHash));
    // The visibility map for index-only scans (the report's covering indexes) and the
    // planner's statistics, as ANALYZE gives them to the file.
    QSqlQuery vacuum(target.value()->connection());
    if (!vacuum.exec(QStringLiteral("VACUUM (ANALYZE)")))
        fail(vacuum.lastError().text());
    out << QStringLiteral("  %1 rows in %2 s").arg(copied->total).arg(double(timer.elapsed()) / 1000, 0, 'f', 1) << Qt::endl;
    return location;
}

// What is measured: the engine and its version, and where.
QString engineOf(const QString &location)
{
    auto opened = Database::open(location);
    if (!opened)
        fail(opened.error());
    Database &db = *opened.value();
    QSqlQuery q(db.connection());
    if (db.isServer()) {
        q.exec(QStringLiteral("SHOW server_version"));
        q.next();
        return QStringLiteral("PostgreSQL %1, %2 (fast reads on the server: %3)")
            .arg(q.value(0).toString(), location,
                 FastQuery::serverRows() == FastQuery::ServerRows::Whole ? QStringLiteral("whole result") : QStringLiteral("one row at a time"));
    }
    q.exec(QStringLiteral("SELECT sqlite_version()"));
    q.next();
    return QStringLiteral("SQLite %1, %2").arg(q.value(0).toString(), location);
}

QString ensureDatabase(const QString &dir, int years, int perDay)
{
    const QString path = QDir(dir).filePath(QStringLiteral("loket-%1y-%2.sqlite").arg(years).arg(perDay));
    if (QFile::exists(path))
        return path;
    out << QStringLiteral("Membangun %1 (%2 tahun, %3 kunjungan/hari)...").arg(path).arg(years).arg(perDay) << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        auto db = Database::open(partial);
        if (!db)
            fail(db.error());
        DemoOptions options;
        options.years = years;
        options.perDay = perDay;
        options.seed = 8;
        options.until = QDate(2025, 12, 31);
        const Result<DemoSummary> s = DemoData(*db.value()).generate(options, [](int p) {
            if (p % 10 == 0)
                out << QStringLiteral("  %1%").arg(p) << Qt::endl;
        });
        if (!s)
            fail(s.error());
        out << QStringLiteral("  %1 kunjungan, %2 penyedia, %3 kejadian dalam %4 detik")
                   .arg(s->visits).arg(s->vendors).arg(s->events).arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
            << Qt::endl;
        QSqlQuery analyze(db.value()->connection());
        analyze.exec(QStringLiteral("ANALYZE"));
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path))
        fail(QStringLiteral("cannot rename %1").arg(partial));
    return path;
}

// The same rows the report reads, read through the engine's C interface (as the report
// does) and thrown away: no report can be faster.
void reportFloor(QSqlDatabase &sql, const QDate &from, const QDate &to)
{
    FastQuery range(sql, "SELECT MIN(a.id), MAX(a.id) FROM visits v JOIN applications a ON a.visit_id = v.id "
                         "WHERE v.local_date BETWEEN :from AND :to");
    range.bind(":from", from.toString(Qt::ISODate)).bind(":to", to.toString(Qt::ISODate));
    range.next();
    const qint64 lo = range.int64(0), hi = range.int64(1);
    FastQuery f(sql, QByteArray("SELECT a.id, a.service_number, a.catalog_version, a.status, a.previous_application_id, a.accepted_at, "
                                "a.finished_at, v.arrived_at, v.local_date, v.helpdesk_user_id, a.claimed_by, a.accepted_by, "
                                "a.claimed_at, a.finished_by, a.service_seconds, a.met FROM applications a ")
                         + SqlDialect::orderedJoin(sql).toLatin1()
                         + " visits v ON v.id = a.visit_id WHERE a.id BETWEEN :lo AND :hi AND v.local_date BETWEEN :from AND :to ORDER BY a.id");
    f.bind(":lo", lo).bind(":hi", hi).bind(":from", from.toString(Qt::ISODate)).bind(":to", to.toString(Qt::ISODate));
    qint64 bytes = 0;
    while (f.next()) {
        // Every column, as the report takes it: numbers as numbers, text as bytes.
        for (int c : {0, 1, 2, 4, 9, 10, 11, 13, 14, 15})
            bytes += f.int64(c) & 1;
        for (int c : {3, 5, 6, 7, 8, 12})
            bytes += f.text(c).size();
    }
    FastQuery q(sql, "SELECT application_id, kind, at, user_id, data FROM events "
                     "WHERE kind IN ('paused', 'resumed', 'returned') AND application_id BETWEEN :lo AND :hi ORDER BY application_id, id");
    q.bind(":lo", lo).bind(":hi", hi);
    while (q.next())
        bytes += q.int64(0) + q.text(1).size() + q.text(2).size() + q.int64(3) + q.text(4).size();
    // The rest the report reads: the calendar and the catalogue, the complaints,
    // suggestions and survey answers of the period.
    FastQuery settings(sql, "SELECT value FROM settings WHERE key = :key");
    settings.bind(":key", QStringLiteral("calendar"));
    while (settings.next())
        bytes += settings.text(0).size();
    FastQuery catalog(sql, "SELECT content FROM catalog_versions ORDER BY id DESC LIMIT 1");
    while (catalog.next())
        bytes += catalog.text(0).size();
    FastQuery complaints(sql, "SELECT received_date, acknowledged_at, responded_at, window_decision FROM complaints "
                              "WHERE received_date BETWEEN :from AND :to");
    complaints.bind(":from", from.toString(Qt::ISODate)).bind(":to", to.toString(Qt::ISODate));
    while (complaints.next())
        bytes += complaints.text(0).size() + complaints.text(1).size() + complaints.text(2).size();
    FastQuery suggestions(sql, "SELECT COUNT(*) FROM suggestions WHERE local_date BETWEEN :from AND :to");
    suggestions.bind(":from", from.toString(Qt::ISODate)).bind(":to", to.toString(Qt::ISODate));
    while (suggestions.next())
        bytes += suggestions.int64(0);
    FastQuery survey(sql, "SELECT COALESCE(service_number, 0), COUNT(*), SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), SUM(u6), "
                          "SUM(u7), SUM(u8), SUM(u9) FROM survey_responses WHERE local_date BETWEEN :from AND :to GROUP BY 1");
    survey.bind(":from", from.toString(Qt::ISODate)).bind(":to", to.toString(Qt::ISODate));
    while (survey.next())
        bytes += survey.int64(1);
    if (bytes == 0)
        fail(QStringLiteral("empty report floor"));
}
// Runs every operation against one database; returns the figures.
QList<Figure> measure(const QString &path, int runs, bool withPdf, bool reportsOnly = false)
{
    auto opened = Database::open(path);
    if (!opened)
        fail(opened.error());
    Database &db = *opened.value();
    QSqlDatabase &sql = db.connection();
    // The hand-written SQL in PostgreSQL's words where SQLite's differ (kept here, in the
    // benchmark: Loket's own statements come from SqlDialect).
    const bool server = db.isServer();
    // The id of the row an INSERT wrote: PostgreSQL has no last insert id (RETURNING id).
    const QString returning = server ? QStringLiteral(" RETURNING id") : QString();
    auto insertedId = [server](QSqlQuery &q) { return server ? (q.next() ? q.value(0) : QVariant()) : q.lastInsertId(); };
    // The first working morning after the history (Friday 2 January 2026, 10:00 in
    // Banjarmasin): the open files in the queues are as old as they would be at a real desk.
    Clock::setNowForTesting(QDateTime(QDate(2026, 1, 2), QTime(2, 0), QTimeZone::utc()));
    Workflow wf(db);
    AccountStore accounts(db);
    const User helpdesk = accounts.userByLogin(QStringLiteral("demo.hana")).value();
    const User verifikator = accounts.userByLogin(QStringLiteral("demo.vera")).value();
    QList<Figure> figures;
    qint64 receiptFile = 0; // a file Loket checked in, for the receipt
    static int serial = 0;
    const qint64 stamp = QDateTime::currentMSecsSinceEpoch() % 100000;

    auto request = [&]() {
        CheckInRequest r;
        r.applicantName = QStringLiteral("Budi Santoso");
        r.applicantNik = QStringLiteral("6371011203850001");
        r.proxy = false;
        r.vendor.name = QStringLiteral("CV Uji Kinerja %1").arg(++serial);
        r.vendor.legalForm = QStringLiteral("CV");
        r.vendor.npwp = QStringLiteral("09%1%2").arg(stamp, 5, 10, QLatin1Char('0')).arg(serial, 8, 10, QLatin1Char('0'));
        r.serviceNumber = 1;
        return r;
    };
    QList<qint64> created;
    if (!reportsOnly) { // --reports-only: the two reports alone, for profiling
        // The hand-written SQL: the same rows by the plainest statements, one after the
        // other, each prepared once on this connection (as any program would keep them),
        // through Qt's driver, the same connection; committed like Loket's, with the same
        // write lock on a server and the same hash chain (EventLog::hashOf), so that the
        // cached database stays whole (`loket check`). What it leaves out is Loket's own
        // work: validation, permissions, the rules, the service clock (a due time is
        // written, not counted: half an hour from now).
        HandSql hand(sql, server);
        // Loket's action and the same by hand, timed in turn, then counted once each.
        auto pairFigure = [&](const QString &name, const std::function<void()> &loket, const std::function<void()> &byHand, double targetMs) {
            const auto [ms, handMs] = timePair(runs, loket, byHand);
            return Figure{name, ms, handMs, targetMs, countOf(sql, loket), countOf(sql, byHand)};
        };
        auto chained = [&](Event e) {
            QSqlQuery &head = hand.prepared(QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"));
            hand.run(head);
            head.next();
            e.id = head.value(0).toLongLong() + 1;
            e.at = Clock::fromStorage(Clock::toStorage(e.at));
            const QString previous = head.value(1).toString();
            QSqlQuery &insert = hand.prepared(QStringLiteral("INSERT INTO events (id, at, user_id, kind, application_id, visit_id, from_status, "
                                                             "to_status, reason, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            hand.run(insert, {e.id, Clock::toStorage(e.at), e.userId, e.kind, e.applicationId, e.visitId ? QVariant(e.visitId) : QVariant(),
                              e.fromStatus, e.toStatus, e.reason, QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)),
                              previous, EventLog::hashOf(e, previous)});
        };
        auto event = [](const User &who, const QString &kind, qint64 app, const QString &from, const QString &to) {
            Event e;
            e.at = Clock::nowUtc();
            e.userId = who.id;
            e.kind = kind;
            e.applicationId = app;
            e.fromStatus = from;
            e.toStatus = to;
            return e;
        };
        // A file's status moved by hand, only from the status it must have, with the columns
        // the move stamps (`set`: "accepted_at = ?, accepted_by = ?", their values first).
        auto move = [&](qint64 app, const QString &from, const QString &to, const QString &set = {}, const QVariantList &values = {}) {
            QSqlQuery &q = hand.prepared(QStringLiteral("UPDATE applications SET ") + (set.isEmpty() ? QString() : set + QStringLiteral(", "))
                                         + QStringLiteral("status = ? WHERE id = ? AND status = ?"));
            hand.run(q, values + QVariantList{to, app, from});
            if (q.numRowsAffected() != 1)
                fail(QStringLiteral("hand SQL: file %1 is not %2").arg(app).arg(from));
        };
        auto due = [&](qint64 app) {
            QSqlQuery &q = hand.prepared(QStringLiteral("UPDATE applications SET due_at = ?, service_seconds = ?, met = ? WHERE id = ?"));
            hand.run(q, {Clock::toStorage(Clock::nowUtc().addSecs(1800)), QVariant(), QVariant(), app});
        };
        auto readFile = [&](qint64 app) {
            QSqlQuery &q = hand.prepared(QStringLiteral("SELECT status, claimed_by, accepted_at FROM applications WHERE id = ?"));
            hand.run(q, {app});
            q.next();
        };

        QList<qint64> created, byHand;
        auto checkIn = [&] {
            const auto r = wf.guestBook().checkIn(helpdesk, request());
            if (!r)
                fail(r.error());
            created << r->applicationId;
        };
        checkIn(); // the checklist of the check-in by hand is copied from this one
        // The rows of a check-in by hand, its checklist copied from one of Loket's.
        QList<QVariantList> checklist;
        {
            QSqlQuery q(sql);
            q.prepare(QStringLiteral("SELECT requirement_id, position, label, needed, original_required, copy_required, validity_required "
                                     "FROM checklist_items WHERE application_id = ? ORDER BY position"));
            q.addBindValue(created.first());
            q.exec();
            while (q.next())
                checklist << QVariantList{q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5), q.value(6)};
        }
        const Service service = wf.serviceOf(wf.files().application(created.first()).value()).value();
        const int catalogVersion = wf.files().application(created.first())->catalogVersion;
        auto checkInByHand = [&] {
            const QDateTime now = Clock::nowUtc();
            const QString at = Clock::toStorage(now);
            const QDate day = now.toTimeZone(wf.calendar().timeZone()).date();
            hand.begin();
            QSqlQuery &next = hand.prepared(QStringLiteral("SELECT COALESCE(MAX(queue_seq), 0) + 1 FROM visits WHERE local_date = ? AND queue_letter = ?"));
            hand.run(next, {day.toString(Qt::ISODate), QString(service.queueLetter)});
            next.next();
            const int seq = next.value(0).toInt();
            QSqlQuery &v = hand.prepared(QStringLiteral("INSERT INTO vendors (name, legal_form, npwp, created_at, updated_at) VALUES (?, 'CV', ?, ?, ?)") + returning);
            hand.run(v, {QStringLiteral("CV SQL %1").arg(++serial), QStringLiteral("08%1%2").arg(stamp, 5, 10, QLatin1Char('0')).arg(serial, 8, 10, QLatin1Char('0')), at, at});
            const QVariant vendor = insertedId(v);
            QSqlQuery &i = hand.prepared(QStringLiteral("INSERT INTO visits (arrived_at, local_date, queue_letter, queue_seq, applicant_name, applicant_nik, "
                                                        "standing, vendor_id, service_number, helpdesk_user_id, vendor_name, vendor_legal_form, vendor_npwp) "
                                                        "VALUES (?, ?, ?, ?, 'Budi Santoso', '6371011203850001', 'head', ?, ?, ?, 'CV SQL', 'CV', '')") + returning);
            hand.run(i, {at, day.toString(Qt::ISODate), QString(service.queueLetter), seq, vendor, service.number, helpdesk.id});
            const QVariant visit = insertedId(i);
            QSqlQuery &a = hand.prepared(QStringLiteral("INSERT INTO applications (number, visit_id, service_number, catalog_version, handled_by, status, "
                                                        "created_at) VALUES (?, ?, ?, ?, ?, 'registered', ?)") + returning);
            hand.run(a, {GuestBook::applicationNumber(day, service.queueLetter, seq), visit, service.number, catalogVersion, service.handledBy, at});
            const qint64 app = insertedId(a).toLongLong();
            QSqlQuery &c = hand.prepared(QStringLiteral("INSERT INTO checklist_items (application_id, requirement_id, position, label, needed, "
                                                        "original_required, copy_required, validity_required) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariantList &item : std::as_const(checklist))
                hand.run(c, QVariantList{app} + item);
            Event e = event(helpdesk, QStringLiteral("registered"), app, {}, QStringLiteral("registered"));
            e.visitId = visit.toLongLong();
            e.data = QJsonObject{{QStringLiteral("queue_number"), VisitTable::queueNumber(service.queueLetter, seq)}};
            chained(e);
            hand.commit();
            byHand << app;
        };
        const auto [checkInMs, checkInByHandMs] = timePair(runs, checkIn, checkInByHand);
        figures << Figure{QStringLiteral("check-in"), checkInMs, checkInByHandMs, 1, countOf(sql, checkIn), countOf(sql, checkInByHand)};

        // Tick the checklists outside the timing: the helpdesk does it paper by paper.
        for (qint64 id : std::as_const(created)) {
            for (const ChecklistItem &item : wf.documents().checklist(id).value()) {
                ChecklistUpdate u{item.requirementId, item.originalRequired, item.copyRequired,
                                  item.validityRequired ? QDate::currentDate().addYears(1) : QDate(), {}};
                if (const Status s = wf.documents().updateChecklist(helpdesk, id, u); !s)
                    fail(s.error());
            }
        }
        qsizetype next = 0, nextByHand = 0;
        auto accept = [&] {
            if (const Status s = wf.documents().accept(helpdesk, created.at(next++)); !s)
                fail(s.error());
        };
        auto acceptByHand = [&] {
            const qint64 app = byHand.at(nextByHand++);
            hand.begin();
            readFile(app);
            QSqlQuery &items = hand.prepared(QStringLiteral("SELECT requirement_id, original_seen, copy_received, valid_until FROM checklist_items "
                                                            "WHERE application_id = ? ORDER BY position"));
            hand.run(items, {app});
            while (items.next())
                items.value(0);
            move(app, QStringLiteral("registered"), QStringLiteral("accepted"), QStringLiteral("accepted_at = ?, accepted_by = ?"),
                 {Clock::toStorage(Clock::nowUtc()), helpdesk.id});
            chained(event(helpdesk, QStringLiteral("accepted"), app, QStringLiteral("checking"), QStringLiteral("accepted")));
            move(app, QStringLiteral("accepted"), QStringLiteral("queued"));
            chained(event(helpdesk, QStringLiteral("handed_off"), app, QStringLiteral("accepted"), QStringLiteral("queued")));
            due(app);
            hand.commit();
        };
        figures << pairFigure(QStringLiteral("accept and hand off"), accept, acceptByHand, 5);
        next = nextByHand = 0;
        auto claimAndFinish = [&] {
            const qint64 id = created.at(next++);
            if (const Status s = wf.queue().claim(verifikator, id); !s)
                fail(s.error());
            if (const Status s = wf.queue().complete(verifikator, id, QStringLiteral("User ID aktif")); !s)
                fail(s.error());
        };
        auto claimAndFinishByHand = [&] {
            const qint64 app = byHand.at(nextByHand++);
            const QString now = Clock::toStorage(Clock::nowUtc());
            hand.begin();
            readFile(app);
            move(app, QStringLiteral("queued"), QStringLiteral("in_progress"), QStringLiteral("claimed_by = ?, claimed_at = ?"), {verifikator.id, now});
            chained(event(verifikator, QStringLiteral("claimed"), app, QStringLiteral("queued"), QStringLiteral("in_progress")));
            due(app);
            hand.commit();
            hand.begin();
            readFile(app);
            move(app, QStringLiteral("in_progress"), QStringLiteral("done"), QStringLiteral("outcome = ?, finished_at = ?, finished_by = ?"),
                 {QStringLiteral("User ID aktif"), now, verifikator.id});
            chained(event(verifikator, QStringLiteral("done"), app, QStringLiteral("in_progress"), QStringLiteral("done")));
            due(app);
            hand.commit();
        };
        figures << pairFigure(QStringLiteral("claim and finish"), claimAndFinish, claimAndFinishByHand, 5);

        auto refresh = [&] {
            const auto queue = wf.files().openQueue(QStringLiteral("verifikator"));
            const QList<ClockReading> clocks = wf.clocks().glanceAll(queue.value(), Clock::nowUtc());
            if (clocks.size() != queue->size())
                fail(QStringLiteral("queue clocks"));
        };
        auto refreshByHand = [&] {
            QSqlQuery &q = hand.prepared(QStringLiteral("SELECT a.id, a.number, v.queue_letter, v.queue_seq, v.arrived_at, v.applicant_name, ve.name, "
                                                        "a.service_number, a.status, a.claimed_by, a.accepted_at, a.due_at FROM applications a "
                                                        "JOIN visits v ON v.id = a.visit_id LEFT JOIN vendors ve ON ve.id = v.vendor_id "
                                                        "WHERE a.status IN ('queued', 'in_progress', 'paused') AND a.handled_by = 'verifikator' "
                                                        "ORDER BY a.accepted_at, a.id"));
            hand.run(q);
            QStringList paused;
            while (q.next())
                if (q.value(8).toString() == QLatin1String("paused"))
                    paused << q.value(0).toString();
            // The pauses of the paused files, for their stopped clocks.
            QSqlQuery &p = hand.prepared(QStringLiteral("SELECT application_id, kind, at, reason, data FROM events WHERE application_id IN ")
                                         + (server ? QStringLiteral("(SELECT CAST(value AS bigint) FROM json_array_elements_text(CAST(? AS json)))")
                                                   : QStringLiteral("(SELECT value FROM json_each(?))"))
                                         + QStringLiteral(" AND kind IN ('paused', 'resumed') ORDER BY application_id, id"));
            hand.run(p, {QStringLiteral("[%1]").arg(paused.join(QLatin1Char(',')))});
            while (p.next())
                p.value(0);
        };
        figures << pairFigure(QStringLiteral("queue refresh"), refresh, refreshByHand, 5);

        QString npwp;
        {
            QSqlQuery q(sql);
            q.exec(QStringLiteral("SELECT npwp FROM vendors WHERE id = (SELECT MAX(id) / 2 FROM vendors)"));
            q.next();
            npwp = q.value(0).toString();
        }
        VendorStore vendors(db);
        auto byNpwp = [&] {
            if (!vendors.findByNpwp(npwp))
                fail(QStringLiteral("vendor by NPWP"));
        };
        auto byNpwpByHand = [&] {
            QSqlQuery &q = hand.prepared(QStringLiteral("SELECT * FROM vendors WHERE npwp = ?"));
            hand.run(q, {npwp});
            q.next();
        };
        figures << pairFigure(QStringLiteral("vendor by NPWP"), byNpwp, byNpwpByHand, 5);
        auto byName = [&] {
            if (!vendors.search(QStringLiteral("CV Sinar B")))
                fail(QStringLiteral("vendor search"));
        };
        auto byNameByHand = [&] {
            QSqlQuery &q = hand.prepared(server ? QStringLiteral("SELECT * FROM vendors WHERE name >= ? AND name < ? ORDER BY lower(name) COLLATE \"C\" LIMIT 10")
                                                : QStringLiteral("SELECT * FROM vendors WHERE name >= ? AND name < ? COLLATE NOCASE ORDER BY name COLLATE NOCASE LIMIT 10"));
            hand.run(q, {QStringLiteral("CV Sinar B"), QStringLiteral("CV Sinar C")});
            while (q.next())
                q.value(0);
        };
        figures << pairFigure(QStringLiteral("vendor by name prefix"), byName, byNameByHand, 5);

        qint64 oldFile = 0;
        {
            QSqlQuery q(sql);
            q.exec(QStringLiteral("SELECT MAX(id) / 3 FROM applications"));
            q.next();
            oldFile = q.value(0).toLongLong();
        }
        auto open = [&] {
            if (!wf.files().file(oldFile))
                fail(QStringLiteral("open a file"));
        };
        auto openByHand = [&] {
            QSqlQuery &a = hand.prepared(QStringLiteral("SELECT a.*, v.*, ve.* FROM applications a JOIN visits v ON v.id = a.visit_id "
                                                        "LEFT JOIN vendors ve ON ve.id = v.vendor_id WHERE a.id = ?"));
            hand.run(a, {oldFile});
            a.next();
            QSqlQuery &c = hand.prepared(QStringLiteral("SELECT * FROM checklist_items WHERE application_id = ? ORDER BY position"));
            hand.run(c, {oldFile});
            while (c.next())
                c.value(0);
            QSqlQuery &e = hand.prepared(QStringLiteral("SELECT e.*, u.full_name FROM events e LEFT JOIN users u ON u.id = e.user_id "
                                                        "WHERE e.application_id = ? ORDER BY e.id"));
            hand.run(e, {oldFile});
            while (e.next())
                e.value(0);
        };
        figures << pairFigure(QStringLiteral("open a file with history"), open, openByHand, 5);
        receiptFile = created.first();
    }

    ReportBuilder reports(db);
    // The report and its floor are timed in turn, run after run.
    auto reportFigure = [&](const QString &name, const QDate &from, const QDate &to, double targetMs) {
        auto report = [&] {
            if (!reports.build(from, to, ReportGrouping::Service))
                fail(QStringLiteral("report"));
        };
        auto floor = [&] { reportFloor(sql, from, to); };
        const auto [ms, floorMs] = timePair(std::max(3, runs / 3), report, floor);
        return Figure{name, ms, floorMs, targetMs, countOf(sql, report), countOf(sql, floor)};
    };
    const QDate monthStart(2025, 10, 1);
    figures << reportFigure(QStringLiteral("monthly report"), monthStart, monthStart.addMonths(1).addDays(-1), 50);
    figures << reportFigure(QStringLiteral("yearly report"), QDate(2025, 1, 1), QDate(2025, 12, 31), 250);

    if (withPdf) {
        ReceiptSource source(db, wf);
        const Result<ReceiptData> data = source.forApplication(receiptFile, ReceiptKind::Done);
        if (!data)
            fail(data.error());
        QTemporaryDir dir;
        figures << Figure{QStringLiteral("receipt to PDF"), timeIt(runs, [&] {
                              if (const Status s = ReceiptRenderer::writePdf(data.value(), PaperProfile(PaperProfile::Size::Roll80),
                                                                             dir.filePath(QStringLiteral("r.pdf")));
                                  !s)
                                  fail(s.error());
                          }), -1, 100, {}, {}};
    }
    return figures;
}

// --compare-server-rows: the two reports and their hand SQL read with each of FastQuery's
// two ways of reading on the server, all four taken in turn, run after run.
void compareServerRows(const QString &location, int runs)
{
    auto opened = Database::open(location);
    if (!opened)
        fail(opened.error());
    Database &db = *opened.value();
    if (!db.isServer())
        fail(QStringLiteral("--compare-server-rows needs --server"));
    QSqlDatabase &sql = db.connection();
    Clock::setNowForTesting(QDateTime(QDate(2026, 1, 2), QTime(2, 0), QTimeZone::utc()));
    ReportBuilder reports(db);
    const FastQuery::ServerRows kept = FastQuery::serverRows();
    using Rows = FastQuery::ServerRows;
    auto in = [](Rows rows, std::function<void()> f) -> std::function<void()> {
        return [rows, f] {
            FastQuery::setServerRows(rows);
            f();
        };
    };
    struct Period
    {
        QString name;
        QDate from, to;
    };
    const QList<Period> periods{{QStringLiteral("monthly report"), QDate(2025, 10, 1), QDate(2025, 10, 31)},
                                {QStringLiteral("yearly report"), QDate(2025, 1, 1), QDate(2025, 12, 31)}};
    out << Qt::endl << QStringLiteral("FastQuery on the server, whole result against one row at a time (medians of %1 runs, ms):").arg(runs) << Qt::endl;
    for (const Period &p : periods) {
        auto report = [&] {
            if (!reports.build(p.from, p.to, ReportGrouping::Service))
                fail(QStringLiteral("report"));
        };
        auto floor = [&] { reportFloor(sql, p.from, p.to); };
        const QList<double> m = timeInTurn(runs, {in(Rows::Whole, report), in(Rows::OneByOne, report), in(Rows::Whole, floor), in(Rows::OneByOne, floor)});
        // The memory the whole result of the period's files takes (held until the last row is read).
        FastQuery::setServerRows(Rows::Whole);
        const size_t before = mallinfo2().uordblks;
        FastQuery files(sql, QByteArray("SELECT a.id, a.service_number, a.catalog_version, a.status, a.previous_application_id IS NULL, a.accepted_at, "
                                        "a.finished_at, v.arrived_at, v.local_date, v.helpdesk_user_id, COALESCE(a.claimed_by, 0), COALESCE(a.accepted_by, 0), "
                                        "a.claimed_at, COALESCE(a.finished_by, 0), COALESCE(a.service_seconds, -1), COALESCE(a.met, 0) FROM applications a "
                                        "JOIN visits v ON v.id = a.visit_id WHERE v.local_date BETWEEN :from AND :to ORDER BY a.id"));
        files.bind(":from", p.from.toString(Qt::ISODate)).bind(":to", p.to.toString(Qt::ISODate));
        qint64 rows = 0;
        double wholeMb = 0;
        while (files.next()) {
            if (rows++ == 0)
                wholeMb = double(mallinfo2().uordblks - before) / 1024 / 1024;
        }
        out << QStringLiteral("%1: report %2 whole, %3 one by one (%4x); hand SQL %5 whole, %6 one by one (%7x); "
                              "the whole result of its %8 files holds %9 MB")
                   .arg(p.name)
                   .arg(m.at(0), 0, 'f', 2)
                   .arg(m.at(1), 0, 'f', 2)
                   .arg(m.at(1) / m.at(0), 0, 'f', 2)
                   .arg(m.at(2), 0, 'f', 2)
                   .arg(m.at(3), 0, 'f', 2)
                   .arg(m.at(3) / m.at(2), 0, 'f', 2)
                   .arg(rows)
                   .arg(wholeMb, 0, 'f', 1)
            << Qt::endl;
    }
    FastQuery::setServerRows(kept);
}

long g_loketPeakKb = 0; // the largest peak memory (ru_maxrss) of loket at the cold starts

double coldStart(const QString &dbPath, int runs)
{
    // loket runs under peak_rss, which reports its peak memory, with quit_when_shown
    // preloaded, which closes the login dialog once the main window is up. When loket does
    // not end within 5 s, it is stopped and no figure is given.
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(LOKET_PEAK_RSS), {QStringLiteral("LD_PRELOAD=" LOKET_QUIT_WHEN_SHOWN), QStringLiteral(LOKET_BINARY),
                                                 QStringLiteral("--db"), dbPath});
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        times << double(timer.nsecsElapsed()) / 1e6;
        const QByteArray err = p.readAllStandardError();
        if (p.exitCode() != 0 || !err.contains("loket-window-shown"))
            return -1;
        for (const QByteArray &line : err.split('\n'))
            if (line.startsWith("peak-rss-kb "))
                g_loketPeakKb = std::max(g_loketPeakKb, line.mid(12).trimmed().toLong());
    }
    return medianOf(times);
}

long peakKb(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QStringLiteral("folder for the benchmark databases"), QStringLiteral("DIR"),
                                         QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)).filePath(QStringLiteral("loket-bench")));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("years of history (default 10)"), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption perDayOption(QStringLiteral("per-day"), QStringLiteral("visits per working day (default 200)"), QStringLiteral("M"), QStringLiteral("200"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("repetitions per figure (default 21)"), QStringLiteral("R"), QStringLiteral("21"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"), QStringLiteral("also write the last year's report of the small database "
                                                                                  "as report.pdf and report.csv into DIR"), QStringLiteral("DIR"));
    const QCommandLineOption reportsOnlyOption(QStringLiteral("reports-only"),
                                               QStringLiteral("time only the monthly and yearly reports on the large database "
                                                              "(for profiling; no verdict)"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("measure on this PostgreSQL server (a libpq address) instead of the files: each "
                                                         "cached file is copied once into a schema named after it (bench_10y_200, ...)"),
                                          QStringLiteral("LOCATION"));
    const QCommandLineOption serverRowsOption(QStringLiteral("server-rows"),
                                              QStringLiteral("how fast reads take their rows on the server: whole or one-by-one "
                                                             "(default: FastQuery's own)"),
                                              QStringLiteral("HOW"));
    const QCommandLineOption rttOption(QStringLiteral("rtt"),
                                       QStringLiteral("with --server: the network's round trip in ms for the computed column (default 1): "
                                                      "each figure plus its round trips times this"),
                                       QStringLiteral("MS"), QStringLiteral("1"));
    const QCommandLineOption compareOption(QStringLiteral("compare-server-rows"),
                                           QStringLiteral("with --server: time the two reports and their hand SQL with both ways of "
                                                          "reading on the large database, in turn (no verdict)"));
    parser.addOptions({cacheOption, yearsOption, perDayOption, runsOption, sampleOption, reportsOnlyOption, serverOption, serverRowsOption, compareOption, rttOption});
    parser.process(app);
    const int years = parser.value(yearsOption).toInt();
    const int perDay = parser.value(perDayOption).toInt();
    const int runs = std::max(3, parser.value(runsOption).toInt());
    const double rttMs = parser.value(rttOption).toDouble();
    QDir().mkpath(parser.value(cacheOption));
    if (parser.isSet(serverRowsOption)) {
        const QString how = parser.value(serverRowsOption);
        if (how == QLatin1String("whole"))
            FastQuery::setServerRows(FastQuery::ServerRows::Whole);
        else if (how == QLatin1String("one-by-one"))
            FastQuery::setServerRows(FastQuery::ServerRows::OneByOne);
        else
            fail(QStringLiteral("--server-rows takes whole or one-by-one"));
    }

    const int smallYears = std::max(1, years / 10);
    const QString big = ensureDatabase(parser.value(cacheOption), years, perDay);
    const QString small = ensureDatabase(parser.value(cacheOption), smallYears, perDay);
    // Where the figures are measured: the files, or their copies on the server.
    const bool onServer = parser.isSet(serverOption);
    QString bigAt = big;
    QString smallAt = small;
    if (onServer) {
        const QString server = parser.value(serverOption);
        if (!ServerAddress::isServer(server))
            fail(QStringLiteral("--server takes a libpq address (postgresql://... or host=... dbname=...), not %1").arg(server));
        smallAt = ensureServerCopy(small, server, serverSchema(smallYears, perDay));
        bigAt = big == small ? smallAt : ensureServerCopy(big, server, serverSchema(years, perDay));
    } else if (parser.isSet(compareOption)) {
        fail(QStringLiteral("--compare-server-rows needs --server"));
    }
    out << QStringLiteral("engine measured: %1").arg(engineOf(bigAt)) << Qt::endl;

    if (parser.isSet(sampleOption)) {
        auto db = Database::open(smallAt);
        if (!db)
            fail(db.error());
        const auto report = ReportBuilder(*db.value()).build(QDate(2025, 1, 1), QDate(2025, 12, 31), ReportGrouping::Service);
        if (!report)
            fail(report.error());
        const QDir dir(parser.value(sampleOption));
        if (const Status s = ReportDocument::writePdf(report.value(), dir.filePath(QStringLiteral("report.pdf"))); !s)
            fail(s.error());
        QFile csv(dir.filePath(QStringLiteral("report.csv")));
        if (!csv.open(QIODevice::WriteOnly) || csv.write(ReportFormat::csv(report.value())) < 0)
            fail(csv.errorString());
        out << QStringLiteral("sample written to %1").arg(dir.absolutePath()) << Qt::endl;
    }
    if (parser.isSet(compareOption)) {
        compareServerRows(bigAt, runs);
        return 0;
    }
    if (parser.isSet(reportsOnlyOption)) {
        for (const Figure &f : measure(bigAt, runs, false, true))
            out << QStringLiteral("%1: %2 ms, hand SQL %3 ms, ratio %4")
                       .arg(f.name).arg(f.ms, 0, 'f', 2).arg(f.sqlMs, 0, 'f', 2).arg(f.ms / f.sqlMs, 0, 'f', 2)
                << Qt::endl;
        return 0;
    }
    const QList<Figure> smallFigures = measure(smallAt, runs, false);
    const QList<Figure> figures = measure(bigAt, runs, true);
    const double start = coldStart(bigAt, 5);

    // Round trips each counter action may take (issue 16): check-in 3, a queue refresh 1,
    // the others 2 each ("claim and finish" is two actions).
    auto budgetOf = [](const QString &name) {
        if (name == QLatin1String("check-in"))
            return 3;
        if (name == QLatin1String("queue refresh"))
            return 1;
        if (name == QLatin1String("claim and finish"))
            return 4;
        return name.endsWith(QLatin1String("report")) || name.startsWith(QLatin1String("receipt")) ? -1 : 2;
    };
    auto counts = [&](const std::optional<StatementCounter::Counts> &c, bool roundTrips) {
        if (!c)
            return QStringLiteral("-");
        return roundTrips ? (onServer ? QString::number(c->roundTrips) : QStringLiteral("-")) : QString::number(c->statements);
    };
    auto atDelay = [&](double ms, const std::optional<StatementCounter::Counts> &c) {
        return c && ms >= 0 ? QString::number(ms + c->roundTrips * rttMs, 'f', 2) : QStringLiteral("-");
    };
    out << Qt::endl << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9")
                           .arg(QStringLiteral("operation").leftJustified(26), QStringLiteral("median ms").rightJustified(10),
                                QStringLiteral("target").rightJustified(7), QStringLiteral("hand ms").rightJustified(8),
                                QStringLiteral("ratio").rightJustified(6), QStringLiteral("1/10 ms").rightJustified(8),
                                QStringLiteral("growth").rightJustified(6), QStringLiteral("statements").rightJustified(11),
                                QStringLiteral("round trips").rightJustified(11));
    if (onServer)
        out << QStringLiteral(" | at %1 ms RTT").arg(rttMs, 0, 'g', 3).rightJustified(14);
    out << QStringLiteral(" | verdict") << Qt::endl;
    int misses = 0;
    for (const Figure &f : figures) {
        const Figure *s = nullptr;
        for (const Figure &c : smallFigures)
            if (c.name == f.name)
                s = &c;
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9")
                   .arg(f.name.leftJustified(26), QString::number(f.ms, 'f', 3).rightJustified(10),
                        QString::number(f.targetMs, 'f', 0).rightJustified(7),
                        (f.sqlMs >= 0 ? QString::number(f.sqlMs, 'f', 3) : QStringLiteral("-")).rightJustified(8),
                        (f.sqlMs > 0 ? QString::number(f.ms / f.sqlMs, 'f', 2) : QStringLiteral("-")).rightJustified(6),
                        (s ? QString::number(s->ms, 'f', 3) : QStringLiteral("-")).rightJustified(8),
                        (s && s->ms > 0 ? QString::number(f.ms / s->ms, 'f', 2) : QStringLiteral("-")).rightJustified(6),
                        QString(counts(f.loket, false) + QStringLiteral(" / ") + counts(f.hand, false)).rightJustified(11),
                        QString(counts(f.loket, true) + QStringLiteral(" / ") + counts(f.hand, true)).rightJustified(11));
        if (onServer)
            out << QStringLiteral(" | ") << QString(atDelay(f.ms, f.loket) + QStringLiteral(" / ") + atDelay(f.sqlMs, f.hand)).rightJustified(14);
        // The targets of issue 8: the time; interactive actions no more than 1.5x slower at
        // ten times the data; and of issue 16: every action within 1.5x of the same rows by
        // hand-written SQL (before, the reports only). On a server every time is made of
        // round trips, whose cost is the network's and the server's: shown as "within" or
        // "over", never a miss; what is judged there is the round trips of each counter
        // action, and the check-in's time at the given RTT (computed, see --rtt).
        QStringList missed;
        const bool report = f.name.endsWith(QLatin1String("report"));
        if (f.ms > f.targetMs)
            missed << QStringLiteral("time");
        if (f.sqlMs > 0 && f.ms > 1.5 * f.sqlMs)
            missed << QStringLiteral("ratio");
        if (!report && s && s->ms > 0 && f.ms > 1.5 * s->ms)
            missed << QStringLiteral("growth");
        if (onServer) {
            QStringList judged;
            if (const int budget = budgetOf(f.name); budget >= 0 && f.loket && f.loket->roundTrips > budget)
                judged << QStringLiteral("round trips (budget %1)").arg(budget);
            if (f.name == QLatin1String("check-in") && f.loket && f.ms + f.loket->roundTrips * rttMs > 5)
                judged << QStringLiteral("5 ms at %1 ms RTT").arg(rttMs, 0, 'g', 3);
            misses += judged.isEmpty() ? 0 : 1;
            out << (missed.isEmpty() ? QStringLiteral(" | within (informative)")
                                     : QStringLiteral(" | over in %1 (informative)").arg(missed.join(QStringLiteral(", "))))
                << (judged.isEmpty() ? QString() : QStringLiteral(", MISS (%1)").arg(judged.join(QStringLiteral(", ")))) << Qt::endl;
            continue;
        }
        misses += missed.isEmpty() ? 0 : 1;
        out << (missed.isEmpty() ? QStringLiteral(" | ok") : QStringLiteral(" | MISS (%1)").arg(missed.join(QStringLiteral(", ")))) << Qt::endl;
    }
    out << QStringLiteral("cold start to main window: %1").arg(start >= 0 ? QStringLiteral("%1 ms").arg(start, 0, 'f', 1)
                                                                         : QStringLiteral("not measured (loket did not reach its window and close)"))
        << Qt::endl;
    out << QStringLiteral("peak memory of loket up to its interactive window (ru_maxrss): %1 MB").arg(double(g_loketPeakKb) / 1024, 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("peak memory of this benchmark (every operation above, both databases): %1 MB")
               .arg(double(peakKb()) / 1024, 0, 'f', 1) << Qt::endl;
    if (onServer)
        out << QStringLiteral("on a server the targets of time, ratio, growth and cold start are informative (they depend on the "
                              "server and the network); judged: the memory, each counter action's round trips, and the check-in "
                              "within 5 ms at %1 ms RTT, computed as its median here plus its round trips times the RTT")
                   .arg(rttMs, 0, 'g', 3)
            << Qt::endl;
    else if (start < 0 || start > 500)
        ++misses;
    if (g_loketPeakKb <= 0 || g_loketPeakKb > 120 * 1024 || peakKb() > 120 * 1024)
        ++misses;
    out << (misses ? QStringLiteral("%1 target(s) missed").arg(misses) : QStringLiteral("every target met")) << Qt::endl;
    return misses ? 2 : 0;
}
