#pragma once

#include "accounts/User.h"
#include "applications/WaitingRoom.h"

#include <QWidget>

class QLabel;
class QPushButton;
class Workflow;

// Calling the waiting room at the helpdesk (issue 17): "Panggil berikutnya" (F6) calls
// the next number among the services this desk serves to this desk, "Panggil ulang"
// (F7) repeats it, "Tidak hadir" (F8) sets the visitor aside once called the office's
// number of times, and "Panggil nomor…" calls one number from the line (asking why
// when it is out of turn) or a visitor set aside who turned up. Every rule is
// WaitingRoom's; this bar only asks and shows.
class CallBar final : public QWidget
{
    Q_OBJECT

public:
    CallBar(Workflow &workflow, QWidget *parent = nullptr);

    void setActor(const User &actor);
    // Reads the line and the desk's current call again (after any change at any desk).
    void refresh();
    void setOnline(bool online);

    // For tests and the window's shortcuts.
    QPushButton *nextButton() const { return m_next; }
    QPushButton *recallButton() const { return m_recall; }
    QPushButton *noShowButton() const { return m_noShow; }
    QPushButton *chooseButton() const { return m_choose; }

    void callNext();
    void recall();
    void noShow();
    void chooseAndCall();

signals:
    // A number was called to this desk: its file (the page opens it).
    void called(qint64 applicationId);
    // Something was recorded (other screens refresh).
    void recorded();

private:
    QString desk() const;
    void done(const Result<CallRecord> &result, const QString &title);
    void updateButtons();

    Workflow &m_workflow;
    User m_actor;
    bool m_online = true;
    bool m_mayCall = false;
    QList<WaitingVisit> m_line;
    std::optional<WaitingVisit> m_current;

    QLabel *m_status = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_recall = nullptr;
    QPushButton *m_noShow = nullptr;
    QPushButton *m_choose = nullptr;
};
