#pragma once

#include "accounts/User.h"

#include <QMainWindow>

#include <memory>

class AdminPage;
class ComplaintsPage;
class SuggestionsPage;
class SurveyModeWindow;
class SurveyResultsPage;
class Database;
class HelpdeskPage;
class QLabel;
class QThread;
class ReceiptPrinter;
class QTimer;
class QTabWidget;
class QueuePage;
class ReportsPage;
class StandardsPage;
class SupervisorPage;
class Workflow;

// The counter window. After login each role sees its own screens; the standards
// browser is always there.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the login dialog (or the first-administrator dialog); false when cancelled.
    bool login();
    // Starts a session for a user already authenticated (tests, the login dialog).
    void startSession(const User &user);
    void logout();
    // Locks the screen now (also after the idle time); returns when it is unlocked.
    void lockNow();
    void setIdleMinutes(int minutes);
    // Writes today's rotated backup when none was written today (or now, when forced),
    // in a worker thread on its own connection, so the counter never waits for it; the
    // status bar says "Mencadangkan…" meanwhile and the result once done. A request while
    // a backup runs is answered by that backup.
    void backupIfDue(bool force = false);
    bool backupRunning() const { return m_backupThread != nullptr; }
    // The background integrity check found damage: automatic backups stop (a damaged
    // copy must not push the good ones out of the rotation) and the officer may close
    // Loket to restore the latest backup.
    void databaseDamaged(const QString &problem);
    // The lock guard (storage/LiveFiles.h), run every two seconds: false, and a
    // message once, when this process no longer holds SQLite's locks on the database.
    bool checkDatabaseFiles();
    const QString &damage() const { return m_damage; }
    bool restoreWanted() const { return m_restoreWanted; }
    const User &user() const { return m_user; }

    StandardsPage *standardsPage() const { return m_standards; }
    HelpdeskPage *helpdeskPage() const { return m_helpdesk; }
    QueuePage *queuePage(const QString &role) const;
    SupervisorPage *supervisorPage() const { return m_supervisor; }
    AdminPage *adminPage() const { return m_admin; }
    ComplaintsPage *complaintsPage() const { return m_complaints; }
    ReportsPage *reportsPage() const { return m_reports; }
    // Opens the visitor's survey form (full screen); only an officer's password leaves it.
    SurveyModeWindow *startSurveyMode(int serviceNumber = 0);
    QTabWidget *tabs() const { return m_tabs; }
    Workflow &workflow() { return *m_workflow; }

signals:
    void receiptRequested(qint64 applicationId, const QString &kind);
    // A backup started by backupIfDue() has ended (written or failed; the status bar says which).
    void backupFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void clearSession();
    void refreshAll();
    void showAbout();
    void saveLayout();
    void showBackupState(const QDateTime &last, const QString &folder);
    // At closing: waits for a running backup, then writes the closing one, with a small
    // window that says so (ten years of records take seconds to copy).
    void backupBeforeClosing();

    Database &m_db;
    std::unique_ptr<Workflow> m_workflow;
    User m_user;
    QTabWidget *m_tabs = nullptr;
    StandardsPage *m_standards = nullptr;
    HelpdeskPage *m_helpdesk = nullptr;
    QueuePage *m_verifikatorQueue = nullptr;
    QueuePage *m_adminSistemQueue = nullptr;
    SupervisorPage *m_supervisor = nullptr;
    AdminPage *m_admin = nullptr;
    ComplaintsPage *m_complaints = nullptr;
    SuggestionsPage *m_suggestions = nullptr;
    SurveyResultsPage *m_surveyResults = nullptr;
    ReportsPage *m_reports = nullptr;
    SurveyModeWindow *m_surveyMode = nullptr;
    ReceiptPrinter *m_printer = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_backupLabel = nullptr;
    QTimer *m_filesWatch = nullptr;
    bool m_filesLost = false;
    QThread *m_backupThread = nullptr; // the backup being written, if any
    bool m_closing = false;
    QTimer *m_idleTimer = nullptr;
    bool m_locked = false;
    QString m_damage;
    bool m_restoreWanted = false;
    QLabel *m_dbLabel = nullptr;
};
