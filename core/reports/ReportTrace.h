#pragma once

#include <QHash>
#include <QList>
#include <QString>

// The figures of a report that count files, each traceable to the files it counts
// (issue 18): ReportTally notes every file where it counts it, when the report is
// built with a trace.
enum class TracedFigure { Visits, New, Returned, Accepted, Served, Met, Late, Cancelled, Open };

struct TracedFile
{
    qint64 id = 0;
    qint64 seconds = -1; // served files: the working seconds the report counted
};

class ReportTrace final
{
public:
    // `rowKey`: the row's key (service number, user id, "total").
    void note(TracedFigure figure, const QString &rowKey, qint64 fileId, qint64 seconds = -1)
    {
        m_files[keyOf(figure, rowKey)].append(TracedFile{fileId, seconds});
    }
    // In the order the report read them (by file id).
    QList<TracedFile> files(TracedFigure figure, const QString &rowKey) const { return m_files.value(keyOf(figure, rowKey)); }

private:
    static QString keyOf(TracedFigure figure, const QString &rowKey) { return QString::number(int(figure)) + QLatin1Char(':') + rowKey; }

    QHash<QString, QList<TracedFile>> m_files;
};
