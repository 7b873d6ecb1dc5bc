#pragma once

#include "accounts/User.h"
#include "session/LockDialog.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class AdminPage;
class ChangeFeed;
struct DatabaseChange;
class ComplaintsPage;
class SuggestionsPage;
class SurveyModeWindow;
class SurveyResultsPage;
class Database;
class HelpdeskPage;
class QLabel;
class QStackedWidget;
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

    // Locks the window and shows the login dialog (or the first-administrator dialog);
    // false when cancelled, the window staying locked.
    bool login();
    // Starts a session for a user already authenticated (tests, the login dialog).
    void startSession(const User &user);
    // Ends the session (its screens close) and waits on the lock page for a login.
    void logout();
    // Locks the screen now (Ctrl+L, or after the idle time): the records give way to the
    // lock page, and the lock dialog asks for the officer's password. Returns when it is
    // unlocked, or still locked when "Ganti petugas" there was cancelled.
    void lockNow(LockDialog::Reason reason = LockDialog::Reason::Officer);
    // "Ganti petugas": locks the screen and asks for a login. The same officer gets the
    // screens back as they were, another officer starts a session of their own; cancelled,
    // the window stays locked (nothing is lost) until someone logs in.
    void switchOfficer();
    bool isLocked() const { return m_locked; }
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
    // "Basis data PC ini…" (administrators): the database dialog; when another database
    // was saved, offers to open Loket again on it (reopenWanted(), for runGui's loop).
    void chooseDatabase();
    QAction *databaseAction() const { return m_databaseAction; }
    bool reopenWanted() const { return m_reopenWanted; }
    // What decides the database instead of this PC's setting (--db, LOKET_DB), for the
    // dialog to say so; empty when the setting decides.
    void setDatabaseOverride(const QString &source) { m_databaseOverride = source; }
    const User &user() const { return m_user; }
    // Live updates and the connection (ChangeFeed): another desk's change refreshes the
    // pages in place; a lost connection says so in the status bar and holds the writes.
    ChangeFeed *changeFeed() const { return m_feed; }
    void applyRemoteChanges(const QList<DatabaseChange> &changes, bool everything);
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    // This desk's session (DeskSessions), 0 when nobody is logged in.
    qint64 deskSession() const { return m_deskSession; }
    // "Nama meja PC ini…": the desk name of this PC.
    void chooseDeskName();

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
    // The page shown instead of the records while the window is locked.
    QWidget *lockPage() const { return m_lockPage; }
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
    QWidget *buildLockPage();
    // Hides the records behind the lock page and keeps where the cursor was; leaveLock()
    // shows them again, with every field and selection as it was.
    void enterLock(const QString &message);
    void leaveLock();
    void clearSession();
    void beginDeskSession();
    void endDeskSession();
    void updateConnectionLabel();
    // The complaint about a late file, with its clock as the annex (the Pengaduan tab).
    void recordLateComplaint(qint64 applicationId);
    void refreshAll();
    void showAbout();
    void updateDatabaseAction();
    void saveLayout();
    void showBackupState(const QString &folder);
    // At closing: waits for a running backup, then writes the closing one, with a small
    // window that says so (ten years of records take seconds to copy).
    void backupBeforeClosing();

    Database &m_db;
    std::unique_ptr<Workflow> m_workflow;
    User m_user;
    QStackedWidget *m_central = nullptr; // the tabs, or the lock page
    QTabWidget *m_tabs = nullptr;
    QWidget *m_lockPage = nullptr;
    QLabel *m_lockMessage = nullptr;
    QList<QPointer<QWidget>> m_veils; // over the dialogs left open while locked
    QPointer<QWidget> m_focusBeforeLock;
    QList<QAction *> m_sessionActions; // disabled while locked
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
    QAction *m_databaseAction = nullptr;
    QString m_databaseOverride;
    bool m_reopenWanted = false;
    QLabel *m_dbLabel = nullptr;
    ChangeFeed *m_feed = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_deskLabel = nullptr;
    QTimer *m_beatTimer = nullptr;
    QTimer *m_connectionTick = nullptr;
    QAction *m_reconnectAction = nullptr;
    qint64 m_deskSession = 0;
    bool m_online = true;
    bool m_remotePending = false; // changes came while locked: refreshed on unlock
};
