#pragma once

#include "accounts/User.h"

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;

// Log in against core's accounts; on an empty database, create the administrator first
// (there is no default password).
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Login, FirstAdministrator };

    LoginDialog(Database &db, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    const User &user() const { return m_user; }
    QString message() const;

    void accept() override;

private:
    Database &m_db;
    Mode m_mode = Mode::Login;
    User m_user;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
};
