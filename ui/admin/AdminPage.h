#pragma once

#include "accounts/User.h"
#include "calendar/WorkingCalendar.h"

#include <QWidget>

#include <optional>

class Database;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class RetentionPanel;
class QThread;
class QSpinBox;
class QTableWidget;
class Workflow;

// The administrator's screen: staff accounts, the working calendar (office hours and
// non-working days, .ics import), the office identity printed on receipts, and the
// folder the backups go to, and the retention of personal data (with its yearly reminder).
class AdminPage final : public QWidget
{
    Q_OBJECT

public:
    AdminPage(Database &db, Workflow &workflow, QWidget *parent = nullptr);
    ~AdminPage() override;

    void setActor(const User &actor);
    void refresh();

    // Actions (public for tests): each returns an error text or an empty string.
    QString addUser(const QString &login, const QString &name, const QList<Role> &roles, const QString &password, const QString &nip = {});
    QString setUserActive(const QString &login, bool active);
    QString addHoliday(const QDate &date, const QString &name, Holiday::Kind kind);
    // Reads an .ics file; the kind of the days the file does not classify is asked.
    QString importIcs(const QString &path);
    // Imports a catalogue file as a new version in force from `effective`, set by
    // `regulation` (empty: the one the file names) (CatalogStore::import).
    QString importCatalog(const QString &path, const QDate &effective, const QString &regulation);
    // Stores the backup folder written in the field (empty: the default folder beside the
    // database), after core has checked it (Backup::setFolder).
    QString saveBackupFolder();
    // On a server: "Cadangkan sekarang", the server backup (ServerBackup::rotate, pg_dump on
    // this PC into the backup folder) off the window's thread; backupFinished() when done.
    void backupServerNow();

signals:
    void backupFinished(const QString &error);

private:
    QWidget *buildUsers();
    QWidget *buildCalendar();
    QWidget *buildIdentity();
    QWidget *buildBackup();
    QWidget *buildDesks();
    QWidget *buildCatalog();
    void refreshCatalog();
    void refreshBackup();
    void refreshUsers();
    void refreshCalendar();
    QString saveCalendar(const WorkingCalendar &calendar, const QString &what);
    QString selectedLogin() const;
    // The kind for days the file leaves open; nothing when the officer cancels.
    std::optional<Holiday::Kind> askKind(const QString &question, const QStringList &days);

    Database &m_db;
    Workflow &m_workflow;
    User m_actor;
    RetentionPanel *m_retention = nullptr;
    QLabel *m_reminder = nullptr; // the yearly retention reminder, above the tabs
    QTableWidget *m_users = nullptr;
    QTableWidget *m_hours = nullptr;
    QTableWidget *m_holidays = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_catalogInForce = nullptr;
    QTableWidget *m_catalogHistory = nullptr;
    QDateEdit *m_catalogEffective = nullptr;
    QLineEdit *m_catalogRegulation = nullptr;
    QLineEdit *m_officeName = nullptr;
    QLineEdit *m_officeUnit = nullptr;
    QLineEdit *m_officeAddress = nullptr;
    QLineEdit *m_officeCity = nullptr;
    QPlainTextEdit *m_complaintChannel = nullptr;
    QLineEdit *m_headName = nullptr;
    QLineEdit *m_headNip = nullptr;
    QPlainTextEdit *m_maklumat = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QLabel *m_backupState = nullptr;
    QPushButton *m_backupNow = nullptr;
    QThread *m_backupThread = nullptr;
};
