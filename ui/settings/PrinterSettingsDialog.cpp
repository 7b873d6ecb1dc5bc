#include "settings/PrinterSettingsDialog.h"

#include "print/PrintSettings.h"
#include "print/PrinterChoices.h"
#include "print/Printers.h"
#include "settings/OfficeSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The office's paper for a receipt job (the database's setting); A4 for the posters.
PaperProfile officePaper(Database &db, const QString &job)
{
    ReceiptKind kind;
    if (!ReceiptKinds::fromKey(job, &kind))
        return PaperProfile(PaperProfile::Size::A4);
    return PrintSettings(db).paperFor(kind);
}

} // namespace

QString PrinterSettingsDialog::printerComboName(const QString &job)
{
    return QStringLiteral("printer_") + job;
}

QString PrinterSettingsDialog::paperComboName(const QString &job)
{
    return QStringLiteral("paper_") + job;
}

QString PrinterSettingsDialog::testButtonName(const QString &job)
{
    return QStringLiteral("test_") + job;
}

PrinterSettingsDialog::PrinterSettingsDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Printer dan kertas"));
    auto *intro = new QLabel(tr("Printer dan kertas PC ini untuk setiap jenis cetakan. Cetakan dengan printer terpilih langsung "
                                "dikirim tanpa bertanya; \"Tanya setiap kali\" membuka pratinjau cetak dan mengingat printer "
                                "yang dipakai di sana."),
                             this);
    intro->setWordWrap(true);

    const QStringList printers = Printers::available();
    const QString systemDefault = Printers::systemDefault();
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Cetakan</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Printer</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Kertas</b>"), this), 0, 2);
    for (const QString &job : PrinterChoices::jobs()) {
        const std::optional<PrinterChoice> choice = PrinterChoices::forJob(job);
        Row row{job};
        row.printer = new QComboBox(this);
        row.printer->setObjectName(printerComboName(job));
        row.printer->addItem(tr("Tanya setiap kali (pratinjau)"), QString());
        for (const QString &name : printers)
            row.printer->addItem(name == systemDefault ? tr("%1 (bawaan)").arg(name) : name, name);
        const QString remembered = choice ? choice->printer : QString();
        if (!remembered.isEmpty() && !printers.contains(remembered))
            row.printer->addItem(tr("%1 (tidak ada di PC ini)").arg(remembered), remembered);
        row.printer->setCurrentIndex(std::max(0, row.printer->findData(remembered)));

        const int line = grid->rowCount();
        auto *label = new QLabel(PrinterChoices::title(job), this);
        label->setBuddy(row.printer);
        grid->addWidget(label, line, 0);
        grid->addWidget(row.printer, line, 1);
        if (PrinterChoices::isReceipt(job)) {
            row.paper = new QComboBox(this);
            row.paper->setObjectName(paperComboName(job));
            for (const PaperProfile &paper : PaperProfile::all())
                row.paper->addItem(paper.title(), paper.key());
            const PaperProfile paper = choice ? choice->paper : officePaper(m_db, job);
            row.paper->setCurrentIndex(std::max(0, row.paper->findData(paper.key())));
            grid->addWidget(row.paper, line, 2);
        } else {
            grid->addWidget(new QLabel(PaperProfile(PaperProfile::Size::A4).title(), this), line, 2);
        }
        auto *testButton = new QPushButton(tr("Uji cetak"), this);
        testButton->setObjectName(testButtonName(job));
        testButton->setToolTip(tr("Mencetak halaman uji ke printer terpilih"));
        grid->addWidget(testButton, line, 3);
        auto updateTest = [testButton, combo = row.printer] { testButton->setEnabled(Printers::isAvailable(combo->currentData().toString())); };
        updateTest();
        connect(row.printer, &QComboBox::currentIndexChanged, this, updateTest);
        connect(testButton, &QPushButton::clicked, this, [this, row] { test(row); });
        m_rows << row;
    }
    grid->setColumnStretch(1, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("printerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    if (printers.isEmpty())
        m_status->setText(tr("Belum ada printer di PC ini. Tambahkan printer di pengaturan printer sistem (CUPS), lalu buka lagi jendela ini."));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Simpan"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("printerSave"));
    buttons->addButton(tr("&Batal"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        store();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

PaperProfile PrinterSettingsDialog::paperOf(const Row &row) const
{
    if (!row.paper)
        return PaperProfile(PaperProfile::Size::A4);
    return PaperProfile::fromKey(row.paper->currentData().toString()).value_or(officePaper(m_db, row.job));
}

void PrinterSettingsDialog::store()
{
    for (const Row &row : m_rows) {
        const QString printer = row.printer->currentData().toString();
        const PaperProfile paper = paperOf(row);
        // Asking on the office's paper is what an unset PC does: nothing to keep.
        if (printer.isEmpty() && paper == officePaper(m_db, row.job))
            PrinterChoices::forget(row.job);
        else
            PrinterChoices::set(row.job, {printer, paper});
    }
}

void PrinterSettingsDialog::test(const Row &row)
{
    const QString printer = row.printer->currentData().toString();
    const PaperProfile paper = paperOf(row);
    const Result<OfficeIdentity> office = OfficeSettings(m_db).load();
    const Status s = Printers::printTestPage(printer, paper, office ? office->name : QString());
    m_status->setText(s ? tr("Halaman uji %1 dikirim ke %2.").arg(paper.title(), printer) : s.error());
}
