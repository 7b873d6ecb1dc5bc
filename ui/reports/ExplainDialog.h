#pragma once

#include "reports/ReportExplain.h"

#include <QDialog>

class QTableWidget;

// The records behind one figure of the report page (issue 18): the figure as the report
// prints it, then each file with the reading of its clock (or each complaint with its
// deadlines), the same list as `loket report --explain`.
class ExplainDialog final : public QDialog
{
    Q_OBJECT

public:
    ExplainDialog(const FigureExplanation &explanation, QWidget *parent = nullptr);

    const FigureExplanation &explanation() const { return m_explanation; }

private:
    FigureExplanation m_explanation;
    QTableWidget *m_table;
};
