#pragma once

#include "accounts/User.h"
#include "privacy/Retention.h"

#include <QWidget>

class Database;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

// The administrator's tab "Data pribadi" (UU 27/2022): how long applicants' identifiers
// are kept, what is due now, the erasure (Retention::apply), the backups older than the
// period, and the counter's notice to print. The yearly reminder shows as a banner
// above the administrator's tabs (reminderText()).
class RetentionPanel final : public QWidget
{
    Q_OBJECT

public:
    RetentionPanel(Database &db, QWidget *parent = nullptr);

    void setActor(const User &actor);
    void refresh();
    // The reminder's text when retention is due for the yearly run; empty otherwise.
    QString reminderText() const { return m_reminder; }

    // Actions (public for tests): each returns an error text or an empty string.
    QString saveYears(int years);
    // Erases what is due, without asking (the button asks first).
    QString applyNow();

signals:
    void reminderChanged(const QString &text);

private:
    void askAndApply();
    void printNotice();

    Database &m_db;
    User m_actor;
    QSpinBox *m_years = nullptr;
    QLabel *m_due = nullptr;
    QListWidget *m_backups = nullptr;
    QPushButton *m_apply = nullptr;
    QString m_reminder;
};
