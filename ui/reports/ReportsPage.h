#pragma once

#include "reports/PerformanceBoard.h"
#include "reports/PerformanceReport.h"
#include "reports/ReportFormat.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class Database;
class ExplainDialog;
class ReportBuilder;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;
class QTextBrowser;

// The supervisor's evaluation report: a period, by service or by officer, the table,
// the three charts, the waiting room's calls, and export to CSV and to A4 PDF.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(Database &db, QWidget *parent = nullptr);
    ~ReportsPage() override;

    const std::optional<PerformanceReport> &report() const { return m_report; }
    // Computes the report for the chosen period (also run by the "Tampilkan" button).
    void refresh();
    void setPeriod(const QDate &from, const QDate &to);
    bool exportCsv(const QString &path, CsvStyle style = CsvStyle::International);
    bool exportPdf(const QString &path);
    // The public performance board of `period` (by service): the A4 PDF for the wall and,
    // when `pngPath` is given, the same sheet as a picture for the website.
    bool exportBoard(const PerformanceBoard::Period &period, const QString &pdfPath, const QString &pngPath = {});
    // The records behind the figure in that cell of the table (ReportExplain), in a dialog;
    // nothing for a cell that is no count of records. Also a click or Enter on the cell.
    ExplainDialog *explainCell(int row, int column);

private:
    void showReport();

    Database &m_db;
    std::unique_ptr<ReportBuilder> m_builder; // keeps the parsed calendar and catalogue between refreshes
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_grouping;
    QLabel *m_status;
    QTableWidget *m_table;
    QLabel *m_feedback;
    QTextBrowser *m_calling;
    QChartView *m_daily;
    QChartView *m_met;
    QChartView *m_distribution;
    std::optional<PerformanceReport> m_report;
    QPointer<ExplainDialog> m_explain;
};
