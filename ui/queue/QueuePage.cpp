#include "queue/QueuePage.h"

#include "accounts/Permissions.h"
#include "applications/WaitingRoom.h"
#include "complaints/LateFile.h"
#include "desks/DeskSessions.h"

#include "common/Chime.h"
#include "common/Clock.h"
#include "common/FileTableModel.h"
#include "common/TableViews.h"
#include "common/FileView.h"
#include "common/MessageBox.h"
#include "common/Reveal.h"

#include <QApplication>
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include "common/InputDialogs.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

QueuePage::QueuePage(Database &db, Workflow &workflow, QWidget *parent) : QWidget(parent), m_db(db), m_workflow(workflow)
{
    setObjectName(QStringLiteral("QueuePage"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *findRow = new QHBoxLayout;
    auto *findLabel = new QLabel(tr("&Buka berkas nomor:"), left);
    m_find = new QLineEdit(left);
    m_find->setObjectName(QStringLiteral("findNumber"));
    m_find->setPlaceholderText(tr("ketik atau pindai kode pada tanda terima (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    findLabel->setBuddy(m_find);
    findRow->addWidget(findLabel);
    findRow->addWidget(m_find, 1);
    leftLayout->addLayout(findRow);

    m_model = new FileTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FileTableModel::SortRole);
    m_table = TableViews::makeList(left, m_proxy, QStringLiteral("queue"));
    m_table->sortByColumn(FileTableModel::StatusColumn, Qt::AscendingOrder); // most urgent first
    m_table->hideColumn(FileTableModel::NumberColumn);
    m_table->hideColumn(FileTableModel::ArrivedColumn);
    leftLayout->addWidget(m_table, 1);
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    leftLayout->addWidget(m_summary);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new FileView(right);
    rightLayout->addWidget(m_view, 1);
    auto *buttons = new QGridLayout;
    m_claim = new QPushButton(tr("Amb&il (F5)"), right);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_complete = new QPushButton(tr("S&elesai… (F6)"), right);
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_pause = new QPushButton(tr("&Tunda… (F7)"), right);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_resume = new QPushButton(tr("Lan&jutkan (F8)"), right);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_sendBack = new QPushButton(tr("&Kembalikan ke helpdesk…"), right);
    m_sendBack->setObjectName(QStringLiteral("sendBackButton"));
    m_release = new QPushButton(tr("Lepas ke a&ntrian"), right);
    m_release->setObjectName(QStringLiteral("releaseButton"));
    buttons->addWidget(m_claim, 0, 0);
    buttons->addWidget(m_complete, 0, 1);
    buttons->addWidget(m_pause, 0, 2);
    buttons->addWidget(m_resume, 1, 0);
    buttons->addWidget(m_sendBack, 1, 1);
    buttons->addWidget(m_release, 1, 2);
    auto *reveal = new QPushButton(tr("Buka &data pribadi…"), right);
    reveal->setObjectName(QStringLiteral("revealButton"));
    buttons->addWidget(reveal, 2, 2);
    // Issue 17: the applicant is called to this desk, to collect what is ready.
    m_callApplicant = new QPushButton(tr("Panggil pemohon ke meja ini"), right);
    m_callApplicant->setObjectName(QStringLiteral("callApplicantButton"));
    m_callApplicant->setToolTip(tr("Nomor antrian berkas ini tampil di layar antrian dan dipanggil dengan suara, ke meja ini."));
    buttons->addWidget(m_callApplicant, 2, 0, 1, 2);
    connect(m_callApplicant, &QPushButton::clicked, this, [this] {
        if (!m_selected)
            return;
        const Result<CallRecord> called = m_workflow.waitingRoom().callToCollect(m_actor, DeskSessions::deskName(), m_selected);
        if (!called) {
            MessageBox::error(this, tr("Panggil pemohon"), called.error());
            return;
        }
        emit callsChanged();
    });
    connect(reveal, &QPushButton::clicked, this, [this] { Reveal::ask(this, m_db, m_actor, m_selected); });
    // For who also records complaints (setActor shows it): a file whose promise was broken.
    m_lateComplaint = new QPushButton(tr("Catat pengaduan keterlambatan…"), right);
    m_lateComplaint->setObjectName(QStringLiteral("lateComplaintButton"));
    m_lateComplaint->setToolTip(tr("Janji waktu berkas ini lewat: pengaduan dengan riwayat waktu layanannya sebagai lampiran."));
    m_lateComplaint->hide();
    buttons->addWidget(m_lateComplaint, 3, 0, 1, 3);
    connect(m_lateComplaint, &QPushButton::clicked, this, [this] {
        if (m_selected)
            emit lateComplaintRequested(m_selected);
    });
    rightLayout->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_selected = current.isValid() ? current.data(FileTableModel::ApplicationIdRole).toLongLong() : 0;
        showSelected();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (openNumber(m_find->text()))
            m_find->clear();
    });
    connect(m_claim, &QPushButton::clicked, this, &QueuePage::claimSelected);
    connect(m_complete, &QPushButton::clicked, this, [this] { completeSelected(); });
    connect(m_sendBack, &QPushButton::clicked, this, [this] { sendBackSelected(); });
    connect(m_pause, &QPushButton::clicked, this, &QueuePage::pauseWithDialog);
    connect(m_resume, &QPushButton::clicked, this, &QueuePage::resumeSelected);
    connect(m_release, &QPushButton::clicked, this, [this] { releaseSelected(); });
    const QList<std::pair<QKeySequence, QPushButton *>> keys = {
        {QKeySequence(Qt::Key_F5), m_claim}, {QKeySequence(Qt::Key_F6), m_complete},
        {QKeySequence(Qt::Key_F7), m_pause}, {QKeySequence(Qt::Key_F8), m_resume}};
    for (const auto &[key, button] : keys) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] { m_find->setFocus(); m_find->selectAll(); });

    // Live colours: the clock columns are recomputed in place, rows are not reloaded.
    m_timer = new QTimer(this);
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, this, &QueuePage::refreshClocks);
    m_timer->start();
    m_chime = new Chime(this);
    showSelected();
}

void QueuePage::setActor(const User &actor, const QString &role)
{
    m_actor = actor;
    m_lateComplaint->setVisible(Permissions::userMay(actor, Action::RecordComplaint));
    m_role = role;
    refresh();
}

void QueuePage::refresh()
{
    const Result<QList<FileSummary>> files = m_workflow.files().openQueue(m_role);
    if (!files) { // the server is away, say: the rows stay as they were, read again once back
        m_summary->setText(tr("Antrian belum dapat dibaca ulang: %1").arg(files.error()));
        return;
    }
    const QDateTime now = Clock::nowUtc();
    QList<ClockReading> clocks;
    int overdue = 0, atRisk = 0, paused = 0;
    if (files) {
        clocks = m_workflow.clocks().glanceAll(files.value(), now);
        for (qsizetype i = 0; i < clocks.size(); ++i) {
            const ClockReading &c = clocks.at(i);
            overdue += c.state == ClockState::Overdue;
            atRisk += c.state == ClockState::AtRisk;
            paused += files->at(i).status == ApplicationStatus::Paused;
        }
    }
    m_model->setNow(now);
    m_model->setFiles(files ? files.value() : QList<FileSummary>(), clocks);
    TableViews::fitColumns(m_table, {{FileTableModel::StatusColumn, 125}, {FileTableModel::ClockColumn, 120}, {FileTableModel::DueColumn, 95},
                                     {FileTableModel::ServiceColumn, 128}, {FileTableModel::ApplicantColumn, 115},
                                     {FileTableModel::VendorColumn, 125}});
    const QString summary = tr("%1 berkas terbuka · %2 hampir lewat · %3 terlambat · %4 ditunda")
                                .arg(m_model->rowCount()).arg(atRisk).arg(overdue).arg(paused);
    // A file that arrived in an empty queue is announced for a while (applyRemoteChanges).
    m_summary->setText(m_arrivalShown.isValid() && m_arrivalShown.elapsed() < kArrivalShownMs ? tr("Berkas baru masuk antrian: %1").arg(summary)
                                                                                           : summary);
    if (m_selected)
        select(m_selected);
    else if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, FileTableModel::QueueColumn));
    else
        showSelected();
}

void QueuePage::applyRemoteChanges(const QSet<qint64> &applications, bool everything)
{
    const int before = m_model->rowCount();
    const qint64 selected = m_selected;
    refresh();
    if (selected && selected == m_selected && (everything || applications.contains(selected)))
        showSelected();
    if (before == 0 && m_model->rowCount() > 0) {
        ++m_arrivalCues;
        m_arrivalShown.start();
        m_summary->setStyleSheet(QStringLiteral("QLabel { background: #fff3b0; color: #5c4400; font-weight: bold; padding: 2px 6px; }"));
        m_summary->setText(tr("Berkas baru masuk antrian: %1").arg(m_summary->text()));
        QApplication::alert(window());
        m_chime->play();
        QTimer::singleShot(kArrivalShownMs, this, [this] {
            m_summary->setStyleSheet(QString());
            m_arrivalShown.invalidate();
            refresh();
        });
    }
}

void QueuePage::setOnline(bool online)
{
    m_online = online;
    if (online) {
        showSelected();
        return;
    }
    for (QPushButton *b : {m_claim, m_complete, m_sendBack, m_pause, m_resume, m_release, m_callApplicant, m_lateComplaint})
        b->setEnabled(false);
}

void QueuePage::refreshClocks()
{
    const QDateTime now = Clock::nowUtc();
    const QList<ClockReading> clocks = m_workflow.clocks().glanceAll(m_model->files(), now);
    m_model->setNow(now);
    m_model->updateClocks(clocks);
}

void QueuePage::select(qint64 applicationId)
{
    const int row = m_model->rowOf(applicationId);
    m_selected = applicationId;
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, FileTableModel::QueueColumn)));
    showSelected();
}

bool QueuePage::openNumber(const QString &typed)
{
    const Result<qint64> id = m_workflow.files().findByNumber(typed);
    if (!id) {
        MessageBox::error(this, tr("Buka berkas"), id.error());
        return false;
    }
    select(id.value());
    return true;
}

void QueuePage::showSelected()
{
    const Result<ApplicationFile> file = m_selected ? m_workflow.files().file(m_selected) : Result<ApplicationFile>::failure(QString());
    const bool have = file.ok();
    if (!have)
        m_view->showNothing(tr("Pilih berkas di antrian, atau ketik/pindai nomornya."));
    else
        m_view->showFile(file.value());
    // The buttons ask core's one rule of what this officer may do to this file now.
    const QList<FileAction> can = have ? m_workflow.actions().allowed(m_actor, file->application) : QList<FileAction>();
    m_claim->setEnabled(m_online && can.contains(FileAction::Claim));
    m_complete->setEnabled(m_online && can.contains(FileAction::Complete));
    m_sendBack->setEnabled(m_online && can.contains(FileAction::SendBack));
    m_pause->setEnabled(m_online && can.contains(FileAction::Pause));
    m_resume->setEnabled(m_online && can.contains(FileAction::Resume));
    m_release->setEnabled(m_online && can.contains(FileAction::Release));
    m_callApplicant->setEnabled(m_online && have && Permissions::userMay(m_actor, Action::WorkQueue));
    m_lateComplaint->setEnabled(m_online && have && LateFile::isLate(file->clock));
}

void QueuePage::act(const Status &status, const QString &title)
{
    if (!status) {
        MessageBox::error(this, title, status.error());
        return;
    }
    refresh();
    emit filesChanged();
}

void QueuePage::claimSelected()
{
    act(m_workflow.queue().claim(m_actor, m_selected), tr("Ambil berkas"));
}

void QueuePage::completeSelected(const QString &given)
{
    QString outcome = given;
    if (outcome.isEmpty()) {
        const Result<ApplicationFile> file = m_workflow.files().file(m_selected);
        const QString suggestion = file ? file->service.outcome : QString();
        bool ok = false;
        outcome = InputDialogs::getText(this, tr("Selesaikan berkas"), tr("Hasil layanan (misalnya \"User ID aktif\"):"), QLineEdit::Normal,
                                        suggestion, &ok);
        if (!ok)
            return;
    }
    const qint64 id = m_selected;
    const Status s = m_workflow.queue().complete(m_actor, id, outcome);
    act(s, tr("Selesaikan berkas"));
    if (s)
        emit receiptRequested(id, QStringLiteral("done"));
}

void QueuePage::sendBackSelected(const QString &given)
{
    QString reason = given;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = InputDialogs::getMultiLineText(this, tr("Kembalikan ke helpdesk"), tr("Alasan dokumen tidak dapat diproses:"), QString(), &ok);
        if (!ok)
            return;
    }
    act(m_workflow.queue().sendBack(m_actor, m_selected, reason), tr("Kembalikan ke helpdesk"));
}

void QueuePage::pauseWithDialog()
{
    QStringList titles;
    for (PauseReason r : PauseReasons::all())
        titles << PauseReasons::title(r);
    bool ok = false;
    const QString chosen = InputDialogs::getItem(this, tr("Tunda berkas"), tr("Alasan penundaan (waktu layanan berhenti):"), titles, 0, &ok);
    if (!ok)
        return;
    const PauseReason reason = PauseReasons::all().at(titles.indexOf(chosen));
    QString text;
    if (reason == PauseReason::Other) {
        text = InputDialogs::getText(this, tr("Tunda berkas"), tr("Tuliskan alasannya:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    pauseSelected(reason, text);
}

void QueuePage::pauseSelected(PauseReason reason, const QString &text)
{
    act(m_workflow.queue().pause(m_actor, m_selected, reason, text), tr("Tunda berkas"));
}

void QueuePage::resumeSelected()
{
    act(m_workflow.queue().resume(m_actor, m_selected), tr("Lanjutkan berkas"));
}

void QueuePage::releaseSelected(const QString &given)
{
    if (!m_selected)
        return;
    QString reason = given;
    if (reason.isEmpty()) {
        const Result<Application> app = m_workflow.files().application(m_selected);
        const std::optional<QString> written = MessageBox::confirmWithText(
            this, tr("Lepas berkas"),
            tr("Lepaskan berkas %1 kembali ke antrian? Petugas lain dapat mengambilnya; waktu layanan tetap berjalan.")
                .arg(app ? app->number : QString()),
            tr("&Alasan melepas berkas (dicatat dalam riwayat):"), tr("&Lepas ke antrian"), true);
        if (!written)
            return;
        reason = *written;
    }
    act(m_workflow.queue().release(m_actor, m_selected, reason), tr("Lepas berkas"));
}

void QueuePage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("QueuePage/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("QueuePage/columns"), m_table->horizontalHeader()->saveState());
}

void QueuePage::restoreState(QSettings &settings)
{
    if (!m_splitter->restoreState(settings.value(QStringLiteral("QueuePage/splitter")).toByteArray()))
        m_splitter->setSizes({880, 480});
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("QueuePage/columns")).toByteArray());
}
