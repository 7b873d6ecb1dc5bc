#include "print/PrivacyDocuments.h"

#include "print/PrintFormat.h"
#include "print/PublicDocuments.h"
#include "privacy/PrivacyNotice.h"

#include <QTextDocument>

using namespace PrintFormat;

namespace {

QString cell(const QString &text, bool header = false)
{
    return header ? QStringLiteral("<th align='left'>%1</th>").arg(esc(text)) : QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString heading(const QString &text, qreal basePt)
{
    return QStringLiteral("<p style='margin-top:14px; margin-bottom:4px'><span style='font-size:%1; font-weight:bold'>%2</span></p>")
        .arg(pt(basePt + 1.5), esc(text));
}

const QString kTable = QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse'>");

} // namespace

void PrivacyDocuments::buildPerson(QTextDocument &doc, const OfficeIdentity &office, const PersonData &d, const QTimeZone &zone, qreal basePt)
{
    QString h = letterhead(office, basePt + 1) + rule();
    h += QStringLiteral("<p align='center' style='margin-top:12px'><span style='font-size:%1; font-weight:bold'>%2</span></p>")
             .arg(pt(basePt + 4), esc(tr("DATA PRIBADI YANG DISIMPAN")));
    h += QStringLiteral("<p style='margin:0'>%1</p>").arg(esc(tr("NIK: %1").arg(d.nik)));
    h += QStringLiteral("<p style='margin:0'>%1</p>").arg(esc(tr("Nama: %1").arg(d.names.join(QStringLiteral(", ")))));
    h += QStringLiteral("<p style='margin:0'>%1</p>").arg(esc(tr("Dicetak oleh %1, %2").arg(d.lookedUpBy, dateTime(d.lookedUpAt, zone))));

    // Four columns, two lines each, so that numbers and addresses are never broken.
    h += heading(tr("Kunjungan dan berkas (%1)").arg(d.visits.size()), basePt) + kTable + QStringLiteral("<tr>");
    for (const QString &c : {tr("Waktu, antrian"), tr("Berkas, layanan, status"), tr("Nama, sebagai, penyedia"), tr("Telepon, e-mail")})
        h += cell(c, true);
    h += QStringLiteral("</tr>");
    auto lines = [](const QStringList &parts) {
        QStringList escaped;
        for (const QString &part : parts)
            escaped << esc(orDash(part));
        return QStringLiteral("<td>%1</td>").arg(escaped.join(QStringLiteral("<br>")));
    };
    for (const PersonVisit &v : d.visits)
        h += QStringLiteral("<tr>") + lines({shortDateTime(v.arrivedAt, zone), v.queueNumber})
             + lines({v.applicationNumber, tr("layanan %1, %2").arg(v.serviceNumber).arg(orDash(v.status))})
             + lines({v.name, PersonRecord::standingText(v.standing), v.vendorName}) + lines({v.phone, v.email}) + QStringLiteral("</tr>");
    h += QStringLiteral("</table>");

    h += heading(tr("Pengaduan (%1)").arg(d.complaints.size()), basePt);
    if (d.complaints.isEmpty()) {
        h += QStringLiteral("<p style='margin:0'>%1</p>").arg(esc(tr("Tidak ada pengaduan yang terkait dengan kunjungan ini.")));
    } else {
        h += kTable + QStringLiteral("<tr>") + cell(tr("Nomor"), true) + cell(tr("Diterima"), true) + cell(tr("Tahap"), true) + QStringLiteral("</tr>");
        for (const PersonComplaint &c : d.complaints)
            h += QStringLiteral("<tr>") + cell(c.number) + cell(PrintFormat::date(c.received)) + cell(c.stage) + QStringLiteral("</tr>");
        h += QStringLiteral("</table>");
    }
    h += heading(tr("Jawaban survei"), basePt);
    h += QStringLiteral("<p style='margin:0'>%1</p>").arg(esc(tr("Survei kepuasan masyarakat bersifat anonim: tidak ada jawaban yang terkait dengan orang.")));

    h += heading(tr("Pemrosesan oleh petugas (%1)").arg(d.processing.size()), basePt);
    h += kTable + QStringLiteral("<tr>") + cell(tr("Waktu"), true) + cell(tr("Petugas"), true) + cell(tr("Tindakan"), true) + QStringLiteral("</tr>");
    for (const PersonProcessing &p : d.processing)
        h += QStringLiteral("<tr>") + cell(shortDateTime(p.at, zone)) + cell(p.officer) + cell(p.what) + QStringLiteral("</tr>");
    h += QStringLiteral("</table>");
    doc.setHtml(QStringLiteral("<html><body style='font-size:%1'>%2</body></html>").arg(pt(basePt), h));
    doc.setMetaInformation(QTextDocument::DocumentTitle, tr("Data pribadi"));
}

void PrivacyDocuments::buildNotice(QTextDocument &doc, const OfficeIdentity &office, int years, qreal basePt)
{
    QString h = letterhead(office, basePt + 2) + rule();
    h += QStringLiteral("<p align='center' style='margin-top:40px; margin-bottom:30px'><span style='font-size:%1; font-weight:bold'>%2</span></p>")
             .arg(pt(basePt * 2.4), esc(PrivacyNotice::title().toUpper()));
    for (const QString &s : PrivacyNotice::statements(office, years))
        h += QStringLiteral("<p style='margin-top:10px; margin-bottom:10px; line-height:130%'><span style='font-size:%1'>%2</span></p>")
                 .arg(pt(basePt * 1.5), esc(s));
    doc.setHtml(QStringLiteral("<html><body style='font-size:%1'>%2</body></html>").arg(pt(basePt), h));
    doc.setMetaInformation(QTextDocument::DocumentTitle, PrivacyNotice::title());
}

DocumentPrinter::Builder PrivacyDocuments::person(const OfficeIdentity &office, const PersonData &data, const QTimeZone &zone)
{
    return [office, data, zone](QTextDocument &doc, qreal basePt) { buildPerson(doc, office, data, zone, basePt); };
}

DocumentPrinter::Builder PrivacyDocuments::notice(const OfficeIdentity &office, int years)
{
    return [office, years](QTextDocument &doc, qreal basePt) { buildNotice(doc, office, years, basePt); };
}

DocumentPrinter::Options PrivacyDocuments::personOptions()
{
    DocumentPrinter::Options o;
    o.title = tr("Data pribadi");
    return o;
}

DocumentPrinter::Options PrivacyDocuments::noticeOptions()
{
    DocumentPrinter::Options o;
    o.title = PrivacyNotice::title();
    o.fitPages = 1;
    return o;
}

Status PrivacyDocuments::writePersonPdf(const OfficeIdentity &office, const PersonData &data, const QTimeZone &zone, const QString &path)
{
    return DocumentPrinter::writePdf(path, PublicDocuments::posterPaper(), person(office, data, zone), personOptions());
}

Status PrivacyDocuments::writeNoticePdf(const OfficeIdentity &office, int years, const QString &path)
{
    return DocumentPrinter::writePdf(path, PublicDocuments::posterPaper(), notice(office, years), noticeOptions());
}
