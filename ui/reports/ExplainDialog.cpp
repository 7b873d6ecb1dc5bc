#include "reports/ExplainDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

ExplainDialog::ExplainDialog(const FigureExplanation &explanation, QWidget *parent)
    : QDialog(parent), m_explanation(explanation), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("explainDialog"));
    setWindowTitle(tr("Berkas di balik angka"));
    auto *heading = new QLabel(ReportExplain::heading(explanation), this);
    heading->setObjectName(QStringLiteral("explainHeading"));
    heading->setWordWrap(true);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *count = new QLabel(explanation.aboutComplaints ? tr("%n pengaduan", nullptr, int(explanation.count()))
                                                         : tr("%n berkas", nullptr, int(explanation.count())),
                             this);
    count->setObjectName(QStringLiteral("explainCount"));

    const QStringList titles = explanation.aboutComplaints ? ReportExplain::complaintTitles() : ReportExplain::fileTitles();
    m_table->setObjectName(QStringLiteral("explainTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(int(titles.size()));
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setRowCount(int(explanation.count()));
    for (int r = 0; r < explanation.count(); ++r) {
        const QStringList cells = explanation.aboutComplaints ? ReportExplain::complaintCells(explanation.complaints.at(r), explanation.zone)
                                                              : ReportExplain::fileCells(explanation.files.at(r), explanation.zone);
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    heading->setBuddy(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(count);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 480);
}
