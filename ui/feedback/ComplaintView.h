#pragma once

#include "complaints/Complaint.h"
#include "events/Event.h"

#include <QTextBrowser>

// One complaint as a readable page: the elements of Pasal 8 ayat (4) with what is
// missing, the 30-day window, both deadlines and the timeline of its steps.
class ComplaintView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ComplaintView(QWidget *parent = nullptr);

    void showComplaint(const Complaint &complaint, const ComplaintDeadlines &deadlines, const QList<Event> &history);
    void showNothing(const QString &hint);

    static QString html(const Complaint &complaint, const ComplaintDeadlines &deadlines, const QList<Event> &history);
};
