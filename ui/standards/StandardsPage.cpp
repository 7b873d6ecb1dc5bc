#include "standards/StandardsPage.h"

#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "standards/ServiceTableModel.h"
#include "storage/Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

StandardsPage::StandardsPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("StandardsPage"));
    m_model = new ServiceTableModel(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("serviceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ServiceTableModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ServiceTableModel::NumberColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ServiceTableModel::HandledByColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ServiceTableModel::TimeColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("serviceDetails"));
    m_details->setOpenExternalLinks(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Laya&nan:"), left);
    label->setBuddy(m_table);
    leftLayout->addWidget(label);
    leftLayout->addWidget(m_table);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("catalogVersion"));
    m_version->setWordWrap(true);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_version);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showService(current.row()); });

    QSettings settings;
    if (!m_splitter->restoreState(settings.value(QStringLiteral("StandardsPage/splitter")).toByteArray()))
        m_splitter->setSizes({480, 760});
    reload();
}

void StandardsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("StandardsPage/splitter"), m_splitter->saveState());
}

void StandardsPage::reload()
{
    CatalogStore store(m_db);
    const QDate today = CalendarStore(m_db).today();
    const Result<ServiceCatalog> catalog = store.current(today);
    if (!catalog) {
        m_details->setPlainText(catalog.error());
        return;
    }
    // Which version this is, and what is stored to take over later (Pasal 9).
    if (const Result<CatalogVersionInfo> inForce = store.currentInfo(today); inForce) {
        QStringList lines{CatalogStore::describe(inForce.value())};
        if (const Result<QList<CatalogVersionInfo>> history = store.history(); history)
            for (const CatalogVersionInfo &v : history.value())
                // Dated after the one in force: not in force yet (else it would be).
                if (v.effectiveFrom.isValid() && (!inForce->effectiveFrom.isValid() || v.effectiveFrom > inForce->effectiveFrom))
                    lines << tr("Versi %1 tersimpan, berlaku mulai %2.").arg(v.id).arg(v.effectiveFrom.toString(QStringLiteral("dd-MM-yyyy")));
        m_version->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_version->setText(inForce.error());
    }
    m_model->setCatalog(catalog.value());
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void StandardsPage::selectService(int number)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->serviceAt(row)->number == number) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
}

QString StandardsPage::shownText() const
{
    return m_details->toPlainText();
}

QString StandardsPage::versionText() const
{
    return m_version->text();
}

void StandardsPage::showService(int row)
{
    const Service *s = m_model->serviceAt(row);
    if (!s) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<h2>%1. %2</h2>").arg(s->number).arg(s->name.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2 &nbsp;·&nbsp; <b>%3</b> %4</p>")
                .arg(tr("Ditangani oleh:"), ServiceCatalog::roleTitle(s->handledBy).toHtmlEscaped(), tr("Jangka waktu:"),
                     ServiceCatalog::describeTime(s->time).toHtmlEscaped());
    if (!s->time.guarantee.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(s->time.guarantee.toHtmlEscaped());
    const QStringList keys = ServiceCatalog::componentKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i == 0)
            html += QStringLiteral("<h3>%1</h3>").arg(tr("a. Komponen penyampaian pelayanan"));
        if (i == 6)
            html += QStringLiteral("<h3>%1</h3>").arg(tr("b. Komponen pengelolaan pelayanan"));
        const int numberInPart = static_cast<int>(i < 6 ? i + 1 : i - 5);
        html += QStringLiteral("<h4>%1. %2</h4>").arg(numberInPart).arg(ServiceCatalog::componentTitle(keys.at(i)).toHtmlEscaped());
        const QStringList paragraphs = s->components.value(keys.at(i));
        if (paragraphs.size() == 1) {
            html += QStringLiteral("<p>%1</p>").arg(paragraphs.first().toHtmlEscaped());
        } else {
            const bool ordered = keys.at(i) == QLatin1String("procedure");
            html += ordered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
            for (const QString &p : paragraphs)
                html += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
            html += ordered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
        }
        if (keys.at(i) == QLatin1String("requirements")) {
            html += QStringLiteral("<p><b>%1</b></p><table cellspacing=0 cellpadding=3 border=1>").arg(tr("Daftar periksa berkas:"));
            html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                        .arg(tr("Dokumen"), tr("Asli"), tr("Salinan"), tr("Masih berlaku"), tr("Berlaku untuk"));
            for (const Requirement &r : s->requirements)
                html += QStringLiteral("<tr><td>%1</td><td align=center>%2</td><td align=center>%3</td><td align=center>%4</td><td>%5</td></tr>")
                            .arg(r.label.toHtmlEscaped(), r.original ? tr("ya") : QStringLiteral("–"),
                                 r.copy ? tr("ya") : QStringLiteral("–"), r.validity ? tr("diperiksa") : QStringLiteral("–"),
                                 r.appliesWhen == Requirement::AppliesWhen::Proxy ? tr("hanya jika yang datang bukan pimpinan")
                                                                                 : tr("semua pemohon"));
            html += QStringLiteral("</table>");
        }
    }
    m_details->setHtml(html);
}
