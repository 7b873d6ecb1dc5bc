#include "supervisor/SupervisorPage.h"

#include "desks/DeskSessions.h"
#include "storage/Database.h"
#include "accounts/Permissions.h"
#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "common/FileTableModel.h"
#include "common/TableViews.h"
#include "common/FileView.h"
#include "complaints/LateFile.h"
#include "common/MessageBox.h"
#include "common/Reveal.h"
#include "supervisor/PersonDataDialog.h"

#include <QColor>
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include "common/InputDialogs.h"

#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

SupervisorPage::SupervisorPage(Database &db, Workflow &workflow, QWidget *parent) : QWidget(parent), m_db(db), m_workflow(workflow)
{
    setObjectName(QStringLiteral("SupervisorPage"));
    m_model = new FileTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FileTableModel::SortRole);
    m_table = TableViews::makeList(this, m_proxy, QStringLiteral("allOpen"));
    m_table->sortByColumn(FileTableModel::StatusColumn, Qt::AscendingOrder); // most urgent first
    m_table->hideColumn(FileTableModel::NumberColumn);

    m_counts = new QTableWidget(this);
    m_counts->setObjectName(QStringLiteral("todayCounts"));
    m_counts->setColumnCount(7);
    m_counts->setHorizontalHeaderLabels({tr("Layanan"), tr("Tamu"), tr("Selesai"), tr("Dikembalikan"), tr("Terbuka"), tr("Ditunda"), tr("Batal")});
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_view = new FileView(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("supervisorSummary"));
    m_discretion = new QPushButton(tr("&Diskresi (Pasal 6)…"), this);
    m_discretion->setObjectName(QStringLiteral("discretionButton"));
    m_release = new QPushButton(tr("L&epas berkas petugas yang berhalangan"), this);
    m_release->setObjectName(QStringLiteral("releaseAnyButton"));
    // No letter: the page's letters are taken; the button follows Lepas in the Tab order.
    m_lateComplaint = new QPushButton(tr("Catat pengaduan keterlambatan…"), this);
    m_lateComplaint->setObjectName(QStringLiteral("lateComplaintButton"));
    m_lateComplaint->setToolTip(tr("Janji waktu berkas ini lewat: pengaduan dengan riwayat waktu layanannya sebagai lampiran."));

    auto *openBox = new QGroupBox(tr("Semua berkas terbuka"), this);
    auto *openLayout = new QVBoxLayout(openBox);
    openLayout->addWidget(m_table, 1);
    openLayout->addWidget(m_summary);
    auto *countsBox = new QGroupBox(tr("Hari ini per layanan"), this);
    auto *countsLayout = new QVBoxLayout(countsBox);
    countsLayout->addWidget(m_counts);

    m_desks = new QTableWidget(this);
    m_desks->setObjectName(QStringLiteral("desks"));
    m_desks->setColumnCount(5);
    m_desks->setHorizontalHeaderLabels({tr("Meja"), tr("Petugas"), tr("Masuk sejak"), tr("Terakhir terlihat"), tr("Keadaan")});
    m_desks->verticalHeader()->hide();
    m_desks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_desks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_desks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_desks->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_abandonedTitle = new QLabel(this);
    m_abandonedTitle->setObjectName(QStringLiteral("abandonedTitle"));
    m_abandonedTitle->setWordWrap(true);
    m_abandoned = new QListWidget(this);
    m_abandoned->setObjectName(QStringLiteral("abandonedFiles"));
    m_abandoned->setMaximumHeight(90);
    auto *desksBox = new QGroupBox(tr("Meja dan petugas"), this);
    auto *desksLayout = new QVBoxLayout(desksBox);
    desksLayout->addWidget(m_desks, 1);
    desksLayout->addWidget(m_abandonedTitle);
    desksLayout->addWidget(m_abandoned);
    connect(m_abandoned, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        selectFile(item->data(Qt::UserRole).toLongLong());
        m_table->setFocus();
    });

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(openBox);
    left->addWidget(countsBox);
    left->addWidget(desksBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setStretchFactor(2, 2);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_view, 1);
    // Two rows, so that the list beside can be wide enough for all its columns.
    auto *buttons = new QGridLayout;
    auto *reveal = new QPushButton(tr("Buka data pr&ibadi…"), this);
    buttons->addWidget(m_discretion, 0, 0);
    buttons->addWidget(reveal, 0, 1);
    buttons->addWidget(m_release, 1, 0);
    buttons->addWidget(m_lateComplaint, 1, 1);
    connect(m_lateComplaint, &QPushButton::clicked, this, [this] {
        if (m_selected)
            emit lateComplaintRequested(m_selected);
    });
    // A person's own data (UU 27/2022): everything about one NIK, printable, correctable.
    auto *person = new QPushButton(tr("Data pribadi seseorang…"), this);
    person->setObjectName(QStringLiteral("personData"));
    buttons->addWidget(person, 2, 0, 1, 2);
    connect(person, &QPushButton::clicked, this, [this] {
        PersonDataDialog dialog(m_db, m_actor, m_workflow.calendar().timeZone(), this);
        dialog.exec();
    });
    connect(reveal, &QPushButton::clicked, this, [this] { Reveal::ask(this, m_db, m_actor, m_selected); });
    rightLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 480});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_selected = current.isValid() ? current.data(FileTableModel::ApplicationIdRole).toLongLong() : 0;
        showSelected();
    });
    connect(m_discretion, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = InputDialogs::getMultiLineText(this, tr("Diskresi Kepala Bagian"),
                                                              tr("Alasan tertulis menerima berkas yang belum lengkap (Pasal 6):"), QString(), &ok);
        if (ok)
            useDiscretion(m_selected, reason);
    });
    connect(m_release, &QPushButton::clicked, this, [this] {
        if (!m_selected)
            return;
        const Result<ApplicationFile> file = m_workflow.files().file(m_selected);
        const std::optional<QString> reason = MessageBox::confirmWithText(
            this, tr("Lepas berkas"),
            tr("Lepaskan berkas %1 yang dipegang %2 kembali ke antrian? Petugas lain dapat mengambilnya.")
                .arg(file ? file->application.number : QString(), file ? file->claimedByName : QString()),
            tr("&Alasan melepas berkas (dicatat dalam riwayat):"), tr("&Lepas ke antrian"), true);
        if (!reason)
            return;
        const Status s = m_workflow.queue().release(m_actor, m_selected, *reason);
        if (!s)
            MessageBox::error(this, tr("Lepas berkas"), s.error());
        refresh();
        emit filesChanged();
    });
    m_timer = new QTimer(this);
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, &SupervisorPage::refresh);
    m_timer->start();
}

void SupervisorPage::setActor(const User &actor)
{
    m_actor = actor;
    m_discretion->setVisible(Permissions::userMay(actor, Action::Discretion));
    m_lateComplaint->setVisible(Permissions::userMay(actor, Action::RecordComplaint));
    refresh();
}

bool SupervisorPage::useDiscretion(qint64 applicationId, const QString &reason)
{
    const Status s = m_workflow.documents().discretion(m_actor, applicationId, reason);
    if (!s) {
        MessageBox::error(this, tr("Diskresi"), s.error());
        return false;
    }
    refresh();
    emit filesChanged();
    return true;
}

void SupervisorPage::setOnline(bool online)
{
    m_online = online;
    if (online) {
        showSelected();
        return;
    }
    m_discretion->setEnabled(false);
    m_release->setEnabled(false);
}

void SupervisorPage::selectFile(qint64 applicationId)
{
    const int row = m_model->rowOf(applicationId);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, FileTableModel::QueueColumn)));
}

void SupervisorPage::refreshDesks()
{
    const QDateTime now = Clock::nowUtc();
    DeskSessions desks(m_db);
    const Result<QList<DeskSessions::Session>> open = desks.open(now);
    m_desks->setRowCount(0);
    const auto local = [](const QDateTime &t) { return FileTableModel::localTime(t, t.toLocalTime().date() != Clock::nowUtc().toLocalTime().date()); };
    if (open) {
        for (const DeskSessions::Session &session : open.value()) {
            const int row = m_desks->rowCount();
            m_desks->insertRow(row);
            const QStringList cells = {session.desk, session.userName, local(session.startedAt), local(session.seenAt),
                                       session.silent ? tr("tidak terlihat: PC mati, macet, atau terputus") : tr("aktif")};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                if (session.silent)
                    item->setForeground(QColor(0x9c, 0x1c, 0x1c));
                m_desks->setItem(row, c, item);
            }
        }
    }
    const int minutes = desks.abandonedMinutes();
    const Result<QList<DeskSessions::AbandonedFile>> flagged = desks.abandonedFiles(now, minutes);
    m_abandoned->clear();
    if (flagged) {
        for (const DeskSessions::AbandonedFile &f : flagged.value()) {
            auto *item = new QListWidgetItem(tr("%1 — dipegang %2 di %3, tidak terlihat sejak %4")
                                                 .arg(f.number, f.handlerName, f.desk, local(f.lastSeen)), m_abandoned);
            item->setData(Qt::UserRole, f.applicationId);
        }
    }
    const qsizetype held = flagged ? flagged->size() : 0;
    m_abandonedTitle->setText(held == 0 ? tr("Tidak ada berkas yang tertahan di meja yang tidak terlihat lebih dari %1 menit.").arg(minutes)
                                        : tr("%1 berkas tertahan di meja yang tidak terlihat lebih dari %2 menit: pilih (Enter), lalu "
                                             "\"Lepas berkas petugas yang berhalangan\".").arg(held).arg(minutes));
    m_abandoned->setVisible(held > 0);
}

void SupervisorPage::refresh()
{
    if (!m_online || !m_db.isConnected())
        return; // the rows stay as they were until the server is back
    refreshDesks();
    QList<FileSummary> files;
    if (const auto atHelpdesk = m_workflow.files().helpdeskWork())
        files << atHelpdesk.value();
    if (const auto queued = m_workflow.files().openQueue())
        files << queued.value();
    const QDateTime now = Clock::nowUtc();
    const QList<ClockReading> clocks = m_workflow.clocks().glanceAll(files, now);
    int overdue = 0;
    for (const ClockReading &c : clocks)
        overdue += c.started && c.state == ClockState::Overdue;
    m_model->setNow(now);
    m_model->setFiles(files, clocks);
    TableViews::fitColumns(m_table, {{FileTableModel::StatusColumn, 125}, {FileTableModel::ClockColumn, 120}, {FileTableModel::DueColumn, 95},
                                     {FileTableModel::ServiceColumn, 128}, {FileTableModel::ApplicantColumn, 115},
                                     {FileTableModel::VendorColumn, 125}});
    m_summary->setText(tr("%1 berkas terbuka, %2 terlambat.").arg(IdNumber::format(qint64(files.size())), IdNumber::format(overdue)));

    const Result<ServiceCatalog> catalog = CatalogStore(m_db).current(CalendarStore(m_db).today());
    const Result<QList<ServiceDayCount>> counts = m_workflow.files().dayCounts(now.toTimeZone(m_workflow.calendar().timeZone()).date());
    m_counts->setRowCount(0);
    ServiceDayCount total;
    if (counts) {
        for (const ServiceDayCount &c : counts.value()) {
            const int row = m_counts->rowCount();
            m_counts->insertRow(row);
            const Service *s = catalog ? catalog->service(c.serviceNumber) : nullptr;
            const QStringList cells = {s ? s->title() : QString::number(c.serviceNumber),
                                       IdNumber::format(c.visits), IdNumber::format(c.done), IdNumber::format(c.returned),
                                       IdNumber::format(c.open), IdNumber::format(c.paused), IdNumber::format(c.cancelled)};
            for (int col = 0; col < cells.size(); ++col)
                m_counts->setItem(row, col, new QTableWidgetItem(cells.at(col)));
            total.visits += c.visits;
            total.done += c.done;
            total.returned += c.returned;
            total.open += c.open;
            total.paused += c.paused;
            total.cancelled += c.cancelled;
        }
    }
    const int row = m_counts->rowCount();
    m_counts->insertRow(row);
    const QStringList cells = {tr("Jumlah"), IdNumber::format(total.visits), IdNumber::format(total.done), IdNumber::format(total.returned),
                               IdNumber::format(total.open), IdNumber::format(total.paused), IdNumber::format(total.cancelled)};
    for (int col = 0; col < cells.size(); ++col) {
        auto *item = new QTableWidgetItem(cells.at(col));
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        m_counts->setItem(row, col, item);
    }
    if (m_selected && m_model->rowOf(m_selected) >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(m_model->rowOf(m_selected), 0)));
    else if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showSelected();
}

void SupervisorPage::showSelected()
{
    const Result<ApplicationFile> file = m_selected ? m_workflow.files().file(m_selected) : Result<ApplicationFile>::failure(QString());
    if (!file) {
        m_view->showNothing(tr("Pilih berkas untuk melihat rinciannya."));
        m_discretion->setEnabled(false);
        m_release->setEnabled(false);
        m_lateComplaint->setEnabled(false);
        return;
    }
    m_view->showFile(file.value());
    m_lateComplaint->setEnabled(LateFile::isLate(file->clock));
    const QList<FileAction> can = m_workflow.actions().allowed(m_actor, file->application);
    m_discretion->setEnabled(m_online && can.contains(FileAction::Discretion));
    m_release->setEnabled(m_online && can.contains(FileAction::Release));
}
