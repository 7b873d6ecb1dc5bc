#pragma once

#include "accounts/User.h"

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;

// Shown over the window after a period without input. The window underneath keeps what
// was typed; only the same officer's password (or switching officer) opens it again.
class LockDialog final : public QDialog
{
    Q_OBJECT

public:
    LockDialog(Database &db, const User &user, QWidget *parent = nullptr);

    bool switchRequested() const { return m_switch; }
    void tryUnlock(const QString &password);
    QString message() const;

protected:
    void reject() override {} // Escape does not unlock

private:
    Database &m_db;
    User m_user;
    bool m_switch = false;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};
