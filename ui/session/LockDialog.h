#pragma once

#include "accounts/User.h"

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;

// Shown over the locked window (after a period without input, or locked by the officer).
// The window underneath shows none of the records and keeps what was typed; only the same
// officer's password (or switching officer) opens it again.
class LockDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Reason { Idle, Officer };

    LockDialog(Database &db, const User &user, Reason reason, QWidget *parent = nullptr);

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
