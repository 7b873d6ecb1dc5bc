#pragma once

#include "accounts/User.h"

#include <QWizard>

class Database;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

// The first run of Loket on a database without officers: a wizard instead of a bare
// administrator dialog. Its pages, each saved when the officer goes on:
//  1. the database this PC uses (this PC only, or the office's server with a connection
//     test: the database dialog); another database ends the wizard, and Loket reopens
//     on it (the wizard comes again there if that one has no officers either);
//  2. the administrator account (a commit page: the account exists from here on);
//  3. the office identity printed on receipts and boards (name, address, Kepala Bagian
//     and NIP), saved by the new administrator;
//  4. the receipt paper (80 mm roll or A4) and a test print;
//  5. the backup folder.
// Every step can be changed later in Administrasi (and "Basis data PC ini…").
class SetupWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DatabasePage, AdministratorPage, OfficePage, PrinterPage, BackupPage, DonePage };

    // `overriddenBy` names what decides this PC's database instead of its setting (the
    // --db option, LOKET_DB), as for the database dialog; empty when the setting does.
    SetupWizard(Database &db, const QString &overriddenBy, QWidget *parent = nullptr);

    // After Selesai: the administrator, logged in.
    const User &user() const { return m_user; }
    // Another database was chosen on the first page: Loket reopens on it.
    bool reopenWanted() const { return m_reopen; }
    // Someone else created the first officer meanwhile (another desk on the same
    // server): the wizard ended, the login dialog comes instead.
    bool alreadySetUp() const { return m_alreadySetUp; }

    Database &database() const { return m_db; }
    const QString &overriddenBy() const { return m_overriddenBy; }
    void setUser(const User &user) { m_user = user; }
    void requestReopen();
    void endAlreadySetUp();

private:
    Database &m_db;
    QString m_overriddenBy;
    User m_user;
    bool m_reopen = false;
    bool m_alreadySetUp = false;
};
