#include "reports/ReportsPage.h"

#include "reports/BoardDocument.h"
#include "reports/ExplainDialog.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportCharts.h"
#include "reports/ReportDocument.h"
#include "reports/ReportFormat.h"
#include "storage/LiveFiles.h"
#include "common/FileDialogs.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

ReportsPage::ReportsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_builder(std::make_unique<ReportBuilder>(db)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_grouping(new QComboBox(this)),
      m_status(new QLabel(this)), m_table(new QTableWidget(this)), m_feedback(new QLabel(this)), m_calling(new QTextBrowser(this)), m_daily(new QChartView(this)),
      m_met(new QChartView(this)), m_distribution(new QChartView(this))
{
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    }
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_grouping->setObjectName(QStringLiteral("reportGrouping"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_feedback->setObjectName(QStringLiteral("reportFeedback"));
    m_calling->setObjectName(QStringLiteral("reportCalling"));
    m_daily->setObjectName(QStringLiteral("dailyChart"));
    m_met->setObjectName(QStringLiteral("metChart"));
    m_distribution->setObjectName(QStringLiteral("distributionChart"));
    m_grouping->addItem(tr("per layanan"), int(ReportGrouping::Service));
    m_grouping->addItem(tr("per petugas"), int(ReportGrouping::Officer));

    auto *show = new QPushButton(tr("&Tampilkan"), this);
    auto *csv = new QPushButton(tr("&Ekspor CSV..."), this);
    auto *pdf = new QPushButton(tr("Ekspor PD&F (A4)..."), this);
    auto *board = new QPushButton(tr("Papan kiner&ja (A4)..."), this);
    board->setObjectName(QStringLiteral("reportBoard"));
    board->setToolTip(tr("Papan kinerja pelayanan untuk dinding (PDF A4) dan situs web LPSE (PNG), untuk bulan atau triwulan "
                         "tanggal \"Dari\""));
    auto *boardMenu = new QMenu(board);
    boardMenu->setObjectName(QStringLiteral("reportBoardMenu"));
    board->setMenu(boardMenu);
    show->setObjectName(QStringLiteral("reportShow"));
    csv->setObjectName(QStringLiteral("reportCsv"));
    pdf->setObjectName(QStringLiteral("reportPdf"));
    show->setDefault(true);
    auto *fromLabel = new QLabel(tr("Da&ri"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("sampa&i"), this);
    toLabel->setBuddy(m_to);
    auto *groupingLabel = new QLabel(tr("&Kelompok"), this);
    groupingLabel->setBuddy(m_grouping);
    auto *bar = new QHBoxLayout;
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(groupingLabel);
    bar->addWidget(m_grouping);
    bar->addWidget(show);
    bar->addStretch();
    bar->addWidget(csv);
    bar->addWidget(pdf);
    bar->addWidget(board);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QChartView *view : {m_daily, m_met, m_distribution}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        view->setFocusPolicy(Qt::NoFocus); // pictures: Tab goes from the controls to the table
    }
    // Tab: the period and grouping, "Tampilkan", the exports, then the table.
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_grouping);
    setTabOrder(m_grouping, show);
    setTabOrder(show, csv);
    setTabOrder(csv, pdf);
    setTabOrder(pdf, board);
    setTabOrder(board, m_table);
    setTabOrder(m_table, m_calling);
    auto *charts = new QWidget(this);
    auto *chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_daily, 3);
    chartLayout->addWidget(m_met, 2);
    chartLayout->addWidget(m_distribution, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(charts);
    splitter->addWidget(m_calling);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_feedback);

    connect(show, &QPushButton::clicked, this, &ReportsPage::refresh);
    // The month and the quarter of the first day chosen, each to a PDF with its PNG beside it.
    connect(boardMenu, &QMenu::aboutToShow, this, [this, boardMenu] {
        boardMenu->clear();
        for (const PerformanceBoard::Period &period : {PerformanceBoard::monthOf(m_from->date()), PerformanceBoard::quarterOf(m_from->date())}) {
            QAction *action = boardMenu->addAction(tr("Papan kinerja %1...").arg(period.title));
            connect(action, &QAction::triggered, this, [this, period] {
                const QString path = FileDialogs::saveFileName(this, QStringLiteral("pdf"), tr("Simpan papan kinerja"),
                                                               QStringLiteral("papan-kinerja-%1.pdf").arg(period.from.toString(QStringLiteral("yyyy-MM"))),
                                                               tr("PDF (*.pdf)"));
                if (path.isEmpty())
                    return;
                const QFileInfo info(path);
                exportBoard(period, path, info.dir().filePath(info.completeBaseName() + QStringLiteral(".png")));
            });
        }
    });
    // A figure of the table opens the files behind it: a click, or Enter on the cell.
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) { explainCell(row, column); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { explainCell(index.row(), index.column()); });
    // Switching the grouping shows the other table at once, once a report is on screen.
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        if (m_report)
            refresh();
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        // A spreadsheet set to Indonesian wants ";" and "80,4"; one set to English "," and
        // "80.4". The officer's last choice is offered first.
        const QString indonesian = tr("CSV Indonesia: pemisah titik koma, desimal koma (*.csv)");
        const QString international = tr("CSV internasional: pemisah koma, desimal titik (*.csv)");
        QSettings settings;
        QString chosen = settings.value(QStringLiteral("reports/csvStyle")).toString() == QLatin1String("international") ? international
                                                                                                                     : indonesian;
        const QString path = FileDialogs::saveFileName(this, QStringLiteral("export"), tr("Simpan laporan CSV"), QStringLiteral("evaluasi-kinerja.csv"),
                                                       indonesian + QStringLiteral(";;") + international, &chosen);
        if (path.isEmpty())
            return;
        const CsvStyle style = chosen == international ? CsvStyle::International : CsvStyle::Indonesian;
        settings.setValue(QStringLiteral("reports/csvStyle"),
                          style == CsvStyle::International ? QStringLiteral("international") : QStringLiteral("indonesian"));
        exportCsv(path, style);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFileName(this, QStringLiteral("pdf"), tr("Simpan laporan PDF"), QStringLiteral("evaluasi-kinerja.pdf"),
                                                       tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsPage::refresh()
{
    const auto grouping = ReportGrouping(m_grouping->currentData().toInt());
    const Result<PerformanceReport> report = m_builder->build(m_from->date(), m_to->date(), grouping);
    if (!report) {
        // No figures from an earlier period may stay on screen under a failed request.
        m_report.reset();
        m_table->setRowCount(0);
        m_feedback->clear();
        m_calling->clear();
        m_status->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_status->setText(report.error());
        return;
    }
    m_status->setStyleSheet(QString());
    m_report = report.value();
    showReport();
}

void ReportsPage::showReport()
{
    const PerformanceReport &report = *m_report;
    const QStringList titles = ReportFormat::columnTitles(report.grouping);
    m_table->clear();
    m_table->setColumnCount(int(titles.size()));
    m_table->setHorizontalHeaderLabels(titles);
    QList<ReportRow> rows = report.rows;
    rows << report.total;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList cells = ReportFormat::cells(rows.at(r));
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0 && c < cells.size() - 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!ReportExplain::figureOfColumn(c).isEmpty())
                item->setToolTip(tr("Klik atau Enter: berkas di balik angka ini"));
            if (r == rows.size() - 1) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Another grouping has other columns: start again at the names, not scrolled sideways.
    m_table->horizontalScrollBar()->setValue(0);
    if (m_table->rowCount() > 0)
        m_table->scrollToItem(m_table->item(0, 0), QAbstractItemView::PositionAtTop);
    m_status->setText(tr("Periode %1. Waktu dalam menit jam kerja; masa tunda tidak dihitung. Berkas dihitung pada periode kunjungannya.")
                          .arg(ReportFormat::periodText(report)));
    QStringList lines;
    for (const auto &[label, value] : ReportFormat::feedbackLines(report))
        lines << QStringLiteral("%1: %2").arg(label, value);
    if (!report.total.pausedByReason.isEmpty())
        lines << tr("Tunda menurut alasan: %1").arg(ReportFormat::pauseText(report.total));
    // On screen the tables are in the page's own font size (the PDF's are 3/4 of its base).
    m_calling->setHtml(ReportDocument::callingHtml(report, (font().pointSizeF() > 0 ? font().pointSizeF() : 10) / 0.75));
    // An office that did not call anybody in the period gets one line, not a panel.
    const bool calls = report.calling && report.calling->anyCalls();
    m_calling->setVisible(calls);
    if (!calls)
        lines << tr("%1: belum ada panggilan dalam periode ini").arg(ReportFormat::callingTitle());
    m_feedback->setText(lines.join(QStringLiteral(" · ")));
    // QChartView owns the chart it shows but only releases the previous one.
    auto replace = [](QChartView *view, std::unique_ptr<QChart> chart) {
        QChart *old = view->chart();
        view->setChart(chart.release());
        delete old;
    };
    replace(m_daily, ReportCharts::dailyVolume(report));
    replace(m_met, ReportCharts::metPercent(report));
    replace(m_distribution, ReportCharts::serviceTimeDistribution(report));
}

bool ReportsPage::exportCsv(const QString &path, CsvStyle style)
{
    if (!m_report)
        refresh();
    if (!m_report)
        return false;
    if (const Status written = LiveFiles::writeUserFile(path, ReportFormat::csv(*m_report, style)); !written) {
        m_status->setText(written.error());
        return false;
    }
    m_status->setText(tr("Laporan disimpan: %1").arg(path));
    return true;
}

bool ReportsPage::exportPdf(const QString &path)
{
    if (!m_report)
        refresh();
    if (!m_report)
        return false;
    if (const Status s = ReportDocument::writePdf(*m_report, path); !s) {
        m_status->setText(s.error());
        return false;
    }
    m_status->setText(tr("Laporan disimpan: %1").arg(path));
    return true;
}

bool ReportsPage::exportBoard(const PerformanceBoard::Period &period, const QString &pdfPath, const QString &pngPath)
{
    // Always by service, whatever the page shows: the board is the report's figures per service.
    const Result<PerformanceReport> report = m_builder->build(period.from, period.to, ReportGrouping::Service);
    Status s = report ? BoardDocument::writePdf(report.value(), period.title, pdfPath) : Status::failure(report.error());
    if (s && !pngPath.isEmpty())
        s = BoardDocument::writePng(report.value(), period.title, pngPath);
    if (!s) {
        m_status->setText(s.error());
        return false;
    }
    m_status->setText(pngPath.isEmpty() ? tr("Papan kinerja disimpan: %1").arg(pdfPath)
                                        : tr("Papan kinerja disimpan: %1 dan %2").arg(pdfPath, pngPath));
    return true;
}

ExplainDialog *ReportsPage::explainCell(int row, int column)
{
    if (!m_report || row < 0 || row > m_report->rows.size())
        return nullptr;
    const QString figure = ReportExplain::figureOfColumn(column);
    if (figure.isEmpty())
        return nullptr;
    const QString rowKey = row < m_report->rows.size() ? m_report->rows.at(row).key : QStringLiteral("total");
    // A click that also activates the cell opens one dialog, not two.
    if (m_explain && m_explain->explanation().figure == figure && m_explain->explanation().rowKey == rowKey) {
        m_explain->raise();
        m_explain->activateWindow();
        return m_explain;
    }
    // The report's own instant: the files are the ones its figures counted.
    const Result<FigureExplanation> explained =
        ReportExplain::explain(m_db, m_report->from, m_report->to, m_report->grouping, figure + QLatin1Char(':') + rowKey, m_report->computedAt);
    if (!explained) {
        m_status->setText(explained.error());
        return nullptr;
    }
    if (m_explain)
        m_explain->close();
    m_explain = new ExplainDialog(explained.value(), this);
    m_explain->setAttribute(Qt::WA_DeleteOnClose);
    m_explain->open();
    return m_explain;
}
