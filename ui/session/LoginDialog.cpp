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
    AccountStore accounts(db);
    const Result<bool> any = accounts.hasAnyUser();
    m_mode = any && !any.value() ? Mode::FirstAdministrator : Mode::Login;

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    if (m_mode == Mode::FirstAdministrator) {
        setWindowTitle(tr("Loket — buat akun administrator"));
        intro->setText(tr("<b>Selamat datang di Loket.</b><br>Basis data ini belum mempunyai petugas. Buat akun administrator "
                          "pertama; administrator kemudian menambahkan helpdesk, verifikator dan petugas lain."));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("fullName"));
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Nama lengkap:"), m_name);
        form->addRow(tr("Nama &login:"), m_login);
        form->addRow(tr("&Kata sandi:"), m_password);
        form->addRow(tr("&Ulangi kata sandi:"), m_repeat);
        setTabOrder(m_name, m_login);
        setTabOrder(m_login, m_password);
        setTabOrder(m_password, m_repeat);
    } else {
        setWindowTitle(tr("Loket — masuk"));
        intro->setText(tr("Masuk dengan akun petugas Anda."));
        form->addRow(tr("Nama &login:"), m_login);
        form->addRow(tr("&Kata sandi:"), m_password);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_mode == Mode::FirstAdministrator ? tr("&Buat akun") : tr("&Masuk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Batal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    // The first field of the form, whatever order the widgets were created in.
    (m_mode == Mode::FirstAdministrator ? m_name : m_login)->setFocus();
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::accept()
{
    AccountStore accounts(m_db);
    if (m_mode == Mode::FirstAdministrator) {
        if (m_password->text() != m_repeat->text()) {
            m_message->setText(tr("Kedua kata sandi tidak sama."));
            m_repeat->setFocus();
            return;
        }
        const Result<User> added = accounts.addUser(m_login->text(), m_name->text(), QString(), {Role::Administrator}, m_password->text());
        if (!added) {
            m_message->setText(added.error());
            return;
        }
    }
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
