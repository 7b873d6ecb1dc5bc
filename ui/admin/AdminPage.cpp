#include "admin/AdminPage.h"

#include "accounts/AccountStore.h"
#include "admin/RetentionPanel.h"
#include "applications/Workflow.h"
#include "calendar/CalendarStore.h"
#include "calendar/IcsImporter.h"
#include "common/MessageBox.h"
#include "desks/DeskSessions.h"
#include "applications/DisplayBoard.h"
#include "applications/WaitingRoom.h"
#include "applications/CatalogImport.h"
#include "catalog/CatalogStore.h"
#include "settings/OfficeSettings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include "common/InputDialogs.h"
#include "storage/LiveFiles.h"
#include "common/FileDialogs.h"
#include "applications/CalendarChange.h"
#include "backup/Backup.h"
#include "backup/ServerBackup.h"
#include "storage/Database.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace {

QString kindTitle(Holiday::Kind kind)
{
    switch (kind) {
    case Holiday::Kind::National: return QCoreApplication::translate("AdminPage", "Libur nasional");
    case Holiday::Kind::CutiBersama: return QCoreApplication::translate("AdminPage", "Cuti bersama");
    case Holiday::Kind::Local: return QCoreApplication::translate("AdminPage", "Libur lokal");
    }
    return {};
}

// The kinds of a day off as radio buttons, none chosen: the officer picks one.
QWidget *kindButtons(QWidget *parent, QButtonGroup *group)
{
    auto *box = new QWidget(parent);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        Holiday::Kind kind;
        const char *name;
        QString title;
    } kinds[] = {
        {Holiday::Kind::National, "kindNational", QCoreApplication::translate("AdminPage", "Libur n&asional")},
        {Holiday::Kind::CutiBersama, "kindCutiBersama", QCoreApplication::translate("AdminPage", "&Cuti bersama")},
        {Holiday::Kind::Local, "kindLocal", QCoreApplication::translate("AdminPage", "Libur &lokal (daerah)")},
    };
    group->setExclusive(true);
    for (const auto &k : kinds) {
        auto *button = new QRadioButton(k.title, box);
        button->setObjectName(QString::fromLatin1(k.name));
        group->addButton(button, static_cast<int>(k.kind));
        column->addWidget(button);
    }
    return box;
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

AdminPage::AdminPage(Database &db, Workflow &workflow, QWidget *parent) : QWidget(parent), m_db(db), m_workflow(workflow)
{
    setObjectName(QStringLiteral("AdminPage"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildUsers(), tr("&Petugas"));
    tabs->addTab(buildCalendar(), tr("&Kalender kerja"));
    tabs->addTab(buildIdentity(), tr("&Identitas kantor"));
    // No free letter in "Katalog layanan", "Meja", "Cadangan" and "Data pribadi" (M, E, J,
    // A, C, D, N, G, I are taken on this screen): reached with Ctrl+Tab.
    tabs->addTab(buildCatalog(), tr("Katalog layanan"));
    tabs->addTab(buildDesks(), tr("Meja"));
    tabs->addTab(buildBackup(), tr("Cadangan"));
    m_retention = new RetentionPanel(db, this);
    const int retentionTab = tabs->addTab(m_retention, tr("Data pribadi"));
    // The yearly reminder: a line above the tabs that never blocks, with the way to act.
    m_reminder = new QLabel(this);
    m_reminder->setObjectName(QStringLiteral("retentionReminder"));
    m_reminder->setWordWrap(true);
    m_reminder->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #c8a600; padding: 6px; }"));
    m_reminder->setTextFormat(Qt::RichText);
    m_reminder->hide();
    connect(m_reminder, &QLabel::linkActivated, tabs, [tabs, retentionTab] { tabs->setCurrentIndex(retentionTab); });
    connect(m_retention, &RetentionPanel::reminderChanged, this, [this](const QString &text) {
        m_reminder->setText(text.toHtmlEscaped() + QStringLiteral(" <a href='#retention'>%1</a>").arg(tr("Tinjau sekarang").toHtmlEscaped()));
        m_reminder->setVisible(!text.isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_reminder);
    layout->addWidget(tabs);
}

AdminPage::~AdminPage()
{
    if (m_backupThread) { // pg_dump is not interrupted: the archive is finished first
        m_backupThread->disconnect(this);
        m_backupThread->wait();
        delete m_backupThread;
    }
}

void AdminPage::setActor(const User &actor)
{
    m_actor = actor;
    m_retention->setActor(actor);
    refresh();
}

void AdminPage::refresh()
{
    refreshUsers();
    refreshCalendar();
    refreshCatalog();
    refreshBackup();
    m_retention->refresh();
    const Result<OfficeIdentity> office = OfficeSettings(m_db).load();
    if (office) {
        m_officeName->setText(office->name);
        m_officeUnit->setText(office->unit);
        m_officeAddress->setText(office->address);
        m_officeCity->setText(office->city);
        m_complaintChannel->setPlainText(office->complaintChannel);
        m_headName->setText(office->headName);
        m_headNip->setText(office->headNip);
        m_maklumat->setPlainText(office->maklumat);
    }
}

// ------------------------------------------------------------------ users

QWidget *AdminPage::buildUsers()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_users = makeTable(page, {tr("Login"), tr("Nama"), tr("NIP"), tr("Peran"), tr("Status")}, QStringLiteral("users"));
    layout->addWidget(m_users, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Tambah petugas… (&+)"), page);
    add->setObjectName(QStringLiteral("addUserButton"));
    auto *toggle = new QPushButton(tr("&Nonaktifkan / aktifkan"), page);
    toggle->setObjectName(QStringLiteral("toggleUserButton"));
    auto *reset = new QPushButton(tr("&Atur ulang kata sandi…"), page);
    reset->setObjectName(QStringLiteral("resetPasswordButton"));
    buttons->addWidget(add);
    buttons->addWidget(toggle);
    buttons->addWidget(reset);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Tambah petugas"));
        auto *form = new QFormLayout(&dialog);
        dialog.setObjectName(QStringLiteral("addUserDialog"));
        auto *login = new QLineEdit(&dialog);
        login->setObjectName(QStringLiteral("newLogin"));
        auto *name = new QLineEdit(&dialog);
        name->setObjectName(QStringLiteral("newName"));
        auto *nip = new QLineEdit(&dialog);
        nip->setObjectName(QStringLiteral("newNip"));
        nip->setPlaceholderText(tr("18 angka; boleh dikosongkan"));
        auto *password = new QLineEdit(&dialog);
        password->setObjectName(QStringLiteral("newPassword"));
        password->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Nama &login:"), login);
        form->addRow(tr("Nama l&engkap:"), name);
        form->addRow(tr("N&IP:"), nip);
        form->addRow(tr("&Kata sandi awal:"), password);
        QList<QCheckBox *> boxes;
        for (Role r : Roles::all()) {
            auto *box = new QCheckBox(Roles::title(r), &dialog);
            boxes << box;
            form->addRow(boxes.size() == 1 ? tr("Peran:") : QString(), box);
        }
        auto *bb = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        InputDialogs::localize(bb);
        form->addRow(bb);
        connect(bb, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        connect(bb, &QDialogButtonBox::accepted, &dialog, [&] {
            QList<Role> roles;
            QStringList titles;
            for (int i = 0; i < boxes.size(); ++i) {
                if (boxes.at(i)->isChecked()) {
                    roles << Roles::all().at(i);
                    titles << Roles::title(Roles::all().at(i));
                }
            }
            // Batal in the confirmation leaves the form open as it was.
            if (!MessageBox::confirm(&dialog, tr("Tambah petugas"),
                                     tr("Tambahkan petugas \"%1\" (%2) dengan peran: %3?")
                                         .arg(login->text().trimmed(), name->text().trimmed(),
                                              titles.isEmpty() ? tr("belum dipilih") : titles.join(QStringLiteral(", "))),
                                     tr("&Tambahkan")))
                return;
            const QString error = addUser(login->text(), name->text(), roles, password->text(), nip->text());
            if (error.isEmpty())
                dialog.accept();
        });
        dialog.exec();
    });
    connect(toggle, &QPushButton::clicked, this, [this] {
        const QString login = selectedLogin();
        if (login.isEmpty())
            return;
        const Result<User> u = AccountStore(m_db).userByLogin(login);
        if (!u)
            return;
        if (u->active
            && !MessageBox::confirm(this, tr("Nonaktifkan petugas"),
                                    tr("Nonaktifkan petugas \"%1\" (%2)? Ia tidak dapat masuk lagi sampai diaktifkan kembali.")
                                        .arg(u->login, u->fullName),
                                    tr("&Nonaktifkan")))
            return;
        setUserActive(login, !u->active);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        const QString login = selectedLogin();
        if (login.isEmpty())
            return;
        bool ok = false;
        const QString password = InputDialogs::getText(this, tr("Atur ulang kata sandi"), tr("Kata sandi baru untuk %1:").arg(login),
                                                       QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        AccountStore accounts(m_db);
        const Result<User> u = accounts.userByLogin(login);
        const Status s = u ? accounts.resetPassword(m_actor.id, u->id, password) : Status::failure(u.error());
        if (!s)
            MessageBox::error(this, tr("Atur ulang kata sandi"), s.error());
        else
            MessageBox::information(this, tr("Atur ulang kata sandi"), tr("Kata sandi %1 telah diganti.").arg(login));
    });
    return page;
}

QString AdminPage::selectedLogin() const
{
    const int row = m_users->currentRow();
    return row >= 0 && m_users->item(row, 0) ? m_users->item(row, 0)->text() : QString();
}

void AdminPage::refreshUsers()
{
    const Result<QList<User>> users = AccountStore(m_db).users();
    m_users->setRowCount(0);
    if (!users)
        return;
    for (const User &u : users.value()) {
        const int row = m_users->rowCount();
        m_users->insertRow(row);
        QStringList roles;
        for (Role r : u.roles)
            roles << Roles::title(r);
        const QStringList cells = {u.login, u.fullName, u.nip, roles.join(QStringLiteral(", ")), u.active ? tr("aktif") : tr("nonaktif")};
        for (int c = 0; c < cells.size(); ++c)
            m_users->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_users->resizeColumnsToContents();
}

QString AdminPage::addUser(const QString &login, const QString &name, const QList<Role> &roles, const QString &password, const QString &nip)
{
    const Result<User> added = AccountStore(m_db).addUser(login, name, nip, roles, password, m_actor.id);
    if (!added) {
        MessageBox::error(this, tr("Tambah petugas"), added.error());
        return added.error();
    }
    refreshUsers();
    return {};
}

QString AdminPage::setUserActive(const QString &login, bool active)
{
    AccountStore accounts(m_db);
    const Result<User> u = accounts.userByLogin(login);
    const Status s = u ? accounts.setActive(m_actor.id, u->id, active) : Status::failure(u.error());
    if (!s) {
        MessageBox::error(this, tr("Petugas"), s.error());
        return s.error();
    }
    refreshUsers();
    return {};
}

// ------------------------------------------------------------------ calendar

QWidget *AdminPage::buildCalendar()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);

    auto *hoursBox = new QWidget(page);
    auto *hoursLayout = new QVBoxLayout(hoursBox);
    hoursLayout->addWidget(new QLabel(tr("<b>Jam kerja</b> (klik dua kali untuk mengubah; kosongkan untuk hari libur)"), hoursBox));
    m_hours = makeTable(hoursBox, {tr("Hari"), tr("Buka"), tr("Tutup"), tr("Istirahat")}, QStringLiteral("officeHours"));
    m_hours->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Arrow keys move between the cells; Tab goes on to "Simpan jam kerja".
    m_hours->setTabKeyNavigation(false);
    hoursLayout->addWidget(m_hours, 1);
    auto *saveHours = new QPushButton(tr("Simpan &jam kerja"), hoursBox);
    saveHours->setObjectName(QStringLiteral("saveHours"));
    hoursLayout->addWidget(saveHours);
    layout->addWidget(hoursBox, 2);

    auto *daysBox = new QWidget(page);
    auto *daysLayout = new QVBoxLayout(daysBox);
    auto *yearRow = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("<b>Hari libur</b> tahun:"), daysBox);
    m_year = new QSpinBox(daysBox);
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    daysLayout->addLayout(yearRow);
    m_holidays = makeTable(daysBox, {tr("Tanggal"), tr("Hari"), tr("Jenis"), tr("Nama")}, QStringLiteral("holidays"));
    daysLayout->addWidget(m_holidays, 1);
    auto *dayButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Tambah…"), daysBox);
    add->setObjectName(QStringLiteral("addHolidayButton"));
    auto *remove = new QPushButton(tr("&Hapus"), daysBox);
    remove->setObjectName(QStringLiteral("removeHolidayButton"));
    auto *import = new QPushButton(tr("Imp&or .ics…"), daysBox);
    import->setObjectName(QStringLiteral("importIcsButton"));
    dayButtons->addWidget(add);
    dayButtons->addWidget(remove);
    dayButtons->addWidget(import);
    dayButtons->addStretch(1);
    daysLayout->addLayout(dayButtons);
    layout->addWidget(daysBox, 3);

    connect(m_year, &QSpinBox::valueChanged, this, &AdminPage::refreshCalendar);
    connect(add, &QPushButton::clicked, this, [this] {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("addHolidayDialog"));
        dialog.setWindowTitle(tr("Tambah hari libur"));
        auto *form = new QFormLayout(&dialog);
        auto *date = new QDateEdit(QDate(m_year->value(), QDate::currentDate().month(), QDate::currentDate().day()), &dialog);
        date->setObjectName(QStringLiteral("holidayDate"));
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        auto *name = new QLineEdit(&dialog);
        name->setObjectName(QStringLiteral("holidayName"));
        // No kind is chosen in advance: a national holiday, a cuti bersama and a local
        // day off are different decisions.
        auto *kinds = new QButtonGroup(&dialog);
        form->addRow(tr("&Tanggal:"), date);
        form->addRow(tr("&Nama:"), name);
        form->addRow(tr("Jenis:"), kindButtons(&dialog, kinds));
        auto *bb = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        InputDialogs::localize(bb);
        form->addRow(bb);
        connect(bb, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        connect(bb, &QDialogButtonBox::accepted, &dialog, [&] {
            if (kinds->checkedId() < 0) {
                MessageBox::error(&dialog, tr("Tambah hari libur"),
                                  tr("Pilih jenis hari libur: libur nasional, cuti bersama, atau libur lokal."));
                return;
            }
            if (addHoliday(date->date(), name->text(), static_cast<Holiday::Kind>(kinds->checkedId())).isEmpty())
                dialog.accept();
        });
        dialog.exec();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_holidays->currentRow();
        if (row < 0)
            return;
        const QDate date = QDate::fromString(m_holidays->item(row, 0)->data(Qt::UserRole).toString(), Qt::ISODate);
        Result<WorkingCalendar> calendar = CalendarStore(m_db).load();
        if (!calendar)
            return;
        WorkingCalendar edited = calendar.value();
        edited.removeHoliday(date);
        saveCalendar(edited, tr("hapus hari libur %1").arg(date.toString(Qt::ISODate)));
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFileName(this, QStringLiteral("import"), tr("Impor hari libur"), tr("iCalendar (*.ics)"));
        if (!path.isEmpty())
            importIcs(path);
    });
    connect(saveHours, &QPushButton::clicked, this, [this] {
        Result<WorkingCalendar> calendar = CalendarStore(m_db).load();
        if (!calendar)
            return;
        WorkingCalendar edited = calendar.value();
        for (int day = 1; day <= 7; ++day) {
            const QString open = m_hours->item(day - 1, 1)->text().trimmed();
            const QString close = m_hours->item(day - 1, 2)->text().trimmed();
            const QString breaks = m_hours->item(day - 1, 3)->text().trimmed();
            DaySchedule schedule;
            if (!open.isEmpty() || !close.isEmpty()) {
                schedule.working = true;
                schedule.open = QTime::fromString(open, QStringLiteral("HH:mm"));
                schedule.close = QTime::fromString(close, QStringLiteral("HH:mm"));
                if (!schedule.open.isValid() || !schedule.close.isValid() || schedule.close <= schedule.open) {
                    MessageBox::error(this, tr("Jam kerja"), tr("Jam buka dan tutup %1 harus berbentuk JJ:MM, dan tutup setelah buka.")
                                                                 .arg(QLocale().dayName(day)));
                    return;
                }
                for (const QString &range : breaks.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    const QStringList parts = range.trimmed().split(QLatin1Char('-'));
                    const QTime from = parts.size() == 2 ? QTime::fromString(parts.at(0).trimmed(), QStringLiteral("HH:mm")) : QTime();
                    const QTime to = parts.size() == 2 ? QTime::fromString(parts.at(1).trimmed(), QStringLiteral("HH:mm")) : QTime();
                    if (!from.isValid() || !to.isValid() || to <= from || from < schedule.open || to > schedule.close) {
                        MessageBox::error(this, tr("Jam kerja"), tr("Istirahat \"%1\" tidak sah: tulis JJ:MM-JJ:MM di dalam jam kerja.").arg(range.trimmed()));
                        return;
                    }
                    schedule.breaks << TimeRange{from, to};
                }
            }
            edited.setWeekday(day, schedule);
        }
        saveCalendar(edited, tr("ubah jam kerja"));
    });
    return page;
}

void AdminPage::refreshCalendar()
{
    const Result<WorkingCalendar> calendar = CalendarStore(m_db).load();
    if (!calendar)
        return;
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    m_hours->setRowCount(7);
    for (int day = 1; day <= 7; ++day) {
        const DaySchedule s = calendar->weekday(day);
        QStringList breaks;
        for (const TimeRange &b : s.breaks)
            breaks << b.start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-') + b.end.toString(QStringLiteral("HH:mm"));
        const QStringList cells = {indonesian.dayName(day), s.working ? s.open.toString(QStringLiteral("HH:mm")) : QString(),
                                   s.working ? s.close.toString(QStringLiteral("HH:mm")) : QString(), breaks.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_hours->setItem(day - 1, c, item);
        }
    }
    m_hours->resizeColumnsToContents();

    m_holidays->setRowCount(0);
    for (const Holiday &h : calendar->holidays(m_year->value())) {
        const int row = m_holidays->rowCount();
        m_holidays->insertRow(row);
        auto *date = new QTableWidgetItem(h.date.toString(QStringLiteral("dd-MM-yyyy")));
        date->setData(Qt::UserRole, h.date.toString(Qt::ISODate));
        m_holidays->setItem(row, 0, date);
        m_holidays->setItem(row, 1, new QTableWidgetItem(indonesian.dayName(h.date.dayOfWeek())));
        m_holidays->setItem(row, 2, new QTableWidgetItem(kindTitle(h.kind)));
        m_holidays->setItem(row, 3, new QTableWidgetItem(h.name));
    }
    m_holidays->resizeColumnsToContents();
}

QString AdminPage::saveCalendar(const WorkingCalendar &calendar, const QString &what)
{
    const Status s = CalendarChange(m_db).apply(m_actor, calendar, what);
    if (!s) {
        MessageBox::error(this, tr("Kalender kerja"), s.error());
        return s.error();
    }
    refreshCalendar();
    return {};
}

QString AdminPage::addHoliday(const QDate &date, const QString &name, Holiday::Kind kind)
{
    if (!date.isValid() || name.trimmed().isEmpty()) {
        const QString error = tr("Isi tanggal dan nama hari libur.");
        MessageBox::error(this, tr("Tambah hari libur"), error);
        return error;
    }
    Result<WorkingCalendar> calendar = CalendarStore(m_db).load();
    if (!calendar)
        return calendar.error();
    WorkingCalendar edited = calendar.value();
    edited.addHoliday(Holiday{date, name.trimmed(), kind});
    return saveCalendar(edited, tr("tambah hari libur %1").arg(date.toString(Qt::ISODate)));
}

// ------------------------------------------------------------------ catalogue (Pasal 9)

QWidget *AdminPage::buildCatalog()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_catalogInForce = new QLabel(page);
    m_catalogInForce->setObjectName(QStringLiteral("catalogInForce"));
    m_catalogInForce->setWordWrap(true);
    layout->addWidget(m_catalogInForce);
    layout->addWidget(new QLabel(tr("<b>Riwayat versi katalog</b> (berkas yang sudah terdaftar tetap memakai versi saat didaftarkan)"), page));
    m_catalogHistory = makeTable(page, {tr("Versi"), tr("Berlaku sejak"), tr("Peraturan"), tr("Diimpor oleh"), tr("Disimpan"), tr("Layanan")},
                                 QStringLiteral("catalogHistory"));
    // The regulation takes the room left; the other columns are as wide as their cells.
    m_catalogHistory->horizontalHeader()->setStretchLastSection(false);
    m_catalogHistory->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_catalogHistory->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_catalogHistory->setWordWrap(true);
    m_catalogHistory->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_catalogHistory, 1);

    auto *form = new QFormLayout;
    m_catalogEffective = new QDateEdit(QDate::currentDate().addDays(1), page);
    m_catalogEffective->setObjectName(QStringLiteral("catalogEffective"));
    m_catalogEffective->setCalendarPopup(true);
    m_catalogEffective->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_catalogRegulation = new QLineEdit(page);
    m_catalogRegulation->setObjectName(QStringLiteral("catalogRegulation"));
    m_catalogRegulation->setPlaceholderText(tr("Perwali ... Nomor X Tahun Y (kosong: peraturan yang disebut berkas)"));
    form->addRow(tr("Berlaku se&jak:"), m_catalogEffective);
    form->addRow(tr("Peraturan yang me&netapkan:"), m_catalogRegulation);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *import = new QPushButton(tr("Impor &berkas katalog…"), page);
    import->setObjectName(QStringLiteral("importCatalogButton"));
    buttons->addWidget(import);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFileName(this, QStringLiteral("import"), tr("Impor katalog layanan"), tr("Katalog layanan (*.json)"));
        if (!path.isEmpty())
            importCatalog(path, m_catalogEffective->date(), m_catalogRegulation->text());
    });
    return page;
}

void AdminPage::refreshCatalog()
{
    CatalogStore store(m_db);
    const Result<CatalogVersionInfo> inForce = store.currentInfo(CalendarStore(m_db).today());
    m_catalogInForce->setText(inForce ? tr("Berlaku hari ini: %1.").arg(CatalogStore::describe(inForce.value())) : inForce.error());
    const Result<QList<CatalogVersionInfo>> history = store.history(true);
    m_catalogHistory->setRowCount(0);
    if (!history)
        return;
    for (const CatalogVersionInfo &v : history.value()) {
        const int row = m_catalogHistory->rowCount();
        m_catalogHistory->insertRow(row);
        const QStringList cells{inForce && inForce->id == v.id ? tr("%1 (berlaku)").arg(v.id) : QString::number(v.id),
                                v.effectiveFrom.isValid() ? v.effectiveFrom.toString(QStringLiteral("dd-MM-yyyy")) : tr("sejak awal"),
                                v.regulation, v.importedBy.isEmpty() ? tr("(bawaan)") : v.importedBy,
                                v.storedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")), QString::number(v.services)};
        for (int c = 0; c < cells.size(); ++c)
            m_catalogHistory->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

QString AdminPage::importCatalog(const QString &path, const QDate &effective, const QString &regulation)
{
    const QString title = tr("Impor katalog layanan");
    const Result<QByteArray> read = LiveFiles::readUserFile(path, CatalogImport::kMaxBytes);
    if (!read) {
        MessageBox::error(this, title, read.error());
        return read.error();
    }
    const Result<int> id = CatalogImport(m_db).run(m_actor, {read.value(), effective, regulation, QFileInfo(path).fileName()});
    if (!id) {
        MessageBox::error(this, title, id.error());
        return id.error();
    }
    refreshCatalog();
    m_catalogRegulation->clear();
    return {};
}

QString AdminPage::importIcs(const QString &path)
{
    const Result<QByteArray> read = LiveFiles::readUserFile(path, IcsImporter::kMaxBytes);
    if (!read) {
        MessageBox::error(this, tr("Impor hari libur"), read.error());
        return read.error();
    }
    const Result<QList<IcsImporter::Day>> parsed = IcsImporter::read(read.value());
    if (!parsed) {
        MessageBox::error(this, tr("Impor hari libur"), parsed.error());
        return parsed.error();
    }
    QStringList unclassified;
    for (const IcsImporter::Day &d : parsed.value())
        if (!d.kindFromFile)
            unclassified << QStringLiteral("%1  %2").arg(d.holiday.date.toString(QStringLiteral("dd-MM-yyyy")), d.holiday.name);
    std::optional<Holiday::Kind> chosen;
    if (!unclassified.isEmpty()) {
        // The file does not say what these days are: the officer decides, for all of them.
        chosen = askKind(tr("%1 hari dalam berkas %2 tidak menyebut jenisnya. Pilih jenis untuk hari-hari ini:")
                             .arg(unclassified.size())
                             .arg(QFileInfo(path).fileName()),
                         unclassified);
        if (!chosen)
            return tr("Impor dibatalkan.");
    }
    Result<WorkingCalendar> calendar = CalendarStore(m_db).load();
    if (!calendar)
        return calendar.error();
    WorkingCalendar edited = calendar.value();
    for (const IcsImporter::Day &d : parsed.value()) {
        Holiday h = d.holiday;
        if (!d.kindFromFile)
            h.kind = *chosen;
        edited.addHoliday(h);
    }
    const QString error = saveCalendar(edited, tr("impor %1 hari libur dari %2").arg(parsed->size()).arg(QFileInfo(path).fileName()));
    if (error.isEmpty())
        MessageBox::information(this, tr("Impor hari libur"), tr("%1 hari libur diimpor.").arg(parsed->size()));
    return error;
}

std::optional<Holiday::Kind> AdminPage::askKind(const QString &question, const QStringList &days)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("holidayKindDialog"));
    dialog.setWindowTitle(tr("Impor hari libur"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(question, &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *list = new QPlainTextEdit(days.join(QLatin1Char('\n')), &dialog);
    list->setObjectName(QStringLiteral("unclassifiedDays"));
    list->setReadOnly(true);
    list->setTabChangesFocus(true);
    list->setMaximumHeight(140);
    layout->addWidget(list);
    auto *kinds = new QButtonGroup(&dialog);
    layout->addWidget(kindButtons(&dialog, kinds));
    auto *bb = new QDialogButtonBox(&dialog);
    QPushButton *import = bb->addButton(tr("&Impor"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setEnabled(false);
    QPushButton *cancel = bb->addButton(QCoreApplication::translate("InputDialogs", "Batal"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(bb);
    connect(kinds, &QButtonGroup::idClicked, import, [import] { import->setEnabled(true); });
    connect(bb, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(bb, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || kinds->checkedId() < 0)
        return std::nullopt;
    return static_cast<Holiday::Kind>(kinds->checkedId());
}

// ------------------------------------------------------------------ identity

QWidget *AdminPage::buildIdentity()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_officeName = new QLineEdit(page);
    m_officeUnit = new QLineEdit(page);
    m_officeAddress = new QLineEdit(page);
    m_officeCity = new QLineEdit(page);
    m_complaintChannel = new QPlainTextEdit(page);
    m_complaintChannel->setMaximumHeight(70);
    m_headName = new QLineEdit(page);
    m_headNip = new QLineEdit(page);
    m_maklumat = new QPlainTextEdit(page);
    m_maklumat->setMaximumHeight(110);
    form->addRow(tr("&Nama kantor:"), m_officeName);
    form->addRow(tr("Unit:"), m_officeUnit);
    form->addRow(tr("&Alamat:"), m_officeAddress);
    form->addRow(tr("K&ota:"), m_officeCity);
    form->addRow(tr("Saluran pen&gaduan:"), m_complaintChannel);
    form->addRow(tr("Nama Kepala &Bagian:"), m_headName);
    form->addRow(tr("NIP K&epala Bagian:"), m_headNip);
    form->addRow(tr("&Teks maklumat:"), m_maklumat);
    auto *save = new QPushButton(tr("Simpan identitas kanto&r"), page);
    form->addRow(save);
    connect(save, &QPushButton::clicked, this, [this] {
        OfficeIdentity o;
        o.name = m_officeName->text();
        o.unit = m_officeUnit->text();
        o.address = m_officeAddress->text();
        o.city = m_officeCity->text();
        o.complaintChannel = m_complaintChannel->toPlainText();
        o.headName = m_headName->text();
        o.headNip = m_headNip->text();
        o.maklumat = m_maklumat->toPlainText();
        const Status s = OfficeSettings(m_db).save(m_actor, o);
        if (!s)
            MessageBox::error(this, tr("Identitas kantor"), s.error());
        else
            MessageBox::information(this, tr("Identitas kantor"), tr("Identitas kantor disimpan."));
    });
    return page;
}

// ------------------------------------------------------------------ desks

namespace {

QString tickerText(Workflow &workflow)
{
    const Result<QString> text = workflow.board().ticker();
    return text ? text.value() : QString();
}

} // namespace

QWidget *AdminPage::buildDesks()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *note = new QLabel(tr("Nama meja PC ini tampil di layar pengawasan (siapa masuk di meja mana dan sejak kapan) dan disimpan di PC "
                               "ini saja. Berkas yang masih dipegang petugas di meja yang tidak terlihat lagi (PC mati, macet, atau "
                               "terputus) ditandai setelah batas waktu di bawah, agar pengawas dapat melepasnya ke antrian."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    auto *desk = new QLineEdit(DeskSessions::deskName(), page);
    desk->setObjectName(QStringLiteral("deskName"));
    desk->setMaxLength(DeskSessions::kMaxDeskName);
    form->addRow(tr("&Nama meja PC ini:"), desk);
    auto *minutes = new QSpinBox(page);
    minutes->setObjectName(QStringLiteral("abandonedMinutes"));
    minutes->setRange(5, 480);
    minutes->setSuffix(tr(" menit"));
    minutes->setValue(DeskSessions(m_db).abandonedMinutes());
    form->addRow(tr("Tandai berkas di meja yang tidak terlihat setelah:"), minutes);

    // The waiting room (issue 17): what this desk calls, and the office's calling rules.
    auto *services = new QWidget(page);
    services->setObjectName(QStringLiteral("deskServices"));
    auto *servicesLayout = new QVBoxLayout(services);
    servicesLayout->setContentsMargins(0, 0, 0, 0);
    servicesLayout->setSpacing(0);
    QList<QCheckBox *> serviceBoxes;
    const QList<int> served = DeskSessions::deskServices();
    if (const Result<ServiceCatalog> catalog = CatalogStore(m_db).current(CalendarStore(m_db).today()); catalog) {
        for (const Service &s : catalog->servicesWithOther()) {
            auto *box = new QCheckBox(QStringLiteral("%1 · %2").arg(QString(s.queueLetter), s.name), services);
            box->setProperty("service", s.number);
            box->setChecked(served.isEmpty() || served.contains(s.number));
            servicesLayout->addWidget(box);
            serviceBoxes << box;
        }
    }
    form->addRow(tr("Layanan yang dipanggil meja ini:"), services);
    auto *noShow = new QSpinBox(page);
    noShow->setObjectName(QStringLiteral("noShowAfter"));
    noShow->setRange(1, WaitingRoom::kMaxNoShowAfter);
    noShow->setSuffix(tr(" kali dipanggil"));
    noShow->setValue(m_workflow.waitingRoom().noShowAfter());
    form->addRow(tr("\"Tidak hadir\" boleh setelah:"), noShow);
    auto *ticker = new QLineEdit(tickerText(m_workflow), page);
    ticker->setObjectName(QStringLiteral("displayTicker"));
    ticker->setMaxLength(DisplayBoard::kMaxTicker);
    ticker->setPlaceholderText(tr("kosong: pernyataan pertama Maklumat Pelayanan"));
    form->addRow(tr("Teks berjalan layar antrian:"), ticker);

    auto *save = new QPushButton(tr("Simpan pen&gaturan meja"), page);
    save->setObjectName(QStringLiteral("saveDesks"));
    form->addRow(save);
    connect(save, &QPushButton::clicked, this, [this, desk, minutes, serviceBoxes, noShow, ticker] {
        const QString title = tr("Meja");
        if (const Status s = DeskSessions::setDeskName(desk->text()); !s) {
            MessageBox::error(this, title, s.error());
            return;
        }
        QList<int> chosen;
        for (QCheckBox *box : serviceBoxes)
            if (box->isChecked())
                chosen << box->property("service").toInt();
        if (chosen.isEmpty() && !serviceBoxes.isEmpty()) {
            MessageBox::error(this, title, tr("Pilih paling sedikit satu layanan yang dipanggil meja ini."));
            return;
        }
        DeskSessions::setDeskServices(chosen.size() == serviceBoxes.size() ? QList<int>() : chosen);
        DeskSessions desks(m_db);
        if (minutes->value() != desks.abandonedMinutes())
            if (const Status s = desks.setAbandonedMinutes(m_actor, minutes->value()); !s) {
                MessageBox::error(this, title, s.error());
                return;
            }
        if (noShow->value() != m_workflow.waitingRoom().noShowAfter())
            if (const Status s = m_workflow.waitingRoom().setNoShowAfter(m_actor, noShow->value()); !s) {
                MessageBox::error(this, title, s.error());
                return;
            }
        if (ticker->text().simplified() != tickerText(m_workflow))
            if (const Status s = m_workflow.board().setTicker(m_actor, ticker->text()); !s) {
                MessageBox::error(this, title, s.error());
                return;
            }
        desk->setText(DeskSessions::deskName());
        ticker->setText(tickerText(m_workflow));
        MessageBox::information(this, title, tr("Pengaturan meja disimpan. Nama meja yang baru dipakai mulai login berikutnya di PC ini."));
    });
    return page;
}

// ------------------------------------------------------------------ backup

QWidget *AdminPage::buildBackup()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *about = new QLabel(m_db.isServer()
                                 ? tr("Basis data ini ada di server PostgreSQL kantor. Cadangannya arsip pg_dump di folder di bawah ini, "
                                      "dibuat oleh \"loket backup\" terjadwal di server atau dengan tombol Cadangkan sekarang di PC ini; "
                                      "disimpan 14 cadangan harian dan 12 bulanan. Folder itu dibaca di komputer yang mencadangkan.")
                                 : tr("Loket mencadangkan basis data sekali sehari saat dibuka dan sekali lagi saat ditutup; disimpan 14 "
                                      "cadangan harian dan 12 bulanan. Pilih folder di diska lain (mis. diska eksternal atau folder "
                                      "jaringan) agar cadangan tidak hilang bersama komputer ini."),
                             page);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Folder cadangan:"), page);
    m_backupFolder = new QLineEdit(page);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    label->setBuddy(m_backupFolder);
    auto *choose = new QPushButton(tr("&Jelajahi…"), page);
    choose->setObjectName(QStringLiteral("chooseBackupFolder"));
    row->addWidget(label);
    row->addWidget(m_backupFolder, 1);
    row->addWidget(choose);
    layout->addLayout(row);
    m_backupState = new QLabel(page);
    m_backupState->setObjectName(QStringLiteral("backupState"));
    m_backupState->setWordWrap(true);
    layout->addWidget(m_backupState);
    auto *save = new QPushButton(tr("Simpan folder cadan&gan"), page);
    save->setObjectName(QStringLiteral("saveBackupFolder"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    if (m_db.isServer()) {
        m_backupNow = new QPushButton(tr("Cadangkan &sekarang"), page);
        m_backupNow->setObjectName(QStringLiteral("backupNow"));
        buttons->addWidget(m_backupNow);
        connect(m_backupNow, &QPushButton::clicked, this, &AdminPage::backupServerNow);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::folderName(this, QStringLiteral("backup"), tr("Pilih folder cadangan"), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    connect(save, &QPushButton::clicked, this, &AdminPage::saveBackupFolder);
    return page;
}

void AdminPage::refreshBackup()
{
    const Result<QString> set = Backup::folderSetting(m_db);
    m_backupFolder->setText(set ? set.value() : QString());
    if (!m_db.isServer()) {
        m_backupFolder->setPlaceholderText(Backup::defaultFolder(m_db.path()));
        const Backup::DailyState daily = Backup::daily(Backup::folderFor(m_db));
        m_backupState->setText(daily.last.isValid()
                                   ? tr("Cadangan terakhir: %1").arg(daily.last.toString(QStringLiteral("dd-MM-yyyy HH:mm")))
                                   : tr("Belum ada cadangan di folder ini."));
        return;
    }
    // The server's archives: the latest, and whether today's is still due (Backup's daily rule).
    m_backupFolder->setPlaceholderText(tr("wajib diisi: folder arsip pg_dump, mis. /srv/cadangan-loket"));
    const QString folder = Backup::folderFor(m_db);
    if (m_backupThread)
        return; // "Mencadangkan…" stays until the backup is done
    m_backupNow->setEnabled(!folder.isEmpty());
    if (folder.isEmpty()) {
        m_backupState->setText(tr("Folder cadangan untuk server belum diatur, jadi belum ada cadangan server."));
        return;
    }
    const Backup::DailyState daily = Backup::daily(folder, Backup::Format::ServerDump);
    const QString last = daily.last.isValid()
                             ? tr("Arsip server terakhir: %1 (%2).")
                                   .arg(QDir::toNativeSeparators(Backup::latest(folder, Backup::Format::ServerDump)),
                                        daily.last.toString(QStringLiteral("dd-MM-yyyy HH:mm")))
                             : tr("Belum ada arsip server di folder ini (di PC ini).");
    m_backupState->setText(last + QLatin1Char(' ')
                           + (daily.due ? tr("Cadangan hari ini belum dibuat.") : tr("Cadangan hari ini sudah dibuat.")));
    m_backupState->setStyleSheet(daily.overdue ? QStringLiteral("color: #b00020;") : QString());
}

void AdminPage::backupServerNow()
{
    if (m_backupThread)
        return;
    const QString location = m_db.path();
    const QString folder = Backup::folderFor(m_db);
    auto result = std::make_shared<Result<QString>>(Result<QString>::failure(tr("Pencadangan terhenti sebelum selesai.")));
    m_backupNow->setEnabled(false);
    m_backupState->setText(tr("Mencadangkan…"));
    m_backupThread = QThread::create([result, location, folder] { *result = ServerBackup::rotate(location, folder); });
    connect(m_backupThread, &QThread::finished, this, [this, result] {
        m_backupThread->deleteLater();
        m_backupThread = nullptr;
        refreshBackup();
        if (*result)
            MessageBox::information(this, tr("Cadangan server"), tr("Cadangan ditulis: %1").arg(QDir::toNativeSeparators(result->value())));
        else
            MessageBox::error(this, tr("Cadangan server"), result->error());
        emit backupFinished(*result ? QString() : result->error());
    });
    m_backupThread->start(QThread::LowPriority);
}

QString AdminPage::saveBackupFolder()
{
    const QString folder = m_backupFolder->text().trimmed();
    if (const Status s = Backup::setFolder(m_db, m_actor, QDir::fromNativeSeparators(folder)); !s) {
        MessageBox::error(this, tr("Folder cadangan"), s.error());
        return s.error();
    }
    refreshBackup();
    const QString next = Backup::folderFor(m_db);
    MessageBox::information(this, tr("Folder cadangan"),
                            next.isEmpty() ? tr("Folder cadangan untuk server belum diatur, jadi belum ada cadangan server.")
                                           : tr("Cadangan berikutnya disimpan di %1.").arg(next));
    return {};
}
