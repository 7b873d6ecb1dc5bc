#pragma once

#include "accounts/User.h"
#include "privacy/PersonRecord.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>

class Database;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTextBrowser;

// "Data pribadi" for the supervisor (UU 27/2022): looks a NIK up, shows everything Loket
// holds about that person as the A4 printout will, saves it as a PDF, and corrects a
// wrong NIK or phone (recorded with both values masked).
class PersonDataDialog final : public QDialog
{
    Q_OBJECT

public:
    PersonDataDialog(Database &db, const User &actor, const QTimeZone &zone, QWidget *parent = nullptr);

    // Actions (public for tests): each returns an error text or an empty string.
    QString lookUp(const QString &nik);
    QString savePdf(const QString &path);
    QString correct(PersonRecord::Field field, const QString &value);
    const std::optional<PersonData> &shown() const { return m_data; }

private:
    Database &m_db;
    User m_actor;
    QTimeZone m_zone;
    QLineEdit *m_nik = nullptr;
    QTextBrowser *m_view = nullptr;
    QComboBox *m_field = nullptr;
    QLineEdit *m_value = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_correct = nullptr;
    std::optional<PersonData> m_data;
};
