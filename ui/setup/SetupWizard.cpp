#include "setup/SetupWizard.h"

#include "accounts/AccountStore.h"
#include "backup/Backup.h"
#include "common/FileDialogs.h"
#include "help/Help.h"
#include "print/PrintDialogs.h"
#include "print/PrintSettings.h"
#include "print/PrinterChoices.h"
#include "print/Printers.h"
#include "receipts/ReceiptKind.h"
#include "session/DatabaseDialog.h"
#include "settings/OfficeSettings.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace {

const char *const kErrorStyle = "color: #b00020;";

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setStyleSheet(QString::fromLatin1(kErrorStyle));
    return label;
}

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &text = {})
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

// A page of the wizard, which reaches the wizard's database and administrator.
class Step : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

protected:
    SetupWizard *setup() const { return static_cast<SetupWizard *>(wizard()); }
};

// ------------------------------------------------------------------ the database

class DatabaseStep final : public Step
{
    Q_OBJECT

public:
    explicit DatabaseStep(QWidget *parent = nullptr) : Step(parent)
    {
        setObjectName(QStringLiteral("databasePage"));
        setTitle(tr("Basis data"));
        setSubTitle(tr("Di mana Loket di PC ini menyimpan catatannya."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(wrapped(tr("<b>Hanya PC ini</b>: satu berkas basis data di komputer ini, untuk loket dengan satu meja. "
                                     "<br><b>Server kantor</b>: satu server PostgreSQL yang dipakai bersama oleh semua meja kantor, "
                                     "sehingga verifikator di PC lain melihat berkas yang sama. Server disiapkan oleh bagian TI "
                                     "(lihat panduan untuk TI kantor); di sini Loket diarahkan ke server itu dan sambungannya diuji."),
                                  this));
        m_current = wrapped(QString(), this);
        m_current->setObjectName(QStringLiteral("currentDatabase"));
        m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_current);
        auto *row = new QHBoxLayout;
        m_change = new QPushButton(tr("&Ubah basis data…"), this);
        m_change->setObjectName(QStringLiteral("changeDatabase"));
        row->addWidget(m_change);
        row->addStretch(1);
        layout->addLayout(row);
        m_note = wrapped(QString(), this);
        layout->addWidget(m_note);
        layout->addStretch(1);
        connect(m_change, &QPushButton::clicked, this, &DatabaseStep::change);
    }

    void initializePage() override
    {
        SetupWizard *w = setup();
        const Database &db = w->database();
        m_current->setText(db.isServer() ? tr("Sekarang: <b>server kantor</b> %1").arg(db.path().toHtmlEscaped())
                                         : tr("Sekarang: <b>hanya PC ini</b>, berkas %1").arg(QDir::toNativeSeparators(db.path()).toHtmlEscaped()));
        const bool fixed = !w->overriddenBy().isEmpty();
        m_change->setEnabled(!fixed);
        m_note->setText(fixed ? tr("Loket ini dibuka dengan %1, jadi basis datanya ditentukan di sana, bukan di sini.").arg(w->overriddenBy())
                              : tr("Bila basis data ini sudah benar, lanjutkan."));
    }

private:
    void change()
    {
        SetupWizard *w = setup();
        DatabaseDialog dialog(w->database().path(), w->overriddenBy(), this);
        if (dialog.exec() != QDialog::Accepted || !dialog.changed())
            return;
        w->requestReopen();
    }

    QLabel *m_current = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_change = nullptr;
};

// ------------------------------------------------------------------ the administrator

class AdministratorStep final : public Step
{
    Q_OBJECT

public:
    explicit AdministratorStep(QWidget *parent = nullptr) : Step(parent)
    {
        setObjectName(QStringLiteral("administratorPage"));
        setTitle(tr("Akun administrator"));
        setSubTitle(tr("Administrator menambahkan helpdesk, verifikator dan petugas lain, dan mengatur kantor. Tidak ada kata sandi bawaan."));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_name  = lineEdit(this, "fullName");
        m_login  = lineEdit(this, "login");
        m_password  = lineEdit(this, "password");
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat  = lineEdit(this, "repeat");
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Nama lengkap:"), m_name);
        form->addRow(tr("Nama l&ogin:"), m_login);
        form->addRow(tr("Kata &sandi (minimal 8 karakter):"), m_password);
        form->addRow(tr("&Ulangi kata sandi:"), m_repeat);
        layout->addLayout(form);
        m_message = errorLabel(this);
        layout->addWidget(m_message);
        layout->addStretch(1);
        // The account exists once this page is passed: there is no way back to undo it.
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Buat akun"));
    }

    void initializePage() override { m_name->setFocus(); }

    bool validatePage() override
    {
        SetupWizard *w = setup();
        AccountStore accounts(w->database());
        if (const Result<bool> any = accounts.hasAnyUser(); any && any.value()) {
            // Another desk on the same server set the office up meanwhile.
            w->endAlreadySetUp();
            return false;
        }
        if (m_password->text() != m_repeat->text()) {
            m_message->setText(tr("Kedua kata sandi tidak sama."));
            m_repeat->setFocus();
            return false;
        }
        const Result<User> added = accounts.addUser(m_login->text(), m_name->text(), QString(), {Role::Administrator}, m_password->text());
        if (!added) {
            m_message->setText(added.error());
            return false;
        }
        const Result<User> user = accounts.authenticate(m_login->text(), m_password->text());
        if (!user) {
            m_message->setText(user.error());
            return false;
        }
        w->setUser(user.value());
        m_message->clear();
        return true;
    }

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
};

// ------------------------------------------------------------------ the office

class OfficeStep final : public Step
{
    Q_OBJECT

public:
    explicit OfficeStep(QWidget *parent = nullptr) : Step(parent)
    {
        setObjectName(QStringLiteral("officePage"));
        setTitle(tr("Identitas kantor"));
        setSubTitle(tr("Dicetak di karcis, tanda terima, Maklumat dan papan standar pelayanan."));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_name  = lineEdit(this, "officeName");
        m_unit  = lineEdit(this, "officeUnit");
        m_address  = lineEdit(this, "officeAddress");
        m_city  = lineEdit(this, "officeCity");
        m_channel = new QPlainTextEdit(this);
        m_channel->setObjectName(QStringLiteral("complaintChannel"));
        m_channel->setTabChangesFocus(true);
        m_channel->setMaximumHeight(64);
        m_head  = lineEdit(this, "headName");
        m_nip  = lineEdit(this, "headNip");
        m_nip->setPlaceholderText(tr("18 angka"));
        form->addRow(tr("&Nama kantor:"), m_name);
        form->addRow(tr("&Unit:"), m_unit);
        form->addRow(tr("&Alamat:"), m_address);
        form->addRow(tr("K&ota:"), m_city);
        form->addRow(tr("Saluran pen&gaduan:"), m_channel);
        form->addRow(tr("Nama Kepala &Bagian:"), m_head);
        form->addRow(tr("NIP K&epala Bagian:"), m_nip);
        layout->addLayout(form);
        layout->addWidget(wrapped(tr("Teks Maklumat Pelayanan dan semua isian ini dapat diubah nanti di Administrasi › Identitas kantor."), this));
        m_message = errorLabel(this);
        layout->addWidget(m_message);
    }

    void initializePage() override
    {
        const Result<OfficeIdentity> loaded = OfficeSettings(setup()->database()).load();
        m_identity = loaded ? loaded.value() : OfficeIdentity::defaults();
        m_name->setText(m_identity.name);
        m_unit->setText(m_identity.unit);
        m_address->setText(m_identity.address);
        m_city->setText(m_identity.city);
        m_channel->setPlainText(m_identity.complaintChannel);
        m_head->setText(m_identity.headName);
        m_nip->setText(m_identity.headNip);
        m_name->setFocus();
    }

    bool validatePage() override
    {
        OfficeIdentity o = m_identity; // the Maklumat text stays as it is
        o.name = m_name->text();
        o.unit = m_unit->text();
        o.address = m_address->text();
        o.city = m_city->text();
        o.complaintChannel = m_channel->toPlainText();
        o.headName = m_head->text();
        o.headNip = m_nip->text();
        SetupWizard *w = setup();
        if (const Status s = OfficeSettings(w->database()).save(w->user(), o); !s) {
            m_message->setText(s.error());
            return false;
        }
        m_message->clear();
        return true;
    }

private:
    OfficeIdentity m_identity;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_city = nullptr;
    QPlainTextEdit *m_channel = nullptr;
    QLineEdit *m_head = nullptr;
    QLineEdit *m_nip = nullptr;
    QLabel *m_message = nullptr;
};

// ------------------------------------------------------------------ the receipt printer

class PrinterStep final : public Step
{
    Q_OBJECT

public:
    explicit PrinterStep(QWidget *parent = nullptr) : Step(parent)
    {
        setObjectName(QStringLiteral("printerPage"));
        setTitle(tr("Printer karcis dan tanda terima"));
        setSubTitle(tr("Printer dan kertas untuk karcis antrian, tanda terima berkas, bukti pengembalian, bukti selesai dan "
                       "tanda terima pengaduan. Maklumat, papan standar dan laporan selalu A4."));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_printer = new QComboBox(this);
        m_printer->setObjectName(QStringLiteral("printer"));
        form->addRow(tr("&Printer:"), m_printer);
        layout->addLayout(form);
        m_roll = new QRadioButton(tr("&Rol 80 mm (printer thermal kasir)"), this);
        m_roll->setObjectName(QStringLiteral("paperRoll"));
        m_a4 = new QRadioButton(tr("Kertas &A4 (printer kantor biasa)"), this);
        m_a4->setObjectName(QStringLiteral("paperA4"));
        layout->addWidget(m_roll);
        layout->addWidget(m_a4);
        auto *row = new QHBoxLayout;
        auto *test = new QPushButton(tr("&Cetak uji"), this);
        test->setObjectName(QStringLiteral("testPrint"));
        row->addWidget(test);
        row->addStretch(1);
        layout->addLayout(row);
        m_result = wrapped(tr("Kedua tepi kotak penggaris pada halaman uji harus tercetak utuh. Printer dan kertas tiap jenis cetakan "
                              "dapat diubah nanti di Cetak › Printer dan kertas."),
                           this);
        m_result->setObjectName(QStringLiteral("testResult"));
        layout->addWidget(m_result);
        m_message = errorLabel(this);
        layout->addWidget(m_message);
        layout->addStretch(1);
        connect(test, &QPushButton::clicked, this, &PrinterStep::testPrint);
    }

    void initializePage() override
    {
        const PaperProfile current = PrintSettings(setup()->database()).paperFor(ReceiptKind::Ticket);
        (current.isRoll() ? m_roll : m_a4)->setChecked(true);
        m_printer->clear();
        m_printer->addItem(tr("Tanya setiap kali (pratinjau cetak)"), QString());
        const QString fallback = Printers::systemDefault();
        for (const QString &name : Printers::available())
            m_printer->addItem(name == fallback ? tr("%1 (bawaan)").arg(name) : name, name);
        const std::optional<PrinterChoice> chosen = PrinterChoices::forJob(PrinterChoices::receiptJob(ReceiptKind::Ticket));
        const int at = m_printer->findData(chosen ? chosen->printer : fallback);
        m_printer->setCurrentIndex(std::max(0, at));
    }

    bool validatePage() override
    {
        PrintSettings settings(setup()->database());
        const PaperProfile paper = chosenPaper();
        for (ReceiptKind kind : ReceiptKinds::all()) {
            if (const Status s = settings.setPaperFor(kind, paper); !s) {
                m_message->setText(s.error());
                return false;
            }
        }
        // This PC's printer for the five receipts (none: the preview asks each time).
        if (!printerName().isEmpty())
            PrinterChoices::setReceiptPrinter(printerName(), paper);
        return true;
    }

private:
    QString printerName() const { return m_printer->currentData().toString(); }
    PaperProfile chosenPaper() const { return PaperProfile(m_a4->isChecked() ? PaperProfile::Size::A4 : PaperProfile::Size::Roll80); }

    void testPrint()
    {
        if (printerName().isEmpty()) {
            PrintDialogs::testPrint(this, chosenPaper());
            return;
        }
        const Result<OfficeIdentity> office = OfficeSettings(setup()->database()).load();
        const Status sent = Printers::printTestPage(printerName(), chosenPaper(), office ? office->name : QString());
        m_message->setText(sent ? QString() : sent.error());
        if (sent)
            m_result->setText(tr("Halaman uji dikirim ke %1. Kedua tepi kotak penggaris harus tercetak utuh; bila terpotong, periksa "
                                 "ukuran kertas dan margin printer.")
                                  .arg(printerName()));
    }

    QComboBox *m_printer = nullptr;
    QRadioButton *m_roll = nullptr;
    QRadioButton *m_a4 = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_message = nullptr;
};

// ------------------------------------------------------------------ the backup folder

class BackupStep final : public Step
{
    Q_OBJECT

public:
    explicit BackupStep(QWidget *parent = nullptr) : Step(parent)
    {
        setObjectName(QStringLiteral("backupPage"));
        setTitle(tr("Folder cadangan"));
        auto *layout = new QVBoxLayout(this);
        m_about = wrapped(QString(), this);
        layout->addWidget(m_about);
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(tr("&Folder cadangan:"), this);
        m_folder  = lineEdit(this, "backupFolder");
        label->setBuddy(m_folder);
        auto *browse = new QPushButton(tr("&Jelajahi…"), this);
        browse->setObjectName(QStringLiteral("chooseBackupFolder"));
        row->addWidget(label);
        row->addWidget(m_folder, 1);
        row->addWidget(browse);
        layout->addLayout(row);
        m_message = errorLabel(this);
        layout->addWidget(m_message);
        layout->addStretch(1);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString folder = FileDialogs::folderName(this, QStringLiteral("backup"), tr("Pilih folder cadangan"), m_folder->text());
            if (!folder.isEmpty())
                m_folder->setText(QDir::toNativeSeparators(folder));
        });
    }

    void initializePage() override
    {
        Database &db = setup()->database();
        const Result<QString> set = Backup::folderSetting(db);
        m_folder->setText(set ? QDir::toNativeSeparators(set.value()) : QString());
        if (db.isServer()) {
            setSubTitle(tr("Arsip pg_dump basis data server."));
            m_about->setText(tr("Basis data ini ada di server kantor. Cadangannya dibuat oleh \"loket backup\" terjadwal di server atau dengan "
                                "Cadangkan sekarang di Administrasi, ke folder ini. Boleh dikosongkan sekarang dan diatur nanti oleh TI kantor."));
            m_folder->setPlaceholderText(tr("mis. /srv/cadangan-loket"));
        } else {
            setSubTitle(tr("Loket mencadangkan basis data sekali sehari saat dibuka dan sekali lagi saat ditutup."));
            m_about->setText(tr("Pilih folder di diska lain (mis. diska eksternal atau folder jaringan) agar cadangan tidak hilang bersama "
                                "komputer ini. Bila dikosongkan, cadangan disimpan di samping basis data."));
            m_folder->setPlaceholderText(QDir::toNativeSeparators(Backup::defaultFolder(db.path())));
        }
    }

    bool validatePage() override
    {
        SetupWizard *w = setup();
        if (const Status s = Backup::setFolder(w->database(), w->user(), QDir::fromNativeSeparators(m_folder->text().trimmed())); !s) {
            m_message->setText(s.error());
            return false;
        }
        m_message->clear();
        return true;
    }

private:
    QLabel *m_about = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_message = nullptr;
};

// ------------------------------------------------------------------ done

class DoneStep final : public Step
{
    Q_OBJECT

public:
    explicit DoneStep(QWidget *parent = nullptr) : Step(parent)
    {
        setObjectName(QStringLiteral("donePage"));
        setTitle(tr("Loket siap dipakai"));
        auto *layout = new QVBoxLayout(this);
        m_summary = wrapped(QString(), this);
        m_summary->setObjectName(QStringLiteral("summary"));
        layout->addWidget(m_summary);
        layout->addStretch(1);
    }

    void initializePage() override
    {
        SetupWizard *w = setup();
        Database &db = w->database();
        const Result<OfficeIdentity> office = OfficeSettings(db).load();
        const PaperProfile paper = PrintSettings(db).paperFor(ReceiptKind::Ticket);
        QString text = tr("Anda masuk sebagai <b>%1</b> (administrator).").arg(w->user().fullName.toHtmlEscaped());
        text += QStringLiteral("<ul>");
        text += QStringLiteral("<li>%1</li>").arg(tr("Kantor: %1").arg((office ? office->name : QString()).toHtmlEscaped()));
        text += QStringLiteral("<li>%1</li>").arg(tr("Kertas tanda terima: %1").arg(paper.title().toHtmlEscaped()));
        const std::optional<PrinterChoice> printer = PrinterChoices::forJob(PrinterChoices::receiptJob(ReceiptKind::Ticket));
        text += QStringLiteral("<li>%1</li>").arg(printer && !printer->printer.isEmpty()
                                                      ? tr("Printer tanda terima: %1").arg(printer->printer.toHtmlEscaped())
                                                      : tr("Printer tanda terima: dipilih di pratinjau cetak"));
        text += QStringLiteral("<li>%1</li>").arg(tr("Cadangan: %1").arg(QDir::toNativeSeparators(Backup::folderFor(db)).toHtmlEscaped()));
        text += QStringLiteral("</ul>");
        text += tr("Langkah berikutnya: tambahkan petugas di Administrasi › Petugas (helpdesk, verifikator, admin sistem, Kepala "
                   "Bagian), lalu periksa kalender hari libur. Bantuan (F1) membuka panduan untuk layar yang sedang dibuka.");
        m_summary->setText(text);
    }

private:
    QLabel *m_summary = nullptr;
};

} // namespace

SetupWizard::SetupWizard(Database &db, const QString &overriddenBy, QWidget *parent)
    : QWizard(parent), m_db(db), m_overriddenBy(overriddenBy)
{
    setObjectName(QStringLiteral("SetupWizard"));
    setWindowTitle(tr("Loket — penyiapan pertama"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::NextButton, tr("&Lanjut >"));
    setButtonText(QWizard::BackButton, tr("< &Kembali"));
    setButtonText(QWizard::FinishButton, tr("&Selesai"));
    setButtonText(QWizard::CancelButton, tr("Batal")); // Esc; B is "Buat akun" and "Kepala Bagian"
    setPage(DatabasePage, new DatabaseStep(this));
    setPage(AdministratorPage, new AdministratorStep(this));
    setPage(OfficePage, new OfficeStep(this));
    setPage(PrinterPage, new PrinterStep(this));
    setPage(BackupPage, new BackupStep(this));
    setPage(DonePage, new DoneStep(this));
    setStartId(DatabasePage);
    // Bantuan and F1: the administrator's chapter at its first-run section.
    Help::setTopic(this, QStringLiteral("administrator/penyiapan"));
    setOption(QWizard::HaveHelpButton);
    setButtonText(QWizard::HelpButton, tr("Bantuan (F1)"));
    connect(this, &QWizard::helpRequested, this, [this] { HelpWindow::open(this, Help::topicFor(this)); });
    setMinimumSize(640, 500);
}

void SetupWizard::requestReopen()
{
    m_reopen = true;
    reject();
}

void SetupWizard::endAlreadySetUp()
{
    m_alreadySetUp = true;
    reject();
}

#include "SetupWizard.moc"
