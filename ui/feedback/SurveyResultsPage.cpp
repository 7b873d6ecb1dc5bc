#include "feedback/SurveyResultsPage.h"

#include "accounts/Permissions.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "common/MessageBox.h"
#include "calendar/CalendarStore.h"
#include "feedback/IkmServiceTableModel.h"
#include "feedback/IkmTableModel.h"
#include "reports/IkmDocument.h"
#include "settings/OfficeSettings.h"
#include "storage/LiveFiles.h"
#include "common/FileDialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

SurveyResultsPage::SurveyResultsPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db), m_store(std::make_unique<SurveyStore>(db))
{
    setObjectName(QStringLiteral("SurveyResultsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("ikmFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("ikmTo"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        d->setCalendarPopup(true);
    }
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("ikmService"));
    m_service->addItem(tr("Semua layanan"), 0);
    const Result<ServiceCatalog> catalog = CatalogStore(db).current(CalendarStore(db).today());
    if (catalog)
        for (const Service &s : catalog->servicesWithOther())
            m_service->addItem(s.title(), s.number);
    m_compute = new QPushButton(tr("Hi&tung"), this);
    m_compute->setObjectName(QStringLiteral("computeIkmButton"));
    m_import = new QPushButton(tr("Imp&or CSV…"), this);
    m_import->setObjectName(QStringLiteral("importSurveyButton"));
    m_pdf = new QPushButton(tr("Laporan I&KM (PDF)…"), this);
    m_pdf->setObjectName(QStringLiteral("ikmPdfButton"));
    auto *fromLabel = new QLabel(tr("P&eriode:"), this);
    fromLabel->setBuddy(m_from);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("s.d."), this));
    top->addWidget(m_to);
    top->addWidget(m_service, 1);
    top->addWidget(m_compute);
    top->addWidget(m_import);
    top->addWidget(m_pdf);
    layout->addLayout(top);

    auto *summary = new QHBoxLayout;
    m_ikm = new QLabel(this);
    m_ikm->setObjectName(QStringLiteral("ikmValue"));
    QFont big = m_ikm->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_ikm->setFont(big);
    m_category = new QLabel(this);
    m_category->setObjectName(QStringLiteral("ikmCategory"));
    QFont medium = m_category->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.5);
    m_category->setFont(medium);
    m_respondents = new QLabel(this);
    m_respondents->setObjectName(QStringLiteral("ikmRespondents"));
    m_respondents->setWordWrap(true);
    // The figures keep their width; the sentence beside them wraps.
    for (QLabel *figure : {m_ikm, m_category})
        figure->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    summary->addWidget(m_ikm);
    summary->addSpacing(24);
    summary->addWidget(m_category);
    summary->addSpacing(24);
    summary->addWidget(m_respondents, 1);
    layout->addLayout(summary);

    // Both tables only show figures: nothing to select or edit.
    auto figureTable = [this](const char *name, QAbstractItemModel *model) {
        auto *view = new QTableView(this);
        view->setObjectName(QString::fromLatin1(name));
        view->setModel(model);
        view->setSelectionMode(QAbstractItemView::NoSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        return view;
    };
    m_model = new IkmTableModel(this);
    m_table = figureTable("nrrTable", m_model);
    m_table->horizontalHeader()->setSectionResizeMode(IkmTableModel::ElementColumn, QHeaderView::Stretch);
    m_services = new IkmServiceTableModel(this);
    m_serviceTable = figureTable("ikmServiceTable", m_services);
    m_serviceTable->setWordWrap(false);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ikmTabs"));
    m_tabs->addTab(m_table, tr("Unsur (NRR)"));
    m_tabs->addTab(m_serviceTable, tr("Per layanan"));
    layout->addWidget(m_tabs, 1);
    QStringList ranges;
    for (const QStringList &row : IkmReportFormat::categoryRows())
        ranges << QStringLiteral("%1 %2 %3").arg(row.value(1), row.value(0), row.value(2));
    auto *note = new QLabel(tr("IKM = (jumlah NRR × 1/9) × 25, dengan bobot 1/9 yang tepat (PermenPAN-RB 14/2017). Mutu: %1. "
                               "Tabel per layanan memakai periode yang sama untuk semua layanan.")
                                .arg(ranges.join(QStringLiteral("; "))),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color:#555"));
    layout->addWidget(note);

    connect(m_compute, &QPushButton::clicked, this, &SurveyResultsPage::refresh);
    connect(m_import, &QPushButton::clicked, this, &SurveyResultsPage::importWithDialog);
    connect(m_pdf, &QPushButton::clicked, this, &SurveyResultsPage::savePdfWithDialog);
    connect(m_service, &QComboBox::currentIndexChanged, this, &SurveyResultsPage::refresh);

    // The current quarter: what the supervisor reports.
    const QDate today = Clock::nowUtc().toLocalTime().date();
    const QDate quarterStart(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
    setPeriod(quarterStart, quarterStart.addMonths(3).addDays(-1));
}

SurveyResultsPage::~SurveyResultsPage() = default;

void SurveyResultsPage::setActor(const User &actor)
{
    m_actor = actor;
    m_import->setEnabled(Permissions::userMay(actor, Action::RecordComplaint) || Permissions::userMay(actor, Action::ViewReports));
    refresh();
}

void SurveyResultsPage::setPeriod(const QDate &from, const QDate &to, int serviceNumber)
{
    m_from->setDate(from);
    m_to->setDate(to);
    const QSignalBlocker blocker(m_service);
    m_service->setCurrentIndex(std::max(0, m_service->findData(serviceNumber)));
    refresh();
}

bool SurveyResultsPage::refresh()
{
    const Result<IkmReport> report = m_store->ikm(m_from->date(), m_to->date(), m_service->currentData().toInt());
    const Result<IkmUnitReport> unit = report ? m_store->unitReport(m_from->date(), m_to->date())
                                              : Result<IkmUnitReport>::failure(report.error());
    m_services->setReport(unit ? unit.value() : IkmUnitReport());
    m_serviceTable->resizeColumnsToContents();
    m_pdf->setEnabled(unit.ok());
    if (!report || !unit) {
        m_report = IkmReport();
        m_model->setResult({});
        m_ikm->setText(QStringLiteral("—"));
        m_category->setText(report ? unit.error() : report.error());
        m_respondents->clear();
        return false;
    }
    m_report = report.value();
    const IkmResult &r = m_report.result;
    m_model->setResult(r);
    m_ikm->setText(r.isValid() ? tr("IKM %1").arg(IdNumber::format(r.value(), 2)) : tr("IKM —"));
    m_category->setText(r.isValid() ? tr("Mutu %1 · %2").arg(r.category).arg(Ikm::categoryTitle(r.category))
                                     : tr("belum ada jawaban pada periode ini"));
    QString people = tr("%1 responden; sampel minimal (Krejcie-Morgan) untuk %2 kunjungan: %3.")
                         .arg(IdNumber::format(r.respondents), IdNumber::format(m_report.population), IdNumber::format(m_report.sampleSize));
    if (r.respondents < m_report.sampleSize)
        people += QLatin1Char(' ') + tr("Kurang %1 responden.").arg(IdNumber::format(m_report.sampleSize - r.respondents));
    m_respondents->setText(people);
    m_table->resizeColumnToContents(IkmTableModel::CodeColumn);
    return true;
}

const IkmUnitReport &SurveyResultsPage::unitReport() const
{
    return m_services->report();
}

void SurveyResultsPage::savePdfWithDialog()
{
    const QString path = FileDialogs::saveFileName(this, QStringLiteral("pdf"), tr("Simpan laporan IKM"), QStringLiteral("laporan-ikm.pdf"),
                                                   tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

bool SurveyResultsPage::savePdf(const QString &path)
{
    if (!refresh())
        return false;
    const Result<OfficeIdentity> office = OfficeSettings(m_db).load();
    if (!office) {
        MessageBox::error(this, tr("Laporan IKM"), office.error());
        return false;
    }
    const Result<WorkingCalendar> calendar = CalendarStore(m_db).load();
    const QDate today = Clock::nowUtc().toTimeZone(calendar ? calendar->timeZone() : QTimeZone::systemTimeZone()).date();
    if (const Status s = IkmDocument::writePdf(unitReport(), office.value(), today, path); !s) {
        MessageBox::error(this, tr("Laporan IKM"), s.error());
        return false;
    }
    return true;
}

void SurveyResultsPage::importWithDialog()
{
    const QString path = FileDialogs::openFileName(this, QStringLiteral("import"), tr("Impor jawaban SKM"), tr("CSV (*.csv);;Semua berkas (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool SurveyResultsPage::importFile(const QString &path)
{
    const Result<QByteArray> read = LiveFiles::readUserFile(path, SurveyStore::kMaxImportBytes);
    if (!read) {
        MessageBox::error(this, tr("Impor jawaban SKM"), read.error());
        return false;
    }
    const Result<SurveyImport> imported = m_store->importCsv(m_actor, read.value(), path);
    if (!imported) {
        MessageBox::error(this, tr("Impor jawaban SKM"), imported.error());
        return false;
    }
    QString text = tr("%1 jawaban diimpor dari %2.").arg(imported->imported).arg(QFileInfo(path).fileName());
    if (imported->alreadyStored > 0)
        text += QLatin1Char('\n') + tr("%1 baris sudah tersimpan dari impor sebelumnya dan tidak disimpan lagi.").arg(imported->alreadyStored);
    if (!imported->problems.isEmpty()) {
        text += QLatin1Char('\n') + tr("%1 baris ditolak:").arg(imported->problems.size());
        const int shown = std::min<int>(20, static_cast<int>(imported->problems.size()));
        for (int i = 0; i < shown; ++i)
            text += QLatin1Char('\n') + tr("baris %1: %2").arg(imported->problems.at(i).line).arg(imported->problems.at(i).reason);
        if (imported->problems.size() > shown)
            text += QLatin1Char('\n') + tr("… dan %1 baris lagi.").arg(imported->problems.size() - shown);
    }
    refresh();
    emit surveyChanged();
    if (imported->problems.isEmpty())
        MessageBox::information(this, tr("Impor jawaban SKM"), text);
    else
        MessageBox::error(this, tr("Impor jawaban SKM"), text);
    return true;
}
