// Issue 13 item 5: the command line refuses what it does not know, creates a database
// only for `loket init`, finishes a backup within seconds, and reads every period alike.
#include "TestSupport.h"

#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

// A home folder of its own: the default database would be <home>/.local/share/Loket/loket.sqlite.
struct Home
{
    QTemporaryDir dir;
    QString path() const { return dir.path(); }
};

CliResult runAt(const Home &home, const QStringList &args, const QByteArray &input = {})
{
    CliRun run;
    run.args = args;
    run.input = input;
    run.home = home.path();
    run.timeoutMs = 15000;
    return runLoketWith(run);
}

QString initialised(const QString &path)
{
    const CliResult r = runLoket({QStringLiteral("init"), QStringLiteral("--db"), path});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("an unknown option is a usage error: no window, nothing created at the default path", "[cli][usage]")
{
    const QList<QStringList> cases = {
        {QStringLiteral("--bogus")},
        {QStringLiteral("--verison")},
        {QStringLiteral("-v")},
        {QStringLiteral("-h2")},
        {QStringLiteral("--lang"), QStringLiteral("fr")},
        {QStringLiteral("--lang")},
        {QStringLiteral("--db")},
        {QStringLiteral("--db="), QStringLiteral("--lang"), QStringLiteral("en")},
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--bogus")},
        {QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("--frobnicate")},
        {QStringLiteral("frobnicate")},
    };
    for (const QStringList &args : cases) {
        Home home;
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliResult r = runAt(home, args);
        INFO(r.err.toStdString());
        CHECK_FALSE(r.timedOut); // the GUI would wait for a login that never comes
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--help"))); // the usage, or the pointer to it (in either language)
        CHECK(r.out.isEmpty());
        CHECK(filesUnder(home.path()).isEmpty()); // no loket.sqlite, no cadangan folder
    }
    Home home;
    CHECK(runAt(home, {QStringLiteral("--version")}).exitCode == 0);
    CHECK(runAt(home, {QStringLiteral("-h")}).exitCode == 0);
    CHECK(filesUnder(home.path()).isEmpty());
}

TEST_CASE("the GUI still starts with no options, with --db PATH and with --lang en (SQLite)", "[cli][usage][sqlite]")
{
    // bench/quit_when_shown, preloaded, closes the first dialog as soon as the window is up
    // (as for the cold-start benchmark): the GUI opens, makes its database, and exits.
    const QList<QStringList> cases = {
        {},
        {QStringLiteral("--lang"), QStringLiteral("en")},
        {QStringLiteral("--lang=id")},
        {QStringLiteral("--db"), QStringLiteral("@/pilihan.sqlite")},
        {QStringLiteral("--db=@/pilihan.sqlite"), QStringLiteral("--lang"), QStringLiteral("en")},
    };
    for (QStringList args : cases) {
        Home home;
        INFO(args.join(QLatin1Char(' ')).toStdString());
        QString expected = QDir(home.path()).filePath(QStringLiteral(".local/share/Loket/loket.sqlite"));
        for (QString &a : args)
            if (a.contains(QLatin1Char('@'))) {
                a.replace(QLatin1Char('@'), home.path());
                expected = QDir(home.path()).filePath(QStringLiteral("pilihan.sqlite"));
            }
        CliRun run;
        run.args = args;
        run.home = home.path();
        run.platform = QStringLiteral("offscreen");
        run.extraEnv = {QStringLiteral("LD_PRELOAD=" LOKET_QUIT_WHEN_SHOWN), QStringLiteral("XDG_RUNTIME_DIR=") + home.path()};
        run.timeoutMs = 30000;
        const CliResult r = runLoketWith(run);
        INFO(r.err.toStdString());
        CHECK_FALSE(r.timedOut);
        CHECK(r.exitCode == 0);
        CHECK(QFileInfo::exists(expected)); // the GUI's first start makes its database
        CHECK(r.err.contains(QStringLiteral("loket-window-shown"))); // it did reach the window
    }
}

TEST_CASE("only loket init creates a database: every other command refuses a missing one (SQLite)", "[cli][usage][sqlite]")
{
    Home home;
    const QString missing = QDir(home.path()).filePath(QStringLiteral("tidak-ada.sqlite"));
    const QString ics = QDir(home.path()).filePath(QStringLiteral("libur.ics"));
    writeFile(ics, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\nSUMMARY:Natal\r\nCATEGORIES:libur nasional\r\n"
                   "END:VEVENT\r\nEND:VCALENDAR\r\n");
    const QString csv = QDir(home.path()).filePath(QStringLiteral("skm.csv"));
    writeFile(csv, "tanggal,U1,U2,U3,U4,U5,U6,U7,U8,U9\r\n2026-10-08,4,4,4,4,4,4,4,4,4\r\n");
    const QString out = QDir(home.path()).filePath(QStringLiteral("keluar"));
    const QByteArray password = "kata-sandi-rahasia-1\n";
    const QList<QStringList> commands = {
        {QStringLiteral("user"), QStringLiteral("list")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("Admin"),
         QStringLiteral("--role"), QStringLiteral("administrator")},
        {QStringLiteral("holidays"), QStringLiteral("import"), ics, QStringLiteral("--kind"), QStringLiteral("national")},
        {QStringLiteral("survey"), QStringLiteral("import"), csv},
        {QStringLiteral("demo-data"), QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--per-day"), QStringLiteral("1")},
        {QStringLiteral("check")},
        {QStringLiteral("backup")},
        {QStringLiteral("backup"), QStringLiteral("--out"), out + QStringLiteral(".sqlite")},
        {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-31")},
        {QStringLiteral("ikm"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-31")},
        {QStringLiteral("complaint"), QStringLiteral("list")},
        {QStringLiteral("suggestions"), QStringLiteral("export"), QStringLiteral("--out"), out + QStringLiteral(".csv")},
    };
    for (QStringList args : commands) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        args << QStringLiteral("--db") << missing;
        const CliResult r = runAt(home, args, password);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("tidak ada")));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
    // The same without --db: the default path, inside this home, stays absent too.
    CHECK(runAt(home, {QStringLiteral("user"), QStringLiteral("list")}).exitCode == 1);
    CHECK_FALSE(QDir(home.path()).exists(QStringLiteral(".local/share/Loket")));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".sqlite")));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".csv")));

    const CliResult made = runAt(home, {QStringLiteral("init"), QStringLiteral("--db"), missing});
    INFO(made.err.toStdString());
    CHECK(made.exitCode == 0);
    CHECK(QFileInfo::exists(missing));
}

TEST_CASE("backup --out into a folder that does not exist is refused: nothing is made (SQLite)", "[cli][usage][backup][sqlite]")
{
    Home home;
    const QString db = initialised(QDir(home.path()).filePath(QStringLiteral("l.sqlite")));
    const QString target = QDir(home.path()).filePath(QStringLiteral("tidak/ada/x.sqlite"));
    const CliResult r = runAt(home, {QStringLiteral("backup"), QStringLiteral("--out"), target, QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("tidak ada")));
    CHECK_FALSE(QDir(home.path()).exists(QStringLiteral("tidak")));
    // Nor may the backup overwrite the live database, or be written into a folder given as the file.
    CHECK(runAt(home, {QStringLiteral("backup"), QStringLiteral("--out"), db, QStringLiteral("--db"), db}).exitCode == 1);
    CHECK(runAt(home, {QStringLiteral("backup"), QStringLiteral("--out"), home.path(), QStringLiteral("--db"), db}).exitCode == 1);
    CHECK(QDir(home.path()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden).isEmpty());
    // The rotation still makes its own folders.
    const QString folder = QDir(home.path()).filePath(QStringLiteral("usb/cadangan"));
    const CliResult rotated = runAt(home, {QStringLiteral("backup"), QStringLiteral("--folder"), folder, QStringLiteral("--db"), db});
    INFO(rotated.err.toStdString());
    CHECK(rotated.exitCode == 0);
    CHECK(QDir(folder + QStringLiteral("/harian")).entryList(QDir::Files).size() == 1);
}

TEST_CASE("backup of a read-only database finishes within seconds and leaves no partial file (SQLite)", "[cli][usage][backup][sqlite]")
{
    if (!unprivilegedRunsPossible()) {
        WARN("the build folder is closed to the unprivileged account: permission cases not run");
        return;
    }
    Home home;
    QDir root(home.path());
    REQUIRE(root.mkdir(QStringLiteral("arsip")));
    const QString db = initialised(root.filePath(QStringLiteral("arsip/l.sqlite")));
    const QString outFolder = root.filePath(QStringLiteral("salinan"));
    REQUIRE(root.mkdir(QStringLiteral("salinan")));
    // Readable by all, written by nobody: the file and its folder (as on a CD, or a share
    // mounted read-only); the backups go to a folder the account may write.
    REQUIRE(QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                   | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    REQUIRE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    REQUIRE(QFile::setPermissions(root.filePath(QStringLiteral("arsip")),
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));
    REQUIRE(chown(outFolder.toLocal8Bit().constData(), unprivilegedUid(), gid_t(-1)) == 0);

    auto backup = [&](const QStringList &args) {
        CliRun run;
        run.args = QStringList{QStringLiteral("backup")} << args << QStringLiteral("--db") << db;
        run.home = outFolder;
        run.unprivileged = true;
        run.timeoutMs = 20000;
        return runLoketWith(run);
    };
    const QString target = QDir(outFolder).filePath(QStringLiteral("cadangan.sqlite"));
    const CliResult copied = backup({QStringLiteral("--out"), target});
    INFO(copied.err.toStdString());
    CHECK_FALSE(copied.timedOut);
    CHECK(copied.ms < 10000);
    CHECK(copied.exitCode == 0);
    CHECK(runLoket({QStringLiteral("check"), QStringLiteral("--db"), target}).exitCode == 0);

    // The rotation beside the database cannot make its folder there: a clear failure, at once.
    const CliResult rotated = backup({});
    INFO(rotated.err.toStdString());
    CHECK_FALSE(rotated.timedOut);
    CHECK(rotated.ms < 10000);
    CHECK(rotated.exitCode == 1);
    CHECK(rotated.err.contains(QStringLiteral("tidak dapat dibuat")));

    QStringList partial;
    for (const QString &f : filesUnder(home.path()))
        if (f.contains(QStringLiteral(".partial")))
            partial << f;
    CHECK(partial.isEmpty());
    CHECK(filesUnder(root.filePath(QStringLiteral("arsip"))) == QStringList{QStringLiteral("l.sqlite")});
    QFile::setPermissions(root.filePath(QStringLiteral("arsip")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("a bad period is a usage error for every command alike", "[cli][usage][period]")
{
    Home home;
    const TestLocation location;
    const QString db = initialised(testOnServer() ? location.path() : QDir(home.path()).filePath(QStringLiteral("l.sqlite")));
    const QString out = QDir(home.path()).filePath(QStringLiteral("saran.csv"));
    const QList<QStringList> commands = {
        {QStringLiteral("report")},
        {QStringLiteral("ikm")},
        {QStringLiteral("suggestions"), QStringLiteral("export"), QStringLiteral("--out"), out},
    };
    const QList<QPair<QString, QString>> periods = {
        {QStringLiteral("2026-02-01"), QStringLiteral("2026-01-01")}, // from after to
        {QStringLiteral("2026-13-01"), QStringLiteral("2026-12-31")},
        {QStringLiteral("2026-02-30"), QStringLiteral("2026-03-01")},
        {QStringLiteral("01-01-2026"), QStringLiteral("2026-01-31")},
        {QStringLiteral("2026-01-01"), QStringLiteral("kemarin")},
    };
    for (const QStringList &command : commands)
        for (const auto &[from, to] : periods) {
            const QStringList args = QStringList(command) << QStringLiteral("--from") << from << QStringLiteral("--to") << to
                                                          << QStringLiteral("--db") << db;
            INFO(args.join(QLatin1Char(' ')).toStdString());
            const CliResult r = runAt(home, args);
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 2);
            CHECK(r.err.contains(QStringLiteral("loket --help")));
        }
    CHECK_FALSE(QFileInfo::exists(out));
    // A good period still works for each.
    CHECK(runAt(home, {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                       QStringLiteral("2026-01-01"), QStringLiteral("--db"), db}).exitCode == 0);
}
