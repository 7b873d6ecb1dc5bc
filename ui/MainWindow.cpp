#include "MainWindow.h"

#include "desks/DeskSessions.h"
#include "accounts/Permissions.h"
#include "admin/AdminPage.h"
#include "applications/Workflow.h"
#include "feedback/ComplaintsPage.h"
#include "feedback/SuggestionsPage.h"
#include "feedback/SurveyModeWindow.h"
#include "feedback/SurveyResultsPage.h"
#include "helpdesk/HelpdeskPage.h"
#include "print/ReceiptPrinter.h"
#include "queue/QueuePage.h"
#include "reports/ReportsPage.h"
#include "session/LockDialog.h"
#include "session/DatabaseDialog.h"
#include "session/LoginDialog.h"
#include "setup/SetupWizard.h"
#include "help/Help.h"
#include "complaints/LateFile.h"
#include "backup/Backup.h"
#include "storage/ChangeFeed.h"
#include "display/DisplayWindow.h"
#include "storage/LiveFiles.h"
#include "accounts/AccountStore.h"
#include "common/InputDialogs.h"
#include "common/MessageBox.h"
#include "settings/OfficeSettings.h"
#include "settings/PrinterSettingsDialog.h"
#include "settings/VoiceSettingsDialog.h"
#include "standards/StandardsPage.h"
#include "storage/Database.h"
#include "supervisor/SupervisorPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSysInfo>
#include <QTabWidget>
#include <QTimer>
#include <QDateTime>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QVBoxLayout>

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db), m_workflow(std::make_unique<Workflow>(db))
{
    setWindowTitle(tr("Loket — LPSE"));
    setObjectName(QStringLiteral("MainWindow"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_standards = new StandardsPage(db, m_tabs);
    m_tabs->addTab(m_standards, tr("Standar Pela&yanan"));
    Help::setTopic(m_standards, QStringLiteral("standar"));
    Help::installKey();
    // F1 with the focus outside a page (the tab bar, the menus): the page shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        Help::setTopic(this, m_tabs->currentWidget() ? Help::topicFor(m_tabs->currentWidget()) : QStringLiteral("index"));
    });
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_central->addWidget(m_tabs);
    m_central->addWidget(buildLockPage());
    setCentralWidget(m_central);

    m_printer = new ReceiptPrinter(m_db, *m_workflow, [this] { return m_user; }, this);
    connect(this, &MainWindow::receiptRequested, m_printer, &ReceiptPrinter::requestReceipt);
    connect(m_printer, &ReceiptPrinter::receiptPrinted, this, &MainWindow::refreshAll);

    buildMenus();

    m_userLabel = new QLabel(tr("Belum masuk"), this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_dbLabel = new QLabel(tr("Basis data: %1").arg(db.path()), this);
    m_backupLabel = new QLabel(this);
    m_backupLabel->setObjectName(QStringLiteral("backupLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setStyleSheet(QStringLiteral("QLabel { background: #9c1c1c; color: white; font-weight: bold; padding: 1px 8px; }"));
    m_connectionLabel->hide();
    m_deskLabel = new QLabel(tr("Meja: %1").arg(DeskSessions::deskName()), this);
    m_deskLabel->setObjectName(QStringLiteral("deskLabel"));
    statusBar()->addWidget(m_userLabel, 1);
    statusBar()->addWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_deskLabel);
    statusBar()->addPermanentWidget(m_backupLabel);
    statusBar()->addPermanentWidget(m_dbLabel);

    // Idle lock: any keyboard or mouse input restarts the timer.
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, [this] { lockNow(LockDialog::Reason::Idle); });
    bool minutesOk = false;
    const int minutes = OfficeSettings(m_db).value(QStringLiteral("idle_lock_minutes"), QStringLiteral("10")).value().toInt(&minutesOk);
    setIdleMinutes(minutesOk ? minutes : 10);
    qApp->installEventFilter(this);
    // The guard of storage/LiveFiles.h: if this process ever loses SQLite's locks on the
    // database, the officer learns it within seconds (every write is refused already).
    m_filesWatch = new QTimer(this);
    m_filesWatch->setInterval(2000);
    connect(m_filesWatch, &QTimer::timeout, this, &MainWindow::checkDatabaseFiles);
    m_filesWatch->start();
    // What other desks change, at once, and whether the server is there (issue 16).
    m_feed = new ChangeFeed(m_db, this);
    connect(m_feed, &ChangeFeed::changed, this, &MainWindow::applyRemoteChanges);
    connect(m_feed, &ChangeFeed::connectionChanged, this, &MainWindow::setOnline);
    if (const Status started = m_feed->start(); !started)
        qWarning("live updates not started: %s", qUtf8Printable(started.error()));
    m_connectionTick = new QTimer(this);
    m_connectionTick->setInterval(1000);
    connect(m_connectionTick, &QTimer::timeout, this, &MainWindow::updateConnectionLabel);
    // The desk's session stays alive while the window is up (DeskSessions).
    m_beatTimer = new QTimer(this);
    m_beatTimer->setInterval(DeskSessions::kBeatSeconds * 1000);
    connect(m_beatTimer, &QTimer::timeout, this, [this] {
        if (m_deskSession && m_online)
            if (const Status s = DeskSessions(m_db).beat(m_deskSession); !s)
                qWarning("desk session not kept alive: %s", qUtf8Printable(s.error()));
    });
    // The daily backup waits until the window is up, so it never slows the start.
    QTimer::singleShot(5000, this, [this] { backupIfDue(); });

    resize(1366, 740);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
}

MainWindow::~MainWindow()
{
    endDeskSession(); // the window is gone: so is the officer at this desk
    if (m_backupThread) { // a copy is never left half written
        m_backupThread->wait();
        delete m_backupThread;
    }
    // The pages go first, while the workflow they call is still there: an editor still
    // open in a table (a validity date) commits its value as it closes.
    delete takeCentralWidget();
}

QueuePage *MainWindow::queuePage(const QString &role) const
{
    return role == QLatin1String("admin_sistem") ? m_adminSistemQueue : m_verifikatorQueue;
}

void MainWindow::buildMenus()
{
    QMenu *session = menuBar()->addMenu(tr("&Sesi"));
    session->addAction(tr("&Ganti petugas…"), this, &MainWindow::switchOfficer);
    m_sessionActions << session->addAction(tr("&Keluar akun"), this, [this] {
        logout();
        login(); // cancelled: the lock page waits for a login
    });
    session->addSeparator();
    m_sessionActions << session->addAction(tr("Ganti kata &sandi…"), this, [this] {
        if (!m_user.id)
            return;
        bool ok = false;
        const QString old = InputDialogs::getText(this, tr("Ganti kata sandi"), tr("Kata sandi lama:"), QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        const QString fresh = InputDialogs::getText(this, tr("Ganti kata sandi"), tr("Kata sandi baru (minimal 8 karakter):"),
                                                    QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        const QString again = InputDialogs::getText(this, tr("Ganti kata sandi"), tr("Ulangi kata sandi baru:"), QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        if (fresh != again) {
            MessageBox::error(this, tr("Ganti kata sandi"), tr("Kedua kata sandi baru tidak sama."));
            return;
        }
        const Status s = AccountStore(m_db).changePassword(m_user.id, old, fresh);
        if (!s)
            MessageBox::error(this, tr("Ganti kata sandi"), s.error());
        else
            MessageBox::information(this, tr("Ganti kata sandi"), tr("Kata sandi telah diganti."));
    });
    m_sessionActions << session->addAction(tr("Kunci &layar"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] { lockNow(); });
    m_sessionActions << session->addAction(tr("Buat &cadangan sekarang"), this, [this] { backupIfDue(true); });
    // Not a session action: enabled for administrators only (updateDatabaseAction).
    m_databaseAction = session->addAction(tr("Basis &data PC ini…"), this, &MainWindow::chooseDatabase);
    m_databaseAction->setObjectName(QStringLiteral("databaseAction"));
    m_databaseAction->setEnabled(false);
    m_sessionActions << session->addAction(tr("Nama &meja PC ini…"), this, &MainWindow::chooseDeskName);
    m_reconnectAction = session->addAction(tr("Sambungkan &ulang ke server"), this, [this] { m_feed->reconnectNow(); });
    m_reconnectAction->setEnabled(false);
    session->addSeparator();
    QAction *quit = session->addAction(tr("&Tutup aplikasi"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("Ta&mpilan"));
    QAction *refresh = view->addAction(tr("&Muat ulang"), this, &MainWindow::refreshAll);
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *standards = view->addAction(tr("&Standar Pelayanan"), this, [this] { m_tabs->setCurrentWidget(m_standards); });
    standards->setShortcut(QKeySequence(Qt::Key_F9));

    QAction *survey = view->addAction(tr("Mode survei &pengunjung…"), this, [this] { startSurveyMode(); });
    survey->setShortcut(QKeySequence(Qt::Key_F11));
    QAction *board = view->addAction(tr("&Layar antrian (TV)…"), this, [this] { DisplayWindow::openBeside(this, m_db.path()); });

    view->addAction(tr("S&uara panggilan…"), this, [this] { VoiceSettingsDialog(this).exec(); });

    m_sessionActions << view->menuAction() << refresh << standards << survey << board; // the shortcuts too

    QMenu *print = menuBar()->addMenu(tr("&Cetak"));
    print->addAction(tr("&Maklumat Pelayanan (A4)…"), this, [this] { m_printer->printMaklumat(); });
    QMenu *boards = print->addMenu(tr("&Standar Pelayanan (A4)"));
    for (int n = 1; n <= 7; ++n)
        boards->addAction(tr("Layanan %1").arg(n), this, [this, n] { m_printer->printStandar(n); });
    print->addSeparator();
    print->addAction(tr("Cetak &uji printer karcis (80 mm)…"), this, [this] { m_printer->testPrint(QStringLiteral("80mm")); });
    print->addAction(tr("Cetak uji printer &A4…"), this, [this] { m_printer->testPrint(QStringLiteral("a4")); });
    print->addSeparator();
    QAction *printers = print->addAction(tr("Printer dan &kertas…"), this, [this] { PrinterSettingsDialog(m_db, this).exec(); });
    printers->setObjectName(QStringLiteral("printerSettingsAction"));
    m_sessionActions << print->menuAction() << print->actions();

    QMenu *help = menuBar()->addMenu(tr("Bantuan (&?)"));
    // F1 itself is Help's key for the whole application (dialogs too), not this action's.
    QAction *guide = help->addAction(tr("&Panduan untuk layar ini\tF1"), this, [this] { HelpWindow::open(this, Help::topicFor(this)); });
    guide->setObjectName(QStringLiteral("guideAction"));
    QMenu *chapters = help->addMenu(tr("Panduan per pe&ran"));
    for (const auto &[file, title] : Help::chapters()) {
        const QString topic = QString(file).chopped(3); // "helpdesk.md" -> "helpdesk"
        chapters->addAction(title, this, [this, topic] { HelpWindow::open(this, topic); });
    }
    help->addSeparator();
    help->addAction(tr("&Tentang Loket"), this, &MainWindow::showAbout);
    help->addAction(tr("Tentang &Qt"), qApp, &QApplication::aboutQt);
}

QWidget *MainWindow::buildLockPage()
{
    m_lockPage = new QWidget(m_central);
    m_lockPage->setObjectName(QStringLiteral("lockPage"));
    m_lockPage->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(m_lockPage);
    auto *title = new QLabel(tr("Loket terkunci"), m_lockPage);
    title->setAlignment(Qt::AlignCenter);
    title->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: 600;"));
    m_lockMessage = new QLabel(m_lockPage);
    m_lockMessage->setObjectName(QStringLiteral("lockMessage"));
    m_lockMessage->setAlignment(Qt::AlignCenter);
    m_lockMessage->setWordWrap(true);
    auto *login = new QPushButton(tr("&Masuk…"), m_lockPage);
    login->setObjectName(QStringLiteral("lockLoginButton"));
    connect(login, &QPushButton::clicked, this, &MainWindow::switchOfficer);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(login);
    row->addStretch(1);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(m_lockMessage);
    layout->addLayout(row);
    layout->addStretch(2);
    return m_lockPage;
}

bool MainWindow::login()
{
    if (!m_locked)
        enterLock(m_user.id ? tr("Layar dikunci oleh %1.").arg(m_user.fullName) : tr("Belum ada petugas yang masuk."));
    User next;
    if (const Result<bool> any = AccountStore(m_db).hasAnyUser(); any && !any.value()) {
        // A database without officers: the first-run wizard instead of the login.
        SetupWizard wizard(m_db, m_databaseOverride, this);
        wizard.exec();
        if (wizard.reopenWanted()) {
            m_reopenWanted = true;
            close();
            return false;
        }
        // Cancelled after the administrator was made: logged in all the same (the rest
        // is set in Administrasi).
        next = wizard.user();
        if (!next.id && !wizard.alreadySetUp())
            return false;
    }
    if (!next.id) {
        LoginDialog dialog(m_db, this);
        if (dialog.exec() != QDialog::Accepted)
            return false; // still locked: the lock page offers the login again
        next = dialog.user();
    }
    if (next.id != m_user.id)
        startSession(next);
    leaveLock();
    return true;
}

void MainWindow::switchOfficer()
{
    if (!m_locked)
        enterLock(m_user.id ? tr("Layar dikunci oleh %1 untuk ganti petugas.").arg(m_user.fullName) : tr("Belum ada petugas yang masuk."));
    login();
}

void MainWindow::enterLock(const QString &message)
{
    m_locked = true;
    m_idleTimer->stop();
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_tabs->isAncestorOf(focus))
        m_focusBeforeLock = focus;
    m_lockMessage->setText(message);
    m_central->setCurrentWidget(m_lockPage);
    // A dialog left open (a file, a complaint form) would stay readable above the lock
    // page: each gets an opaque veil over all of it, removed on unlock. Hiding the dialog
    // instead would end it and lose what was typed in it.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w == this || !w->isVisible() || (w->windowType() != Qt::Dialog && w->windowType() != Qt::Window))
            continue;
        auto *veil = new QLabel(tr("Terkunci"), w);
        veil->setObjectName(QStringLiteral("lockVeil"));
        veil->setAlignment(Qt::AlignCenter);
        veil->setAutoFillBackground(true);
        veil->setGeometry(w->rect());
        veil->show();
        veil->raise();
        m_veils << veil;
    }
    for (QAction *action : std::as_const(m_sessionActions))
        action->setEnabled(false);
    updateDatabaseAction();
}

void MainWindow::leaveLock()
{
    m_locked = false;
    for (const QPointer<QWidget> &veil : std::as_const(m_veils))
        delete veil.data();
    m_veils.clear();
    m_central->setCurrentWidget(m_tabs);
    for (QAction *action : std::as_const(m_sessionActions))
        action->setEnabled(true);
    updateDatabaseAction();
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus();
    m_focusBeforeLock = nullptr;
    if (m_idleTimer->interval() > 0 && !m_surveyMode)
        m_idleTimer->start();
    if (m_remotePending) {
        m_remotePending = false;
        refreshAll();
    }
}

void MainWindow::endDeskSession()
{
    m_beatTimer->stop();
    if (m_deskSession && m_online)
        if (const Status s = DeskSessions(m_db).end(m_deskSession); !s)
            qWarning("desk session not ended: %s", qUtf8Printable(s.error()));
    m_deskSession = 0;
}

void MainWindow::clearSession()
{
    endDeskSession();
    saveLayout();
    m_focusBeforeLock = nullptr; // its screen closes
    for (QWidget *page : {static_cast<QWidget *>(m_helpdesk), static_cast<QWidget *>(m_verifikatorQueue),
                          static_cast<QWidget *>(m_adminSistemQueue), static_cast<QWidget *>(m_supervisor),
                          static_cast<QWidget *>(m_admin), static_cast<QWidget *>(m_complaints),
                          static_cast<QWidget *>(m_suggestions), static_cast<QWidget *>(m_surveyResults),
                          static_cast<QWidget *>(m_reports)}) {
        if (page) {
            m_tabs->removeTab(m_tabs->indexOf(page));
            page->deleteLater();
        }
    }
    m_helpdesk = nullptr;
    m_verifikatorQueue = m_adminSistemQueue = nullptr;
    m_supervisor = nullptr;
    m_admin = nullptr;
    m_complaints = nullptr;
    m_suggestions = nullptr;
    m_surveyResults = nullptr;
    m_reports = nullptr;
}

void MainWindow::logout()
{
    enterLock(tr("Belum ada petugas yang masuk."));
    clearSession();
    m_user = User();
    m_userLabel->setText(tr("Belum masuk"));
    setWindowTitle(tr("Loket — LPSE"));
}

void MainWindow::startSession(const User &user)
{
    clearSession();
    m_user = user;
    if (m_online) // first, so that the supervisor's page lists this desk too
        beginDeskSession();
    QSettings settings;
    int position = 0;
    auto addPage = [&](QWidget *page, const QString &title) { m_tabs->insertTab(position++, page, title); };
    if (user.hasRole(Role::Helpdesk)) {
        m_helpdesk = new HelpdeskPage(m_db, *m_workflow, m_tabs);
        m_helpdesk->setActor(user);
        m_helpdesk->restoreState(settings);
        m_helpdesk->refresh();
        addPage(m_helpdesk, tr("&Helpdesk"));
        Help::setTopic(m_helpdesk, QStringLiteral("helpdesk"));
        connect(m_helpdesk, &HelpdeskPage::receiptRequested, this, &MainWindow::receiptRequested);
        connect(m_helpdesk, &HelpdeskPage::filesChanged, this, &MainWindow::refreshAll);
        connect(m_helpdesk, &HelpdeskPage::lateComplaintRequested, this, &MainWindow::recordLateComplaint);
    }
    const QList<std::pair<Role, QueuePage **>> queues = {{Role::Verifikator, &m_verifikatorQueue}, {Role::AdminSistem, &m_adminSistemQueue}};
    for (const auto &[role, slot] : queues) {
        if (!user.hasRole(role))
            continue;
        auto *page = new QueuePage(m_db, *m_workflow, m_tabs);
        page->restoreState(settings);
        page->setActor(user, Roles::key(role));
        *slot = page;
        addPage(page, role == Role::Verifikator ? tr("Antrian &verifikator") : tr("&Antrian admin sistem"));
        Help::setTopic(page, role == Role::Verifikator ? QStringLiteral("verifikator") : QStringLiteral("admin-sistem"));
        connect(page, &QueuePage::receiptRequested, this, &MainWindow::receiptRequested);
        connect(page, &QueuePage::filesChanged, this, &MainWindow::refreshAll);
        connect(page, &QueuePage::lateComplaintRequested, this, &MainWindow::recordLateComplaint);
    }
    if (Permissions::userMay(user, Action::ViewAllOpen)) {
        m_supervisor = new SupervisorPage(m_db, *m_workflow, m_tabs);
        m_supervisor->setActor(user);
        addPage(m_supervisor, tr("&Pengawasan"));
        Help::setTopic(m_supervisor, QStringLiteral("pengawas"));
        connect(m_supervisor, &SupervisorPage::filesChanged, this, &MainWindow::refreshAll);
        connect(m_supervisor, &SupervisorPage::lateComplaintRequested, this, &MainWindow::recordLateComplaint);
    }
    if (Permissions::userMay(user, Action::RecordComplaint) || Permissions::userMay(user, Action::HandleComplaint)) {
        m_complaints = new ComplaintsPage(m_db, m_tabs);
        m_complaints->setActor(user);
        m_complaints->restoreState(settings);
        addPage(m_complaints, tr("Pen&gaduan"));
        // Who handles complaints reads the supervisor's part; who records them, the desk's.
        const QString complaintsTopic = Permissions::userMay(user, Action::HandleComplaint) ? QStringLiteral("pengawas/pengaduan")
                                                                                             : QStringLiteral("helpdesk/pengaduan");
        Help::setTopic(m_complaints, complaintsTopic);
        connect(m_complaints, &ComplaintsPage::receiptRequested, m_printer, &ReceiptPrinter::requestComplaintReceipt);
        m_suggestions = new SuggestionsPage(m_db, m_tabs);
        m_suggestions->setActor(user);
        addPage(m_suggestions, tr("S&aran"));
        Help::setTopic(m_suggestions, complaintsTopic);
    }
    if (Permissions::userMay(user, Action::ViewReports) || Permissions::userMay(user, Action::RecordComplaint)) {
        m_surveyResults = new SurveyResultsPage(m_db, m_tabs);
        m_surveyResults->setActor(user);
        addPage(m_surveyResults, tr("Hasil s&urvei (IKM)"));
        Help::setTopic(m_surveyResults, QStringLiteral("pengawas/survei"));
    }
    if (Permissions::userMay(user, Action::ViewReports)) {
        m_reports = new ReportsPage(m_db, m_tabs);
        addPage(m_reports, tr("&Laporan kinerja"));
        Help::setTopic(m_reports, QStringLiteral("pengawas/laporan"));
    }
    if (Permissions::userMay(user, Action::ManageUsers)) {
        m_admin = new AdminPage(m_db, *m_workflow, m_tabs);
        m_admin->setActor(user);
        addPage(m_admin, tr("A&dministrasi"));
        Help::setTopic(m_admin, QStringLiteral("administrator"));
    }
    m_tabs->setCurrentIndex(0);
    QStringList roles;
    for (Role r : user.roles)
        roles << Roles::title(r);
    m_userLabel->setText(tr("Masuk sebagai %1 (%2)").arg(user.fullName, roles.join(QStringLiteral(", "))));
    setWindowTitle(tr("Loket — LPSE") + QStringLiteral(" · ") + user.fullName);
    updateDatabaseAction();
    if (!m_online)
        setOnline(false); // the new pages wait for the server too
}

void MainWindow::beginDeskSession()
{
    const Result<qint64> desk = DeskSessions(m_db).begin(m_user, DeskSessions::deskName(), QSysInfo::machineHostName());
    if (!desk) {
        qWarning("desk session not started: %s", qUtf8Printable(desk.error()));
        return;
    }
    m_deskSession = desk.value();
    m_beatTimer->start();
}

void MainWindow::chooseDeskName()
{
    if (m_locked)
        return;
    const QString title = tr("Nama meja PC ini");
    if (!Permissions::userMay(m_user, Action::EditSettings)) {
        MessageBox::error(this, title, tr("Hanya administrator yang boleh mengubah nama meja PC ini."));
        return;
    }
    bool ok = false;
    const QString typed = InputDialogs::getText(this, title, tr("Nama meja ini, seperti yang dilihat pengawas (misalnya \"Meja Helpdesk 1\"):"),
                                                QLineEdit::Normal, DeskSessions::deskName(), &ok);
    if (!ok)
        return;
    if (const Status s = DeskSessions::setDeskName(typed); !s) {
        MessageBox::error(this, title, s.error());
        return;
    }
    m_deskLabel->setText(tr("Meja: %1").arg(DeskSessions::deskName()));
    // The session goes on under the new name.
    if (m_deskSession && m_online) {
        endDeskSession();
        beginDeskSession();
    }
}

void MainWindow::applyRemoteChanges(const QList<DatabaseChange> &changes, bool everything)
{
    if (m_locked) { // nothing is shown; read once unlocked
        m_remotePending = true;
        return;
    }
    QSet<qint64> applications;
    for (const DatabaseChange &c : changes)
        if (c.applicationId)
            applications.insert(c.applicationId);
    if (m_helpdesk)
        m_helpdesk->applyRemoteChanges(applications, everything);
    for (QueuePage *q : {m_verifikatorQueue, m_adminSistemQueue})
        if (q)
            q->applyRemoteChanges(applications, everything);
    if (m_supervisor)
        m_supervisor->refresh();
}

void MainWindow::setOnline(bool online)
{
    const bool changed = online != m_online;
    m_online = online;
    m_reconnectAction->setEnabled(!online);
    if (online) {
        m_connectionTick->stop();
        m_connectionLabel->hide();
        if (changed) {
            statusBar()->showMessage(tr("Tersambung kembali ke server."), 8000);
            if (m_deskSession) {
                (void)DeskSessions(m_db).beat(m_deskSession);
                m_beatTimer->start();
            } else if (m_user.id) {
                beginDeskSession();
            }
            if (!m_locked)
                refreshAll();
            else
                m_remotePending = true;
        }
    } else {
        updateConnectionLabel();
        m_connectionLabel->show();
        m_connectionTick->start();
    }
    if (m_helpdesk)
        m_helpdesk->setOnline(online);
    for (QueuePage *q : {m_verifikatorQueue, m_adminSistemQueue})
        if (q)
            q->setOnline(online);
    if (m_supervisor)
        m_supervisor->setOnline(online);
}

void MainWindow::updateConnectionLabel()
{
    const int seconds = m_feed->secondsToRetry();
    m_connectionLabel->setText(seconds > 0 ? tr("Tidak terhubung ke server — mencoba lagi dalam %1 detik; catatan tidak dapat diubah, "
                                                "isian tetap tersimpan di layar").arg(seconds)
                                           : tr("Tidak terhubung ke server — mencoba menyambung…"));
}

void MainWindow::updateDatabaseAction()
{
    // It changes which records this PC sees: an administrator's decision.
    m_databaseAction->setEnabled(!m_locked && Permissions::userMay(m_user, Action::EditSettings));
}

void MainWindow::chooseDatabase()
{
    if (m_locked || !Permissions::userMay(m_user, Action::EditSettings))
        return;
    DatabaseDialog dialog(m_db.path(), m_databaseOverride, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.changed())
        return;
    const QString title = tr("Basis data PC ini");
    if (!m_databaseOverride.isEmpty()) {
        MessageBox::information(this, title, tr("Pengaturan disimpan. Loket ini dibuka dengan %1, jadi basis data yang baru dipakai "
                                                "saat Loket dibuka tanpa itu.")
                                                 .arg(m_databaseOverride));
        return;
    }
    if (!MessageBox::confirm(this, title, tr("Pengaturan disimpan. Loket perlu dibuka kembali untuk memakai basis data yang baru; "
                                             "sampai itu, catatan tetap disimpan di basis data yang terbuka sekarang. Buka kembali "
                                             "sekarang?"),
                             tr("&Buka kembali sekarang")))
        return;
    m_reopenWanted = true;
    close(); // as at closing: the closing backup, the layout; then runGui opens the new one
}

void MainWindow::recordLateComplaint(qint64 applicationId)
{
    if (!m_complaints)
        return;
    const Result<ClockTimeline> timeline = LateFile::timeline(*m_workflow, applicationId);
    if (!timeline) {
        MessageBox::error(this, tr("Pengaduan keterlambatan"), timeline.error());
        return;
    }
    m_tabs->setCurrentWidget(m_complaints);
    m_complaints->recordLateFile(timeline.value());
}

void MainWindow::refreshAll()
{
    if (m_helpdesk)
        m_helpdesk->refresh();
    for (QueuePage *q : {m_verifikatorQueue, m_adminSistemQueue})
        if (q)
            q->refresh();
    if (m_supervisor)
        m_supervisor->refresh();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("Tentang Loket"),
                       tr("<h3>Loket %1</h3><p>Aplikasi loket layanan LPSE menurut Peraturan Walikota Banjarmasin "
                          "Nomor 67 Tahun 2018 tentang Standar Pelayanan.</p><p>Lisensi MIT.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    m_standards->saveState(settings);
    if (m_helpdesk)
        m_helpdesk->saveState(settings);
    for (QueuePage *q : {m_verifikatorQueue, m_adminSistemQueue})
        if (q)
            q->saveState(settings);
}

SurveyModeWindow *MainWindow::startSurveyMode(int serviceNumber)
{
    if (!m_user.id)
        return nullptr;
    if (!m_surveyMode) {
        m_surveyMode = new SurveyModeWindow(m_db, SurveyModeWindow::officerPassword(m_db, m_user), nullptr);
        m_surveyMode->setAttribute(Qt::WA_DeleteOnClose, false);
        Help::setTopic(m_surveyMode, QString()); // the visitor's kiosk: F1 opens nothing
        connect(m_surveyMode, &SurveyModeWindow::left, this, [this] {
            m_surveyMode->hide();
            m_surveyMode->deleteLater();
            m_surveyMode = nullptr;
            m_idleTimer->start();
            if (m_surveyResults)
                m_surveyResults->setActor(m_user); // reloads the figures
        });
    }
    // The idle lock must not interrupt a visitor filling in the survey.
    m_idleTimer->stop();
    m_surveyMode->showForVisitor(serviceNumber);
    return m_surveyMode;
}

void MainWindow::setIdleMinutes(int minutes)
{
    if (minutes <= 0) {
        m_idleTimer->stop();
        m_idleTimer->setInterval(0);
        return;
    }
    m_idleTimer->setInterval(minutes * 60 * 1000);
    m_idleTimer->start();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idleTimer->interval() > 0 && !m_locked && !m_surveyMode)
            m_idleTimer->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lockNow(LockDialog::Reason reason)
{
    if (m_locked || !m_user.id)
        return;
    enterLock(reason == LockDialog::Reason::Idle ? tr("Layar dikunci karena tidak ada kegiatan.")
                                                 : tr("Layar dikunci oleh %1.").arg(m_user.fullName));
    LockDialog dialog(m_db, m_user, reason, this);
    // Only the password (or a login after "Ganti petugas") opens the window; the dialog
    // ending otherwise (the application quitting) leaves it locked.
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.switchRequested()) {
        m_lockMessage->setText(tr("Layar dikunci oleh %1 untuk ganti petugas.").arg(m_user.fullName));
        login();
        return;
    }
    leaveLock();
}

void MainWindow::databaseDamaged(const QString &problem)
{
    m_damage = problem;
    m_backupLabel->setText(tr("Cadangan otomatis dihentikan: basis data rusak"));
    m_backupLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    QMessageBox box(QMessageBox::Critical, tr("Loket — basis data"), problem, QMessageBox::NoButton, this);
    box.setInformativeText(tr("Cadangan otomatis dihentikan agar cadangan yang baik tidak tertimpa. Tutup Loket sekarang dan "
                              "pulihkan cadangan terakhir? Berkas yang rusak disimpan di samping, tidak dihapus."));
    QPushButton *restore = box.addButton(tr("&Tutup dan pulihkan"), QMessageBox::AcceptRole);
    box.addButton(tr("&Lanjutkan bekerja"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != restore)
        return;
    m_restoreWanted = true;
    QCoreApplication::quit();
}

bool MainWindow::checkDatabaseFiles()
{
    if (m_filesLost)
        return false;
    if (LiveFiles::lockState(m_db.path()) != LiveFiles::LockState::Lost)
        return true;
    m_filesLost = true;
    m_filesWatch->stop();
    auto *label = new QLabel(tr("BERHENTI MENYIMPAN — tutup dan buka kembali Loket"), this);
    label->setObjectName(QStringLiteral("databaseFilesLostLabel"));
    label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    statusBar()->insertPermanentWidget(0, label);
    MessageBox::error(this, tr("Loket — basis data"), LiveFiles::lostMessage());
    return false;
}

void MainWindow::backupIfDue(bool force)
{
    if (!m_damage.isEmpty() || m_filesLost)
        return; // a damaged database, or one whose locks were lost, is never backed up over good copies
    if (m_backupThread)
        return; // the backup under way answers this request too
    if (m_db.isServer()) {
        // The office server is backed up on the server (pg_dump, docs/server.md), never
        // by each desk: said once in the status bar, no failure at every start.
        m_backupLabel->setText(tr("Cadangan: di server kantor"));
        m_backupLabel->setToolTip(tr("Basis data ini ada di server PostgreSQL kantor; cadangannya dibuat di server oleh pengelolanya."));
        m_backupLabel->setStyleSheet(QString());
        return;
    }
    const QString folder = Backup::folderFor(m_db);
    if ((!force && !Backup::daily(folder).due) || m_db.isReadOnly()) {
        showBackupState(folder);
        return;
    }
    auto written = [this, folder](const Result<QString> &result) {
        if (!result) {
            m_backupLabel->setText(tr("Cadangan GAGAL: %1").arg(result.error()));
            m_backupLabel->setToolTip(folder);
            m_backupLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
            return;
        }
        showBackupState(folder);
    };
    const QString path = m_db.path();
    if (!QFileInfo(path).isFile()) { // not a file of its own: copied from this connection
        written(Backup::rotate(m_db, folder));
        emit backupFinished();
        return;
    }
    m_backupLabel->setText(tr("Mencadangkan…"));
    m_backupLabel->setToolTip(folder);
    m_backupLabel->setStyleSheet(QString());
    auto result = std::make_shared<Result<QString>>(Result<QString>::failure(tr("Pencadangan terhenti sebelum selesai.")));
    m_backupThread = QThread::create([result, path, folder] { *result = Backup::rotate(path, folder); });
    connect(m_backupThread, &QThread::finished, this, [this, result, written] {
        m_backupThread->deleteLater();
        m_backupThread = nullptr;
        written(*result);
        emit backupFinished();
    });
    m_backupThread->start(QThread::LowPriority);
}

void MainWindow::showBackupState(const QString &folder)
{
    const Backup::DailyState daily = Backup::daily(folder);
    m_backupLabel->setText(daily.last.isValid() ? tr("Cadangan terakhir: %1").arg(daily.last.toString(QStringLiteral("dd-MM-yyyy HH:mm")))
                                                : tr("Belum ada cadangan"));
    m_backupLabel->setToolTip(folder);
    m_backupLabel->setStyleSheet(daily.overdue ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

void MainWindow::backupBeforeClosing()
{
    if (m_db.isServer())
        return; // backed up on the server, not by a desk
    m_idleTimer->stop(); // no lock screen over the closing
    QProgressDialog progress(tr("Mencadangkan basis data sebelum Loket ditutup…"), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Loket — cadangan"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(400); // shown only when the copy takes a while
    QEventLoop loop;
    connect(this, &MainWindow::backupFinished, &loop, &QEventLoop::quit);
    // First the backup already under way, if any; then the closing one, with the day's
    // last records.
    for (bool started = false;;) {
        if (m_backupThread) {
            loop.exec();
            continue;
        }
        if (started)
            break;
        started = true;
        backupIfDue(true);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing) { // a second request while the closing backup is written
        event->ignore();
        return;
    }
    m_closing = true;
    backupBeforeClosing();
    saveLayout();
    endDeskSession();
    m_closing = false;
    event->accept();
}
