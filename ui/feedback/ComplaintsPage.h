#pragma once

#include "accounts/User.h"
#include "common/Result.h"
#include "complaints/Complaint.h"
#include "receipts/ComplaintReceipt.h"

#include <QWidget>

#include <memory>

class ComplaintRegister;
class ComplaintStore;
class ComplaintTableModel;
class ComplaintView;
class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

// The complaint register: the list with deadline colours, the selected complaint with
// its timeline, the record form, and one button per step. Helpdesk records; the
// Kasubbag and the Kepala Bagian handle.
struct ClockTimeline;

class ComplaintsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintsPage(Database &db, QWidget *parent = nullptr);
    ~ComplaintsPage() override;

    void setActor(const User &actor);
    void refresh();
    bool openNumber(const QString &typed);
    void select(qint64 complaintId);
    qint64 selectedComplaint() const { return m_selected; }
    ComplaintStore &store() { return *m_store; }
    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

    // The receipt data of a complaint, for the printer.
    ComplaintReceipt receiptFor(const Complaint &complaint);

    // Actions, public so that tests and shortcuts reach them. An empty text asks for it.
    void recordWithForm();
    // "Catat pengaduan keterlambatan" on a late file: the form prefilled from the file
    // (LateFile::draft); once recorded, the receipt and the A4 annex with the file's whole
    // clock. Returns the complaint's id, 0 when cancelled or refused.
    qint64 recordLateFile(const ClockTimeline &timeline);
    bool recordComplaint(const ComplaintInput &input);
    void amendWithForm();
    void startCheckSelected();
    void acknowledgeSelected(const QString &note = {}, bool ask = true);
    void coordinateSelected(const QString &note = {}, bool ask = true);
    void respondSelected(const QString &text = {});
    void finishSelected(const QString &text = {});
    void acceptLateSelected(const QString &reason = {});
    void refuseSelected(const QString &reason = {});
    void printSelected();
    // The follow-up of the selected SP4N-LAPOR! complaint as plain text for the LAPOR!
    // administrator (LaporFollowUp): to the clipboard, or to a text file.
    Result<QString> laporTextSelected();
    bool copyLaporSelected();
    void saveLaporWithDialog();
    bool saveLaporSelected(const QString &path);

signals:
    void complaintsChanged();
    // A complaint receipt to print (right after recording, or on request).
    void receiptRequested(const ComplaintReceipt &receipt);

private:
    void showSelected();
    bool act(const Status &status, const QString &title);
    QString askText(const QString &title, const QString &label, bool multiline);

    Database &m_db;
    std::unique_ptr<ComplaintStore> m_store;
    std::unique_ptr<ComplaintRegister> m_register;
    User m_actor;
    qint64 m_selected = 0;

    ComplaintTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    ComplaintView *m_view = nullptr;
    QLineEdit *m_find = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_amend = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_coordinate = nullptr;
    QPushButton *m_respond = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_acceptLate = nullptr;
    QPushButton *m_refuse = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_copyLapor = nullptr;
    QPushButton *m_saveLapor = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_timer = nullptr;
};
