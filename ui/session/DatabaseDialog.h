#pragma once

#include "storage/DatabaseForm.h"

#include <QDialog>
#include <QString>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QThread;
class QWidget;

// "Basis data PC ini": which database this PC's Loket uses, a file on this PC or the
// office's PostgreSQL server (DatabaseChoice). For a server, "Uji sambungan" connects
// with the password typed (ServerCheck, off the window's thread) and says what the
// server holds; after a successful test the password may be written to the account's
// ~/.pgpass (PgPass). The password is never kept in Loket's settings: Simpan saves the
// location only, as a libpq URI without a password. Whoever opens the dialog decides
// whether the user may change the database (administrators, or the start-up error).
class DatabaseDialog final : public QDialog
{
    Q_OBJECT

public:
    // `current` is the location Loket has open or tried to open; `overriddenBy` names what
    // decides the database instead of this PC's setting (DatabaseChoice::source: "opsi
    // --db", the LOKET_DB variable), empty when the setting decides.
    DatabaseDialog(const QString &current, const QString &overriddenBy, QWidget *parent = nullptr);
    ~DatabaseDialog() override;

    // After Simpan: the location saved (empty for the default file).
    QString savedLocation() const { return m_saved; }
    // Whether the saved location is another database than `current`.
    bool changed() const { return m_changed; }
    // Whether a connection test is under way.
    bool testRunning() const { return m_test != nullptr; }

    void accept() override;

private:
    void chooseKind();
    void browse();
    void startTest();
    void showResult(bool ok, bool usable, const QString &text);
    // A field changed after a test: its result no longer speaks for these fields.
    void forgetTest();
    void fitHeight();
    DatabaseForm::Server serverFields() const;

    QString m_current;
    QString m_saved;
    bool m_changed = false;
    QRadioButton *m_fileChoice = nullptr;
    QRadioButton *m_serverChoice = nullptr;
    QWidget *m_filePart = nullptr;
    QWidget *m_serverPart = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslmode = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_result = nullptr;
    QCheckBox *m_pgpass = nullptr;
    QPushButton *m_save = nullptr;
    QThread *m_test = nullptr;
    // What the last successful test was for: the location and the password typed.
    QString m_testedLocation;
    QString m_testedPassword;
    bool m_testedUsable = false;
};
