#pragma once

#include "accounts/User.h"

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;

// Log in against core's accounts. A database without officers gets the first-run wizard
// (SetupWizard) instead, which makes the administrator (there is no default password).
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Database &db, QWidget *parent = nullptr);

    const User &user() const { return m_user; }
    QString message() const;

    void accept() override;

private:
    Database &m_db;
    User m_user;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};
