// "Basis data PC ini" (ui/session/DatabaseDialog): an administrator points this PC's
// Loket at the office's PostgreSQL server, tests the connection, lets the dialog write
// the ~/.pgpass line, and saves the address, never the password; or picks a file. The
// server cases use the suite's PostgreSQL server (LOKET_TEST_PG) and are skipped with a
// warning without it; the settings are the test run's own (gui_main.cpp points
// XDG_CONFIG_HOME at a temporary folder), the password file a temporary PGPASSFILE.
#include "GuiTestSupport.h"
#include "WorkflowFixture.h"

#include "MainWindow.h"
#include "common/MessageBox.h"
#include "session/DatabaseDialog.h"
#include "storage/Database.h"
#include "storage/DatabaseChoice.h"
#include "storage/ServerAddress.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sys/stat.h>

#include <optional>

namespace {

struct TestServer {
    QString host;
    QString port = QStringLiteral("5432");
    QString user;
    QString database;
};

// LOKET_TEST_PG ("host=/tmp/x port=55432 user=postgres dbname=loket_test") as the
// dialog's fields.
std::optional<TestServer> testServer()
{
    const QString conninfo = qEnvironmentVariable("LOKET_TEST_PG");
    if (conninfo.isEmpty())
        return std::nullopt;
    TestServer server;
    for (const QString &pair : conninfo.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        const QString value = pair.section(QLatin1Char('='), 1);
        if (key == QLatin1String("host"))
            server.host = value;
        else if (key == QLatin1String("port"))
            server.port = value;
        else if (key == QLatin1String("user"))
            server.user = value;
        else if (key == QLatin1String("dbname"))
            server.database = value;
    }
    return server;
}


// This PC's setting empty before and after, and message boxes answered.
struct CleanChoice {
    CleanChoice()
    {
        DatabaseChoice::save(QString());
        MessageBox::setNextAnswerForTesting(true);
        MessageBox::clearForTesting();
    }
    ~CleanChoice()
    {
        DatabaseChoice::save(QString());
        MessageBox::setNextAnswerForTesting(std::nullopt);
    }
};

void typeInto(QLineEdit *field, const QString &text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

void fillServer(DatabaseDialog &dialog, const TestServer &server, const QString &password)
{
    QTest::mouseClick(child<QRadioButton>(&dialog, "serverChoice"), Qt::LeftButton, {}, QPoint(8, 8));
    REQUIRE(child<QRadioButton>(&dialog, "serverChoice")->isChecked());
    typeInto(child<QLineEdit>(&dialog, "serverHost"), server.host);
    typeInto(child<QLineEdit>(&dialog, "serverPort"), server.port);
    typeInto(child<QLineEdit>(&dialog, "serverDatabase"), server.database);
    typeInto(child<QLineEdit>(&dialog, "serverUser"), server.user);
    typeInto(child<QLineEdit>(&dialog, "serverPassword"), password);
}

// Presses "Uji sambungan" and waits for the answer; the text shown.
QString testConnection(DatabaseDialog &dialog)
{
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.testRunning(); }, 30000));
    return child<QLabel>(&dialog, "testResult")->text();
}

unsigned modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("the database dialog tests the office server, writes .pgpass, and saves the address without the password",
          "[gui][database][postgres]")
{
    const std::optional<TestServer> server = testServer();
    if (!server) {
        WARN("LOKET_TEST_PG is not set: the database dialog's server test needs the suite's PostgreSQL server (scripts/test.sh)");
        return;
    }
    CleanChoice clean;
    TempPgPass pgpass;
    const QString password = QStringLiteral("sandi:uji\\1");

    DatabaseDialog dialog(Database::defaultPath(), QString());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    fillServer(dialog, *server, password);
    auto *savePgpass = child<QCheckBox>(&dialog, "savePgpass");
    CHECK_FALSE(savePgpass->isEnabled()); // only after a successful test

    const QString shown = testConnection(dialog);
    INFO(shown.toStdString());
    CHECK(shown.startsWith(QStringLiteral("Sambungan berhasil.")));
    CHECK(shown.contains(QStringLiteral("Tersambung ke PostgreSQL ")));
    CHECK(shown.contains(QStringLiteral("basis data %1").arg(server->database)));
    CHECK_FALSE(shown.contains(password));
    REQUIRE(savePgpass->isEnabled());
    QTest::mouseClick(savePgpass, Qt::LeftButton, {}, QPoint(8, 8));
    REQUIRE(savePgpass->isChecked());

    QTest::mouseClick(child<QPushButton>(&dialog, "saveDatabase"), Qt::LeftButton);
    INFO(MessageBox::lastTextForTesting().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.changed());

    // The address: a libpq URI, percent-encoded, with no password in it.
    const QString expected = QStringLiteral("postgresql://%1@%2:%3/%4")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(server->user)),
                                      QString::fromLatin1(QUrl::toPercentEncoding(server->host)), server->port,
                                      QString::fromLatin1(QUrl::toPercentEncoding(server->database)));
    CHECK(DatabaseChoice::saved() == expected);
    CHECK(DatabaseChoice::location(std::nullopt) == expected);
    const Result<ServerAddress> address = ServerAddress::parse(DatabaseChoice::saved());
    REQUIRE(address.ok());
    CHECK(address->host() == server->host);
    CHECK(address->port() == server->port);
    CHECK(address->user() == server->user);
    CHECK(address->database() == server->database);
    QSettings settings;
    settings.sync();
    CHECK_FALSE(contentOf(settings.fileName()).contains(password.toUtf8()));

    // The password in the temporary .pgpass, escaped as libpq reads it, mode 0600.
    CHECK(contentOf(pgpass.path()) == QStringLiteral("%1:%2:%3:%4:sandi\\:uji\\\\1\n")
                                          .arg(server->host, server->port, server->database, server->user)
                                          .toUtf8());
    CHECK(modeOf(pgpass.path()) == 0600);
    CHECK(child<QLineEdit>(&dialog, "serverPassword")->text().isEmpty());

    // Opened again, the dialog shows the saved server, and a second .pgpass save
    // replaces the line rather than adding one.
    DatabaseDialog again(DatabaseChoice::saved(), QString());
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(child<QRadioButton>(&again, "serverChoice")->isChecked());
    CHECK(child<QLineEdit>(&again, "serverHost")->text() == server->host);
    CHECK(child<QLineEdit>(&again, "serverPort")->text() == server->port);
    CHECK(child<QLineEdit>(&again, "serverUser")->text() == server->user);
    typeInto(child<QLineEdit>(&again, "serverPassword"), QStringLiteral("sandi-baru"));
    CHECK(testConnection(again).startsWith(QStringLiteral("Sambungan berhasil.")));
    QTest::mouseClick(child<QCheckBox>(&again, "savePgpass"), Qt::LeftButton, {}, QPoint(8, 8));
    QTest::mouseClick(child<QPushButton>(&again, "saveDatabase"), Qt::LeftButton);
    REQUIRE(again.result() == QDialog::Accepted);
    CHECK_FALSE(again.changed());
    CHECK(contentOf(pgpass.path())
          == QStringLiteral("%1:%2:%3:%4:sandi-baru\n").arg(server->host, server->port, server->database, server->user).toUtf8());
}

TEST_CASE("the database dialog says clearly why a server cannot be reached, and does not save it unasked", "[gui][database]")
{
    CleanChoice clean;
    TempPgPass pgpass;
    DatabaseDialog dialog(Database::defaultPath(), QString());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    TestServer nobody;
    nobody.host = QStringLiteral("127.0.0.1");
    nobody.port = QStringLiteral("1"); // nobody listens there
    nobody.database = QStringLiteral("loket");
    nobody.user = QStringLiteral("loket");
    fillServer(dialog, nobody, QStringLiteral("sandi-uji"));

    const QString shown = testConnection(dialog);
    INFO(shown.toStdString());
    CHECK(shown.startsWith(QStringLiteral("Sambungan gagal: ")));
    CHECK(shown.contains(QStringLiteral("server 127.0.0.1 tidak menjawab")));
    CHECK(shown.contains(QStringLiteral("port salah")));
    CHECK_FALSE(child<QCheckBox>(&dialog, "savePgpass")->isEnabled());

    // Simpan asks first; "Batal" keeps the dialog open and saves nothing.
    MessageBox::setNextAnswerForTesting(false);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveDatabase"), Qt::LeftButton);
    CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("belum berhasil diuji")));
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(DatabaseChoice::saved().isEmpty());
    CHECK_FALSE(QFile::exists(pgpass.path()));

    // A field left empty is named before any connection is tried.
    typeInto(child<QLineEdit>(&dialog, "serverUser"), QString());
    CHECK(testConnection(dialog).contains(QStringLiteral("nama pengguna")));
}

TEST_CASE("the database dialog saves a file on this PC, refusing a folder, and the default file as no setting", "[gui][database]")
{
    CleanChoice clean;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = QDir(dir.path()).filePath(QStringLiteral("kantor.sqlite"));
    {
        DatabaseDialog dialog(Database::defaultPath(), QString());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(child<QRadioButton>(&dialog, "fileChoice")->isChecked());
        CHECK_FALSE(child<QLineEdit>(&dialog, "serverHost")->isEnabled());
        typeInto(child<QLineEdit>(&dialog, "filePath"), dir.path());
        QTest::mouseClick(child<QPushButton>(&dialog, "saveDatabase"), Qt::LeftButton);
        CHECK(MessageBox::lastTextForTesting().contains(QStringLiteral("adalah folder")));
        CHECK(dialog.result() != QDialog::Accepted);
        typeInto(child<QLineEdit>(&dialog, "filePath"), file);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveDatabase"), Qt::LeftButton);
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(dialog.changed());
        CHECK(DatabaseChoice::saved() == file);
    }
    DatabaseDialog back(file, QStringLiteral("opsi --db"));
    back.show();
    REQUIRE(QTest::qWaitForWindowExposed(&back));
    CHECK(child<QLabel>(&back, "overrideNote")->text().contains(QStringLiteral("opsi --db")));
    typeInto(child<QLineEdit>(&back, "filePath"), Database::defaultPath());
    QTest::mouseClick(child<QPushButton>(&back, "saveDatabase"), Qt::LeftButton);
    REQUIRE(back.result() == QDialog::Accepted);
    CHECK(DatabaseChoice::saved().isEmpty());
    CHECK(DatabaseChoice::source(std::nullopt) == QStringLiteral("berkas bawaan"));
}

TEST_CASE("the database dialog's Alt letters are all different, and every labelled field takes its letter", "[gui][database][keyboard]")
{
    DatabaseDialog dialog(Database::defaultPath(), QStringLiteral("opsi --db"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QMap<QString, QStringList> byKey;
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        if (const QKeySequence key = QKeySequence::mnemonic(button->text()); !key.isEmpty())
            byKey[key.toString()] << button->text();
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        const QKeySequence key = QKeySequence::mnemonic(label->text());
        if (key.isEmpty())
            continue;
        INFO(label->text().toStdString());
        CHECK(label->buddy() != nullptr);
        byKey[key.toString()] << label->text();
    }
    CHECK(byKey.size() >= 12);
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        INFO(it.key().toStdString() << ": " << it.value().join(QStringLiteral(", ")).toStdString());
        CHECK(it.value().size() == 1);
    }
}

TEST_CASE("only an administrator may change this PC's database from the window's menu", "[gui][database]")
{
    WorkflowFixture f;
    MainWindow window(f.db());
    QAction *action = window.databaseAction();
    REQUIRE(action != nullptr);
    CHECK_FALSE(action->isEnabled()); // nobody logged in
    for (const User &user : {f.helpdesk, f.verifikator, f.adminSistem, f.kasubbag, f.kepalaBagian}) {
        window.startSession(user);
        INFO(user.login.toStdString());
        CHECK_FALSE(action->isEnabled());
    }
    window.startSession(f.admin);
    CHECK(action->isEnabled());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The dialog opens on the database the window has open; cancelled, nothing changes.
    auto opened = whenModal<DatabaseDialog>([&](DatabaseDialog *dialog) {
        CHECK(child<QLabel>(dialog, "currentLocation")->text().contains(QDir::toNativeSeparators(f.db().path())));
        dialog->reject();
    });
    action->trigger();
    CHECK(*opened);
    CHECK_FALSE(window.reopenWanted());
}
