#include "session/DatabaseDialog.h"

#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "storage/Database.h"
#include "storage/DatabaseChoice.h"
#include "storage/DatabaseForm.h"
#include "storage/PgPass.h"
#include "storage/ServerAddress.h"
#include "storage/ServerCheck.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace {

const char *const kFailureColour = "color: #b00020;";
const char *const kSuccessColour = "color: #1b5e20;";
const char *const kNoteColour = "color: #8a5a00;";

// The location as Loket compares it: the default file for an empty setting, a file's
// absolute path.
QString effective(const QString &location)
{
    if (location.trimmed().isEmpty())
        return QFileInfo(Database::defaultPath()).absoluteFilePath();
    if (ServerAddress::isServer(location))
        return location.trimmed();
    return QFileInfo(location.trimmed()).absoluteFilePath();
}

} // namespace

DatabaseDialog::DatabaseDialog(const QString &current, const QString &overriddenBy, QWidget *parent)
    : QDialog(parent), m_current(current)
{
    setObjectName(QStringLiteral("DatabaseDialog"));
    setWindowTitle(tr("Basis data PC ini"));
    const bool onServer = ServerAddress::isServer(current);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Pilih basis data yang dipakai Loket di PC ini. Loket di PC lain yang memakai basis data yang sama "
                                "melihat catatan yang sama."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *now = new QLabel(tr("Dipakai sekarang: %1").arg(current.isEmpty() ? QDir::toNativeSeparators(Database::defaultPath())
                                                                             : onServer ? current : QDir::toNativeSeparators(current)),
                           this);
    now->setObjectName(QStringLiteral("currentLocation"));
    now->setWordWrap(true);
    now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(now);
    layout->addSpacing(6);

    // A file on this PC.
    m_fileChoice = new QRadioButton(tr("Berkas di P&C ini"), this);
    m_fileChoice->setObjectName(QStringLiteral("fileChoice"));
    layout->addWidget(m_fileChoice);
    m_filePart = new QWidget(this);
    auto *fileRow = new QHBoxLayout(m_filePart);
    fileRow->setContentsMargins(24, 0, 0, 0);
    m_path = new QLineEdit(onServer || current.isEmpty() ? QDir::toNativeSeparators(Database::defaultPath()) : QDir::toNativeSeparators(current),
                           m_filePart);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setAccessibleName(tr("Lokasi berkas basis data"));
    auto *browse = new QPushButton(tr("&Telusuri…"), m_filePart);
    browse->setObjectName(QStringLiteral("browseFile"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addWidget(m_filePart);

    // The office's server.
    m_serverChoice = new QRadioButton(tr("Server &kantor (PostgreSQL)"), this);
    m_serverChoice->setObjectName(QStringLiteral("serverChoice"));
    layout->addWidget(m_serverChoice);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_fileChoice);
    kinds->addButton(m_serverChoice);

    m_serverPart = new QWidget(this);
    auto *serverLayout = new QVBoxLayout(m_serverPart);
    serverLayout->setContentsMargins(24, 0, 0, 0);
    auto *form = new QFormLayout;
    const DatabaseForm::Server fields = onServer ? DatabaseForm::serverFields(current) : DatabaseForm::Server();
    m_host = new QLineEdit(fields.host, m_serverPart);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("misalnya kantor-lpse atau 192.168.1.10"));
    m_port = new QLineEdit(fields.port, m_serverPart);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setMaximumWidth(90);
    m_database = new QLineEdit(fields.database, m_serverPart);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user = new QLineEdit(fields.user, m_serverPart);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setPlaceholderText(tr("misalnya loket"));
    m_sslmode = new QComboBox(m_serverPart);
    m_sslmode->setObjectName(QStringLiteral("serverSslmode"));
    m_sslmode->addItem(tr("prefer — enkripsi bila server mendukung"), QStringLiteral("prefer"));
    m_sslmode->addItem(tr("require — wajib terenkripsi"), QStringLiteral("require"));
    m_sslmode->addItem(tr("verify-full — wajib terenkripsi, sertifikat server diperiksa"), QStringLiteral("verify-full"));
    m_sslmode->setCurrentIndex(std::max(0, m_sslmode->findData(fields.sslmode)));
    m_password = new QLineEdit(m_serverPart);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("hanya untuk uji dan ~/.pgpass; tidak disimpan Loket"));
    form->addRow(tr("&Alamat server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("Basis &data:"), m_database);
    form->addRow(tr("&Pengguna:"), m_user);
    form->addRow(tr("&Enkripsi (sslmode):"), m_sslmode);
    auto *sslNote = new QLabel(DatabaseForm::sslModeNote(fields.sslmode), m_serverPart);
    sslNote->setObjectName(QStringLiteral("sslmodeNote"));
    sslNote->setWordWrap(true);
    sslNote->setTextFormat(Qt::PlainText);
    form->addRow(QString(), sslNote);
    connect(m_sslmode, &QComboBox::currentIndexChanged, sslNote,
            [this, sslNote] { sslNote->setText(DatabaseForm::sslModeNote(m_sslmode->currentData().toString())); });
    form->addRow(tr("Sa&ndi:"), m_password);
    serverLayout->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Uji sambungan"), m_serverPart);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    serverLayout->addLayout(testRow);
    m_result = new QLabel(m_serverPart);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide(); // until there is something to say
    serverLayout->addWidget(m_result);
    m_pgpass = new QCheckBox(tr("Si&mpan sandi di ~/.pgpass (hanya untuk akun ini)"), m_serverPart);
    m_pgpass->setObjectName(QStringLiteral("savePgpass"));
    m_pgpass->setEnabled(false);
    m_pgpass->setToolTip(tr("Ditulis ke %1 dengan izin 0600, seperti yang dibaca PostgreSQL. Aktif setelah uji sambungan berhasil "
                            "dengan sandi yang diisi.")
                             .arg(QDir::toNativeSeparators(PgPass::path())));
    serverLayout->addWidget(m_pgpass);
    layout->addWidget(m_serverPart);

    if (!overriddenBy.isEmpty()) {
        auto *note = new QLabel(tr("Catatan: Loket ini dibuka dengan %1, yang didahulukan dari pengaturan PC ini. Pilihan di sini "
                                   "berlaku saat Loket dibuka tanpa itu.")
                                    .arg(overriddenBy),
                                this);
        note->setObjectName(QStringLiteral("overrideNote"));
        note->setWordWrap(true);
        note->setStyleSheet(QString::fromLatin1(kNoteColour));
        layout->addWidget(note);
    }
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Ok);
    m_save->setText(tr("&Simpan"));
    m_save->setObjectName(QStringLiteral("saveDatabase"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Batal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatabaseDialog::reject);
    layout->addWidget(buttons);

    connect(m_fileChoice, &QRadioButton::toggled, this, &DatabaseDialog::chooseKind);
    connect(browse, &QPushButton::clicked, this, &DatabaseDialog::browse);
    connect(m_testButton, &QPushButton::clicked, this, &DatabaseDialog::startTest);
    for (QLineEdit *field : {m_host, m_port, m_database, m_user, m_password})
        connect(field, &QLineEdit::textChanged, this, &DatabaseDialog::forgetTest);
    connect(m_sslmode, &QComboBox::currentIndexChanged, this, &DatabaseDialog::forgetTest);

    (onServer ? m_serverChoice : m_fileChoice)->setChecked(true);
    chooseKind();
    setMinimumWidth(600);
}

DatabaseDialog::~DatabaseDialog()
{
    if (m_test) { // bounded by the address's connect_timeout
        m_test->disconnect(this);
        m_test->wait();
        delete m_test;
    }
}

void DatabaseDialog::chooseKind()
{
    const bool file = m_fileChoice->isChecked();
    m_filePart->setEnabled(file);
    m_serverPart->setEnabled(!file);
    (file ? static_cast<QWidget *>(m_path) : m_host)->setFocus();
}

void DatabaseDialog::browse()
{
    const QString chosen = FileDialogs::openFileName(this, QStringLiteral("database"), tr("Pilih berkas basis data Loket"),
                                                     tr("Basis data Loket (*.sqlite);;Semua berkas (*)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

DatabaseForm::Server DatabaseDialog::serverFields() const
{
    DatabaseForm::Server server;
    server.host = m_host->text();
    server.port = m_port->text();
    server.database = m_database->text();
    server.user = m_user->text();
    server.sslmode = m_sslmode->currentData().toString();
    return server;
}

void DatabaseDialog::startTest()
{
    if (m_test)
        return;
    const DatabaseForm::Server server = serverFields();
    if (const QString problem = DatabaseForm::serverProblem(server); !problem.isEmpty()) {
        showResult(false, false, problem);
        return;
    }
    const QString location = DatabaseForm::serverLocation(server);
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address) {
        showResult(false, false, address.error());
        return;
    }
    forgetTest();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Menguji sambungan ke %1…").arg(server.host.trimmed()));
    m_result->show();
    fitHeight();
    m_testButton->setEnabled(false);
    m_save->setEnabled(false);

    auto outcome = std::make_shared<std::optional<Result<ServerCheck::Report>>>();
    const ServerAddress target = address.value();
    const QString password = m_password->text();
    m_test = QThread::create([outcome, target, password] { outcome->emplace(ServerCheck::test(target, password)); });
    connect(m_test, &QThread::finished, this, [this, outcome, location, password] {
        m_test->deleteLater();
        m_test = nullptr;
        m_testButton->setEnabled(true);
        m_save->setEnabled(true);
        const Result<ServerCheck::Report> &checked = **outcome;
        if (!checked) {
            showResult(false, false, checked.error());
            return;
        }
        showResult(true, checked->usable, tr("Sambungan berhasil.") + QLatin1Char('\n') + checked->text);
        m_testedLocation = location;
        m_testedPassword = password;
        m_testedUsable = checked->usable;
        m_pgpass->setEnabled(!password.isEmpty());
    });
    m_test->start();
}

void DatabaseDialog::showResult(bool ok, bool usable, const QString &text)
{
    m_result->setStyleSheet(QString::fromLatin1(ok && usable ? kSuccessColour : ok ? kNoteColour : kFailureColour));
    m_result->setText(text);
    m_result->show();
    fitHeight();
}

void DatabaseDialog::fitHeight()
{
    // A longer answer makes the dialog taller rather than squeezing the fields. The
    // server part's layout first: the label's new size reaches the dialog's through it.
    m_serverPart->layout()->activate();
    layout()->activate();
    const int wanted = std::max(sizeHint().height(), hasHeightForWidth() ? heightForWidth(width()) : 0);
    if (height() < wanted)
        resize(width(), wanted);
}

void DatabaseDialog::forgetTest()
{
    if (m_testedLocation.isEmpty())
        return;
    m_testedLocation.clear();
    m_testedPassword.clear();
    m_testedUsable = false;
    m_pgpass->setChecked(false);
    m_pgpass->setEnabled(false);
    m_result->clear();
    m_result->hide();
}

void DatabaseDialog::accept()
{
    if (m_test)
        return; // the test's answer comes first
    const QString title = tr("Basis data PC ini");
    QString location;
    if (m_fileChoice->isChecked()) {
        if (const QString problem = DatabaseForm::fileProblem(m_path->text()); !problem.isEmpty()) {
            MessageBox::error(this, title, problem);
            m_path->setFocus();
            return;
        }
        location = DatabaseForm::fileLocation(m_path->text());
    } else {
        const DatabaseForm::Server server = serverFields();
        if (const QString problem = DatabaseForm::serverProblem(server); !problem.isEmpty()) {
            MessageBox::error(this, title, problem);
            return;
        }
        location = DatabaseForm::serverLocation(server);
        if (const Result<ServerAddress> address = ServerAddress::parse(location); !address) {
            MessageBox::error(this, title, address.error());
            return;
        }
        const bool tested = m_testedLocation == location;
        if (!tested || !m_testedUsable) {
            const QString why = tested ? tr("Menurut uji sambungan, Loket tidak dapat memakai basis data itu.")
                                       : tr("Sambungan ke server itu belum berhasil diuji.");
            if (!MessageBox::confirm(this, title,
                                     why + QLatin1Char(' ')
                                         + tr("Jika disimpan juga, Loket di PC ini mungkin tidak dapat dibuka sampai basis datanya "
                                              "diubah lagi. Simpan juga?"),
                                     tr("Simpan &juga")))
                return;
        }
        if (m_pgpass->isEnabled() && m_pgpass->isChecked()) {
            if (const Status written = PgPass::save(DatabaseForm::pgpassEntry(server), m_testedPassword); !written) {
                MessageBox::error(this, title, written.error());
                return;
            }
        }
    }
    DatabaseChoice::save(location);
    m_saved = location;
    m_changed = effective(location) != effective(m_current);
    m_password->clear();
    m_testedPassword.clear();
    QDialog::accept();
}
