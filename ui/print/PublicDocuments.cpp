#include "print/PublicDocuments.h"

#include "catalog/ServiceCatalog.h"
#include "print/PrintFormat.h"

#include <QTextDocument>

#include <algorithm>

using namespace PrintFormat;

namespace {

const PaperProfile kPoster(PaperProfile::Size::A4, QMarginsF(15, 15, 15, 15));
const PaperProfile kBoard(PaperProfile::Size::A4, QMarginsF(12, 10, 12, 10));
constexpr int kDeliveryComponents = 6; // Pasal 5: the first six face the public, the other eight are internal

QString headTitle(const OfficeIdentity &office)
{
    if (office.name.startsWith(QLatin1String("Bagian ")))
        return QStringLiteral("Kepala ") + office.name;
    return PublicDocuments::tr("Kepala Bagian");
}

QString paragraphs(const QStringList &texts)
{
    if (texts.size() == 1)
        return QStringLiteral("<p style='margin:0'>%1</p>").arg(esc(texts.first()));
    // A list of short items (facilities, staff) runs on in one paragraph, so the board stays on one sheet.
    const bool shortItems = std::all_of(texts.begin(), texts.end(), [](const QString &t) { return t.size() <= 48; });
    if (shortItems) {
        QStringList numbered;
        for (qsizetype i = 0; i < texts.size(); ++i)
            numbered << QStringLiteral("%1.&nbsp;%2").arg(i + 1).arg(esc(texts.at(i)));
        return QStringLiteral("<p style='margin:0'>%1</p>").arg(numbered.join(QStringLiteral("&nbsp;&nbsp; ")));
    }
    QString h = QStringLiteral("<ol style='margin-top:0; margin-bottom:0; margin-left:0; -qt-list-indent:1'>");
    for (const QString &t : texts)
        h += QStringLiteral("<li style='margin-bottom:1px'>%1</li>").arg(esc(t));
    return h + QStringLiteral("</ol>");
}

} // namespace

void PublicDocuments::buildMaklumat(QTextDocument &doc, const OfficeIdentity &office, const QDate &date, qreal basePt)
{
    QString h;
    h += letterhead(office, basePt + 3);
    h += rule();
    h += QStringLiteral("<p align='center' style='margin-top:60px; margin-bottom:6px'><span style='font-size:%1; font-weight:bold'>%2</span></p>")
             .arg(pt(basePt * 3.2), esc(tr("MAKLUMAT PELAYANAN")));
    h += QStringLiteral("<p align='center' style='margin-top:0; margin-bottom:48px'><span style='font-size:%1'>%2</span></p>")
             .arg(pt(basePt + 3), esc(office.unit.isEmpty() ? office.name : office.unit));

    QStringList statements;
    for (const QString &line : office.maklumat.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            statements << line.trimmed();
    h += QStringLiteral("<table width='100%' border='2' cellspacing='0' cellpadding='28' style='margin-top:24px; border-collapse:collapse; border-style:solid; border-color:#000'><tr><td>");
    for (const QString &s : std::as_const(statements))
        h += QStringLiteral("<p align='center' style='margin-top:10px; margin-bottom:10px; line-height:135%'><span style='font-size:%1'>%2</span></p>")
                 .arg(pt(basePt * 2.2), esc(s));
    h += QStringLiteral("</td></tr></table>");

    // The signature block sits on the right, as on a signed letter.
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:80px'><tr><td width='45%'></td><td>");
    const QString place = office.city.isEmpty() ? QString() : office.city + QStringLiteral(", ");
    h += QStringLiteral("<p style='margin:0'><span style='font-size:%1'>%2</span></p>").arg(pt(basePt + 1.5), esc(place + PrintFormat::date(date)));
    h += QStringLiteral("<p style='margin:0'><span style='font-size:%1'>%2</span></p>").arg(pt(basePt + 1.5), esc(headTitle(office)));
    h += QStringLiteral("<p style='margin-top:%1px; margin-bottom:0'><span style='font-size:%2; font-weight:bold; text-decoration:underline'>%3</span></p>")
             .arg(qRound(basePt * 10))
             .arg(pt(basePt + 1.5), esc(office.headName.isEmpty() ? QStringLiteral("(........................................)") : office.headName));
    h += QStringLiteral("<p style='margin:0'><span style='font-size:%1'>%2</span></p>")
             .arg(pt(basePt + 1.5), esc(tr("NIP. %1").arg(office.headNip.isEmpty() ? QStringLiteral("....................") : nip(office.headNip))));
    h += QStringLiteral("</td></tr></table>");

    doc.setHtml(QStringLiteral("<html><body style='font-size:%1'>%2</body></html>").arg(pt(basePt), h));
    doc.setMetaInformation(QTextDocument::DocumentTitle, tr("Maklumat Pelayanan"));
}

void PublicDocuments::buildStandar(QTextDocument &doc, const OfficeIdentity &office, const Service &service, const QString &regulation,
                                   qreal basePt)
{
    QString h;
    h += letterhead(office, basePt + 1);
    h += rule();
    h += QStringLiteral("<p align='center' style='margin-top:6px; margin-bottom:0'><span style='font-size:%1; font-weight:bold'>%2</span></p>")
             .arg(pt(basePt * 1.7), esc(tr("STANDAR PELAYANAN")));
    h += QStringLiteral("<p align='center' style='margin-top:2px; margin-bottom:2px'><span style='font-size:%1; font-weight:bold'>%2</span></p>")
             .arg(pt(basePt * 1.35), esc(tr("Layanan %1: %2").arg(service.number).arg(service.name)));
    h += QStringLiteral("<p align='center' style='margin-top:0; margin-bottom:8px'><span style='font-size:%1'>%2</span></p>")
             .arg(pt(std::max(6.5, basePt - 1)),
                  esc(tr("Ditangani oleh %1. Jangka waktu %2. %3.")
                          .arg(ServiceCatalog::roleTitle(service.handledBy), ServiceCatalog::describeTime(service.time), regulation)));

    h += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse; border-style:solid; border-color:#000'>");
    const QStringList &keys = ServiceCatalog::componentKeys();
    doc.setIndentWidth(20); // list numbers need about 5 mm, not the default 10
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i == 0 || i == kDeliveryComponents)
            h += QStringLiteral("<tr><td colspan='2' bgcolor='#e6e6e6'><b>%1</b></td></tr>")
                     .arg(esc(i == 0 ? tr("I. Komponen standar pelayanan yang terkait dengan proses penyampaian pelayanan")
                                     : tr("II. Komponen standar pelayanan yang terkait dengan proses pengelolaan pelayanan di internal organisasi")));
        h += QStringLiteral("<tr><td width='19%' valign='top'><b>%1.&nbsp;%2</b></td><td valign='top'>%3</td></tr>")
                 .arg(i + 1)
                 .arg(esc(ServiceCatalog::componentTitle(keys.at(i))), paragraphs(service.components.value(keys.at(i))));
    }
    h += QStringLiteral("</table>");

    doc.setHtml(QStringLiteral("<html><body style='font-size:%1'>%2</body></html>").arg(pt(basePt), h));
    doc.setMetaInformation(QTextDocument::DocumentTitle, tr("Standar Pelayanan %1").arg(service.name));
}

PaperProfile PublicDocuments::posterPaper()
{
    return kPoster;
}

PaperProfile PublicDocuments::boardPaper()
{
    return kBoard;
}

DocumentPrinter::Builder PublicDocuments::maklumat(const OfficeIdentity &office, const QDate &date)
{
    return [office, date](QTextDocument &doc, qreal basePt) { buildMaklumat(doc, office, date, basePt); };
}

DocumentPrinter::Builder PublicDocuments::standar(const OfficeIdentity &office, const Service &service, const QString &regulation)
{
    return [office, service, regulation](QTextDocument &doc, qreal basePt) { buildStandar(doc, office, service, regulation, basePt); };
}

DocumentPrinter::Options PublicDocuments::maklumatOptions()
{
    DocumentPrinter::Options o;
    o.title = tr("Maklumat Pelayanan");
    o.fitPages = 1;
    o.minimumPt = 7;
    return o;
}

DocumentPrinter::Options PublicDocuments::standarOptions(const Service &service)
{
    DocumentPrinter::Options o;
    o.title = tr("Standar Pelayanan %1").arg(service.name);
    o.fitPages = 1;
    o.minimumPt = 7;
    return o;
}

Status PublicDocuments::writeMaklumatPdf(const OfficeIdentity &office, const QDate &date, const QString &path)
{
    return DocumentPrinter::writePdf(path, kPoster, maklumat(office, date), maklumatOptions());
}

Status PublicDocuments::writeStandarPdf(const OfficeIdentity &office, const Service &service, const QString &regulation,
                                        const QString &path)
{
    return DocumentPrinter::writePdf(path, kBoard, standar(office, service, regulation), standarOptions(service));
}
