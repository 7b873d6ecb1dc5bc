#pragma once

#include "print/PaperProfile.h"

#include <QDialog>
#include <QList>
#include <QString>

class Database;
class QComboBox;
class QLabel;

// Printer dan kertas: this PC's printer and paper for each receipt kind and for the A4
// posters (PrinterChoices). The printer list is CUPS's (Printers::available()), led by
// "Tanya setiap kali" (the print preview opens, and the printer printed on there is
// remembered); a remembered printer that is gone stays listed as missing. Each row can
// print a test page. Stored on "Simpan".
class PrinterSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PrinterSettingsDialog(Database &db, QWidget *parent = nullptr);

    static QString printerComboName(const QString &job); // "printer_ticket", ...
    static QString paperComboName(const QString &job);   // "paper_ticket", ...
    static QString testButtonName(const QString &job);   // "test_ticket", ...

private:
    struct Row
    {
        QString job;
        QComboBox *printer = nullptr;
        QComboBox *paper = nullptr; // none for the posters (always A4)
    };

    PaperProfile paperOf(const Row &row) const;
    void store();
    void test(const Row &row);

    Database &m_db;
    QList<Row> m_rows;
    QLabel *m_status = nullptr;
};
