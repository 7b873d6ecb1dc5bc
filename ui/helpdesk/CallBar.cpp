#include "helpdesk/CallBar.h"

#include "accounts/Permissions.h"
#include "applications/Workflow.h"
#include "common/InputDialogs.h"
#include "common/MessageBox.h"
#include "desks/DeskSessions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

CallBar::CallBar(Workflow &workflow, QWidget *parent) : QWidget(parent), m_workflow(workflow)
{
    setObjectName(QStringLiteral("callBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("callStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_next = new QPushButton(tr("Panggil berikutnya (F6)"), this);
    m_next->setObjectName(QStringLiteral("callNextButton"));
    m_recall = new QPushButton(tr("Panggil ulang (F7)"), this);
    m_recall->setObjectName(QStringLiteral("recallButton"));
    m_noShow = new QPushButton(tr("Tidak hadir (F8)"), this);
    m_noShow->setObjectName(QStringLiteral("noShowButton"));
    m_choose = new QPushButton(tr("Panggil nomor…"), this);
    m_choose->setObjectName(QStringLiteral("callNumberButton"));
    for (QPushButton *b : {m_next, m_recall, m_noShow, m_choose})
        buttons->addWidget(b);
    layout->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, &CallBar::callNext);
    connect(m_recall, &QPushButton::clicked, this, &CallBar::recall);
    connect(m_noShow, &QPushButton::clicked, this, &CallBar::noShow);
    connect(m_choose, &QPushButton::clicked, this, &CallBar::chooseAndCall);
    const QList<std::pair<Qt::Key, QPushButton *>> keys{{Qt::Key_F6, m_next}, {Qt::Key_F7, m_recall}, {Qt::Key_F8, m_noShow}};
    for (const auto &[key, button] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, button, [button = button] {
            if (button->isEnabled())
                button->click();
        });
    }
    updateButtons();
}

void CallBar::setActor(const User &actor)
{
    m_actor = actor;
    m_mayCall = Permissions::userMay(actor, Action::CheckDocuments);
    setVisible(m_mayCall);
    refresh();
}

QString CallBar::desk() const
{
    return DeskSessions::deskName();
}

void CallBar::setOnline(bool online)
{
    m_online = online;
    updateButtons();
}

void CallBar::refresh()
{
    if (!m_mayCall)
        return;
    WaitingRoom &room = m_workflow.waitingRoom();
    const QDate today = room.today();
    const Result<QList<WaitingVisit>> line = room.line(today, DeskSessions::deskServices());
    const Result<std::optional<WaitingVisit>> current = room.currentAt(desk(), today);
    if (!line || !current)
        return; // the server is away: what is shown stays until it is back
    m_line = line.value();
    m_current = current.value();
    int waiting = 0, setAside = 0;
    QString next;
    for (const WaitingVisit &v : m_line) {
        if (v.state == WaitingVisit::State::Waiting) {
            if (next.isEmpty())
                next = v.queueNumber;
            ++waiting;
        } else if (v.state == WaitingVisit::State::SetAside) {
            ++setAside;
        }
    }
    QStringList parts;
    if (m_current)
        parts << tr("<b>Dipanggil ke %1: %2</b> (%3× dipanggil)")
                     .arg(desk().toHtmlEscaped(), m_current->queueNumber.toHtmlEscaped())
                     .arg(m_current->calls);
    parts << (waiting ? tr("Menunggu dipanggil: %1, berikutnya %2.").arg(waiting).arg(next.toHtmlEscaped())
                      : tr("Tidak ada yang menunggu dipanggil."));
    if (setAside)
        parts << tr("Tidak hadir: %1.").arg(setAside);
    m_status->setText(parts.join(QLatin1Char(' ')));
    updateButtons();
}

void CallBar::updateButtons()
{
    bool waiting = false, anyToChoose = false;
    for (const WaitingVisit &v : m_line) {
        waiting = waiting || v.state == WaitingVisit::State::Waiting;
        anyToChoose = anyToChoose || v.state != WaitingVisit::State::Called;
    }
    const bool can = m_online && m_mayCall;
    m_next->setEnabled(can && waiting);
    m_recall->setEnabled(can && m_current.has_value());
    const int needed = m_workflow.waitingRoom().noShowAfter();
    m_noShow->setEnabled(can && m_current && m_current->calls >= needed);
    m_noShow->setToolTip(tr("Setelah dipanggil %1 kali, nomor yang tidak datang disisihkan; dapat dipanggil lagi bila datang.").arg(needed));
    m_choose->setEnabled(can && anyToChoose);
}

void CallBar::done(const Result<CallRecord> &result, const QString &title)
{
    if (!result) {
        MessageBox::error(this, title, result.error());
        refresh();
        return;
    }
    refresh();
    emit recorded();
    if (result->kind != CallKind::NoShow) {
        for (const WaitingVisit &v : m_line)
            if (v.visitId == result->visitId) {
                emit called(v.applicationId);
                break;
            }
    }
}

void CallBar::callNext()
{
    done(m_workflow.waitingRoom().callNext(m_actor, desk(), DeskSessions::deskServices()), tr("Panggil berikutnya"));
}

void CallBar::recall()
{
    done(m_workflow.waitingRoom().recall(m_actor, desk()), tr("Panggil ulang"));
}

void CallBar::noShow()
{
    if (!m_current)
        return;
    if (!MessageBox::confirm(this, tr("Tidak hadir"),
                             tr("Nomor %1 sudah dipanggil %2 kali dan tidak datang. Sisihkan sebagai tidak hadir? Nomor itu dapat "
                                "dipanggil lagi bila pemohonnya datang.")
                                 .arg(m_current->queueNumber)
                                 .arg(m_current->calls),
                             tr("Sisihkan")))
        return;
    done(m_workflow.waitingRoom().noShow(m_actor, desk()), tr("Tidak hadir"));
}

void CallBar::chooseAndCall()
{
    refresh();
    QStringList items;
    QList<WaitingVisit> choices;
    for (const WaitingVisit &v : m_line) {
        if (v.state == WaitingVisit::State::Called)
            continue;
        QString text = v.state == WaitingVisit::State::SetAside ? tr("%1 — tidak hadir, dapat dipanggil lagi").arg(v.queueNumber)
                                                                 : tr("%1 — menunggu").arg(v.queueNumber);
        if (v.priority != Priority::None)
            text += tr(" (prioritas: %1)").arg(Priorities::title(v.priority));
        items << text;
        choices << v;
    }
    if (choices.isEmpty()) {
        MessageBox::information(this, tr("Panggil nomor"), tr("Tidak ada nomor yang dapat dipanggil."));
        return;
    }
    bool ok = false;
    const QString chosen = InputDialogs::getItem(this, tr("Panggil nomor"), tr("Nomor yang dipanggil ke %1:").arg(desk()), items, 0, &ok);
    if (!ok)
        return;
    const WaitingVisit v = choices.value(int(items.indexOf(chosen)));
    QString reason;
    if (v.state == WaitingVisit::State::Waiting) {
        const Result<std::optional<WaitingVisit>> next = m_workflow.waitingRoom().next(m_workflow.waitingRoom().today(),
                                                                                         DeskSessions::deskServices());
        if (next && (!next->has_value() || (*next)->visitId != v.visitId)) {
            reason = InputDialogs::getText(this, tr("Panggil di luar urutan"),
                                           tr("%1 bukan giliran berikutnya. Alasan memanggilnya lebih dahulu:").arg(v.queueNumber),
                                           QLineEdit::Normal, QString(), &ok);
            if (!ok)
                return;
        }
    }
    done(m_workflow.waitingRoom().call(m_actor, desk(), v.visitId, DeskSessions::deskServices(), reason), tr("Panggil nomor"));
}
