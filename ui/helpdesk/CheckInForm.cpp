#include "helpdesk/CheckInForm.h"

#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "common/MessageBox.h"
#include "events/ActionKey.h"
#include "storage/Database.h"
#include "validation/Validators.h"
#include "vendors/VendorStore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

CheckInForm::CheckInForm(Database &db, Workflow &workflow, QWidget *parent) : QWidget(parent), m_db(db), m_workflow(workflow)
{
    m_actionKey = ActionKey::make();
    setObjectName(QStringLiteral("CheckInForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *lookupRow = new QHBoxLayout;
    auto *lookupLabel = new QLabel(tr("Cari penyedia (NPWP atau nama):"), this);
    m_lookup = new QLineEdit(this);
    m_lookup->setObjectName(QStringLiteral("vendorLookup"));
    m_lookup->setPlaceholderText(tr("ketik angka NPWP atau huruf awal nama perusahaan"));
    m_lookup->setClearButtonEnabled(true);
    lookupLabel->setBuddy(m_lookup);
    lookupRow->addWidget(lookupLabel);
    lookupRow->addWidget(m_lookup, 1);
    layout->addLayout(lookupRow);

    m_matchList = new QListWidget(this);
    m_matchList->setObjectName(QStringLiteral("vendorMatches"));
    m_matchList->setMaximumHeight(90);
    m_matchList->hide();
    layout->addWidget(m_matchList);

    auto *grid = new QGridLayout;
    auto addField = [&](int row, int col, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        grid->addWidget(l, row, col * 2);
        grid->addWidget(field, row, col * 2 + 1);
    };
    m_vendorName = new QLineEdit(this);
    m_vendorName->setObjectName(QStringLiteral("vendorName"));
    m_legalForm = new QComboBox(this);
    m_legalForm->setObjectName(QStringLiteral("legalForm"));
    m_legalForm->addItems(Vendor::legalForms());
    m_npwp = new QLineEdit(this);
    m_npwp->setObjectName(QStringLiteral("npwp"));
    m_nib = new QLineEdit(this);
    m_nib->setObjectName(QStringLiteral("nib"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("knownPeople"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("applicantName"));
    m_nik = new QLineEdit(this);
    m_nik->setObjectName(QStringLiteral("nik"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("service"));
    m_request = new QLineEdit(this);
    m_request->setObjectName(QStringLiteral("request"));
    m_request->setMaxLength(500);
    m_request->setPlaceholderText(tr("mis. permohonan surat keterangan terdaftar di SPSE"));
    m_request->setToolTip(tr("Layanan yang belum ada standarnya (Pasal 9) tetap dilayani: tuliskan apa yang diminta pemohon."));
    m_previous = new QComboBox(this);
    m_previous->setObjectName(QStringLiteral("previousFile"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priority"));
    m_priority->setToolTip(tr("Lansia, penyandang disabilitas dan ibu hamil dipanggil lebih dahulu."));
    for (Priority p : Priorities::all())
        m_priority->addItem(p == Priority::None ? tr("(tidak ada)") : Priorities::title(p), Priorities::key(p));

    addField(0, 0, tr("&Perusahaan:"), m_vendorName);
    addField(0, 1, tr("Bentuk:"), m_legalForm);
    addField(1, 0, tr("NP&WP:"), m_npwp);
    addField(1, 1, tr("NI&B:"), m_nib);
    addField(2, 0, tr("&E-mail:"), m_email);
    addField(2, 1, tr("Orang &dikenal:"), m_person);
    addField(3, 0, tr("Nama pem&ohon:"), m_name);
    addField(3, 1, tr("N&IK:"), m_nik);
    addField(4, 0, tr("&Telepon:"), m_phone);

    auto *standing = new QWidget(this);
    auto *standingLayout = new QHBoxLayout(standing);
    standingLayout->setContentsMargins(0, 0, 0, 0);
    m_head = new QRadioButton(tr("Pimpina&n (direktur)"), standing);
    m_head->setObjectName(QStringLiteral("standingHead"));
    m_proxy = new QRadioButton(tr("Kuasa"), standing);
    m_proxy->setObjectName(QStringLiteral("standingProxy"));
    m_head->setChecked(true);
    standingLayout->addWidget(m_head);
    standingLayout->addWidget(m_proxy);
    auto *group = new QButtonGroup(this);
    group->addButton(m_head);
    group->addButton(m_proxy);
    grid->addWidget(new QLabel(tr("Kedudukan:"), this), 4, 2);
    grid->addWidget(standing, 4, 3);
    addField(5, 0, tr("&Layanan:"), m_service);
    addField(5, 1, tr("Kun&jungan ulang:"), m_previous);
    auto *noteLabel = new QLabel(tr("Catatan:"), this);
    noteLabel->setBuddy(m_note);
    grid->addWidget(noteLabel, 6, 0);
    grid->addWidget(m_note, 6, 1);
    auto *priorityLabel = new QLabel(tr("Prioritas:"), this);
    priorityLabel->setBuddy(m_priority);
    grid->addWidget(priorityLabel, 6, 2);
    grid->addWidget(m_priority, 6, 3);
    m_requestLabel = new QLabel(tr("Layanan yang di&minta:"), this);
    m_requestLabel->setBuddy(m_request);
    grid->addWidget(m_requestLabel, 7, 0);
    grid->addWidget(m_request, 7, 1, 1, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    layout->addLayout(grid);

    m_submit = new QPushButton(tr("Daftarkan && beri nomor antrian (Ctrl+Enter)"), this);
    m_submit->setObjectName(QStringLiteral("checkInButton"));
    m_submit->setDefault(false);
    layout->addWidget(m_submit);

    setTabOrder(m_lookup, m_vendorName);
    setTabOrder(m_vendorName, m_legalForm);
    setTabOrder(m_legalForm, m_npwp);
    setTabOrder(m_npwp, m_nib);
    setTabOrder(m_nib, m_email);
    setTabOrder(m_email, m_person);
    setTabOrder(m_person, m_name);
    setTabOrder(m_name, m_nik);
    setTabOrder(m_nik, m_phone);
    setTabOrder(m_phone, m_head);
    setTabOrder(m_head, m_proxy);
    setTabOrder(m_proxy, m_service);
    setTabOrder(m_service, m_request);
    setTabOrder(m_request, m_previous);
    setTabOrder(m_previous, m_note);
    setTabOrder(m_note, m_priority);
    setTabOrder(m_priority, m_submit);

    connect(m_lookup, &QLineEdit::textEdited, this, &CheckInForm::lookup);
    connect(m_lookup, &QLineEdit::returnPressed, this, [this] {
        if (m_matchList->count() > 0)
            chooseVendor(std::max(0, m_matchList->currentRow()));
        else
            m_vendorName->setFocus();
    });
    m_lookup->installEventFilter(this);
    connect(m_matchList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { chooseVendor(m_matchList->row(item)); });
    connect(m_person, &QComboBox::activated, this, &CheckInForm::choosePerson);
    connect(m_submit, &QPushButton::clicked, this, &CheckInForm::submit);
    // Enter moves on to the next field in reading order, as Tab does, but keeps that
    // field's text as it is (no select-all to be typed over), whatever the field's
    // validator thinks of the text so far; on the button it registers the visitor.
    for (QWidget *w : std::initializer_list<QWidget *>{m_vendorName, m_legalForm, m_npwp, m_nib, m_email, m_person, m_name, m_nik, m_phone,
                                                        m_head, m_proxy, m_service, m_request, m_previous, m_note, m_priority, m_submit})
        w->installEventFilter(this);
    // "Layanan lain": what was asked is written, the only content of its file.
    connect(m_service, &QComboBox::currentIndexChanged, this, &CheckInForm::showRequest);
    // Esc clears the form (Ctrl+N too, and puts the cursor in the search).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CheckInForm::startNew);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &CheckInForm::submit);
    auto *shortcut2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    shortcut2->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut2, &QShortcut::activated, this, &CheckInForm::submit);
    // A typed edit of the vendor's identity makes it a different vendor unless it came from the lookup.
    connect(m_npwp, &QLineEdit::textEdited, this, [this] { m_vendorId = 0; });

    reloadServices();
    clear();
}

void CheckInForm::reloadServices()
{
    m_service->clear();
    const Result<ServiceCatalog> catalog = CatalogStore(m_db).current(CalendarStore(m_db).today());
    if (!catalog)
        return;
    for (const Service &s : catalog->servicesWithOther())
        m_service->addItem(s.isOther() ? QStringLiteral("(%1) %2").arg(QString(s.queueLetter), s.name)
                                       : QStringLiteral("%1 (%2). %3").arg(s.number).arg(QString(s.queueLetter), s.name),
                           s.number);
    showRequest();
}

void CheckInForm::showRequest()
{
    const bool other = m_service->currentData().toInt() == Service::kOtherNumber;
    m_requestLabel->setVisible(other);
    m_request->setVisible(other);
}

void CheckInForm::clear()
{
    m_actionKey = ActionKey::make();
    m_uncertain = false;
    m_vendorId = 0;
    m_matches.clear();
    m_people.clear();
    m_returned.clear();
    m_matchList->clear();
    m_matchList->hide();
    for (auto *edit : {m_lookup, m_vendorName, m_npwp, m_nib, m_email, m_name, m_nik, m_phone, m_note, m_request})
        edit->clear();
    m_legalForm->setCurrentIndex(0);
    m_priority->setCurrentIndex(0);
    m_person->clear();
    m_person->addItem(tr("(orang baru)"));
    m_person->setEnabled(false);
    m_previous->clear();
    m_previous->addItem(tr("(kunjungan baru)"), 0);
    m_previous->setEnabled(false);
    m_head->setChecked(true);
    m_service->setCurrentIndex(0);
}

void CheckInForm::startNew()
{
    clear();
    focusLookup();
}

void CheckInForm::moveOn(QWidget *from)
{
    QWidget *next = from->nextInFocusChain();
    while (next && next != from && !(next->isEnabled() && next->isVisible() && (next->focusPolicy() & Qt::TabFocus) && isAncestorOf(next)))
        next = next->nextInFocusChain();
    if (!next || next == from)
        return;
    next->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(next)) {
        edit->deselect();
        edit->end(false);
    }
}

void CheckInForm::focusLookup()
{
    m_lookup->setFocus();
    m_lookup->selectAll();
}

void CheckInForm::lookup(const QString &text)
{
    m_matchList->clear();
    const Result<QList<Vendor>> found = VendorStore(m_db).search(text, 8);
    m_matches = found ? found.value() : QList<Vendor>();
    for (const Vendor &v : std::as_const(m_matches))
        m_matchList->addItem(QStringLiteral("%1 — NPWP %2").arg(v.title(), Validators::formatNpwp(v.npwp)));
    m_matchList->setVisible(!m_matches.isEmpty());
    if (!m_matches.isEmpty())
        m_matchList->setCurrentRow(0);
    // A new company: carry the typed text into the right field.
    if (m_matches.isEmpty()) {
        bool digits = !text.trimmed().isEmpty();
        for (QChar c : text)
            if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char(' '))
                digits = false;
        if (digits)
            m_npwp->setText(text.trimmed());
        else
            m_vendorName->setText(text.trimmed());
    }
}

bool CheckInForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched != m_lookup) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier;
        auto *combo = qobject_cast<QComboBox *>(watched);
        if (enter && !(combo && combo->view()->isVisible())) {
            if (watched == m_submit)
                submit();
            else
                moveOn(static_cast<QWidget *>(watched));
            return true;
        }
    }
    if (watched == m_lookup && event->type() == QEvent::KeyPress && m_matchList->isVisible()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = std::clamp(m_matchList->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0, m_matchList->count() - 1);
            m_matchList->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CheckInForm::chooseVendor(int row)
{
    if (row < 0 || row >= m_matches.size())
        return;
    const Vendor v = m_matches.at(row);
    m_vendorId = v.id;
    m_vendorName->setText(v.name);
    m_legalForm->setCurrentIndex(std::max(0, m_legalForm->findText(v.legalForm)));
    m_npwp->setText(Validators::formatNpwp(v.npwp));
    m_nib->setText(v.nib);
    m_email->setText(v.email);
    m_matchList->hide();

    m_person->clear();
    m_person->addItem(tr("(orang baru)"));
    const Result<QList<KnownPerson>> people = VendorStore(m_db).peopleOf(v.id);
    m_people = people ? people.value() : QList<KnownPerson>();
    for (const KnownPerson &p : std::as_const(m_people))
        m_person->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.standing == QLatin1String("proxy") ? tr("kuasa") : tr("pimpinan")));
    m_person->setEnabled(!m_people.isEmpty());
    if (!m_people.isEmpty()) {
        m_person->setCurrentIndex(1);
        choosePerson(1);
    }

    m_previous->clear();
    m_previous->addItem(tr("(kunjungan baru)"), 0);
    const Result<QList<FileSummary>> returned = m_workflow.files().returnedFilesOfVendor(v.id);
    m_returned = returned ? returned.value() : QList<FileSummary>();
    for (const FileSummary &f : std::as_const(m_returned))
        m_previous->addItem(tr("%1 dikembalikan %2 (%3)").arg(f.number, f.arrivedAt.toLocalTime().toString(QStringLiteral("dd-MM")),
                                                             f.serviceName), f.applicationId);
    m_previous->setEnabled(!m_returned.isEmpty());
    if (!m_returned.isEmpty()) {
        // The applicant most likely came back for the returned file.
        m_previous->setCurrentIndex(1);
        const int service = m_service->findData(m_returned.first().serviceNumber);
        if (service >= 0)
            m_service->setCurrentIndex(service);
    }
    m_name->setFocus();
}

void CheckInForm::choosePerson(int index)
{
    if (index <= 0 || index > m_people.size()) {
        m_name->clear();
        m_nik->clear();
        m_phone->clear();
        return;
    }
    const KnownPerson &p = m_people.at(index - 1);
    m_name->setText(p.name);
    m_nik->setText(p.nik);
    m_phone->setText(p.phone);
    (p.standing == QLatin1String("proxy") ? m_proxy : m_head)->setChecked(true);
}

CheckInRequest CheckInForm::typedRequest() const
{
    CheckInRequest r;
    r.applicantName = m_name->text();
    r.applicantNik = m_nik->text();
    r.applicantPhone = m_phone->text();
    r.proxy = m_proxy->isChecked();
    r.vendor.id = m_vendorId;
    r.vendor.name = m_vendorName->text();
    r.vendor.legalForm = m_legalForm->currentText();
    r.vendor.npwp = m_npwp->text();
    r.vendor.nib = m_nib->text();
    r.vendor.email = m_email->text();
    r.serviceNumber = m_service->currentData().toInt();
    if (r.serviceNumber == Service::kOtherNumber)
        r.request = m_request->text();
    r.note = m_note->text();
    r.previousApplicationId = m_previous->currentData().toLongLong();
    Priorities::fromKey(m_priority->currentData().toString(), &r.priority);
    return r;
}

void CheckInForm::submit()
{
    if (!m_online) {
        MessageBox::error(this, tr("Buku tamu"), tr("Tidak terhubung ke server: kedatangan ini belum dapat didaftarkan. Isian tetap di "
                                                  "formulir; Loket menyambung kembali sendiri."));
        return;
    }
    CheckInRequest r = request();
    // Before the number is issued: a change to a stored vendor (old and new, confirmed
    // explicitly; past visits keep what they recorded) and every warning the officer can
    // still act on. Batal keeps the form as typed.
    const Result<CheckInReview> review = m_workflow.guestBook().reviewCheckIn(r);
    if (!review) {
        MessageBox::error(this, tr("Buku tamu"), review.error());
        return;
    }
    if (review->needsConfirmation()) {
        QStringList lines;
        if (!review->vendorChanges.isEmpty()) {
            lines << tr("Data penyedia %1 yang tersimpan akan diubah:").arg(review->storedVendor ? review->storedVendor->title() : QString());
            for (const VendorChange &c : review->vendorChanges)
                lines << tr("• %1: %2 → %3").arg(c.label, c.oldValue.isEmpty() ? tr("(kosong)") : c.oldValue, c.newValue);
            lines << tr("Kunjungan dan berkas sebelumnya tetap mencatat data lama; perubahan ini dicatat dalam riwayat.");
        }
        for (const QString &w : review->warnings)
            lines << QStringLiteral("• ") + w;
        const QString confirmText = review->vendorChanges.isEmpty() ? tr("&Daftarkan") : tr("&Ubah data dan daftarkan");
        if (!MessageBox::confirm(this, tr("Periksa sebelum nomor antrian diberikan"), lines.join(QLatin1Char('\n')), confirmText))
            return;
        r.vendorChangesConfirmed = true;
    }
    r.actionKey = m_actionKey;
    const Result<CheckInResult> result = m_workflow.guestBook().checkIn(m_actor, r);
    if (!result) {
        if (!m_db.isConnected()) {
            // The answer may have been lost with the connection after the server committed.
            m_uncertain = true;
            MessageBox::error(this, tr("Buku tamu"),
                              tr("Sambungan ke server terputus saat kedatangan ini didaftarkan, jadi belum pasti sudah tercatat. "
                                 "Isian tetap di formulir. Begitu tersambung kembali, Loket memeriksanya sendiri dan memberi tahu "
                                 "hasilnya; kedatangan ini tidak akan tercatat dua kali."));
            return;
        }
        MessageBox::error(this, tr("Buku tamu"), result.error());
        return;
    }
    emit checkedIn(result.value());
    clear();
}

CheckInRequest CheckInForm::request() const
{
    CheckInRequest r = typedRequest();
    r.actionKey = m_actionKey;
    return r;
}

void CheckInForm::setOnline(bool online)
{
    m_online = online;
    m_submit->setEnabled(online);
    if (!online || !m_uncertain)
        return;
    const Result<std::optional<CheckInResult>> recorded = m_workflow.guestBook().recorded(m_actionKey);
    if (!recorded) {
        MessageBox::error(this, tr("Buku tamu"), recorded.error());
        return;
    }
    if (recorded->has_value()) {
        const CheckInResult done = recorded->value();
        MessageBox::information(this, tr("Buku tamu"),
                                tr("Kedatangan tadi sudah tercatat sebelum sambungan terputus: nomor antrian %1, berkas %2. "
                                   "Tanda terimanya dicetak sekarang.")
                                    .arg(done.queueNumber, done.applicationNumber));
        emit checkedIn(done);
        clear();
        return;
    }
    m_uncertain = false;
    MessageBox::information(this, tr("Buku tamu"), tr("Kedatangan tadi belum tercatat. Isiannya masih di formulir: periksa, lalu tekan "
                                                      "Daftarkan lagi."));
}
