// Builds a small, realistic counter day in a temporary database and grabs every screen
// at 1366x768 into the folder given as the first argument. A second argument names an
// empty database to build the day in instead (a server address: the screens on PostgreSQL).
#include "MainWindow.h"
#include "admin/AdminPage.h"
#include "accounts/AccountStore.h"
#include "applications/Workflow.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "common/FileDialogs.h"
#include "feedback/ComplaintsPage.h"
#include "feedback/SurveyModeWindow.h"
#include "helpdesk/CheckInForm.h"
#include "helpdesk/HelpdeskPage.h"
#include "settings/VoiceSettingsDialog.h"
#include "applications/WaitingRoom.h"
#include <QSettings>
#include "print/PrintDialogs.h"
#include "queue/QueuePage.h"
#include "session/DatabaseDialog.h"
#include "setup/SetupWizard.h"
#include "help/Help.h"
#include "reports/ReportsPage.h"
#include "demo/DemoData.h"
#include "desks/DeskSessions.h"
#include "standards/StandardsPage.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QPainter>
#include <QTimer>
#include <QTimeZone>

namespace {

QDateTime at(const QString &local)
{
    const QDateTime naive = QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(naive.date(), naive.time(), QTimeZone::systemTimeZone()).toUTC();
}

void grab(QWidget *w, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    QTextStream(stdout) << QDir(dir).filePath(name + QStringLiteral(".png")) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LoketScreenshots"));
    FileDialogs::installQtIndonesian(app);
    PrintDialogs::setStandingOutcomeForTesting(PrintDialogs::Outcome::Cancelled);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    QTemporaryDir dir;
    const QString location = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("demo.sqlite"));
    auto opened = Database::open(location);
    if (!opened) {
        QTextStream(stderr) << opened.error() << Qt::endl;
        return 1;
    }
    Database &db = *opened.value();
    (void)CatalogStore(db).ensureSeeded();
    AccountStore accounts(db);
    const QString pw = QStringLiteral("contoh-sandi-1");
    const User admin = accounts.addUser(QStringLiteral("admin"), QStringLiteral("Administrator LPSE"), {}, {Role::Administrator}, pw).value();
    const User hana = accounts.addUser(QStringLiteral("hana"), QStringLiteral("Hana Lestari"), {}, {Role::Helpdesk}, pw).value();
    const User vera = accounts.addUser(QStringLiteral("vera"), QStringLiteral("Vera Anggraini"), {}, {Role::Verifikator}, pw).value();
    const User adi = accounts.addUser(QStringLiteral("adi"), QStringLiteral("Adi Saputra"), {}, {Role::AdminSistem}, pw).value();
    const User kabag = accounts.addUser(QStringLiteral("kabag"), QStringLiteral("Rahmat Hidayat"), {}, {Role::KepalaBagian}, pw).value();

    Workflow wf(db);
    struct Walkin { const char *time; int service; bool proxy; const char *vendor; const char *form; const char *npwp; const char *person; const char *nik; };
    const Walkin walkins[] = {
        {"2026-11-26 07:41", 1, false, "Sinar Barito", "CV", "01.234.567.8-901.000", "Budi Santoso", "6371011203850001"},
        {"2026-11-26 07:55", 2, true, "Kahayan Jaya", "PT", "02.345.678.9-012.000", "Dewi Kartika", "6371015506900002"},
        {"2026-11-26 08:20", 4, false, "Martapura Konstruksi Utama Sejahtera Abadi", "PT", "03.456.789.0-123.000", "H. Ahmad Fauzi", "6371020101700003"},
        {"2026-11-26 09:05", 7, false, "Duta Banua Teknik", "CV", "04.567.890.1-234.000", "Rina Marlina", "6371024202880004"},
        {"2026-11-26 09:30", 6, true, "Barito Putera Mandiri", "CV", "05.678.901.2-345.000", "Yusuf Maulana", "6371031507920005"},
        {"2026-11-26 09:50", 1, false, "Antasari Niaga", "CV", "06.789.012.3-456.000", "Lina Suryani", "6371046003950006"},
    };
    auto walkIn = [&](const Walkin &w, Priority priority) {
        Clock::setNowForTesting(at(QString::fromLatin1(w.time)));
        CheckInRequest r;
        r.applicantName = QString::fromLatin1(w.person);
        r.applicantNik = QString::fromLatin1(w.nik);
        r.applicantPhone = QStringLiteral("0812-5123-4567");
        r.proxy = w.proxy;
        r.vendor.name = QString::fromLatin1(w.form) + QLatin1Char(' ') + QString::fromLatin1(w.vendor);
        r.vendor.legalForm = QString::fromLatin1(w.form);
        r.vendor.npwp = QString::fromLatin1(w.npwp);
        r.serviceNumber = w.service;
        r.priority = priority;
        return wf.guestBook().checkIn(hana, r);
    };
    QList<qint64> ids;
    for (const Walkin &w : walkins) {
        const auto in = walkIn(w, Priority::None);
        if (!in) {
            QTextStream(stderr) << in.error() << Qt::endl;
            return 1;
        }
        ids << in->applicationId;
    }
    auto tick = [&](qint64 id, const QStringList &except) {
        for (const ChecklistItem &i : wf.documents().checklist(id).value()) {
            if (except.contains(i.requirementId))
                continue;
            (void)wf.documents().updateChecklist(hana, id, ChecklistUpdate{i.requirementId, i.originalRequired, i.copyRequired,
                                                               i.validityRequired ? QDate(2028, 6, 30) : QDate(), QString()});
        }
    };
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 07:45")));
    tick(ids[0], {});
    (void)wf.documents().accept(hana, ids[0]);
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 07:58")));
    tick(ids[1], {QStringLiteral("surat_kuasa")});
    (void)wf.documents().returnToApplicant(hana, ids[1]);
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 08:25")));
    tick(ids[2], {});
    (void)wf.documents().accept(hana, ids[2]);
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 09:10")));
    tick(ids[3], {});
    (void)wf.documents().accept(hana, ids[3]);
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 09:35")));
    tick(ids[4], {});
    (void)wf.documents().accept(hana, ids[4]);
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 07:50")));
    (void)wf.queue().claim(vera, ids[0]);
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 08:05")));
    (void)wf.queue().complete(vera, ids[0], QStringLiteral("User ID aktif"));
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 08:30")));
    (void)wf.queue().claim(vera, ids[2]);
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 09:40")));
    (void)wf.queue().claim(vera, ids[4]);
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 09:55")));
    (void)wf.queue().pause(vera, ids[4], PauseReason::WaitingLkpp, QStringLiteral("permohonan ADP dikirim ke LKPP"));
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 10:02")));
    tick(ids[5], {QStringLiteral("akta_perubahan")});
    // A walk-in for a service without a standard yet (Pasal 9), handed on to the verifikator.
    {
        Clock::setNowForTesting(at(QStringLiteral("2026-11-26 09:15")));
        CheckInRequest r;
        r.applicantName = QStringLiteral("Andi Pratama");
        r.applicantNik = QStringLiteral("6371012708900010");
        r.vendor.name = QStringLiteral("CV Sinar Barito");
        r.vendor.legalForm = QStringLiteral("CV");
        r.vendor.npwp = QStringLiteral("01.234.567.8-901.000");
        r.serviceNumber = Service::kOtherNumber;
        r.request = QStringLiteral("Surat keterangan pernah menjadi penyedia di SPSE Kota Banjarmasin");
        if (const auto other = wf.guestBook().checkIn(hana, r)) {
            Clock::setNowForTesting(at(QStringLiteral("2026-11-26 09:18")));
            (void)wf.documents().accept(hana, other->applicationId);
        }
    }
    // The waiting room at 10:15 (issue 17): two more walk-ins, one of them a priority
    // visitor, and the helpdesk's call of the next number to its desk.
    const Walkin waiting[] = {
        {"2026-11-26 10:05", 3, false, "Sungai Andai Lestari", "CV", "07.890.123.4-567.000", "Nurul Hidayah", "6371015512850007"},
        {"2026-11-26 10:08", 1, false, "Pelaihari Sentosa", "PT", "08.901.234.5-678.000", "Hj. Siti Rahmah", "6371024403550008"},
        {"2026-11-26 10:11", 2, true, "Tanjung Harapan", "CV", "09.012.345.6-789.000", "Fajar Ramadhan", "6371030909930009"},
    };
    for (const Walkin &w : waiting)
        (void)walkIn(w, w.service == 1 ? Priority::Elderly : Priority::None);
    const QString deskBefore = QSettings().value(QStringLiteral("desk/name")).toString();
    (void)DeskSessions::setDeskName(QStringLiteral("Meja Helpdesk 1"));
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 10:12")));
    (void)wf.waitingRoom().callNext(hana, QStringLiteral("Meja Helpdesk 1"), {});

    const QList<std::pair<User, QString>> sessions = {{hana, QStringLiteral("helpdesk")}, {vera, QStringLiteral("verifikator")},
                                                      {adi, QStringLiteral("admin-sistem")}, {kabag, QStringLiteral("supervisor")},
                                                      {admin, QStringLiteral("administration")}};
    for (const auto &[user, name] : sessions) {
        if (name == QLatin1String("supervisor")) {
            // The desks as the supervisor sees them at 10:15: the helpdesk and admin sistem PCs
            // alive, the verifikator's PC silent since 09:55 (switched off, say) with her files.
            DeskSessions desks(db);
            const QList<std::tuple<User, QString, QString, QString>> seated = {
                {hana, QStringLiteral("Meja Helpdesk 1"), QStringLiteral("07:30"), QStringLiteral("10:14")},
                {vera, QStringLiteral("Meja Verifikasi 2"), QStringLiteral("07:48"), QStringLiteral("09:55")},
                {adi, QStringLiteral("Meja Admin Sistem"), QStringLiteral("08:02"), QStringLiteral("10:14")}};
            for (const auto &[who, desk, from, seen] : seated) {
                Clock::setNowForTesting(at(QStringLiteral("2026-11-26 ") + from));
                const Result<qint64> session = desks.begin(who, desk, QStringLiteral("pc-lpse"));
                Clock::setNowForTesting(at(QStringLiteral("2026-11-26 ") + seen));
                if (session)
                    (void)desks.beat(session.value());
            }
            Clock::setNowForTesting(at(QStringLiteral("2026-11-26 10:15")));
        }
        MainWindow window(db);
        window.resize(1366, 768);
        window.startSession(user);
        window.show();
        if (name == QLatin1String("helpdesk") && window.helpdeskPage())
            window.helpdeskPage()->selectApplication(ids[5]);
        if (name == QLatin1String("helpdesk"))
            QSettings().setValue(QStringLiteral("desk/name"), deskBefore); // this PC's own name again
        grab(&window, out, name);
        if (name == QLatin1String("helpdesk") && window.helpdeskPage()) {
            // The check-in form for "Layanan lain": what was asked is written.
            QWidget *form = window.helpdeskPage()->checkInForm();
            auto *service = form->findChild<QComboBox *>(QStringLiteral("service"));
            service->setCurrentIndex(service->findData(Service::kOtherNumber));
            form->findChild<QLineEdit *>(QStringLiteral("vendorName"))->setText(QStringLiteral("PT Kahayan Jaya"));
            form->findChild<QLineEdit *>(QStringLiteral("applicantName"))->setText(QStringLiteral("Dewi Kartika"));
            form->findChild<QLineEdit *>(QStringLiteral("request"))->setText(QStringLiteral("Konsultasi pendaftaran penyedia perorangan"));
            grab(&window, out, QStringLiteral("checkin-other"));
            window.helpdeskPage()->checkInForm()->clear();
        }
        if (name == QLatin1String("helpdesk")) {
            window.tabs()->setCurrentWidget(window.standardsPage());
            grab(&window, out, QStringLiteral("standards"));
            if (SurveyModeWindow *survey = window.startSurveyMode(1)) {
                survey->resize(1366, 768);
                grab(survey, out, QStringLiteral("survey-mode"));
                survey->hide();
            }
        }
        if (name == QLatin1String("administration") && window.adminPage()) {
            // Administrasi, its last tab: the backup folder (set here, used by every backup).
            window.tabs()->setCurrentWidget(window.adminPage());
            if (auto *tabs = window.adminPage()->findChild<QTabWidget *>()) {
                tabs->setCurrentIndex(tabs->count() - 1);
                grab(&window, out, QStringLiteral("administration-backup"));
            }
        }
        if (name == QLatin1String("supervisor") && window.complaintsPage()) {
            window.tabs()->setCurrentWidget(window.complaintsPage());
            grab(&window, out, QStringLiteral("complaints"));
        }
    }

    // On the office server: the helpdesk the moment the server drops its connection (a
    // restart): the red status, the button waiting, the walk-in typed so far kept.
    if (db.isServer()) {
        Clock::setNowForTesting(at(QStringLiteral("2026-11-26 10:20")));
        MainWindow window(db);
        window.resize(1366, 768);
        window.startSession(hana);
        window.show();
        if (HelpdeskPage *page = window.helpdeskPage()) {
            const QList<std::pair<const char *, QString>> typed = {{"vendorName", QStringLiteral("CV Kayu Tangi Mandiri")},
                                                                   {"npwp", QStringLiteral("02.345.678.9-731.000")},
                                                                   {"applicantName", QStringLiteral("Siti Rahmah")},
                                                                   {"phone", QStringLiteral("0813-4987-2210")}};
            for (const auto &[name, text] : typed)
                if (auto *edit = page->findChild<QLineEdit *>(QString::fromLatin1(name)))
                    edit->setText(text);
        }
        QSqlQuery pid(db.connection());
        if (pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next()) {
            auto other = Database::open(location);
            if (other) {
                QSqlQuery kill(other.value()->connection());
                kill.prepare(QStringLiteral("SELECT pg_terminate_backend(:pid)"));
                kill.bindValue(QStringLiteral(":pid"), pid.value(0));
                kill.exec();
            }
            QElapsedTimer waited;
            waited.start();
            while (window.isOnline() && waited.elapsed() < 5000)
                QApplication::processEvents(QEventLoop::AllEvents, 20);
            grab(&window, out, QStringLiteral("connection-lost"));
        }
    }

    // The performance report on a year of demo history, as the head of subdivision sees it.
    auto history = Database::open(dir.filePath(QStringLiteral("history.sqlite")));
    if (!history) {
        QTextStream(stderr) << history.error() << Qt::endl;
        return 1;
    }
    DemoOptions options;
    options.years = 1;
    options.perDay = 40;
    options.seed = 7;
    options.until = QDate(2026, 11, 25);
    if (const auto made = DemoData(*history.value()).generate(options); !made) {
        QTextStream(stderr) << made.error() << Qt::endl;
        return 1;
    }
    Clock::setNowForTesting(at(QStringLiteral("2026-11-26 10:00")));
    const auto siti = AccountStore(*history.value()).userByLogin(QStringLiteral("demo.siti"));
    if (!siti) {
        QTextStream(stderr) << siti.error() << Qt::endl;
        return 1;
    }
    MainWindow window(*history.value());
    window.resize(1366, 768);
    window.startSession(siti.value());
    window.show();
    if (ReportsPage *reports = window.reportsPage()) {
        window.tabs()->setCurrentWidget(reports);
        reports->setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
        reports->refresh();
        grab(&window, out, QStringLiteral("reports"));
    }
    // The file dialog, in Indonesian, showing the database's own folder (it names the
    // types of the -wal and -shm files without opening them).
    QTimer::singleShot(0, &app, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->resize(900, 520);
        dialog->setDirectory(dir.path());
        dialog->setViewMode(QFileDialog::Detail);
        QElapsedTimer listed;
        listed.start();
        while (listed.elapsed() < 800)
            QApplication::processEvents();
        grab(dialog, out, QStringLiteral("file-dialog"));
        dialog->reject();
    });
    FileDialogs::saveFileName(&window, QStringLiteral("screenshot"), QStringLiteral("Simpan laporan CSV"), QStringLiteral("evaluasi-kinerja.csv"),
                              QStringLiteral("Semua berkas (*)"));
    // Tampilan › Suara panggilan: the voice's settings (on a PC without speech, it says why).
    {
        VoiceSettingsDialog voice(&window);
        voice.show();
        QElapsedTimer shown;
        shown.start();
        while (shown.elapsed() < 300)
            QApplication::processEvents();
        grab(&voice, out, QStringLiteral("voice-settings"));
    }
    // "Basis data PC ini" (Sesi menu, administrators) on this PC's office server.
    {
        DatabaseDialog database(QStringLiteral("postgresql://loket@kantor-lpse:5432/loket?sslmode=require"), QString());
        database.show();
        grab(&database, out, QStringLiteral("database-dialog"));
    }
    // The first-run wizard on an empty database: its office page, then its printer page.
    {
        QTemporaryDir fresh;
        auto empty = Database::open(QDir(fresh.path()).filePath(QStringLiteral("baru.sqlite")), Database::Mode::Open);
        if (empty && CatalogStore(*empty.value()).ensureSeeded()) {
            SetupWizard wizard(*empty.value(), QString());
            wizard.resize(760, 600);
            wizard.show();
            wizard.next();
            QWidget *page = wizard.currentPage();
            for (const auto &[name, text] : {std::pair{"fullName", "Rina Aulia"}, {"login", "rina"}, {"password", "rahasia-123"}, {"repeat", "rahasia-123"}})
                page->findChild<QLineEdit *>(QString::fromLatin1(name))->setText(QString::fromUtf8(text));
            wizard.next();
            grab(&wizard, out, QStringLiteral("setup-office"));
            wizard.next();
            grab(&wizard, out, QStringLiteral("setup-printer"));
            wizard.reject();
        }
    }
    // Bantuan (F1) on the helpdesk: the guide at the desk's chapter.
    {
        HelpWindow *guide = HelpWindow::open(&window, QStringLiteral("helpdesk"));
        guide->resize(1100, 720);
        QElapsedTimer shown;
        shown.start();
        while (shown.elapsed() < 300)
            QApplication::processEvents();
        grab(guide, out, QStringLiteral("help"));
        guide->close();
    }
    // The locked window (Ctrl+L): nothing of the records in sight.
    QTimer::singleShot(0, &app, [&] {
        QElapsedTimer shown;
        shown.start();
        while (shown.elapsed() < 300)
            QApplication::processEvents();
        QPixmap shot = window.grab();
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            QPainter painter(&shot);
            painter.drawPixmap(dialog->mapTo(&window, QPoint(0, 0)) - QPoint(0, 0), dialog->grab());
        }
        shot.save(QDir(out).filePath(QStringLiteral("locked.png")));
        QTextStream(stdout) << QDir(out).filePath(QStringLiteral("locked.png")) << Qt::endl;
        // done(), not close(): the lock ignores a close (reject), as Esc must not unlock.
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->done(QDialog::Rejected);
    });
    window.lockNow();
    return 0;
}
