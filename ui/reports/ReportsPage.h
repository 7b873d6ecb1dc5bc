#pragma once

#include "reports/PerformanceReport.h"
#include "reports/ReportFormat.h"

#include <QWidget>

#include <memory>
#include <optional>

class Database;
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
};
