#pragma once

#include "applications/Workflow.h"

#include <QWidget>

class Database;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

// The walk-in form: vendor lookup by NPWP or name while typing (a returning vendor and
// its people are filled in), the person's standing, the service, and "Daftarkan".
class CheckInForm final : public QWidget
{
    Q_OBJECT

public:
    CheckInForm(Database &db, Workflow &workflow, QWidget *parent = nullptr);

    void setActor(const User &actor) { m_actor = actor; }
    void reloadServices();
    void clear();
    void focusLookup();
    // Ctrl+N and Esc: an empty form, the cursor in the vendor search.
    void startNew();
    CheckInRequest request() const;
    // The connection to the server was lost or came back (MainWindow, ChangeFeed): the
    // button waits meanwhile, the typed walk-in stays as it is. Back again, a check-in
    // whose answer was lost is looked up by its key (ActionKey.h): recorded, its ticket
    // comes as if answered (checkedIn) and the form empties; not recorded, the officer
    // is told to press Daftarkan again, with the same key.
    void setOnline(bool online);
    // The check-in submitted when the connection dropped, not known recorded or not yet.
    bool hasUncertainCheckIn() const { return m_uncertain; }
    const QString &actionKey() const { return m_actionKey; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void checkedIn(const CheckInResult &result);

private:
    CheckInRequest typedRequest() const;
    void lookup(const QString &text);
    void chooseVendor(int row);
    void choosePerson(int index);
    void submit();
    void moveOn(QWidget *from);
    void showRequest();

    Database &m_db;
    Workflow &m_workflow;
    User m_actor;
    qint64 m_vendorId = 0;
    QList<Vendor> m_matches;
    QList<KnownPerson> m_people;
    QList<FileSummary> m_returned;

    QLineEdit *m_lookup = nullptr;
    QListWidget *m_matchList = nullptr;
    QLineEdit *m_vendorName = nullptr;
    QComboBox *m_legalForm = nullptr;
    QLineEdit *m_npwp = nullptr;
    QLineEdit *m_nib = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_person = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nik = nullptr;
    QLineEdit *m_phone = nullptr;
    QRadioButton *m_head = nullptr;
    QRadioButton *m_proxy = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_request = nullptr;
    QLabel *m_requestLabel = nullptr;
    QComboBox *m_previous = nullptr;
    QLineEdit *m_note = nullptr;
    QComboBox *m_priority = nullptr;
    QPushButton *m_submit = nullptr;
    QString m_actionKey; // this walk-in's submission; new after each recorded check-in
    bool m_uncertain = false;
    bool m_online = true;
};
