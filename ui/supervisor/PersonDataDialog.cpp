#include "supervisor/PersonDataDialog.h"

#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "print/PrivacyDocuments.h"
#include "settings/OfficeSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

PersonDataDialog::PersonDataDialog(Database &db, const User &actor, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_zone(zone)
{
    setObjectName(QStringLiteral("PersonDataDialog"));
    setWindowTitle(tr("Data pribadi seseorang"));
    resize(820, 640);
    auto *layout = new QVBoxLayout(this);
    auto *search = new QHBoxLayout;
    m_nik = new QLineEdit(this);
    m_nik->setObjectName(QStringLiteral("personNik"));
    m_nik->setPlaceholderText(tr("NIK, 16 angka"));
    auto *find = new QPushButton(tr("&Cari"), this);
    auto *label = new QLabel(tr("&NIK:"), this);
    label->setBuddy(m_nik);
    search->addWidget(label);
    search->addWidget(m_nik, 1);
    search->addWidget(find);
    layout->addLayout(search);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("personView"));
    layout->addWidget(m_view, 1);

    auto *fix = new QHBoxLayout;
    m_field = new QComboBox(this);
    m_field->addItem(tr("NIK"), PersonRecord::fieldKey(PersonRecord::Field::Nik));
    m_field->addItem(tr("Telepon"), PersonRecord::fieldKey(PersonRecord::Field::Phone));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("personCorrection"));
    m_value->setPlaceholderText(tr("nilai yang benar"));
    m_correct = new QPushButton(tr("&Koreksi"), this);
    auto *fixLabel = new QLabel(tr("Koreksi:"), this);
    fix->addWidget(fixLabel);
    fix->addWidget(m_field);
    fix->addWidget(m_value, 1);
    fix->addWidget(m_correct);
    layout->addLayout(fix);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pdf = buttons->addButton(tr("Simpan &PDF…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    m_pdf->setEnabled(false);
    m_correct->setEnabled(false);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto find_ = [this] {
        if (const QString error = lookUp(m_nik->text()); !error.isEmpty())
            MessageBox::error(this, windowTitle(), error);
    };
    connect(find, &QPushButton::clicked, this, find_);
    connect(m_nik, &QLineEdit::returnPressed, this, find_);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFileName(this, QStringLiteral("pdf"), tr("Simpan data pribadi"),
                                                       QStringLiteral("data-pribadi.pdf"), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const QString error = savePdf(path); !error.isEmpty())
            MessageBox::error(this, windowTitle(), error);
    });
    connect(m_correct, &QPushButton::clicked, this, [this] {
        const auto field = PersonRecord::fieldFromKey(m_field->currentData().toString());
        if (!field)
            return;
        if (const QString error = correct(*field, m_value->text()); !error.isEmpty())
            MessageBox::error(this, windowTitle(), error);
    });
}

QString PersonDataDialog::lookUp(const QString &nik)
{
    const Result<PersonData> data = PersonRecord(m_db).lookUp(m_actor, nik);
    if (!data) {
        m_data.reset();
        m_view->clear();
        m_pdf->setEnabled(false);
        m_correct->setEnabled(false);
        return data.error();
    }
    m_data = data.value();
    const Result<OfficeIdentity> office = OfficeSettings(m_db).load();
    // The preview is the printout's own document.
    PrivacyDocuments::buildPerson(*m_view->document(), office ? office.value() : OfficeIdentity::defaults(), *m_data, m_zone,
                                  m_view->font().pointSizeF());
    m_pdf->setEnabled(true);
    m_correct->setEnabled(true);
    return {};
}

QString PersonDataDialog::savePdf(const QString &path)
{
    if (!m_data)
        return tr("Cari NIK dulu.");
    const Result<OfficeIdentity> office = OfficeSettings(m_db).load();
    if (!office)
        return office.error();
    const Status s = PrivacyDocuments::writePersonPdf(office.value(), *m_data, m_zone, path);
    return s ? QString() : s.error();
}

QString PersonDataDialog::correct(PersonRecord::Field field, const QString &value)
{
    if (!m_data)
        return tr("Cari NIK dulu.");
    const Result<int> changed = PersonRecord(m_db).correct(m_actor, m_data->nik, field, value);
    if (!changed)
        return changed.error();
    m_value->clear();
    // Shown again under the NIK it has now.
    return lookUp(field == PersonRecord::Field::Nik ? value : m_data->nik);
}
