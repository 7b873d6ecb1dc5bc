#include "feedback/ComplaintView.h"

#include "complaints/ComplaintRules.h"
#include "history/EventText.h"

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString multiline(const QString &s)
{
    return esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

} // namespace

ComplaintView::ComplaintView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("complaintView"));
    setOpenLinks(false);
}

void ComplaintView::showNothing(const QString &hint)
{
    setHtml(QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(hint)));
}

void ComplaintView::showComplaint(const Complaint &complaint, const ComplaintDeadlines &deadlines, const QList<Event> &history)
{
    setHtml(html(complaint, deadlines, history));
}

QString ComplaintView::html(const Complaint &c, const ComplaintDeadlines &d, const QList<Event> &history)
{
    const ComplaintInput &in = c.content;
    auto value = [](const QString &s) {
        return s.trimmed().isEmpty() ? QStringLiteral("<i style='color:#b00020'>%1</i>").arg(tr("tidak ada")) : multiline(s);
    };
    QString h;
    h += QStringLiteral("<h3>%1 &nbsp; <span style='font-weight:normal'>%2</span></h3>").arg(esc(c.number), esc(ComplaintStages::title(c.stage)));
    h += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4").arg(tr("Diterima:"), esc(localTime(c.receivedAt)), tr("Saluran:"),
                                                                   esc(FeedbackChannels::title(in.channel)));
    if (!in.laporReference.isEmpty())
        h += QStringLiteral(" (%1)").arg(esc(in.laporReference));
    h += QStringLiteral("<br><b>%1</b> %2").arg(tr("Dicatat oleh:"), esc(c.recordedByName));
    if (!in.applicationNumber.isEmpty())
        h += QStringLiteral("<br><b>%1</b> %2").arg(tr("Berkas:"), esc(in.applicationNumber));
    h += QStringLiteral("</p>");

    h += QStringLiteral("<p>");
    if (c.isComplete())
        h += QStringLiteral("<b style='color:#1b5e20'>%1</b>").arg(tr("Isi pengaduan lengkap (Pasal 8 ayat 4)."));
    else
        h += QStringLiteral("<b style='color:#b00020'>%1</b> %2").arg(tr("Belum lengkap:"), esc(ComplaintRules::describeMissing(c.missing)));
    if (in.serviceDate.isValid()) {
        h += QStringLiteral("<br>%1").arg(esc(tr("Layanan diterima %1; batas pengajuan %2.")
                                                  .arg(in.serviceDate.toString(QStringLiteral("dd-MM-yyyy")),
                                                       ComplaintRules::windowEnd(in.serviceDate).toString(QStringLiteral("dd-MM-yyyy")))));
        if (c.awaitsWindowDecision())
            h += QStringLiteral(" <b style='color:#8a4b00'>%1</b>").arg(tr("Lewat 30 hari: putuskan diterima atau ditolak, dengan alasan."));
        else if (c.window == WindowDecision::AcceptedLate)
            h += QStringLiteral(" %1").arg(esc(tr("Lewat 30 hari, tetap diterima: %1").arg(c.windowReason)));
        else if (c.window == WindowDecision::Refused)
            h += QStringLiteral(" %1").arg(esc(tr("Ditolak: %1").arg(c.windowReason)));
    }
    h += QStringLiteral("</p>");

    h += QStringLiteral("<h4>%1</h4><table cellspacing=0 cellpadding=2>").arg(tr("Batas waktu"));
    auto deadlineRow = [&](const QString &what, const DeadlineReading &r) {
        const QColor colour = r.state == DeadlineState::Overdue || r.state == DeadlineState::Missed ? QColor(0xb0, 0x00, 0x20)
                              : r.state == DeadlineState::DueSoon                                 ? QColor(0x8a, 0x4b, 0x00)
                                                                                                  : QColor(0x1b, 0x5e, 0x20);
        QString done = r.doneAt.isValid() ? tr("dipenuhi %1").arg(localTime(r.doneAt)) : QString();
        return QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td style='color:%3'>%4</td><td>%5</td></tr>")
            .arg(esc(what), esc(localTime(r.due)), colour.name(), esc(ComplaintRules::stateTitle(r.state)), esc(done));
    };
    h += deadlineRow(tr("Tanggapan awal (3 hari kerja)"), d.acknowledgement);
    h += deadlineRow(tr("Respons (6 hari kerja)"), d.response);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h4>%1</h4><table cellspacing=0 cellpadding=2>").arg(tr("Isi pengaduan"));
    auto row = [&](const QString &label, const QString &html) {
        h += QStringLiteral("<tr><td style='color:#555;white-space:nowrap' valign=top>%1</td><td>%2</td></tr>").arg(esc(label), html);
    };
    row(tr("(a) Nama"), value(in.complainantName));
    row(tr("(a) Alamat"), value(in.complainantAddress));
    if (!in.contact.isEmpty())
        row(tr("Kontak"), esc(in.contact));
    row(tr("(b) Tidak sesuai standar"), value(in.notPerStandard));
    row(tr("(b) Kerugian materiil"), value(in.materialLoss));
    row(tr("(b) Kerugian immateriil"), value(in.immaterialLoss));
    row(tr("(c) Penyelesaian diminta"), value(in.resolutionRequested));
    row(tr("(d) Tempat"), value(in.place));
    row(tr("(d) Waktu penyampaian"), in.submittedAt.isValid() ? esc(localTime(in.submittedAt)) : value(QString()));
    row(tr("(d) Tanda tangan"), in.isSigned ? tr("ada") : value(QString()));
    h += QStringLiteral("</table>");

    if (!c.acknowledgementText.isEmpty())
        h += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Tanggapan awal"), multiline(c.acknowledgementText));
    if (!c.responseText.isEmpty())
        h += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Tanggapan"), multiline(c.responseText));
    if (!c.resolutionText.isEmpty())
        h += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Penyelesaian"), multiline(c.resolutionText));

    h += QStringLiteral("<h4>%1</h4><table cellspacing=0 cellpadding=2>").arg(tr("Riwayat"));
    for (const Event &e : history)
        h += QStringLiteral("<tr><td style='white-space:nowrap;color:#555'>%1</td><td>%2</td><td style='color:#555'>%3</td></tr>")
                 .arg(esc(localTime(e.at)), esc(EventText::describe(e)), esc(e.userName));
    h += QStringLiteral("</table>");
    return h;
}
