#include "MainWindow.h"

#include "accounts/Permissions.h"
#include "admin/AdminPage.h"
#include "applications/Workflow.h"
#include "helpdesk/HelpdeskPage.h"
#include "print/ReceiptPrinter.h"
#include "queue/QueuePage.h"
#include "session/LoginDialog.h"
#include "standards/StandardsPage.h"
#include "storage/Database.h"
#include "supervisor/SupervisorPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db), m_workflow(std::make_unique<Workflow>(db))
{
    setWindowTitle(tr("Loket — LPSE"));
    setObjectName(QStringLiteral("MainWindow"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_standards = new StandardsPage(db, m_tabs);
    m_tabs->addTab(m_standards, tr("&Standar Pelayanan"));
    setCentralWidget(m_tabs);

    m_printer = new ReceiptPrinter(m_db, *m_workflow, [this] { return m_user; }, this);
    connect(this, &MainWindow::receiptRequested, m_printer, &ReceiptPrinter::requestReceipt);
    connect(m_printer, &ReceiptPrinter::receiptPrinted, this, &MainWindow::refreshAll);

    buildMenus();

    m_userLabel = new QLabel(tr("Belum masuk"), this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_dbLabel = new QLabel(tr("Basis data: %1").arg(db.path()), this);
    statusBar()->addWidget(m_userLabel, 1);
    statusBar()->addPermanentWidget(m_dbLabel);

    resize(1366, 740);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

QueuePage *MainWindow::queuePage(const QString &role) const
{
    return role == QLatin1String("admin_sistem") ? m_adminSistemQueue : m_verifikatorQueue;
}

void MainWindow::buildMenus()
{
    QMenu *session = menuBar()->addMenu(tr("&Sesi"));
    session->addAction(tr("&Ganti petugas…"), this, [this] {
        logout();
        if (!login())
            close();
    });
    session->addAction(tr("&Keluar akun"), this, [this] {
        logout();
        if (!login())
            close();
    });
    session->addSeparator();
    QAction *quit = session->addAction(tr("&Tutup aplikasi"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&Tampilan"));
    QAction *refresh = view->addAction(tr("&Muat ulang"), this, &MainWindow::refreshAll);
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *standards = view->addAction(tr("&Standar Pelayanan"), this, [this] { m_tabs->setCurrentWidget(m_standards); });
    standards->setShortcut(QKeySequence(Qt::Key_F9));

    QMenu *print = menuBar()->addMenu(tr("&Cetak"));
    print->addAction(tr("&Maklumat Pelayanan (A4)…"), this, [this] { m_printer->printMaklumat(); });
    QMenu *boards = print->addMenu(tr("&Standar Pelayanan (A4)"));
    for (int n = 1; n <= 7; ++n)
        boards->addAction(tr("Layanan %1").arg(n), this, [this, n] { m_printer->printStandar(n); });
    print->addSeparator();
    print->addAction(tr("Cetak &uji printer karcis (80 mm)…"), this, [this] { m_printer->testPrint(QStringLiteral("80mm")); });
    print->addAction(tr("Cetak uji printer &A4…"), this, [this] { m_printer->testPrint(QStringLiteral("a4")); });

    QMenu *help = menuBar()->addMenu(tr("Bantuan (&?)"));
    help->addAction(tr("&Tentang Loket"), this, &MainWindow::showAbout);
    help->addAction(tr("Tentang &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::login()
{
    LoginDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    startSession(dialog.user());
    return true;
}

void MainWindow::clearSession()
{
    saveLayout();
    for (QWidget *page : {static_cast<QWidget *>(m_helpdesk), static_cast<QWidget *>(m_verifikatorQueue),
                          static_cast<QWidget *>(m_adminSistemQueue), static_cast<QWidget *>(m_supervisor),
                          static_cast<QWidget *>(m_admin)}) {
        if (page) {
            m_tabs->removeTab(m_tabs->indexOf(page));
            page->deleteLater();
        }
    }
    m_helpdesk = nullptr;
    m_verifikatorQueue = m_adminSistemQueue = nullptr;
    m_supervisor = nullptr;
    m_admin = nullptr;
}

void MainWindow::logout()
{
    clearSession();
    m_user = User();
    m_userLabel->setText(tr("Belum masuk"));
}

void MainWindow::startSession(const User &user)
{
    clearSession();
    m_user = user;
    QSettings settings;
    int position = 0;
    auto addPage = [&](QWidget *page, const QString &title) { m_tabs->insertTab(position++, page, title); };
    if (user.hasRole(Role::Helpdesk)) {
        m_helpdesk = new HelpdeskPage(m_db, *m_workflow, m_tabs);
        m_helpdesk->setActor(user);
        m_helpdesk->restoreState(settings);
        m_helpdesk->refresh();
        addPage(m_helpdesk, tr("&Helpdesk"));
        connect(m_helpdesk, &HelpdeskPage::receiptRequested, this, &MainWindow::receiptRequested);
        connect(m_helpdesk, &HelpdeskPage::filesChanged, this, &MainWindow::refreshAll);
    }
    const QList<std::pair<Role, QueuePage **>> queues = {{Role::Verifikator, &m_verifikatorQueue}, {Role::AdminSistem, &m_adminSistemQueue}};
    for (const auto &[role, slot] : queues) {
        if (!user.hasRole(role))
            continue;
        auto *page = new QueuePage(m_db, *m_workflow, m_tabs);
        page->restoreState(settings);
        page->setActor(user, Roles::key(role));
        *slot = page;
        addPage(page, role == Role::Verifikator ? tr("&Antrian verifikator") : tr("&Antrian admin sistem"));
        connect(page, &QueuePage::receiptRequested, this, &MainWindow::receiptRequested);
        connect(page, &QueuePage::filesChanged, this, &MainWindow::refreshAll);
    }
    if (Permissions::userMay(user, Action::ViewAllOpen)) {
        m_supervisor = new SupervisorPage(m_db, *m_workflow, m_tabs);
        m_supervisor->setActor(user);
        addPage(m_supervisor, tr("&Pengawasan"));
        connect(m_supervisor, &SupervisorPage::filesChanged, this, &MainWindow::refreshAll);
    }
    if (Permissions::userMay(user, Action::ManageUsers)) {
        m_admin = new AdminPage(m_db, *m_workflow, m_tabs);
        m_admin->setActor(user);
        addPage(m_admin, tr("A&dministrasi"));
    }
    m_tabs->setCurrentIndex(0);
    QStringList roles;
    for (Role r : user.roles)
        roles << Roles::title(r);
    m_userLabel->setText(tr("Masuk sebagai %1 (%2)").arg(user.fullName, roles.join(QStringLiteral(", "))));
    setWindowTitle(tr("Loket — LPSE") + QStringLiteral(" · ") + user.fullName);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}
