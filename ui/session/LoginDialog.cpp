#include "session/LoginDialog.h"

#include "accounts/AccountStore.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginDialog::LoginDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("LoginDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    setWindowTitle(tr("Loket — masuk"));
    intro->setText(tr("Masuk dengan akun petugas Anda."));
    form->addRow(tr("Nama &login:"), m_login);
    form->addRow(tr("&Kata sandi:"), m_password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Masuk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Batal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_login->setFocus();
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::accept()
{
    AccountStore accounts(m_db);
    const Result<User> user = accounts.authenticate(m_login->text(), m_password->text());
    if (!user) {
        m_message->setText(user.error());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = user.value();
    QDialog::accept();
}
