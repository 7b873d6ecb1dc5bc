#include "admin/RetentionPanel.h"

#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "common/FileDialogs.h"
#include "common/IdNumber.h"
#include "common/MessageBox.h"
#include "print/PrivacyDocuments.h"
#include "print/PrintFormat.h"
#include "settings/OfficeSettings.h"
#include "storage/Database.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QDate officeToday(Database &db)
{
    const Result<WorkingCalendar> calendar = CalendarStore(db).load();
    return Clock::nowUtc().toTimeZone(calendar ? calendar->timeZone() : WorkingCalendar::defaults().timeZone()).date();
}

} // namespace

RetentionPanel::RetentionPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("RetentionPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("NIK, telepon dan e-mail pemohon disimpan selama masa simpan sesudah kunjungan terakhirnya, lalu dihapus "
                                "(UU 27/2022 tentang Pelindungan Data Pribadi). Kunjungan, berkas, waktu layanan dan laporan tetap."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_years = new QSpinBox(this);
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(Retention::kMinYears, Retention::kMaxYears);
    m_years->setSuffix(tr(" tahun"));
    auto *save = new QPushButton(tr("Simpan masa simpan"), this);
    row->addWidget(m_years);
    row->addWidget(save);
    row->addStretch(1);
    form->addRow(tr("Masa simpan sesudah kunjungan terakhir:"), row);
    layout->addLayout(form);

    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("retentionDue"));
    m_due->setWordWrap(true);
    layout->addWidget(m_due);
    auto *buttons = new QHBoxLayout;
    m_apply = new QPushButton(tr("Hapus data yang melewati masa simpan…"), this);
    m_apply->setObjectName(QStringLiteral("retentionApply"));
    auto *notice = new QPushButton(tr("Cetak pemberitahuan untuk loket…"), this);
    buttons->addWidget(m_apply);
    buttons->addWidget(notice);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Cadangan yang lebih tua dari masa simpan (hapus, karena masih memuat data itu):"), this));
    m_backups = new QListWidget(this);
    m_backups->setObjectName(QStringLiteral("retentionBackups"));
    layout->addWidget(m_backups, 1);

    connect(save, &QPushButton::clicked, this, [this] {
        if (const QString error = saveYears(m_years->value()); !error.isEmpty())
            MessageBox::error(this, tr("Masa simpan"), error);
    });
    connect(m_apply, &QPushButton::clicked, this, &RetentionPanel::askAndApply);
    connect(notice, &QPushButton::clicked, this, &RetentionPanel::printNotice);
}

void RetentionPanel::setActor(const User &actor)
{
    m_actor = actor;
    refresh();
}

void RetentionPanel::refresh()
{
    Retention retention(m_db);
    const Result<int> years = retention.years();
    if (years)
        m_years->setValue(years.value());
    const Result<RetentionDue> due = retention.due(officeToday(m_db));
    m_backups->clear();
    QString reminder;
    if (!due) {
        m_due->setText(due.error());
        m_apply->setEnabled(false);
    } else {
        const RetentionDue &d = due.value();
        m_due->setText(tr("Jatuh tempo (kunjungan terakhir sebelum %1): NIK, telepon dan e-mail %2 orang; kontak %3 penyedia, %4 pengaduan, "
                          "%5 saran. Terakhir diterapkan: %6.")
                           .arg(PrintFormat::date(d.cutoff), IdNumber::format(d.persons), IdNumber::format(d.vendors),
                                IdNumber::format(d.complaints), IdNumber::format(d.suggestions),
                                d.lastApplied.isValid() ? PrintFormat::date(d.lastApplied.date()) : tr("belum pernah")));
        m_apply->setEnabled(d.anythingDue());
        m_backups->addItems(d.oldBackups);
        if (Retention::reminderDue(d, Clock::nowUtc()))
            reminder = tr("Pemeriksaan tahunan data pribadi: %1 orang melewati masa simpan %2 tahun, %3 cadangan lama. Buka tab Data pribadi.")
                           .arg(IdNumber::format(d.persons))
                           .arg(d.years)
                           .arg(d.oldBackups.size());
    }
    if (reminder != m_reminder) {
        m_reminder = reminder;
        emit reminderChanged(m_reminder);
    }
}

QString RetentionPanel::saveYears(int years)
{
    if (const Status s = Retention(m_db).setYears(m_actor, years); !s)
        return s.error();
    refresh();
    return {};
}

QString RetentionPanel::applyNow()
{
    const Result<RetentionDue> erased = Retention(m_db).apply(m_actor, officeToday(m_db));
    refresh();
    return erased ? QString() : erased.error();
}

void RetentionPanel::askAndApply()
{
    if (!MessageBox::confirm(this, tr("Hapus data pribadi"),
                             tr("NIK, telepon dan e-mail yang melewati masa simpan dihapus untuk selamanya. Kunjungan, berkas dan laporan "
                                "tetap."),
                             tr("Hapus")))
        return;
    if (const QString error = applyNow(); !error.isEmpty())
        MessageBox::error(this, tr("Hapus data pribadi"), error);
}

void RetentionPanel::printNotice()
{
    const QString path = FileDialogs::saveFileName(this, QStringLiteral("pdf"), tr("Simpan pemberitahuan"),
                                                   QStringLiteral("pemberitahuan-data-pribadi.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<OfficeIdentity> office = OfficeSettings(m_db).load();
    const Result<int> years = Retention(m_db).years();
    const Status s = office && years ? PrivacyDocuments::writeNoticePdf(office.value(), years.value(), path)
                                     : Status::failure(office ? years.error() : office.error());
    if (!s)
        MessageBox::error(this, tr("Simpan pemberitahuan"), s.error());
}
