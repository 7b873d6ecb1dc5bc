#pragma once

#include "accounts/User.h"
#include "complaints/Complaint.h"

#include <QDialog>

class ComplaintRegister;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The written complaint typed in at the counter, element by element (Pasal 8 ayat 4).
// What is still missing is shown while typing; an incomplete complaint can be recorded
// all the same. With an id, the form fills in a recorded complaint's missing parts.
class ComplaintForm final : public QDialog
{
    Q_OBJECT

public:
    ComplaintForm(ComplaintRegister &complaints, const User &actor, QWidget *parent = nullptr);

    // Switches to amending the complaint (its content is loaded into the form).
    void setAmending(const Complaint &complaint);
    void setInput(const ComplaintInput &input);
    ComplaintInput input() const;
    // The complaint recorded or amended, after accept().
    qint64 complaintId() const { return m_complaintId; }
    QString message() const;

    void accept() override;

private:
    void updateMissing();

    ComplaintRegister &m_register;
    User m_actor;
    qint64 m_amendId = 0;
    qint64 m_complaintId = 0;

    QComboBox *m_channel = nullptr;
    QLineEdit *m_lapor = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_contact = nullptr;
    QPlainTextEdit *m_notPerStandard = nullptr;
    QLineEdit *m_material = nullptr;
    QLineEdit *m_immaterial = nullptr;
    QPlainTextEdit *m_resolution = nullptr;
    QLineEdit *m_place = nullptr;
    QCheckBox *m_submittedKnown = nullptr;
    QDateTimeEdit *m_submitted = nullptr;
    QCheckBox *m_signed = nullptr;
    QLineEdit *m_application = nullptr;
    QCheckBox *m_serviceKnown = nullptr;
    QDateEdit *m_serviceDate = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_message = nullptr;
};
