// Issue 15: `loket migrate --from FILE --to LOCATION` moves a one-PC office's file onto
// the office's PostgreSQL server: every row, the event chain byte for byte, then the
// checks of `loket check` on the target; the source file is only read.
#include "TestSupport.h"

#include "CliRunner.h"

#include "events/EventLog.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

QString arg(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

CliResult loket(const QStringList &args, const QByteArray &input = {})
{
    CliRun run;
    run.args = args;
    run.input = input;
    run.timeoutMs = 600000; // a year of records, row by row onto the server, on a busy machine
    const CliResult r = runLoketWith(run);
    CHECK_FALSE(r.timedOut);
    if (r.exitCode != 0) // shown with the next assertion that fails
        UNSCOPED_INFO(args.join(QLatin1Char(' ')).toStdString() << "\nexit " << r.exitCode << "\n" << r.out.toStdString() << r.err.toStdString());
    return r;
}

CliResult migrate(const QString &from, const QString &to)
{
    return loket({arg("migrate"), arg("--from"), from, arg("--to"), to});
}

// The value after "label: " on its line of the output.
QString line(const QString &out, const QString &label)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^%1: (.*)$").arg(QRegularExpression::escape(label)), QRegularExpression::MultilineOption).match(out);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}


// A small office file: the catalogue and one administrator (two events).
QString smallFile(const QString &path)
{
    REQUIRE(loket({arg("init"), arg("--db"), path}).exitCode == 0);
    REQUIRE(loket({arg("user"), arg("add"), arg("admin"), arg("--name"), arg("Admin LPSE"), arg("--role"), arg("administrator"), arg("--db"), path},
                  QByteArrayLiteral("kata-sandi-rahasia-1\n"))
                .exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("loket migrate moves a year of a file onto a PostgreSQL server: checked with the same hash and report and the file untouched",
          "[cli][migrate][postgresql]")
{
    REQUIRE(testOnServer());
    const TestLocation server;
    const QString file = server.filePath(QStringLiteral("kantor.sqlite"));
    REQUIRE(loket({arg("init"), arg("--db"), file}).exitCode == 0);
    const CliResult demo = loket({arg("demo-data"), arg("--db"), file, arg("--years"), arg("1"), arg("--per-day"), arg("10"), arg("--seed"),
                                  arg("3"), arg("--until"), arg("2026-11-30")});
    REQUIRE(demo.exitCode == 0);
    const QByteArray before = fileHash(file);

    const CliResult moved = migrate(file, server.path());
    INFO(moved.out.toStdString() << moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(fileHash(file) == before); // only read
    CHECK(moved.err.isEmpty());
    CHECK(moved.out.contains(arg("Integritas: baik")));
    CHECK(moved.out.contains(arg("rantai hash utuh")));
    CHECK(moved.out.contains(arg("Hash sama: ya")));
    CHECK(moved.out.contains(arg("Pemindahan selesai")));
    for (const char *table : {"visits", "applications", "checklist_items", "events", "catalog_versions", "users"})
        CHECK(QRegularExpression(QStringLiteral("\n  %1 +[1-9]\\d*\n").arg(QLatin1String(table))).match(moved.out).hasMatch());
    const QString sourceHash = line(moved.out, arg("Hash kejadian terakhir di sumber"));
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(sourceHash).hasMatch());
    CHECK(line(moved.out, arg("Hash kejadian terakhir di tujuan")) == sourceHash);

    // The target on its own: `loket check` passes, with as many events as the file has,
    // the same last hash, and the same report text.
    const CliResult checkTarget = loket({arg("check"), arg("--db"), server.path()});
    REQUIRE(checkTarget.exitCode == 0);
    const CliResult checkSource = loket({arg("check"), arg("--db"), file});
    REQUIRE(checkSource.exitCode == 0);
    CHECK(line(checkTarget.out, arg("Riwayat kejadian")) == line(checkSource.out, arg("Riwayat kejadian")));
    CHECK(lastEventHash(server.path()) == sourceHash);
    CHECK(lastEventHash(file) == sourceHash);
    const QStringList period = {arg("report"), arg("--from"), arg("2025-12-01"), arg("--to"), arg("2026-11-30"), arg("--by"), arg("service"),
                                arg("--db")};
    const CliResult onServer = loket(QStringList(period) << server.path());
    const CliResult onFile = loket(QStringList(period) << file);
    REQUIRE(onServer.exitCode == 0);
    REQUIRE(onFile.exitCode == 0);
    CHECK(onServer.out.contains(arg("Jumlah")));
    CHECK(onServer.out == onFile.out);

    // The target takes new records where the file left off (its ids move on).
    CHECK(loket({arg("user"), arg("add"), arg("hana"), arg("--name"), arg("Hana Lestari"), arg("--role"), arg("helpdesk"), arg("--db"), server.path()},
                QByteArrayLiteral("kata-sandi-rahasia-2\n"))
              .exitCode == 0);
    CHECK(loket({arg("check"), arg("--db"), server.path()}).exitCode == 0);

    // And back, from the server into a new file: the same engine-neutral copy.
    const QString back = server.filePath(QStringLiteral("kembali.sqlite"));
    const CliResult returned = migrate(server.path(), back);
    INFO(returned.out.toStdString() << returned.err.toStdString());
    CHECK(returned.exitCode == 0);
    CHECK(returned.out.contains(arg("Hash sama: ya")));
    CHECK(lastEventHash(back) == lastEventHash(server.path()));
    CHECK(fileHash(file) == before);
}

TEST_CASE("loket migrate refuses a PostgreSQL target that holds data and changes neither side", "[cli][migrate][postgresql]")
{
    REQUIRE(testOnServer());
    const TestLocation server;
    const QString file = smallFile(server.filePath(QStringLiteral("kantor.sqlite")));
    const QByteArray fileBefore = fileHash(file);
    REQUIRE(loket({arg("init"), arg("--db"), server.path()}).exitCode == 0);
    REQUIRE(loket({arg("user"), arg("add"), arg("hana"), arg("--name"), arg("Hana Lestari"), arg("--role"), arg("administrator"), arg("--db"),
                   server.path()},
                  QByteArrayLiteral("kata-sandi-rahasia-2\n"))
                .exitCode == 0);
    const QByteArray serverBefore = databaseState(server.path());

    const CliResult refused = migrate(file, server.path());
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(arg("sudah berisi data")));
    CHECK(refused.err.contains(arg("tidak ada yang diubah")));
    CHECK_FALSE(refused.out.contains(arg("Pemindahan selesai")));
    CHECK(databaseState(server.path()) == serverBefore);
    CHECK(fileHash(file) == fileBefore);
    const CliResult list = loket({arg("user"), arg("list"), arg("--db"), server.path()});
    CHECK(list.out.contains(arg("Hana Lestari")));
    CHECK_FALSE(list.out.contains(arg("Admin LPSE"))); // the file's administrator did not arrive
}

TEST_CASE("loket migrate between two files and what it refuses (SQLite)", "[cli][migrate][sqlite]")
{
    QTemporaryDir dir;
    const QString file = smallFile(dir.filePath(QStringLiteral("kantor.sqlite")));
    const QByteArray before = fileHash(file);

    SECTION("a file into a new file")
    {
        const QString copy = dir.filePath(QStringLiteral("salinan.sqlite"));
        const CliResult moved = migrate(file, copy);
        INFO(moved.out.toStdString() << moved.err.toStdString());
        CHECK(moved.exitCode == 0);
        CHECK(moved.out.contains(arg("Hash sama: ya")));
        CHECK(QRegularExpression(QStringLiteral("\n  users +1\n")).match(moved.out).hasMatch());
        CHECK(loket({arg("check"), arg("--db"), copy}).exitCode == 0);
        CHECK(lastEventHash(copy) == lastEventHash(file));
        CHECK(fileHash(file) == before);
        // Into a file that now holds data: refused, nothing changed.
        const QByteArray copyBefore = fileHash(copy);
        const CliResult again = migrate(file, copy);
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(arg("sudah berisi data")));
        CHECK(fileHash(copy) == copyBefore);
    }
    SECTION("a file into a database on which only loket init ran (the built-in catalogue is replaced)")
    {
        const QString fresh = dir.filePath(QStringLiteral("baru.sqlite"));
        REQUIRE(loket({arg("init"), arg("--db"), fresh}).exitCode == 0);
        const CliResult moved = migrate(file, fresh);
        INFO(moved.out.toStdString() << moved.err.toStdString());
        CHECK(moved.exitCode == 0);
        CHECK(moved.out.contains(arg("Hash sama: ya")));
        CHECK(loket({arg("check"), arg("--db"), fresh}).exitCode == 0);
        CHECK(fileHash(file) == before);
    }
    SECTION("usage errors")
    {
        CHECK(loket({arg("migrate"), arg("--from"), file}).exitCode == 2);
        CHECK(loket({arg("migrate"), arg("--to"), dir.filePath(QStringLiteral("x.sqlite"))}).exitCode == 2);
        CHECK(loket({arg("migrate"), arg("--from"), file, arg("--to"), dir.filePath(QStringLiteral("x.sqlite")), arg("lebih")}).exitCode == 2);
        const CliResult same = migrate(file, dir.filePath(QStringLiteral("./kantor.sqlite")));
        CHECK(same.exitCode == 2);
        CHECK(same.err.contains(arg("basis data yang sama")));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.sqlite"))));
    }
    SECTION("a missing source is never created, and no target is made for it")
    {
        const QString missing = dir.filePath(QStringLiteral("tidak-ada.sqlite"));
        const QString target = dir.filePath(QStringLiteral("baru.sqlite"));
        const CliResult r = migrate(missing, target);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(arg("tidak ada")));
        CHECK_FALSE(QFileInfo::exists(missing));
        CHECK_FALSE(QFileInfo::exists(target));
    }
    SECTION("a source at an older schema is refused, and the new target file is removed again")
    {
        const QString old = dir.filePath(QStringLiteral("lama.sqlite"));
        {
            auto opened = Database::open(old, Database::Mode::Open, 1);
            REQUIRE(opened.ok());
        }
        const QByteArray oldBefore = fileHash(old);
        const QString target = dir.filePath(QStringLiteral("baru.sqlite"));
        const CliResult r = migrate(old, target);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(arg("masih berskema 1")));
        CHECK(fileHash(old) == oldBefore);
        CHECK(filesUnder(dir.path()).filter(QStringLiteral("baru.sqlite")).isEmpty());
    }
    CHECK(fileHash(file) == before);
}
