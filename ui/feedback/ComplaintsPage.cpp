#include "feedback/ComplaintsPage.h"

#include "accounts/Permissions.h"
#include "common/InputDialogs.h"
#include "common/MessageBox.h"
#include "complaints/ComplaintRules.h"
#include "complaints/ComplaintRegister.h"
#include "complaints/ComplaintStore.h"
#include "complaints/LaporFollowUp.h"
#include "complaints/LateFile.h"
#include "print/LateFileAnnex.h"
#include "print/PaperProfile.h"
#include "print/PrintDialogs.h"
#include "common/FileDialogs.h"
#include "feedback/ComplaintForm.h"
#include "feedback/ComplaintTableModel.h"
#include "feedback/ComplaintView.h"
#include "receipts/ReceiptSource.h"
#include "settings/OfficeSettings.h"
#include "storage/LiveFiles.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
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

ComplaintsPage::ComplaintsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_store(std::make_unique<ComplaintStore>(db)), m_register(std::make_unique<ComplaintRegister>(*m_store))
{
    setObjectName(QStringLiteral("ComplaintsPage"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *findLabel = new QLabel(tr("&Buka pengaduan nomor:"), left);
    m_find = new QLineEdit(left);
    m_find->setObjectName(QStringLiteral("findComplaint"));
    m_find->setPlaceholderText(tr("mis. ADU-2026-0001 (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    findLabel->setBuddy(m_find);
    m_openOnly = new QCheckBox(tr("Hanya yang &terbuka"), left);
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    m_openOnly->setChecked(true);
    m_record = new QPushButton(tr("Catat pengaduan… (F2)"), left);
    m_record->setObjectName(QStringLiteral("recordComplaintButton"));
    top->addWidget(findLabel);
    top->addWidget(m_find, 1);
    top->addWidget(m_openOnly);
    top->addWidget(m_record);
    leftLayout->addLayout(top);

    m_model = new ComplaintTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComplaintTableModel::SortRole);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("complaints"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ComplaintTableModel::AcknowledgementColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMaximumSectionSize(280);
    leftLayout->addWidget(m_table, 1);
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("complaintSummary"));
    leftLayout->addWidget(m_summary);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new ComplaintView(right);
    rightLayout->addWidget(m_view, 1);
    auto *buttons = new QGridLayout;
    auto button = [&](const QString &text, const char *name, int row, int column) {
        auto *b = new QPushButton(text, right);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b, row, column);
        return b;
    };
    m_check = button(tr("Cek a&dministrasi"), "checkButton", 0, 0);
    m_acknowledge = button(tr("Tanggapan a&wal…"), "acknowledgeButton", 0, 1);
    m_coordinate = button(tr("K&oordinasi…"), "coordinateButton", 0, 2);
    m_respond = button(tr("Ta&nggapi…"), "respondButton", 1, 0);
    m_finish = button(tr("S&elesai…"), "finishButton", 1, 1);
    m_amend = button(tr("Lengkap&i isi…"), "amendButton", 1, 2);
    m_acceptLate = button(tr("Te&rima walau lewat 30 hari…"), "acceptLateButton", 2, 0);
    m_refuse = button(tr("Tola&k (lewat 30 hari)…"), "refuseButton", 2, 1);
    m_print = button(tr("Cetak tanda terima"), "printComplaintButton", 2, 2);
    m_copyLapor = button(tr("Salin untuk SP4N-LAPOR!"), "copyLaporButton", 3, 0);
    m_saveLapor = button(tr("Simpan teks SP4N-LAPOR!…"), "saveLaporButton", 3, 1);
    m_copyLapor->setToolTip(tr("Tanggapan awal dan tanggapan, dengan tanggal dan batas 3 dan 6 hari kerja, untuk admin SP4N-LAPOR!"));
    m_saveLapor->setToolTip(m_copyLapor->toolTip());
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
        m_selected = current.isValid() ? current.data(ComplaintTableModel::ComplaintIdRole).toLongLong() : 0;
        showSelected();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (openNumber(m_find->text()))
            m_find->clear();
    });
    connect(m_openOnly, &QCheckBox::toggled, this, &ComplaintsPage::refresh);
    connect(m_record, &QPushButton::clicked, this, &ComplaintsPage::recordWithForm);
    connect(m_amend, &QPushButton::clicked, this, &ComplaintsPage::amendWithForm);
    connect(m_check, &QPushButton::clicked, this, &ComplaintsPage::startCheckSelected);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { acknowledgeSelected(); });
    connect(m_coordinate, &QPushButton::clicked, this, [this] { coordinateSelected(); });
    connect(m_respond, &QPushButton::clicked, this, [this] { respondSelected(); });
    connect(m_finish, &QPushButton::clicked, this, [this] { finishSelected(); });
    connect(m_acceptLate, &QPushButton::clicked, this, [this] { acceptLateSelected(); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { refuseSelected(); });
    connect(m_print, &QPushButton::clicked, this, &ComplaintsPage::printSelected);
    connect(m_copyLapor, &QPushButton::clicked, this, &ComplaintsPage::copyLaporSelected);
    connect(m_saveLapor, &QPushButton::clicked, this, &ComplaintsPage::saveLaporWithDialog);
    // Whenever this page is the one shown, wherever the cursor is (the tab bar too).
    auto *record = new QShortcut(QKeySequence(Qt::Key_F2), this);
    record->setContext(Qt::WindowShortcut);
    connect(record, &QShortcut::activated, m_record, &QPushButton::click);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] { m_find->setFocus(); m_find->selectAll(); });

    // Deadlines turn amber and red as time passes.
    m_timer = new QTimer(this);
    m_timer->setInterval(60000);
    connect(m_timer, &QTimer::timeout, this, &ComplaintsPage::refresh);
    m_timer->start();
    showSelected();
}

ComplaintsPage::~ComplaintsPage() = default;

void ComplaintsPage::setActor(const User &actor)
{
    m_actor = actor;
    refresh();
}

void ComplaintsPage::refresh()
{
    const Result<QList<Complaint>> list = m_store->list(m_openOnly->isChecked());
    QList<ComplaintDeadlines> deadlines;
    int overdue = 0, dueSoon = 0, awaiting = 0;
    if (list) {
        for (const Complaint &c : list.value()) {
            const ComplaintDeadlines d = m_store->deadlines(c);
            deadlines << d;
            overdue += d.overdue();
            dueSoon += d.acknowledgement.state == DeadlineState::DueSoon || d.response.state == DeadlineState::DueSoon;
            awaiting += c.awaitsWindowDecision();
        }
    }
    m_model->setComplaints(list ? list.value() : QList<Complaint>(), deadlines);
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1 pengaduan · %2 segera jatuh tempo · %3 terlambat · %4 menunggu keputusan batas 30 hari")
                           .arg(m_model->rowCount()).arg(dueSoon).arg(overdue).arg(awaiting));
    if (m_selected && m_model->rowOf(m_selected) >= 0)
        select(m_selected);
    else if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, ComplaintTableModel::NumberColumn));
    else {
        m_selected = 0;
        showSelected();
    }
}

void ComplaintsPage::select(qint64 complaintId)
{
    const int row = m_model->rowOf(complaintId);
    m_selected = complaintId;
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, ComplaintTableModel::NumberColumn)));
    showSelected();
}

bool ComplaintsPage::openNumber(const QString &typed)
{
    const Result<Complaint> found = m_store->findByNumber(typed);
    if (!found) {
        MessageBox::error(this, tr("Buka pengaduan"), found.error());
        return false;
    }
    if (m_model->rowOf(found->id) < 0 && m_openOnly->isChecked()) {
        const QSignalBlocker blocker(m_openOnly);
        m_openOnly->setChecked(false);
        m_selected = found->id;
        refresh();
    }
    select(found->id);
    return true;
}

void ComplaintsPage::showSelected()
{
    const Result<Complaint> c = m_selected ? m_store->complaint(m_selected) : Result<Complaint>::failure(QString());
    const bool have = c.ok();
    if (!have) {
        m_view->showNothing(tr("Pilih pengaduan dalam daftar, atau catat pengaduan baru (F2)."));
    } else {
        const Result<QList<Event>> history = m_store->history(m_selected);
        m_view->showComplaint(c.value(), m_store->deadlines(c.value()), history ? history.value() : QList<Event>());
    }
    const bool handle = Permissions::userMay(m_actor, Action::HandleComplaint);
    const bool recordAllowed = Permissions::userMay(m_actor, Action::RecordComplaint);
    const ComplaintStage stage = have ? c->stage : ComplaintStage::Finished;
    const bool open = have && !ComplaintStages::isFinal(stage);
    const bool decided = have && !c->awaitsWindowDecision();
    m_record->setEnabled(recordAllowed);
    m_amend->setEnabled(open && (recordAllowed || handle) && !c->isComplete());
    m_check->setEnabled(handle && decided && stage == ComplaintStage::Received);
    m_acknowledge->setEnabled(handle && decided && stage == ComplaintStage::AdministrativeCheck && !c->acknowledgedAt.isValid());
    m_coordinate->setEnabled(handle && decided && stage == ComplaintStage::AdministrativeCheck && c->acknowledgedAt.isValid());
    m_respond->setEnabled(handle && decided && stage == ComplaintStage::Coordination);
    m_finish->setEnabled(handle && stage == ComplaintStage::Responded);
    m_acceptLate->setEnabled(handle && open && c->awaitsWindowDecision());
    m_refuse->setEnabled(handle && open && c->awaitsWindowDecision());
    m_print->setEnabled(have && Permissions::userMay(m_actor, Action::PrintReceipt));
    const bool viaLapor = have && c->content.channel == FeedbackChannel::Sp4nLapor;
    m_copyLapor->setEnabled(viaLapor);
    m_saveLapor->setEnabled(viaLapor);
}

bool ComplaintsPage::act(const Status &status, const QString &title)
{
    if (!status) {
        MessageBox::error(this, title, status.error());
        return false;
    }
    refresh();
    emit complaintsChanged();
    return true;
}

QString ComplaintsPage::askText(const QString &title, const QString &label, bool multiline)
{
    bool ok = false;
    const QString text = multiline ? InputDialogs::getMultiLineText(this, title, label, QString(), &ok)
                                   : InputDialogs::getText(this, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? text : QString();
}

ComplaintReceipt ComplaintsPage::receiptFor(const Complaint &c)
{
    return ReceiptSource::complaintReceipt(*m_store, c);
}

void ComplaintsPage::recordWithForm()
{
    ComplaintForm form(*m_register, m_actor, this);
    if (form.exec() != QDialog::Accepted)
        return;
    m_openOnly->setChecked(true);
    m_selected = form.complaintId();
    refresh();
    emit complaintsChanged();
    const Result<Complaint> c = m_store->complaint(form.complaintId());
    if (c)
        emit receiptRequested(receiptFor(c.value()));
}

qint64 ComplaintsPage::recordLateFile(const ClockTimeline &timeline)
{
    const QTimeZone zone = m_store->calendar().timeZone();
    const Result<ComplaintInput> draft = LateFile::draft(timeline, zone);
    if (!draft) {
        MessageBox::error(this, tr("Pengaduan keterlambatan"), draft.error());
        return 0;
    }
    ComplaintForm form(*m_register, m_actor, this);
    form.setWindowTitle(tr("Pengaduan keterlambatan berkas %1").arg(timeline.file.application.number));
    form.setInput(draft.value());
    if (form.exec() != QDialog::Accepted)
        return 0;
    m_selected = form.complaintId();
    refresh();
    emit complaintsChanged();
    const Result<Complaint> c = m_store->complaint(form.complaintId());
    if (!c)
        return m_selected;
    emit receiptRequested(receiptFor(c.value()));
    const Result<OfficeIdentity> office = OfficeSettings(m_store->database()).load();
    DocumentPrinter::Options options;
    options.title = tr("Lampiran pengaduan %1").arg(c->number);
    PrintDialogs::preview(this, PaperProfile(PaperProfile::Size::A4),
                          LateFileAnnex::builder(office ? office.value() : OfficeIdentity::defaults(), c->number,
                                                 LateFile::annexLines(timeline, zone)),
                          options);
    return m_selected;
}

bool ComplaintsPage::recordComplaint(const ComplaintInput &input)
{
    const Result<Complaint> c = m_register->record(m_actor, input);
    if (!c) {
        MessageBox::error(this, tr("Catat pengaduan"), c.error());
        return false;
    }
    m_selected = c->id;
    refresh();
    emit complaintsChanged();
    emit receiptRequested(receiptFor(c.value()));
    return true;
}

void ComplaintsPage::amendWithForm()
{
    const Result<Complaint> c = m_store->complaint(m_selected);
    if (!c)
        return;
    ComplaintForm form(*m_register, m_actor, this);
    form.setAmending(c.value());
    if (form.exec() == QDialog::Accepted) {
        refresh();
        emit complaintsChanged();
    }
}

void ComplaintsPage::startCheckSelected()
{
    act(m_register->startCheck(m_actor, m_selected), tr("Cek administrasi"));
}

void ComplaintsPage::acknowledgeSelected(const QString &given, bool ask)
{
    QString note = given;
    if (note.isEmpty() && ask) {
        const Result<Complaint> c = m_store->complaint(m_selected);
        if (!c)
            return;
        bool ok = false;
        note = InputDialogs::getMultiLineText(this, tr("Tanggapan awal"),
                                              tr("Tanggapan awal yang disampaikan kepada pengadu:\n\n%1\n\nCatatan tambahan (boleh kosong):")
                                                  .arg(ComplaintRules::acknowledgementText(c.value())),
                                              QString(), &ok);
        if (!ok)
            return;
    }
    act(m_register->acknowledge(m_actor, m_selected, note), tr("Tanggapan awal"));
}

void ComplaintsPage::coordinateSelected(const QString &given, bool ask)
{
    QString note = given;
    if (note.isEmpty() && ask) {
        bool ok = false;
        note = InputDialogs::getText(this, tr("Koordinasi"), tr("Koordinasi internal/eksternal dengan (boleh kosong):"), QLineEdit::Normal,
                                     QString(), &ok);
        if (!ok)
            return;
    }
    act(m_register->coordinate(m_actor, m_selected, note), tr("Koordinasi"));
}

void ComplaintsPage::respondSelected(const QString &given)
{
    const QString text = given.isEmpty() ? askText(tr("Tanggapi pengaduan"), tr("Tanggapan kepada pengadu:"), true) : given;
    if (text.isEmpty())
        return;
    act(m_register->respond(m_actor, m_selected, text), tr("Tanggapi pengaduan"));
}

void ComplaintsPage::finishSelected(const QString &given)
{
    const QString text = given.isEmpty() ? askText(tr("Selesaikan pengaduan"), tr("Penyelesaian:"), true) : given;
    if (text.isEmpty())
        return;
    act(m_register->finish(m_actor, m_selected, text), tr("Selesaikan pengaduan"));
}

void ComplaintsPage::acceptLateSelected(const QString &given)
{
    const QString reason = given.isEmpty() ? askText(tr("Terima pengaduan"), tr("Alasan tetap menerima pengaduan yang lewat 30 hari:"), true)
                                           : given;
    if (reason.isEmpty())
        return;
    act(m_register->acceptLate(m_actor, m_selected, reason), tr("Terima pengaduan"));
}

void ComplaintsPage::refuseSelected(const QString &given)
{
    const QString reason = given.isEmpty() ? askText(tr("Tolak pengaduan"), tr("Alasan penolakan (dicatat dan disampaikan kepada pengadu):"), true)
                                           : given;
    if (reason.isEmpty())
        return;
    act(m_register->refuse(m_actor, m_selected, reason), tr("Tolak pengaduan"));
}

void ComplaintsPage::printSelected()
{
    const Result<Complaint> c = m_store->complaint(m_selected);
    if (c)
        emit receiptRequested(receiptFor(c.value()));
}

Result<QString> ComplaintsPage::laporTextSelected()
{
    const Result<Complaint> c = m_store->complaint(m_selected);
    if (!c)
        return Result<QString>::failure(c.error());
    const Result<OfficeIdentity> office = OfficeSettings(m_db).load();
    if (!office)
        return Result<QString>::failure(office.error());
    return LaporFollowUp::text(c.value(), m_store->deadlines(c.value()), m_store->calendar().timeZone(),
                               office->unit.isEmpty() ? office->name : office->unit);
}

bool ComplaintsPage::copyLaporSelected()
{
    const Result<QString> text = laporTextSelected();
    if (!text) {
        MessageBox::error(this, tr("Salin untuk SP4N-LAPOR!"), text.error());
        return false;
    }
    QGuiApplication::clipboard()->setText(text.value());
    m_summary->setText(tr("Tindak lanjut untuk SP4N-LAPOR! disalin; tempelkan pada laporan di SP4N-LAPOR!."));
    return true;
}

void ComplaintsPage::saveLaporWithDialog()
{
    const Result<Complaint> c = m_store->complaint(m_selected);
    if (!c)
        return;
    const QString path = FileDialogs::saveFileName(this, QStringLiteral("export"), tr("Simpan teks SP4N-LAPOR!"),
                                                   QStringLiteral("lapor-%1.txt").arg(c->content.laporReference), tr("Teks (*.txt)"));
    if (!path.isEmpty())
        saveLaporSelected(path);
}

bool ComplaintsPage::saveLaporSelected(const QString &path)
{
    const Result<QString> text = laporTextSelected();
    const Status written = text ? LiveFiles::writeUserFile(path, text->toUtf8()) : Status::failure(text.error());
    if (!written) {
        MessageBox::error(this, tr("Simpan teks SP4N-LAPOR!"), written.error());
        return false;
    }
    m_summary->setText(tr("Tindak lanjut untuk SP4N-LAPOR! disimpan: %1").arg(path));
    return true;
}

void ComplaintsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("ComplaintsPage/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("ComplaintsPage/columns"), m_table->horizontalHeader()->saveState());
}

void ComplaintsPage::restoreState(QSettings &settings)
{
    if (!m_splitter->restoreState(settings.value(QStringLiteral("ComplaintsPage/splitter")).toByteArray()))
        m_splitter->setSizes({760, 600});
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("ComplaintsPage/columns")).toByteArray());
}
