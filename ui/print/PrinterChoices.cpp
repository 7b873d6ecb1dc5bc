#include "print/PrinterChoices.h"

#include <QSettings>

namespace {

QString printerKey(const QString &job)
{
    return QStringLiteral("print/%1/printer").arg(job);
}

QString paperKey(const QString &job)
{
    return QStringLiteral("print/%1/paper").arg(job);
}

} // namespace

QString PrinterChoices::posterJob()
{
    return QStringLiteral("poster");
}

QString PrinterChoices::receiptJob(ReceiptKind kind)
{
    return ReceiptKinds::key(kind);
}

QStringList PrinterChoices::jobs()
{
    QStringList all;
    for (ReceiptKind kind : ReceiptKinds::all())
        all << receiptJob(kind);
    return all << posterJob();
}

bool PrinterChoices::isReceipt(const QString &job)
{
    ReceiptKind kind;
    return ReceiptKinds::fromKey(job, &kind);
}

QString PrinterChoices::title(const QString &job)
{
    ReceiptKind kind;
    if (ReceiptKinds::fromKey(job, &kind))
        return ReceiptKinds::title(kind);
    return tr("Maklumat dan Standar Pelayanan (A4)");
}

std::optional<PrinterChoice> PrinterChoices::forJob(const QString &job)
{
    const QSettings s;
    if (!s.contains(printerKey(job)) && !s.contains(paperKey(job)))
        return std::nullopt;
    PrinterChoice choice;
    choice.printer = s.value(printerKey(job)).toString();
    const std::optional<PaperProfile> paper = PaperProfile::fromKey(s.value(paperKey(job)).toString());
    if (!isReceipt(job))
        choice.paper = PaperProfile(PaperProfile::Size::A4);
    else if (paper)
        choice.paper = *paper;
    else
        return std::nullopt; // a paper this version does not know: as if nothing was chosen
    return choice;
}

void PrinterChoices::set(const QString &job, const PrinterChoice &choice)
{
    QSettings s;
    s.setValue(printerKey(job), choice.printer);
    s.setValue(paperKey(job), isReceipt(job) ? choice.paper.key() : PaperProfile(PaperProfile::Size::A4).key());
}

void PrinterChoices::forget(const QString &job)
{
    QSettings s;
    s.remove(printerKey(job));
    s.remove(paperKey(job));
}

void PrinterChoices::setReceiptPrinter(const QString &printerName, const PaperProfile &paper)
{
    for (ReceiptKind kind : ReceiptKinds::all())
        set(receiptJob(kind), {printerName, paper});
}
