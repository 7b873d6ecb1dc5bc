#include "helpdesk/HelpdeskPage.h"

#include "accounts/Permissions.h"
#include "common/FileTableModel.h"
#include "complaints/LateFile.h"
#include "common/TableViews.h"
#include "common/MessageBox.h"
#include "common/Clock.h"
#include "helpdesk/CallBar.h"
#include "helpdesk/CheckInForm.h"
#include "helpdesk/ChecklistModel.h"
#include "helpdesk/DateDelegate.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

HelpdeskPage::HelpdeskPage(Database &db, Workflow &workflow, QWidget *parent) : QWidget(parent), m_db(db), m_workflow(workflow)
{
    setObjectName(QStringLiteral("HelpdeskPage"));

    // Left: check-in and the guest book.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *checkInBox = new QGroupBox(tr("Tamu baru (Ctrl+N)"), left);
    auto *checkInLayout = new QVBoxLayout(checkInBox);
    m_form = new CheckInForm(db, workflow, checkInBox);
    checkInLayout->addWidget(m_form);
    m_lastTicket = new QLabel(checkInBox);
    m_lastTicket->setObjectName(QStringLiteral("lastTicket"));
    m_lastTicket->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold; color: #0d47a1;"));
    checkInLayout->addWidget(m_lastTicket);
    leftLayout->addWidget(checkInBox);

    auto *bookBox = new QGroupBox(tr("Buku tamu"), left);
    auto *bookLayout = new QVBoxLayout(bookBox);
    auto *bookBar = new QHBoxLayout;
    m_day = new QDateEdit(m_workflow.calendar().today(), bookBox);
    m_day->setObjectName(QStringLiteral("guestBookDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_search = new QLineEdit(bookBox);
    m_search->setObjectName(QStringLiteral("guestBookSearch"));
    m_search->setPlaceholderText(tr("cari nama, penyedia, nomor antrian atau berkas (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *dayLabel = new QLabel(tr("Tanggal:"), bookBox);
    dayLabel->setBuddy(m_day);
    bookBar->addWidget(dayLabel);
    bookBar->addWidget(m_day);
    bookBar->addWidget(m_search, 1);
    bookLayout->addLayout(bookBar);

    m_bookModel = new FileTableModel(this);
    m_bookProxy = new QSortFilterProxyModel(this);
    m_bookProxy->setSourceModel(m_bookModel);
    m_bookProxy->setSortRole(FileTableModel::SortRole);
    m_bookProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_bookProxy->setFilterKeyColumn(-1);
    m_book = TableViews::makeList(bookBox, m_bookProxy, QStringLiteral("guestBook"));
    m_book->sortByColumn(FileTableModel::StatusColumn, Qt::AscendingOrder); // most urgent first, then by arrival
    for (int c : {FileTableModel::NumberColumn, FileTableModel::OfficerColumn, FileTableModel::DueColumn})
        m_book->hideColumn(c);
    bookLayout->addWidget(m_book);
    leftLayout->addWidget(bookBox, 1);

    // Right: the selected file's checklist.
    auto *rightColumn = new QWidget(this);
    auto *rightColumnLayout = new QVBoxLayout(rightColumn);
    rightColumnLayout->setContentsMargins(0, 0, 0, 0);
    auto *callBox = new QGroupBox(tr("Panggilan antrian"), rightColumn);
    callBox->setObjectName(QStringLiteral("callBox"));
    auto *callLayout = new QVBoxLayout(callBox);
    m_callBar = new CallBar(workflow, callBox);
    callLayout->addWidget(m_callBar);
    rightColumnLayout->addWidget(callBox);
    auto *right = new QGroupBox(tr("Pemeriksaan berkas"), rightColumn);
    rightColumnLayout->addWidget(right, 1);
    auto *rightLayout = new QVBoxLayout(right);
    m_fileTitle = new QLabel(tr("Pilih tamu di buku tamu."), right);
    m_fileTitle->setObjectName(QStringLiteral("fileTitle"));
    m_fileTitle->setWordWrap(true);
    m_fileTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    rightLayout->addWidget(m_fileTitle);
    m_checklist = new ChecklistModel(this);
    m_checklistView = new QTableView(right);
    m_checklistView->setObjectName(QStringLiteral("checklist"));
    m_checklistView->setModel(m_checklist);
    m_checklistView->setWordWrap(true);
    m_checklistView->setItemDelegateForColumn(ChecklistModel::ValidUntilColumn, new DateDelegate(m_checklistView));
    m_checklistView->verticalHeader()->hide();
    m_checklistView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_checklistView->horizontalHeader()->setSectionResizeMode(ChecklistModel::LabelColumn, QHeaderView::Stretch);
    m_checklistView->horizontalHeader()->setSectionResizeMode(ChecklistModel::OriginalColumn, QHeaderView::ResizeToContents);
    m_checklistView->horizontalHeader()->setSectionResizeMode(ChecklistModel::CopyColumn, QHeaderView::ResizeToContents);
    m_checklistView->horizontalHeader()->setSectionResizeMode(ChecklistModel::ValidUntilColumn, QHeaderView::ResizeToContents);
    m_checklistView->horizontalHeader()->setSectionResizeMode(ChecklistModel::VerdictColumn, QHeaderView::Interactive);
    m_checklistView->horizontalHeader()->resizeSection(ChecklistModel::VerdictColumn, 150);
    // Document names wrap at spaces and are never cut ("ditandatan…").
    m_checklistView->setTextElideMode(Qt::ElideNone);
    m_checklistView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    rightLayout->addWidget(m_checklistView, 1);
    auto *hint = new QLabel(tr("Spasi mencentang kolom Asli/Salinan; F2 atau ketik angka untuk mengisi tanggal berlaku."), right);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    rightLayout->addWidget(hint);
    m_verdict = new QLabel(right);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    rightLayout->addWidget(m_verdict);
    auto *buttons = new QHBoxLayout;
    m_accept = new QPushButton(tr("Te&rima && teruskan"), right);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_return = new QPushButton(tr("&Kembalikan berkas"), right);
    m_return->setObjectName(QStringLiteral("returnButton"));
    // A file of this guest book whose promise was broken: the complainant is usually here.
    // No letter: the page's letters are taken (as on the supervisor's page).
    m_lateComplaint = new QPushButton(tr("Catat pengaduan keterlambatan…"), right);
    m_lateComplaint->setObjectName(QStringLiteral("lateComplaintButton"));
    m_lateComplaint->setToolTip(tr("Janji waktu berkas ini lewat: pengaduan dengan riwayat waktu layanannya sebagai lampiran."));
    buttons->addWidget(m_accept);
    buttons->addWidget(m_return);
    buttons->addWidget(m_lateComplaint);
    rightLayout->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(rightColumn);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({690, 670});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    m_checklist->setWriter([this](const ChecklistItem &item) {
        ChecklistUpdate u{item.requirementId, item.originalSeen, item.copyReceived, item.validUntil, item.note};
        const Status s = m_workflow.documents().updateChecklist(m_actor, m_selected, u);
        return s ? QString() : s.error();
    });
    connect(m_checklist, &ChecklistModel::error, this, [this](const QString &message) { MessageBox::error(this, tr("Daftar periksa"), message); });
    // A click on a check box does not move Qt's current cell (the delegate takes the
    // press): the next key (Right, Space) would go to the cell the cursor was on before.
    connect(m_checklist, &ChecklistModel::edited, this, [this](const QModelIndex &index) {
        if (m_checklistView->currentIndex() != index)
            m_checklistView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    });
    connect(m_checklist, &ChecklistModel::changed, this, [this] {
        updateVerdict();
        // The first tick moves the file from "Terdaftar" to "Diperiksa helpdesk": the guest
        // book shows it at once. Same rows, so updated in place: selection and focus stay.
        refreshBook();
    });
    connect(m_form, &CheckInForm::checkedIn, this, [this](const CheckInResult &r) {
        m_lastTicket->setText(tr("Nomor antrian %1 — berkas %2").arg(r.queueNumber, r.applicationNumber));
        // Its warnings were shown, and confirmed, before the number was issued.
        m_day->setDate(m_workflow.calendar().today());
        refresh();
        selectApplication(r.applicationId);
        emit receiptRequested(r.applicationId, QStringLiteral("ticket"));
        emit filesChanged();
    });
    connect(m_callBar, &CallBar::called, this, [this](qint64 applicationId) {
        // The called visitor walks up: their file is the one the desk opens.
        if (m_day->date() != m_workflow.calendar().today())
            m_day->setDate(m_workflow.calendar().today());
        selectApplication(applicationId);
    });
    connect(m_callBar, &CallBar::recorded, this, &HelpdeskPage::callsChanged);
    connect(m_day, &QDateEdit::dateChanged, this, &HelpdeskPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_bookProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_book->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_selected = current.isValid() ? current.data(FileTableModel::ApplicationIdRole).toLongLong() : 0;
        showSelected();
    });
    connect(m_book, &QTableView::activated, this, [this] { m_checklistView->setFocus(); });
    connect(m_accept, &QPushButton::clicked, this, &HelpdeskPage::acceptSelected);
    connect(m_return, &QPushButton::clicked, this, &HelpdeskPage::returnSelected);
    connect(m_lateComplaint, &QPushButton::clicked, this, [this] {
        if (m_selected)
            emit lateComplaintRequested(m_selected);
    });

    auto *f2 = new QShortcut(QKeySequence::New, this);
    f2->setContext(Qt::WindowShortcut);
    connect(f2, &QShortcut::activated, m_form, &CheckInForm::startNew);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] { m_search->setFocus(); m_search->selectAll(); });
    auto *f3 = new QShortcut(QKeySequence(Qt::Key_F3), this);
    f3->setContext(Qt::WindowShortcut);
    connect(f3, &QShortcut::activated, this, [this] { m_book->setFocus(); });

    showSelected();
}

void HelpdeskPage::setActor(const User &actor)
{
    m_actor = actor;
    m_form->setActor(actor);
    m_callBar->setActor(actor);
    m_callBar->parentWidget()->setVisible(!m_callBar->isHidden());
}

void HelpdeskPage::refresh()
{
    refreshBook();
    m_callBar->refresh();
    TableViews::fitColumns(m_book, {{FileTableModel::StatusColumn, 125}, {FileTableModel::ClockColumn, 120}, {FileTableModel::DueColumn, 95},
                                     {FileTableModel::ServiceColumn, 128}, {FileTableModel::ApplicantColumn, 115},
                                     {FileTableModel::VendorColumn, 125}});
    if (m_selected)
        selectApplication(m_selected);
}

void HelpdeskPage::applyRemoteChanges(const QSet<qint64> &applications, bool everything)
{
    refreshBook();
    m_callBar->refresh();
    if (m_selected && (everything || applications.contains(m_selected)))
        showSelected();
}

void HelpdeskPage::setOnline(bool online)
{
    m_online = online;
    m_form->setOnline(online);
    m_callBar->setOnline(online);
    if (online) {
        showSelected();
        return;
    }
    m_accept->setEnabled(false);
    m_return->setEnabled(false);
    m_lateComplaint->setEnabled(false);
}

void HelpdeskPage::refreshBook()
{
    const Result<QList<FileSummary>> files = m_workflow.files().guestBook(m_day->date());
    if (!files)
        return; // the server is away, say: the rows stay as they were, read again once back
    const QDateTime now = Clock::nowUtc();
    m_bookModel->setNow(now);
    const QList<ClockReading> clocks = files ? m_workflow.clocks().glanceAll(files.value(), now) : QList<ClockReading>();
    m_bookModel->setFiles(files ? files.value() : QList<FileSummary>(), clocks);
}

void HelpdeskPage::selectApplication(qint64 applicationId)
{
    const int row = m_bookModel->rowOf(applicationId);
    if (row < 0) {
        m_selected = applicationId;
        showSelected();
        return;
    }
    const QModelIndex index = m_bookProxy->mapFromSource(m_bookModel->index(row, FileTableModel::QueueColumn));
    m_book->setCurrentIndex(index);
    m_selected = applicationId;
    showSelected();
}

void HelpdeskPage::showSelected()
{
    const Result<Application> app = m_selected ? m_workflow.files().application(m_selected) : Result<Application>::failure(QString());
    if (!app) {
        m_checklist->setItems({}, false);
        m_fileTitle->setText(tr("Pilih tamu di buku tamu."));
        m_verdict->clear();
        m_accept->setEnabled(false);
        m_return->setEnabled(false);
        m_lateComplaint->setEnabled(false);
        return;
    }
    {
        const Result<ClockReading> clock = ApplicationStatuses::isAtHelpdesk(app->status) ? Result<ClockReading>(ClockReading())
                                                                                          : m_workflow.clocks().read(app.value());
        m_lateComplaint->setEnabled(m_online && clock && LateFile::isLate(clock.value()) && Permissions::userMay(m_actor, Action::RecordComplaint));
    }
    const bool editable = ApplicationStatuses::isChecklistOpen(app->status);
    const Result<QList<ChecklistItem>> items = m_workflow.documents().checklist(m_selected);
    m_checklist->setToday(m_workflow.calendar().today());
    m_checklist->setItems(items ? items.value() : QList<ChecklistItem>(), editable);
    const int row = m_bookModel->rowOf(m_selected);
    const FileSummary *f = m_bookModel->fileAt(row);
    m_fileTitle->setText(f ? tr("%1 · %2 · %3 — %4").arg(f->queueNumber, f->applicantName, f->vendorName, ApplicationStatuses::title(app->status))
                           : app->number);
    const QList<FileAction> can = m_workflow.actions().allowed(m_actor, app.value());
    m_accept->setEnabled(m_online && can.contains(FileAction::Accept));
    m_return->setEnabled(m_online && can.contains(FileAction::Return));
    updateVerdict();
}

void HelpdeskPage::updateVerdict()
{
    if (!m_selected) {
        m_verdict->clear();
        return;
    }
    const Result<Completeness> c = m_workflow.documents().completeness(m_selected);
    if (!c) {
        m_verdict->setText(c.error());
        return;
    }
    const Result<Application> app = m_workflow.files().application(m_selected);
    const bool atHelpdesk = app && ApplicationStatuses::isAtHelpdesk(app->status);
    if (app && !atHelpdesk) {
        // Handed off, returned or finished: nothing left to press here.
        m_verdict->setText(tr("<b>%1.</b> Berkas tidak lagi di meja helpdesk.").arg(ApplicationStatuses::title(app->status).toHtmlEscaped()));
    } else if (const FileSummary *f = m_bookModel->fileAt(m_bookModel->rowOf(m_selected)); c->complete && f && f->serviceNumber == Service::kOtherNumber) {
        // Layanan lain (Pasal 9): nothing to check; what was asked goes on with the file.
        const Result<ApplicationFile> file = m_workflow.files().file(m_selected);
        m_verdict->setText(tr("<b>Layanan lain, belum ada standar (Pasal 9).</b> Yang diminta: %1. Tidak ada daftar periksa; tekan "
                              "\"Terima & teruskan\" untuk meneruskannya ke verifikator.")
                               .arg(file ? file->visit.request.toHtmlEscaped() : QString()));
    } else if (c->complete) {
        m_verdict->setText(tr("<b style='color:#1b5e20'>Lengkap.</b> Tekan \"Terima & teruskan\"."));
    } else {
        QStringList labels;
        for (const MissingItem &m : c->missing)
            labels << m.label.toHtmlEscaped();
        m_verdict->setText(tr("<b style='color:#b00020'>Belum lengkap (%1):</b> %2").arg(c->missing.size()).arg(labels.join(QStringLiteral("; "))));
    }
    m_accept->setEnabled(m_online && app && m_workflow.documents().mayAccept(m_actor, app.value(), c.value()));
    // Refresh the status column without losing the selection.
    if (app)
        m_fileTitle->setText(m_fileTitle->text().section(QStringLiteral(" — "), 0, 0) + QStringLiteral(" — ") + ApplicationStatuses::title(app->status));
}

void HelpdeskPage::acceptSelected()
{
    if (!m_selected)
        return;
    const Status s = m_workflow.documents().accept(m_actor, m_selected);
    if (!s) {
        MessageBox::error(this, tr("Terima & teruskan"), s.error());
        return;
    }
    const qint64 id = m_selected;
    refresh();
    emit receiptRequested(id, QStringLiteral("document"));
    emit filesChanged();
}

void HelpdeskPage::returnSelected()
{
    if (!m_selected)
        return;
    const Result<Application> app = m_workflow.files().application(m_selected);
    const Result<Completeness> c = m_workflow.documents().completeness(m_selected);
    if (!app || !c) {
        MessageBox::error(this, tr("Kembalikan berkas"), !app ? app.error() : c.error());
        return;
    }
    QString text;
    if (c->missing.isEmpty()) {
        text = tr("Kembalikan berkas %1 kepada pemohon?").arg(app->number);
    } else {
        QStringList lines;
        for (const MissingItem &m : c->missing)
            lines << (m.problems.isEmpty() ? QStringLiteral("• %1").arg(m.label)
                                           : QStringLiteral("• %1 (%2)").arg(m.label, m.problems.join(QStringLiteral(", "))));
        text = tr("Kembalikan berkas %1 kepada pemohon? Yang belum lengkap (%2):\n%3")
                   .arg(app->number)
                   .arg(c->missing.size())
                   .arg(lines.join(QLatin1Char('\n')));
    }
    const std::optional<QString> note = MessageBox::confirmWithText(this, tr("Kembalikan berkas"), text,
                                                                    tr("&Catatan untuk pemohon (boleh dikosongkan):"),
                                                                    tr("&Kembalikan berkas"), false);
    if (!note)
        return;
    const Result<QList<MissingItem>> missing = m_workflow.documents().returnToApplicant(m_actor, m_selected, *note);
    if (!missing) {
        MessageBox::error(this, tr("Kembalikan berkas"), missing.error());
        return;
    }
    const qint64 id = m_selected;
    refresh();
    emit receiptRequested(id, QStringLiteral("return"));
    emit filesChanged();
}

void HelpdeskPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("HelpdeskPage/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("HelpdeskPage/guestBook"), m_book->horizontalHeader()->saveState());
}

void HelpdeskPage::restoreState(QSettings &settings)
{
    if (!m_splitter->restoreState(settings.value(QStringLiteral("HelpdeskPage/splitter")).toByteArray()))
        m_splitter->setSizes({700, 660});
    m_book->horizontalHeader()->restoreState(settings.value(QStringLiteral("HelpdeskPage/guestBook")).toByteArray());
}
