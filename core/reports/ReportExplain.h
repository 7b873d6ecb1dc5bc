#pragma once

#include "applications/ApplicationStatus.h"
#include "clock/ServiceClock.h"
#include "common/Result.h"
#include "reports/FeedbackFigures.h"
#include "reports/PerformanceReport.h"

#include <QCoreApplication>
#include <QTimeZone>

class Database;

// One file behind a figure, with the reading of its service clock as the file view and
// the completion proof give it (FileLists::file: FileClock's reading, the pauses).
struct ExplainedFile
{
    qint64 id = 0;
    QString number;
    int service = 0;
    QString serviceName;
    ApplicationStatus status = ApplicationStatus::Registered;
    QDateTime arrivedAt;
    QDateTime acceptedAt;
    QDateTime finishedAt;
    QList<PausePeriod> pauses;
    ClockReading clock;
    qint64 countedSeconds = -1; // served files: the working seconds the report counted
    bool middle = false;        // the figure "median": the file (or one of the two) at the middle
};

// What `loket report --explain FIGURE` and a click on a figure of the report page show:
// the figure as the report prints it and the records behind it (files, or complaints).
struct FigureExplanation
{
    QString figure;   // "met", "served", "complaints", ...
    QString rowKey;   // service number, user id or "total"
    QString rowTitle; // the row's name as the report prints it
    QString label;    // the figure's title
    QString value;    // the figure as the report prints it
    QString note;     // how the records make the figure ("tepat janji 3 dari 4 berkas selesai")
    bool aboutComplaints = false;
    QList<ExplainedFile> files;
    QList<TracedComplaint> complaints;
    QTimeZone zone; // the office's: the times are read in it

    qsizetype count() const { return aboutComplaints ? complaints.size() : files.size(); }
};

// The figures of the evaluation report traced to their records (issue 18). A figure is
// named NAME:ROW (ROW a service number by service, a user id by officer, or "total", the
// default): visits, new, returned, accepted, served, met, late, cancelled, open, median
// (the served files by service time, the middle marked), complaints, ack3, resp6 (by
// service and in the total: the complaints received, and those whose 3- or 6-working-day
// deadline is decided, each met or not). The files are the very ones the report counts
// (ReportTrace), each read through the file's own clock.
class ReportExplain final
{
    Q_DECLARE_TR_FUNCTIONS(ReportExplain)

public:
    ReportExplain() = delete;

    static QStringList figureNames();
    // Why `typed` names no figure (its NAME is none of figureNames()); empty when it does.
    static QString figureError(const QString &typed);
    // The figure behind a column of the report's table (ReportFormat::columnTitles); empty
    // for a column that is no count of records (waits, pauses, IKM).
    static QString figureOfColumn(int column);

    // `now` as for the report (ReportBuilder::build): the same instant gives the same figures.
    static Result<FigureExplanation> explain(Database &db, const QDate &from, const QDate &to, ReportGrouping grouping,
                                             const QString &figure, const QDateTime &now = {});

    // The list as a table, for the screen, and as text for the command line.
    static QStringList fileTitles();
    static QStringList fileCells(const ExplainedFile &file, const QTimeZone &zone);
    static QStringList complaintTitles();
    static QStringList complaintCells(const TracedComplaint &complaint, const QTimeZone &zone);
    static QString heading(const FigureExplanation &explanation);
    static QString text(const FigureExplanation &explanation);
};
