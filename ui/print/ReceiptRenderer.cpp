#include "print/ReceiptRenderer.h"

#include "catalog/ServiceCatalog.h"
#include "clock/ServiceClock.h"
#include "print/PrintFormat.h"
#include "print/QrCode.h"
#include "privacy/PrivacyNotice.h"
#include "validation/Validators.h"

#include <QHash>
#include <QImage>
#include <QPagedPaintDevice>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

using namespace PrintFormat;

namespace {

const QUrl kQrUrl(QStringLiteral("loket-receipt:qr"));
constexpr int kComplaintWindowDays = 30; // Pasal 8: a complaint is filed within 30 days of the service

// One receipt being written: the paper decides the sizes, the data the content.
class Page
{
public:
    Page(const ReceiptData &data, const PaperProfile &paper, qreal basePt) : m_data(data), m_paper(paper), m_pt(basePt) {}

    const ReceiptData &data() const { return m_data; }

    qreal small() const { return std::max(6.5, m_pt - 1); }

    void add(const QString &html) { m_html += html; }

    void title(const QString &text)
    {
        add(QStringLiteral("<p align='center' style='margin-top:6px; margin-bottom:2px'><span style='font-size:%1; font-weight:bold'>%2</span></p>")
                .arg(pt(m_pt + 2.5), esc(text.toUpper())));
        if (m_data.reprint)
            add(QStringLiteral("<p align='center' style='margin:0'><span style='font-size:%1'>%2</span></p>")
                    .arg(pt(small()), esc(ReceiptRenderer::tr("(cetak ulang)"))));
    }

    void rule() { add(PrintFormat::rule()); }

    void heading(const QString &text)
    {
        add(QStringLiteral("<p style='margin-top:6px; margin-bottom:1px'><b>%1</b></p>").arg(esc(text)));
    }

    void paragraph(const QString &escapedHtml, bool smallText = false)
    {
        add(QStringLiteral("<p style='margin-top:1px; margin-bottom:1px'>%1</p>")
                .arg(smallText ? QStringLiteral("<span style='font-size:%1'>%2</span>").arg(pt(small()), escapedHtml) : escapedHtml));
    }

    // Label and value side by side; values wrap in their own column.
    void beginFields() { add(QStringLiteral("<table width='100%' cellspacing='0' cellpadding='1'>")); }
    void field(const QString &label, const QString &escapedValue)
    {
        add(QStringLiteral("<tr><td width='%1%' valign='top'>%2</td><td valign='top'>%3</td></tr>")
                .arg(m_paper.isRoll() ? 34 : 28)
                .arg(esc(label), escapedValue));
    }
    void endFields() { add(QStringLiteral("</table>")); }

    // A numbered list with a hanging number column.
    void beginList() { add(QStringLiteral("<table width='100%' cellspacing='0' cellpadding='1'>")); }
    void item(int number, const QString &escapedHtml, bool smallNumber = false)
    {
        const QString numberText = QStringLiteral("%1.").arg(number);
        add(QStringLiteral("<tr><td width='%1%' valign='top'>%2</td><td valign='top'>%3</td></tr>")
                .arg(m_paper.isRoll() ? 8 : 5)
                .arg(smallNumber ? QStringLiteral("<span style='font-size:%1'>%2</span>").arg(pt(small()), numberText) : numberText)
                .arg(escapedHtml));
    }
    void endList() { add(QStringLiteral("</table>")); }

    void qr(QTextDocument &doc, const QString &text, bool caption = true, qreal sideMm = 0)
    {
        const QImage image = QrCode::image(text);
        if (image.isNull())
            return;
        doc.addResource(QTextDocument::ImageResource, kQrUrl, image);
        m_images.insert(kQrUrl, image);
        // <img> sizes are CSS pixels (1/96 inch) whatever the device.
        const int side = qRound((sideMm > 0 ? sideMm : m_paper.isRoll() ? 26.0 : 30.0) / 25.4 * 96.0);
        add(QStringLiteral("<p align='center' style='margin-top:6px; margin-bottom:0'><img src='%1' width='%2' height='%2'></p>")
                .arg(kQrUrl.toString())
                .arg(side));
        if (caption)
            add(QStringLiteral("<p align='center' style='margin:0'><span style='font-size:%1'>%2</span></p>").arg(pt(small()), esc(text)));
    }

    void footer()
    {
        add(QStringLiteral("<p align='center' style='margin-top:8px'><span style='font-size:%1'>%2</span></p>")
                .arg(pt(small()), esc(ReceiptRenderer::tr("Dicetak %1").arg(shortDateTime(m_data.printedAt, m_data.zone)))));
    }

    QString html() const
    {
        return QStringLiteral("<html><body style='font-size:%1'>%2</body></html>").arg(pt(m_pt), m_html);
    }

    // setHtml() may drop resources added before it: they are added again afterwards.
    void addImagesTo(QTextDocument &doc) const
    {
        for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
            doc.addResource(QTextDocument::ImageResource, it.key(), it.value());
    }

    qreal basePt() const { return m_pt; }
    const PaperProfile &paper() const { return m_paper; }

private:
    const ReceiptData &m_data;
    const PaperProfile &m_paper;
    qreal m_pt;
    QString m_html;
    QHash<QUrl, QImage> m_images;
};

QString applicantLine(const ApplicationFile &f)
{
    return esc(f.visit.applicantName) + QStringLiteral(" <span style='white-space:nowrap'>(%1)</span>")
                                             .arg(esc(f.visit.proxy ? ReceiptRenderer::tr("kuasa") : ReceiptRenderer::tr("pimpinan perusahaan")));
}

void identityFields(Page &p, const ApplicationFile &f)
{
    p.field(ReceiptRenderer::tr("Pemohon"), applicantLine(f));
    p.field(ReceiptRenderer::tr("NIK"), esc(Validators::mask(f.visit.applicantNik)));
    if (f.vendor) {
        p.field(ReceiptRenderer::tr("Penyedia"), esc(vendorTitle(*f.vendor)));
        if (!f.vendor->npwp.isEmpty())
            p.field(ReceiptRenderer::tr("NPWP"), esc(Validators::mask(f.vendor->npwp)));
    }
}

QString serviceLine(const ApplicationFile &f)
{
    return esc(f.service.title());
}

// "Layanan lain": what the applicant asked for, the file's only content.
void requestField(Page &p, const ApplicationFile &f)
{
    if (f.service.isOther())
        p.field(ReceiptRenderer::tr("Yang diminta"), esc(f.visit.request));
}

// The pause still running on an open file, if any.
const PausePeriod *openPause(const ApplicationFile &f)
{
    if (!f.clock.paused)
        return nullptr;
    for (auto it = f.pauses.crbegin(); it != f.pauses.crend(); ++it)
        if (!it->end.isValid())
            return &*it;
    return nullptr;
}

QString pauseReasonText(const PausePeriod &pause)
{
    PauseReason reason;
    const QString title = PauseReasons::fromKey(pause.reasonKey, &reason) ? PauseReasons::title(reason) : pause.reasonKey;
    if (!pause.reasonText.isEmpty() && pause.reasonText != title)
        return title + QStringLiteral(": ") + pause.reasonText;
    return title;
}

// The day a complaint may still be filed: 30 days after the service was received
// (finished; for an open file, the promised time, so the window is never shortened).
QDate complaintUntil(const ReceiptData &d)
{
    const ApplicationFile &f = *d.file;
    QDateTime from = f.application.finishedAt;
    if (!from.isValid() || f.application.status != ApplicationStatus::Done)
        from = f.clock.dueAt.isValid() ? std::max(f.clock.dueAt, f.application.acceptedAt) : f.application.acceptedAt;
    if (!from.isValid())
        from = d.printedAt;
    return from.toTimeZone(d.zone).date().addDays(kComplaintWindowDays);
}

void complaintNote(Page &p)
{
    p.heading(ReceiptRenderer::tr("Pengaduan"));
    const ReceiptData &d = p.data();
    if (d.file && openPause(*d.file))
        // A paused file has no promised day yet to count the window from.
        p.paragraph(esc(ReceiptRenderer::tr("Pengaduan, saran dan masukan dapat disampaikan paling lambat %1 hari setelah layanan diterima.")
                            .arg(kComplaintWindowDays)),
                    true);
    else
        p.paragraph(esc(ReceiptRenderer::tr("Pengaduan, saran dan masukan dapat disampaikan paling lambat %1 hari setelah layanan diterima, "
                                            "yaitu sampai dengan %2.")
                            .arg(kComplaintWindowDays)
                            .arg(date(complaintUntil(d)))),
                    true);
    if (!p.data().office.complaintChannel.isEmpty())
        p.paragraph(esc(p.data().office.complaintChannel), true);
}

QString itemState(const ChecklistItem &i)
{
    QStringList parts;
    if (i.originalRequired)
        parts << (i.originalSeen ? ReceiptRenderer::tr("asli diperlihatkan") : ReceiptRenderer::tr("asli tidak diperlihatkan"));
    if (i.copyRequired)
        parts << (i.copyReceived ? ReceiptRenderer::tr("salinan diterima") : ReceiptRenderer::tr("salinan tidak diterima"));
    if (i.validityRequired && i.validUntil.isValid())
        parts << ReceiptRenderer::tr("berlaku s.d. %1").arg(i.validUntil.toString(QStringLiteral("dd-MM-yyyy")));
    if (!i.originalRequired && !i.copyRequired)
        parts << ReceiptRenderer::tr("diterima");
    return parts.join(QStringLiteral("; "));
}

void ticket(Page &p, QTextDocument &)
{
    const ApplicationFile &f = *p.data().file;
    p.title(ReceiptRenderer::tr("Nomor antrian"));
    p.add(QStringLiteral("<p align='center' style='margin-top:4px; margin-bottom:4px'><span style='font-size:%1; font-weight:bold'>%2</span></p>")
              .arg(pt(p.basePt() * (p.paper().isRoll() ? 4.5 : 6.0)), esc(f.visit.queueNumber)));
    p.add(QStringLiteral("<p align='center' style='margin-bottom:4px'><span style='font-size:%1; font-weight:bold'>%2</span></p>")
              .arg(pt(p.basePt() + 1), serviceLine(f)));
    if (f.visit.priority != Priority::None)
        // Priority visitors are called first: the helpdesk sees why on the ticket.
        p.add(QStringLiteral("<p align='center' style='margin-bottom:4px'><b>%1</b></p>")
                  .arg(esc(ReceiptRenderer::tr("Prioritas: %1").arg(Priorities::title(f.visit.priority)))));
    p.beginFields();
    requestField(p, f);
    p.field(ReceiptRenderer::tr("Waktu"), esc(dateTime(f.visit.arrivedAt, p.data().zone)));
    p.field(ReceiptRenderer::tr("Antrian di depan"),
            esc(p.data().waitingAhead == 0 ? ReceiptRenderer::tr("tidak ada; Anda berikutnya")
                                      : ReceiptRenderer::tr("%n orang menunggu di depan Anda", nullptr, p.data().waitingAhead)));
    if (const std::optional<int> typical = p.data().typicalWaitMinutes)
        p.field(ReceiptRenderer::tr("Perkiraan waktu tunggu"),
                esc(ReceiptRenderer::tr("±%n menit (biasanya pada jam ini)", nullptr, *typical)));
    p.field(ReceiptRenderer::tr("Nomor berkas"), esc(f.application.number));
    p.endFields();
    p.paragraph(esc(f.service.isOther() ? ReceiptRenderer::tr("Silakan menunggu panggilan helpdesk dan siapkan dokumen yang berkaitan dengan "
                                                              "permintaan Anda.")
                                        : ReceiptRenderer::tr("Silakan menunggu panggilan helpdesk dan siapkan berkas persyaratan, asli dan salinan.")),
                true);
    p.paragraph(esc(ReceiptRenderer::tr("Layanan ini gratis.")), true);
    // The notice at collection (UU 27/2022): why, how long, whom to ask.
    if (p.data().retentionYears > 0)
        p.paragraph(esc(PrivacyNotice::shortText(p.data().office, p.data().retentionYears)), true);
}

void documentReceipt(Page &p, QTextDocument &doc)
{
    const ApplicationFile &f = *p.data().file;
    const Application &a = f.application;
    p.title(ReceiptRenderer::tr("Tanda terima berkas"));
    p.beginFields();
    p.field(ReceiptRenderer::tr("Nomor berkas"), QStringLiteral("<b>%1</b>").arg(esc(a.number)));
    p.field(ReceiptRenderer::tr("Diterima"), esc(dateTime(a.acceptedAt, p.data().zone)));
    p.field(ReceiptRenderer::tr("Layanan"), serviceLine(f));
    requestField(p, f);
    identityFields(p, f);
    p.endFields();

    const bool sheet = !p.paper().isRoll();
    if (!f.service.hasPromisedTime()) {
        // Layanan lain (Pasal 9): no checklist and no promise; the time is still recorded.
        p.heading(ReceiptRenderer::tr("Janji waktu penyelesaian"));
        p.paragraph(QStringLiteral("<b>%1</b>").arg(esc(ServiceCatalog::describeTime(f.service.time))));
        p.paragraph(esc(ReceiptRenderer::tr("Layanan ini tetap diberikan; standar pelayanannya ditetapkan kemudian dengan Peraturan "
                                            "Walikota. Tidak ada daftar persyaratan dan tidak ada janji waktu; %1.")
                            .arg(ServiceClock::describeRule(f.service.time))),
                    true);
        p.beginFields();
        p.field(ReceiptRenderer::tr("Helpdesk"), esc(p.data().officerName));
        p.endFields();
        complaintNote(p);
        p.qr(doc, a.number);
        return;
    }

    p.heading(ReceiptRenderer::tr("Berkas yang diterima"));
    p.beginList();
    int n = 0;
    // On a sheet the items are in the small text, what was received after the item on the
    // same line: nine items and the Surat Kuasa still fit one A5 page.
    for (const ChecklistItem &i : f.checklist)
        p.item(++n, sheet ? QStringLiteral("<span style='font-size:%1'>%2 — <i>%3</i></span>").arg(pt(p.small()), esc(i.label), esc(itemState(i)))
                          : esc(i.label) + QStringLiteral("<br><span style='font-size:%1'>%2</span>").arg(pt(p.small()), esc(itemState(i))),
               sheet);
    p.endList();
    if (a.discretion) {
        QStringList labels;
        for (const MissingItem &m : p.data().waived)
            labels << m.label;
        QString text = ReceiptRenderer::tr("Diterima dengan diskresi Kepala Bagian (Pasal 6).");
        if (!labels.isEmpty())
            text += QLatin1Char(' ') + ReceiptRenderer::tr("Belum lengkap: %1.").arg(labels.join(QStringLiteral("; ")));
        p.paragraph(QStringLiteral("<i>%1</i>").arg(esc(text)), true);
    }

    p.heading(ReceiptRenderer::tr("Janji waktu penyelesaian"));
    if (const PausePeriod *pause = openPause(f)) {
        // A paused clock has no fixed promise: say since when and why, what is left, and
        // that the promise runs again with the clock. Nothing here moves between prints.
        p.paragraph(QStringLiteral("<b>%1</b>")
                        .arg(esc(ReceiptRenderer::tr("Berkas sedang ditunda sejak %1: %2.")
                                     .arg(dateTime(pause->start, p.data().zone), pauseReasonText(*pause)))));
        p.paragraph(esc(ReceiptRenderer::tr("Sisa waktu kerja %1. Waktu yang ditunda tidak dihitung; janji waktu berjalan lagi saat "
                                            "berkas dilanjutkan, dan tanggalnya dicetak pada bukti berikutnya.")
                            .arg(ServiceClock::describeDuration(std::max<qint64>(0, f.clock.remainingSeconds)))),
                    true);
    } else {
        p.paragraph(QStringLiteral("<b>%1</b>").arg(esc(dateTime(f.clock.dueAt.isValid() ? f.clock.dueAt : a.dueAt, p.data().zone))));
    }
    p.paragraph(esc(ReceiptRenderer::tr("Jangka waktu %1: %2.")
                        .arg(ServiceCatalog::describeTime(f.service.time), ServiceClock::describeRule(f.service.time))),
                true);
    if (!f.service.time.guarantee.isEmpty())
        p.paragraph(esc(f.service.time.guarantee), true);

    p.beginFields();
    p.field(ReceiptRenderer::tr("Helpdesk"), esc(p.data().officerName));
    p.endFields();
    if (sheet) {
        // On a sheet the QR code stands beside the complaint note (its number is at the top).
        p.add(QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td valign='top'>"));
        complaintNote(p);
        p.add(QStringLiteral("</td><td width='28%' valign='top' align='right'>"));
        p.qr(doc, a.number, false, 26.0);
        p.add(QStringLiteral("</td></tr></table>"));
    } else {
        complaintNote(p);
        p.qr(doc, a.number);
    }
}

void returnSlip(Page &p, QTextDocument &doc)
{
    const ApplicationFile &f = *p.data().file;
    p.title(ReceiptRenderer::tr("Bukti pengembalian berkas"));
    p.beginFields();
    p.field(ReceiptRenderer::tr("Nomor berkas"), QStringLiteral("<b>%1</b>").arg(esc(f.application.number)));
    p.field(ReceiptRenderer::tr("Dikembalikan"), esc(dateTime(p.data().returnedAt, p.data().zone)));
    p.field(ReceiptRenderer::tr("Layanan"), serviceLine(f));
    identityFields(p, f);
    p.endFields();

    p.add(QStringLiteral("<p style='margin-top:6px; margin-bottom:2px'>%1</p>")
              .arg(esc(ReceiptRenderer::tr("Berkas belum lengkap dan dikembalikan. Lengkapi hal-hal berikut, lalu datang kembali "
                                           "dengan membawa bukti ini:"))));
    p.beginList();
    int n = 0;
    for (const MissingItem &m : p.data().missing) {
        QString text = QStringLiteral("<b>%1</b>").arg(esc(m.label));
        if (!m.problems.isEmpty())
            text += QStringLiteral("<br><span style='font-size:%1'>%2</span>")
                        .arg(pt(p.small()), esc(ReceiptRenderer::tr("Kekurangan: %1").arg(m.problems.join(QStringLiteral("; ")))));
        if (!m.needed.isEmpty())
            text += QStringLiteral("<br><span style='font-size:%1'>%2</span>")
                        .arg(pt(p.small()), esc(ReceiptRenderer::tr("Yang perlu dibawa: %1").arg(m.needed)));
        p.item(++n, text);
    }
    p.endList();
    if (!p.data().returnNote.isEmpty())
        p.paragraph(esc(ReceiptRenderer::tr("Catatan helpdesk: %1").arg(p.data().returnNote)), true);
    p.beginFields();
    p.field(ReceiptRenderer::tr("Helpdesk"), esc(p.data().officerName));
    p.endFields();
    p.paragraph(esc(ReceiptRenderer::tr("Pada kunjungan berikutnya tunjukkan kode ini agar berkas baru ditautkan ke berkas ini.")), true);
    p.qr(doc, f.application.number);
}

void completionProof(Page &p, QTextDocument &doc)
{
    const ApplicationFile &f = *p.data().file;
    const Application &a = f.application;
    const ClockReading &c = f.clock;
    p.title(ReceiptRenderer::tr("Bukti selesai layanan"));
    p.beginFields();
    p.field(ReceiptRenderer::tr("Nomor berkas"), QStringLiteral("<b>%1</b>").arg(esc(a.number)));
    p.field(ReceiptRenderer::tr("Layanan"), serviceLine(f));
    requestField(p, f);
    identityFields(p, f);
    p.field(ReceiptRenderer::tr("Hasil"), QStringLiteral("<b>%1</b>").arg(esc(a.outcome)));
    p.field(ReceiptRenderer::tr("Berkas diterima"), esc(dateTime(a.acceptedAt, p.data().zone)));
    p.field(ReceiptRenderer::tr("Selesai"), esc(dateTime(a.finishedAt, p.data().zone)));
    p.field(ReceiptRenderer::tr("Janji selesai"), esc(c.promised ? dateTime(c.dueAt, p.data().zone) : ServiceCatalog::describeTime(f.service.time)));
    p.endFields();

    if (!c.promised)
        p.paragraph(QStringLiteral("<b>%1</b>")
                        .arg(esc(ReceiptRenderer::tr("Selesai; waktu kerja terpakai %1. Belum ada standar waktu layanan (Pasal 9), jadi "
                                                     "tidak ada janji waktu yang diukur.")
                                     .arg(ServiceClock::describeDuration(c.elapsedSeconds)))));
    const QString used = ReceiptRenderer::tr("waktu kerja terpakai %1 dari %2")
                             .arg(ServiceClock::describeDuration(c.elapsedSeconds), ServiceClock::describeDuration(c.allowanceSeconds));
    if (c.promised)
        p.paragraph(QStringLiteral("<b>%1</b>")
                    .arg(esc(c.met ? ReceiptRenderer::tr("Selesai tepat waktu, dalam jangka waktu yang dijanjikan (%1).").arg(used)
                                   : ReceiptRenderer::tr("Selesai melewati jangka waktu yang dijanjikan (%1).").arg(used))));

    p.heading(ReceiptRenderer::tr("Masa tunda (tidak dihitung)"));
    if (f.pauses.isEmpty()) {
        p.paragraph(esc(ReceiptRenderer::tr("Tidak ada masa tunda.")), true);
    } else {
        p.beginList();
        int n = 0;
        for (const PausePeriod &pause : f.pauses) {
            // The end names its day when it is not the start's day.
            const QTimeZone &zone = p.data().zone;
            const bool sameDay = pause.end.isValid() && pause.end.toTimeZone(zone).date() == pause.start.toTimeZone(zone).date();
            const QString until = !pause.end.isValid() ? ReceiptRenderer::tr("belum berakhir")
                                  : sameDay            ? time(pause.end, zone)
                                                       : shortDateTime(pause.end, zone);
            QString text = QStringLiteral("%1 – %2").arg(esc(shortDateTime(pause.start, zone)), esc(until));
            text += QStringLiteral("<br>%1").arg(esc(pauseReasonText(pause)));
            p.item(++n, text);
        }
        p.endList();
        QStringList totals;
        for (auto it = c.pausedByReason.cbegin(); it != c.pausedByReason.cend(); ++it) {
            PauseReason reason;
            totals << QStringLiteral("%1 %2").arg(PauseReasons::fromKey(it.key(), &reason) ? PauseReasons::title(reason) : it.key(),
                                                  ServiceClock::describeDuration(it.value()));
        }
        if (!totals.isEmpty())
            p.paragraph(esc(ReceiptRenderer::tr("Jumlah waktu kerja yang ditunda: %1.").arg(totals.join(QStringLiteral("; ")))), true);
    }
    p.beginFields();
    p.field(ReceiptRenderer::tr("Dikerjakan oleh"), esc(p.data().officerName));
    p.endFields();
    complaintNote(p);
    p.qr(doc, a.number);
}

void complaintReceipt(Page &p, QTextDocument &)
{
    const ComplaintReceipt &c = *p.data().complaint;
    p.title(ReceiptRenderer::tr("Tanda terima pengaduan"));
    p.beginFields();
    p.field(ReceiptRenderer::tr("Nomor pengaduan"), QStringLiteral("<b>%1</b>").arg(esc(c.number)));
    p.field(ReceiptRenderer::tr("Diterima"), esc(dateTime(c.receivedAt, p.data().zone)));
    p.field(ReceiptRenderer::tr("Pengadu"), esc(c.complainantName));
    p.endFields();
    if (!c.summary.isEmpty()) {
        p.heading(ReceiptRenderer::tr("Pokok pengaduan"));
        p.paragraph(esc(c.summary));
    }
    p.heading(ReceiptRenderer::tr("Batas waktu"));
    p.beginFields();
    p.field(ReceiptRenderer::tr("Tanggapan awal"), QStringLiteral("<b>%1</b>").arg(esc(dateTime(c.ackDue, p.data().zone))));
    p.field(QString(), esc(ReceiptRenderer::tr("3 hari kerja: pemberitahuan lengkap atau tidaknya pengaduan (Pasal 8 ayat 5)")));
    p.field(ReceiptRenderer::tr("Respons"), QStringLiteral("<b>%1</b>").arg(esc(dateTime(c.responseDue, p.data().zone))));
    p.field(QString(), esc(ReceiptRenderer::tr("6 hari kerja sejak pengaduan diterima")));
    p.endFields();
    if (!p.data().office.complaintChannel.isEmpty()) {
        p.heading(ReceiptRenderer::tr("Saluran pengaduan"));
        p.paragraph(esc(p.data().office.complaintChannel), true);
    }
}

} // namespace

void ReceiptRenderer::build(QTextDocument &doc, const ReceiptData &data, const PaperProfile &paper, qreal basePt)
{
    Page p(data, paper, basePt);
    p.add(letterhead(data.office, paper.isRoll() ? basePt - 0.5 : basePt));
    p.rule();
    const bool hasFile = data.file.has_value();
    switch (data.kind) {
    case ReceiptKind::Ticket:
        if (hasFile)
            ticket(p, doc);
        break;
    case ReceiptKind::Document:
        if (hasFile)
            documentReceipt(p, doc);
        break;
    case ReceiptKind::Return:
        if (hasFile)
            returnSlip(p, doc);
        break;
    case ReceiptKind::Done:
        if (hasFile)
            completionProof(p, doc);
        break;
    case ReceiptKind::Complaint:
        if (data.complaint)
            complaintReceipt(p, doc);
        break;
    }
    p.footer();
    doc.setHtml(p.html());
    p.addImagesTo(doc);
    doc.setMetaInformation(QTextDocument::DocumentTitle, title(data));
}

DocumentPrinter::Builder ReceiptRenderer::builder(const ReceiptData &data, const PaperProfile &paper)
{
    return [data, paper](QTextDocument &doc, qreal basePt) { build(doc, data, paper, basePt); };
}

QString ReceiptRenderer::title(const ReceiptData &data)
{
    QString number;
    if (data.kind == ReceiptKind::Complaint && data.complaint)
        number = data.complaint->number;
    else if (data.file)
        number = data.kind == ReceiptKind::Ticket ? data.file->visit.queueNumber + QLatin1Char(' ') + data.file->application.number
                                                  : data.file->application.number;
    return QStringLiteral("%1 %2").arg(ReceiptKinds::title(data.kind), number).trimmed();
}

Status ReceiptRenderer::writePdf(const ReceiptData &data, const PaperProfile &paper, const QString &path)
{
    DocumentPrinter::Options options;
    options.title = title(data);
    return DocumentPrinter::writePdf(path, paper, builder(data, paper), options);
}

bool ReceiptRenderer::paint(const ReceiptData &data, const PaperProfile &paper, QPagedPaintDevice *device)
{
    return DocumentPrinter::paint(device, paper, builder(data, paper)) > 0;
}
