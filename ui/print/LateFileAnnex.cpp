#include "print/LateFileAnnex.h"

#include "print/PrintFormat.h"

#include <QTextDocument>

DocumentPrinter::Builder LateFileAnnex::builder(const OfficeIdentity &office, const QString &complaintNumber, const QStringList &lines)
{
    return [office, complaintNumber, lines](QTextDocument &doc, qreal basePt) {
        using PrintFormat::esc;
        using PrintFormat::pt;
        QString h = PrintFormat::letterhead(office, basePt) + PrintFormat::rule();
        h += QStringLiteral("<p align='center'><span style='font-size:%1; font-weight:bold'>%2</span><br>%3</p>")
                 .arg(pt(basePt + 3), esc(tr("LAMPIRAN PENGADUAN %1").arg(complaintNumber)),
                      esc(tr("Riwayat waktu layanan berkas yang diadukan, sebagai bukti")));
        // A line ending in ':' heads the list that follows it; an empty line ends a part.
        QString list;
        auto flush = [&] {
            if (!list.isEmpty())
                h += QStringLiteral("<ul>%1</ul>").arg(list);
            list.clear();
        };
        bool inList = false;
        for (const QString &line : lines) {
            if (line.isEmpty()) {
                flush();
                inList = false;
            } else if (line.endsWith(QLatin1Char(':')) || line.endsWith(QLatin1String("):"))) {
                flush();
                h += QStringLiteral("<p><b>%1</b></p>").arg(esc(line));
                inList = true;
            } else if (inList) {
                list += QStringLiteral("<li>%1</li>").arg(esc(line));
            } else {
                h += QStringLiteral("<p style='margin:0'>%1</p>").arg(esc(line));
            }
        }
        flush();
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Waktu kerja dihitung hanya pada jam kerja kantor, tanpa hari libur dan masa tunda "
                                                     "(Perwali 67/2018; docs/service-time.md). Angka yang sama tercetak pada bukti selesai "
                                                     "layanan berkas ini.")));
        doc.setHtml(QStringLiteral("<html><body style='font-size:%1'>%2</body></html>").arg(pt(basePt), h));
    };
}
