#pragma once

#include "common/Result.h"
#include "print/DocumentPrinter.h"
#include "print/PaperProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The printers of this PC as CUPS lists them (QPrinterInfo), and printing to one of them
// by its name, without a dialog: a QPrinter in its native format sends the job to the
// CUPS queue with the paper's page size (an 80 mm roll as long as its content, or A4).
// A test stands in a list of printer names and catches each job as a PDF file.
class Printers final
{
    Q_DECLARE_TR_FUNCTIONS(Printers)

public:
    static QStringList available();
    // The PC's default printer; empty when there is none.
    static QString systemDefault();
    static bool isAvailable(const QString &name);
    // Fails, in Indonesian and naming the printers there are, when `name` is not one.
    static Status check(const QString &name);

    static Status print(const QString &printerName, const PaperProfile &paper, const DocumentPrinter::Builder &build,
                        const DocumentPrinter::Options &options);
    // The first-run wizard's test print (PrintDialogs::testPage with the office's name on top).
    static Status printTestPage(const QString &printerName, const PaperProfile &paper, const QString &officeName);

    // Test hooks: with `names` set, available() answers them and print() writes each job
    // to `pdfFolder` (NNN.pdf) instead of sending it; nullopt goes back to CUPS.
    struct Job
    {
        QString printer;
        PaperProfile paper;
        QString title;
        QString pdf;
    };
    static void setForTesting(std::optional<QStringList> names, const QString &pdfFolder = {});
    static QList<Job> jobsForTesting();
};
