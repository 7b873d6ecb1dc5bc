#include "MainWindow.h"

#include "standards/StandardsPage.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setWindowTitle(tr("Loket — LPSE"));
    setObjectName(QStringLiteral("MainWindow"));

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_standards = new StandardsPage(db, m_tabs);
    m_tabs->addTab(m_standards, tr("&Standar Pelayanan"));
    setCentralWidget(m_tabs);

    buildMenus();

    m_dbLabel = new QLabel(tr("Basis data: %1").arg(db.path()), this);
    statusBar()->addPermanentWidget(m_dbLabel);
    statusBar()->showMessage(tr("Siap."), 3000);

    resize(1280, 720);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Berkas"));
    QAction *quit = file->addAction(tr("&Keluar"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&Tampilan"));
    QAction *standards = view->addAction(tr("&Standar Pelayanan"), this, [this] { m_tabs->setCurrentWidget(m_standards); });
    standards->setShortcut(QKeySequence(Qt::Key_F9));

    QMenu *help = menuBar()->addMenu(tr("Ban&tuan"));
    help->addAction(tr("&Tentang Loket"), this, &MainWindow::showAbout);
    help->addAction(tr("Tentang &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("Tentang Loket"),
                       tr("<h3>Loket %1</h3><p>Aplikasi loket layanan LPSE menurut Peraturan Walikota Banjarmasin "
                          "Nomor 67 Tahun 2018 tentang Standar Pelayanan.</p><p>Lisensi MIT.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    m_standards->saveState(settings);
    event->accept();
}
