#pragma once

#include "applications/Workflow.h"

#include <QTextBrowser>

// One file as a readable page: applicant, vendor, checklist, clock and the history as
// a timeline. Personal identifiers are masked.
class FileView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit FileView(QWidget *parent = nullptr);

    void showFile(const ApplicationFile &file);
    void showNothing(const QString &hint);

    static QString html(const ApplicationFile &file);
};
