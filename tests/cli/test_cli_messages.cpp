// Issue 13 item 6: what the command line says when a file or the database refuses is
// Indonesian, and names the cause; Qt's and SQLite's English never reaches the user.
#include "TestSupport.h"

#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

// Fragments of the raw English seen in issue 13, and their kin.
const QStringList kEnglish = {
    QStringLiteral("attempt to write"), QStringLiteral("readonly database"), QStringLiteral("Unable to fetch row"),
    QStringLiteral("Unable to execute"), QStringLiteral("Filename refers to a directory"), QStringLiteral("No such file or directory"),
    QStringLiteral("QPainter"), QStringLiteral("Returned false"), QStringLiteral("Permission denied"), QStringLiteral("unable to open"),
    QStringLiteral("database is locked"), QStringLiteral("disk I/O error"), QStringLiteral("QStandardPaths"), QStringLiteral("KB"),
    QStringLiteral("Error"), QStringLiteral("error"), QStringLiteral("failed"), QStringLiteral("Cannot"), QStringLiteral("cannot"),
};

// What the refusals say in Indonesian: at least one of these words.
const QStringList kIndonesian = {QStringLiteral("tidak"), QStringLiteral("hanya dapat dibaca"), QStringLiteral("bukan"), QStringLiteral("terlalu besar")};

constexpr QFileDevice::Permissions kReadOnlyFile = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions kReadOnlyFolder = kReadOnlyFile | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kOpenFolder = kReadOnlyFolder | QFileDevice::WriteOwner;

struct Refusal
{
    QString what;
    QStringList args;
    QString says; // a fragment the message must hold
    QByteArray input;
    QString platform = QStringLiteral("minimal");
};

} // namespace

TEST_CASE("refusals through the real binary are Indonesian, without Qt's or SQLite's English (SQLite)", "[cli][messages][sqlite]")
{
    if (!unprivilegedRunsPossible()) {
        WARN("the build folder is closed to the unprivileged account: permission cases not run");
        return;
    }
    QTemporaryDir temp;
    QDir root(temp.path());
    REQUIRE(QFile::setPermissions(temp.path(), kOpenFolder));
    // A healthy database the unprivileged run may read and write (its folder too).
    REQUIRE(root.mkdir(QStringLiteral("kerja")));
    const QString work = root.filePath(QStringLiteral("kerja"));
    const QString db = QDir(work).filePath(QStringLiteral("l.sqlite"));
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    // A read-only database in a read-only folder, and a read-only one in a writable folder.
    REQUIRE(root.mkdir(QStringLiteral("arsip")));
    const QString archived = root.filePath(QStringLiteral("arsip/l.sqlite"));
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), archived}).exitCode == 0);
    REQUIRE(root.mkdir(QStringLiteral("bersama")));
    const QString shared = root.filePath(QStringLiteral("bersama/l.sqlite"));
    REQUIRE(runLoket({QStringLiteral("init"), QStringLiteral("--db"), shared}).exitCode == 0);
    // A folder the run may not write into, and a holiday file of 10 MB.
    REQUIRE(root.mkdir(QStringLiteral("terkunci")));
    const QString locked = root.filePath(QStringLiteral("terkunci"));
    const QString big = QDir(work).filePath(QStringLiteral("besar.ics"));
    writeFile(big, QByteArray(10 * 1024 * 1024, 'A'));

    for (const QString &f : {db, big})
        REQUIRE(chown(f.toLocal8Bit().constData(), unprivilegedUid(), gid_t(-1)) == 0);
    REQUIRE(chown(work.toLocal8Bit().constData(), unprivilegedUid(), gid_t(-1)) == 0);
    REQUIRE(chown(root.filePath(QStringLiteral("bersama")).toLocal8Bit().constData(), unprivilegedUid(), gid_t(-1)) == 0);
    REQUIRE(QFile::setPermissions(archived, kReadOnlyFile));
    REQUIRE(QFile::setPermissions(shared, kReadOnlyFile));
    REQUIRE(QFile::setPermissions(root.filePath(QStringLiteral("arsip")), kReadOnlyFolder));
    REQUIRE(QFile::setPermissions(locked, kReadOnlyFolder));

    const QByteArray password = "kata-sandi-rahasia-1\n";
    const QStringList addAdmin = {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--name"),
                                  QStringLiteral("Admin"), QStringLiteral("--role"), QStringLiteral("administrator")};
    const QStringList period = {QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-31")};
    const QList<Refusal> refusals = {
        {QStringLiteral("a write into a read-only database in a read-only folder"), QStringList(addAdmin) << QStringLiteral("--db") << archived,
         QStringLiteral("hanya dapat dibaca"), password},
        {QStringLiteral("a read of it through the read-write path"), {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), archived},
         QStringLiteral("hanya dapat dibaca")},
        {QStringLiteral("a write into a read-only database in a writable folder"), QStringList(addAdmin) << QStringLiteral("--db") << shared,
         QStringLiteral("hanya dapat dibaca"), password},
        {QStringLiteral("a database that is a folder"), {QStringLiteral("check"), QStringLiteral("--db"), work}, QStringLiteral("bukan berkas")},
        {QStringLiteral("a new database in a read-only folder"), {QStringLiteral("init"), QStringLiteral("--db"), QDir(locked).filePath(QStringLiteral("baru.sqlite"))},
         QStringLiteral("tidak boleh ditulis")},
        {QStringLiteral("a backup into a folder given as the file"), {QStringLiteral("backup"), QStringLiteral("--out"), work, QStringLiteral("--db"), db},
         QStringLiteral("folder")},
        {QStringLiteral("a backup into a missing folder"),
         {QStringLiteral("backup"), QStringLiteral("--out"), root.filePath(QStringLiteral("tidak-ada/c.sqlite")), QStringLiteral("--db"), db},
         QStringLiteral("tidak ada")},
        {QStringLiteral("a backup into a read-only folder"),
         {QStringLiteral("backup"), QStringLiteral("--out"), QDir(locked).filePath(QStringLiteral("c.sqlite")), QStringLiteral("--db"), db},
         QStringLiteral("tidak boleh ditulis")},
        {QStringLiteral("a survey file that is missing"), {QStringLiteral("survey"), QStringLiteral("import"), root.filePath(QStringLiteral("tidak-ada.csv")), QStringLiteral("--db"), db},
         QStringLiteral("tidak ada")},
        {QStringLiteral("a holiday file that is a folder"), {QStringLiteral("holidays"), QStringLiteral("import"), work, QStringLiteral("--db"), db},
         QStringLiteral("folder")},
        {QStringLiteral("a holiday file of 10 MB"), {QStringLiteral("holidays"), QStringLiteral("import"), big, QStringLiteral("--db"), db},
         QStringLiteral("10 MB")},
        {QStringLiteral("a CSV report into a missing folder"),
         QStringList{QStringLiteral("report")} << period << QStringLiteral("--format") << QStringLiteral("csv") << QStringLiteral("--out")
                                               << root.filePath(QStringLiteral("tidak-ada/r.csv")) << QStringLiteral("--db") << db,
         QStringLiteral("tidak ada")},
        {QStringLiteral("a PDF report into a folder given as the file"),
         QStringList{QStringLiteral("report")} << period << QStringLiteral("--format") << QStringLiteral("pdf") << QStringLiteral("--out") << work
                                               << QStringLiteral("--db") << db,
         QStringLiteral("folder"), {}, QStringLiteral("offscreen")},
        {QStringLiteral("a PDF report into a read-only folder"),
         QStringList{QStringLiteral("report")} << period << QStringLiteral("--format") << QStringLiteral("pdf") << QStringLiteral("--out")
                                               << QDir(locked).filePath(QStringLiteral("r.pdf")) << QStringLiteral("--db") << db,
         QStringLiteral("tidak boleh ditulis"), {}, QStringLiteral("offscreen")},
        {QStringLiteral("a poster into a missing folder"),
         {QStringLiteral("print"), QStringLiteral("maklumat"), QStringLiteral("--out"), root.filePath(QStringLiteral("tidak-ada/m.pdf")), QStringLiteral("--db"), db},
         QStringLiteral("tidak ada"), {}, QStringLiteral("offscreen")},
        {QStringLiteral("a poster into a read-only folder"),
         {QStringLiteral("print"), QStringLiteral("maklumat"), QStringLiteral("--out"), QDir(locked).filePath(QStringLiteral("m.pdf")), QStringLiteral("--db"), db},
         QStringLiteral("tidak boleh ditulis"), {}, QStringLiteral("offscreen")},
        {QStringLiteral("a suggestions export into a folder given as the file"),
         {QStringLiteral("suggestions"), QStringLiteral("export"), QStringLiteral("--out"), work, QStringLiteral("--db"), db}, QStringLiteral("folder")},
        {QStringLiteral("a restore from a missing backup"), {QStringLiteral("restore"), root.filePath(QStringLiteral("tidak-ada.sqlite")), QStringLiteral("--db"), db},
         QStringLiteral("tidak ada")},
    };
    for (const Refusal &r : refusals) {
        INFO(r.what.toStdString());
        CliRun run;
        run.args = r.args;
        run.input = r.input;
        run.home = work;
        run.unprivileged = true;
        run.platform = r.platform;
        run.extraEnv = {QStringLiteral("XDG_RUNTIME_DIR=") + work};
        const CliResult result = runLoketWith(run);
        INFO(result.err.toStdString());
        CHECK_FALSE(result.timedOut);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(r.says));
        bool indonesian = false;
        for (const QString &word : kIndonesian)
            indonesian = indonesian || result.err.contains(word);
        CHECK(indonesian);
        CHECK_FALSE(result.err.contains(QStringLiteral("bukan basis data Loket yang dapat dibaca")));
        for (const QString &english : kEnglish) {
            INFO(english.toStdString());
            CHECK_FALSE(result.err.contains(english));
        }
    }
    // Nothing was written where it was refused.
    CHECK(filesUnder(locked).isEmpty());
    CHECK_FALSE(root.exists(QStringLiteral("tidak-ada")));
    for (const QString &f : filesUnder(temp.path()))
        CHECK_FALSE(f.endsWith(QStringLiteral(".partial")));
    QFile::setPermissions(root.filePath(QStringLiteral("arsip")), kOpenFolder);
    QFile::setPermissions(locked, kOpenFolder);
}
