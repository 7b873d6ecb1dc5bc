#pragma once

#include "accounts/User.h"
#include "survey/SurveyStore.h"

#include <QWidget>

#include <memory>

class Database;
class IkmServiceTableModel;
class IkmTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

// The SKM results of a period (and optionally one service): NRR per element, the IKM
// with two decimals, its category, the respondents against the Krejcie-Morgan sample;
// the table per service and its A4 report (PermenPAN-RB 14/2017); and the import of
// answers collected on paper or online (CSV).
class SurveyResultsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SurveyResultsPage(Database &db, QWidget *parent = nullptr);
    ~SurveyResultsPage() override;

    void setActor(const User &actor);
    void setPeriod(const QDate &from, const QDate &to, int serviceNumber = 0);
    // Recomputes from the database; false when the period is not valid.
    bool refresh();
    const IkmReport &report() const { return m_report; }
    // The report of PermenPAN-RB 14/2017 for the period, shown per service.
    const IkmUnitReport &unitReport() const;

    // The IKM report as an A4 PDF (the letterhead, every service, the signature).
    void savePdfWithDialog();
    bool savePdf(const QString &path);

    void importWithDialog();
    // Imports a CSV file and shows what was kept and which lines were refused.
    bool importFile(const QString &path);

signals:
    void surveyChanged();

private:
    Database &m_db;
    std::unique_ptr<SurveyStore> m_store;
    User m_actor;
    IkmReport m_report;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_service = nullptr;
    QPushButton *m_compute = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_pdf = nullptr;
    QTabWidget *m_tabs = nullptr;
    IkmTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    IkmServiceTableModel *m_services = nullptr;
    QTableView *m_serviceTable = nullptr;
    QLabel *m_ikm = nullptr;
    QLabel *m_category = nullptr;
    QLabel *m_respondents = nullptr;
};
