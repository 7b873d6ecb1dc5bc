#include "feedback/ComplaintForm.h"

#include "common/Clock.h"
#include "complaints/ComplaintRules.h"
#include "complaints/ComplaintRegister.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ComplaintForm::ComplaintForm(ComplaintRegister &complaints, const User &actor, QWidget *parent)
    : QDialog(parent), m_register(complaints), m_actor(actor)
{
    setObjectName(QStringLiteral("ComplaintForm"));
    setWindowTitle(tr("Catat pengaduan"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto lineEdit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    auto textEdit = [this](const char *name, int height) {
        auto *e = new QPlainTextEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setTabChangesFocus(true);
        e->setMaximumHeight(height);
        return e;
    };
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (FeedbackChannel c : FeedbackChannels::all())
        m_channel->addItem(FeedbackChannels::title(c), FeedbackChannels::key(c));
    m_lapor = lineEdit("laporReference");
    m_lapor->setPlaceholderText(tr("nomor laporan SP4N-LAPOR! (7–10 angka)"));
    m_lapor->setToolTip(tr("Nomor laporan pada SP4N-LAPOR!, hanya angka, mis. 2611230042; disimpan untuk tindak lanjut di sana."));
    auto *channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel, 1);
    channelRow->addWidget(m_lapor, 1);
    // A label before a row of fields takes its mnemonic to the first of them.
    auto rowLabel = [this](const QString &text, QWidget *first) {
        auto *l = new QLabel(text, this);
        l->setBuddy(first);
        return l;
    };
    form->addRow(rowLabel(tr("&Saluran:"), m_channel), channelRow);

    m_name = lineEdit("complainantName");
    m_address = textEdit("complainantAddress", 54);
    m_contact = lineEdit("contact");
    m_contact->setPlaceholderText(tr("telepon atau e-mail untuk jawaban"));
    m_notPerStandard = textEdit("notPerStandard", 80);
    m_material = lineEdit("materialLoss");
    m_material->setPlaceholderText(tr("tulis \"tidak ada\" bila tidak ada"));
    m_immaterial = lineEdit("immaterialLoss");
    m_immaterial->setPlaceholderText(tr("tulis \"tidak ada\" bila tidak ada"));
    m_resolution = textEdit("resolutionRequested", 54);
    m_place = lineEdit("place");
    m_submittedKnown = new QCheckBox(tr("tercantum"), this);
    m_submittedKnown->setObjectName(QStringLiteral("submittedKnown"));
    m_submitted = new QDateTimeEdit(this);
    m_submitted->setObjectName(QStringLiteral("submittedAt"));
    m_submitted->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    m_submitted->setCalendarPopup(true);
    auto *submittedRow = new QHBoxLayout;
    submittedRow->addWidget(m_submittedKnown);
    submittedRow->addWidget(m_submitted, 1);
    m_signed = new QCheckBox(tr("Pengaduan &ditandatangani"), this);
    m_signed->setObjectName(QStringLiteral("signed"));
    m_application = lineEdit("applicationNumber");
    m_application->setPlaceholderText(tr("nomor berkas pada tanda terima, bila ada"));
    m_serviceKnown = new QCheckBox(tr("diketahui"), this);
    m_serviceKnown->setObjectName(QStringLiteral("serviceDateKnown"));
    m_serviceDate = new QDateEdit(this);
    m_serviceDate->setObjectName(QStringLiteral("serviceDate"));
    m_serviceDate->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_serviceDate->setCalendarPopup(true);
    auto *serviceRow = new QHBoxLayout;
    serviceRow->addWidget(m_serviceKnown);
    serviceRow->addWidget(m_serviceDate, 1);

    form->addRow(tr("(a) &Nama pengadu:"), m_name);
    form->addRow(tr("(a) &Alamat lengkap:"), m_address);
    form->addRow(tr("&Kontak:"), m_contact);
    form->addRow(tr("(b) &Pelayanan yang tidak sesuai standar:"), m_notPerStandard);
    form->addRow(tr("(b) Kerugian &materiil:"), m_material);
    form->addRow(tr("(b) Kerugian &immateriil:"), m_immaterial);
    form->addRow(tr("(c) Penyelesaian yang di&minta:"), m_resolution);
    form->addRow(tr("(d) &Tempat:"), m_place);
    form->addRow(rowLabel(tr("(d) &Waktu penyampaian:"), m_submittedKnown), submittedRow);
    form->addRow(tr("(d) Tanda tangan:"), m_signed);
    form->addRow(tr("&Berkas yang diadukan:"), m_application);
    form->addRow(rowLabel(tr("Tanggal layanan &diterima:"), m_serviceKnown), serviceRow);
    layout->addLayout(form);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missing"));
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b00020"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Catat pengaduan"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplaintForm::reject);

    const QDateTime now = Clock::nowUtc().toLocalTime();
    m_submitted->setDateTime(now);
    m_submitted->setMaximumDateTime(now.addSecs(60));
    m_submittedKnown->setChecked(true);
    m_serviceDate->setDate(now.date());
    m_serviceDate->setMaximumDate(now.date());
    m_serviceKnown->setChecked(false);
    m_serviceDate->setEnabled(false);
    m_lapor->setEnabled(false);

    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        m_lapor->setEnabled(m_channel->currentData().toString() == FeedbackChannels::key(FeedbackChannel::Sp4nLapor));
        updateMissing();
    });
    connect(m_submittedKnown, &QCheckBox::toggled, m_submitted, &QWidget::setEnabled);
    connect(m_serviceKnown, &QCheckBox::toggled, m_serviceDate, &QWidget::setEnabled);
    for (QLineEdit *e : {m_name, m_material, m_immaterial, m_place})
        connect(e, &QLineEdit::textChanged, this, &ComplaintForm::updateMissing);
    for (QPlainTextEdit *e : {m_address, m_notPerStandard, m_resolution})
        connect(e, &QPlainTextEdit::textChanged, this, &ComplaintForm::updateMissing);
    for (QCheckBox *b : {m_submittedKnown, m_signed})
        connect(b, &QCheckBox::toggled, this, &ComplaintForm::updateMissing);
    updateMissing();
    resize(640, 680);
}

void ComplaintForm::setAmending(const Complaint &complaint)
{
    m_amendId = complaint.id;
    setWindowTitle(tr("Lengkapi pengaduan %1").arg(complaint.number));
    setInput(complaint.content);
    m_channel->setEnabled(false);
    m_lapor->setEnabled(false);
    m_application->setEnabled(false);
    m_serviceKnown->setEnabled(false);
    m_serviceDate->setEnabled(false);
    if (auto *ok = findChild<QPushButton *>(QStringLiteral("recordButton")))
        ok->setText(tr("&Simpan"));
}

void ComplaintForm::setInput(const ComplaintInput &in)
{
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(FeedbackChannels::key(in.channel))));
    m_lapor->setText(in.laporReference);
    m_name->setText(in.complainantName);
    m_address->setPlainText(in.complainantAddress);
    m_contact->setText(in.contact);
    m_notPerStandard->setPlainText(in.notPerStandard);
    m_material->setText(in.materialLoss);
    m_immaterial->setText(in.immaterialLoss);
    m_resolution->setPlainText(in.resolutionRequested);
    m_place->setText(in.place);
    m_submittedKnown->setChecked(in.submittedAt.isValid());
    if (in.submittedAt.isValid())
        m_submitted->setDateTime(in.submittedAt.toLocalTime());
    m_signed->setChecked(in.isSigned);
    m_application->setText(in.applicationNumber);
    m_serviceKnown->setChecked(in.serviceDate.isValid());
    if (in.serviceDate.isValid())
        m_serviceDate->setDate(in.serviceDate);
    updateMissing();
}

ComplaintInput ComplaintForm::input() const
{
    ComplaintInput in;
    FeedbackChannels::fromKey(m_channel->currentData().toString(), &in.channel);
    in.laporReference = m_lapor->text();
    in.complainantName = m_name->text();
    in.complainantAddress = m_address->toPlainText();
    in.contact = m_contact->text();
    in.notPerStandard = m_notPerStandard->toPlainText();
    in.materialLoss = m_material->text();
    in.immaterialLoss = m_immaterial->text();
    in.resolutionRequested = m_resolution->toPlainText();
    in.place = m_place->text();
    if (m_submittedKnown->isChecked())
        in.submittedAt = m_submitted->dateTime().toUTC();
    in.isSigned = m_signed->isChecked();
    in.applicationNumber = m_application->text();
    if (m_serviceKnown->isChecked())
        in.serviceDate = m_serviceDate->date();
    return in;
}

QString ComplaintForm::message() const
{
    return m_message->text();
}

void ComplaintForm::updateMissing()
{
    const QList<MissingElement> missing = ComplaintRules::missingElements(input());
    m_missing->setText(missing.isEmpty() ? tr("Isi pengaduan lengkap.")
                                         : tr("Belum ada: %1. Pengaduan tetap dapat dicatat; tanggapan awal akan menyebutkan "
                                              "kekurangan ini.")
                                               .arg(ComplaintRules::describeMissing(missing)));
}

void ComplaintForm::accept()
{
    m_message->clear();
    if (m_amendId) {
        const Status s = m_register.amend(m_actor, m_amendId, input());
        if (!s) {
            m_message->setText(s.error());
            return;
        }
        m_complaintId = m_amendId;
    } else {
        const Result<Complaint> recorded = m_register.record(m_actor, input());
        if (!recorded) {
            m_message->setText(recorded.error());
            return;
        }
        m_complaintId = recorded->id;
    }
    QDialog::accept();
}
