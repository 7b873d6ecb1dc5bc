#include "session/LockDialog.h"

#include "accounts/AccountStore.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LockDialog::LockDialog(Database &db, const User &user, Reason reason, QWidget *parent) : QDialog(parent), m_db(db), m_user(user)
{
    setObjectName(QStringLiteral("LockDialog"));
    setWindowTitle(tr("Loket terkunci"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    const QString name = user.fullName.toHtmlEscaped();
    auto *intro = new QLabel(reason == Reason::Idle ? tr("<b>Layar terkunci</b> karena tidak ada kegiatan.<br>Masukkan kata sandi %1 untuk "
                                                         "melanjutkan; isian yang belum disimpan tetap ada.").arg(name)
                                                    : tr("<b>Layar dikunci oleh %1.</b><br>Masukkan kata sandi %1 untuk melanjutkan; "
                                                         "isian yang belum disimpan tetap ada.").arg(name),
                             this);
    intro->setObjectName(QStringLiteral("lockIntro"));
    intro->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    auto *unlock = new QPushButton(tr("&Buka"), this);
    unlock->setDefault(true);
    auto *other = new QPushButton(tr("&Ganti petugas"), this);
    buttons->addStretch(1);
    buttons->addWidget(unlock);
    buttons->addWidget(other);
    layout->addWidget(intro);
    layout->addWidget(m_password);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(unlock, &QPushButton::clicked, this, [this] { tryUnlock(m_password->text()); });
    connect(other, &QPushButton::clicked, this, [this] {
        m_switch = true;
        accept();
    });
    setMinimumWidth(420);
    m_password->setFocus();
}

QString LockDialog::message() const
{
    return m_message->text();
}

void LockDialog::tryUnlock(const QString &password)
{
    const Result<User> user = AccountStore(m_db).authenticate(m_user.login, password);
    m_password->clear();
    if (!user) {
        m_message->setText(user.error());
        return;
    }
    accept();
}
