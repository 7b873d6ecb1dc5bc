#include "common/FileView.h"

#include "catalog/ServiceCatalog.h"
#include "common/FileTableModel.h"
#include "history/EventText.h"
#include "validation/Validators.h"

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

FileView::FileView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("fileView"));
    setOpenLinks(false);
}

void FileView::showNothing(const QString &hint)
{
    setHtml(QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(hint)));
}

void FileView::showFile(const ApplicationFile &file)
{
    setHtml(html(file));
}

QString FileView::html(const ApplicationFile &f)
{
    const Application &a = f.application;
    QString h;
    h += QStringLiteral("<h3>%1 &nbsp; <span style='font-weight:normal'>%2</span></h3>").arg(esc(f.visit.queueNumber), esc(a.number));
    const QString service = esc(f.service.title());
    h += QStringLiteral("<p><b>%1</b> %2").arg(tr("Layanan:"), service);
    if (f.service.isOther())
        h += QStringLiteral("<br><b>%1</b> %2").arg(tr("Yang diminta:"), esc(f.visit.request));
    h += QStringLiteral("<br><b>%1</b> %2").arg(tr("Status:"), esc(ApplicationStatuses::title(a.status)));
    if (!f.claimedByName.isEmpty())
        h += QStringLiteral(" — %1").arg(esc(f.claimedByName));
    if (a.discretion)
        h += QStringLiteral(" <b style='color:#8a4b00'>%1</b>").arg(tr("(diskresi Kepala Bagian)"));
    if (!a.outcome.isEmpty())
        h += QStringLiteral("<br><b>%1</b> %2").arg(tr("Hasil:"), esc(a.outcome));
    h += QStringLiteral("</p>");

    if (f.clock.started && !f.clock.promised) {
        QString clock = QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4<br>")
                            .arg(tr("Diterima:"), esc(FileTableModel::localTime(a.acceptedAt, true)), tr("Batas waktu:"),
                                 esc(ServiceCatalog::describeTime(f.service.time)));
        clock += (f.clock.finished ? tr("Selesai; waktu layanan tercatat %1.") : tr("Waktu layanan sejauh ini %1."))
                     .arg(ServiceClock::describeDuration(f.clock.elapsedSeconds));
        if (f.clock.paused)
            clock += QStringLiteral(" <b>%1</b>").arg(tr("— sedang ditunda, waktu berhenti"));
        if (f.clock.pausedSeconds > 0)
            clock += QStringLiteral("<br>%1").arg(tr("Masa tunda (tidak dihitung): %1").arg(ServiceClock::describeDuration(f.clock.pausedSeconds)));
        h += clock + QStringLiteral("</p>");
    } else if (f.clock.started) {
        QString clock = QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4<br>")
                            .arg(tr("Diterima:"), esc(FileTableModel::localTime(a.acceptedAt, true)), tr("Batas waktu:"),
                                 esc(FileTableModel::localTime(f.clock.dueAt, true)));
        if (f.clock.finished)
            clock += f.clock.met ? tr("Selesai dalam jangka waktu yang dijanjikan (%1 dari %2).")
                                       .arg(ServiceClock::describeDuration(f.clock.elapsedSeconds), ServiceClock::describeDuration(f.clock.allowanceSeconds))
                                 : tr("Selesai melewati jangka waktu (%1 dari %2).")
                                       .arg(ServiceClock::describeDuration(f.clock.elapsedSeconds), ServiceClock::describeDuration(f.clock.allowanceSeconds));
        else
            clock += QStringLiteral("%1 · %2").arg(ServiceClock::stateTitle(f.clock.state),
                                                  f.clock.remainingSeconds >= 0 ? tr("sisa %1").arg(ServiceClock::describeDuration(f.clock.remainingSeconds))
                                                                                : tr("lewat %1").arg(ServiceClock::describeDuration(-f.clock.remainingSeconds)));
        if (f.clock.paused)
            clock += QStringLiteral(" <b>%1</b>").arg(tr("— sedang ditunda, waktu berhenti"));
        if (f.clock.pausedSeconds > 0)
            clock += QStringLiteral("<br>%1").arg(tr("Masa tunda (tidak dihitung): %1").arg(ServiceClock::describeDuration(f.clock.pausedSeconds)));
        h += clock + QStringLiteral("</p>");
    }

    h += QStringLiteral("<h4>%1</h4><p>%2<br>%3: %4 &nbsp; %5: %6<br>%7</p>")
             .arg(tr("Pemohon"), esc(f.visit.applicantName), tr("NIK"), esc(Validators::mask(f.visit.applicantNik)), tr("Telepon"),
                  esc(Validators::mask(f.visit.applicantPhone)),
                  f.visit.proxy ? tr("Kuasa dari pimpinan perusahaan") : tr("Pimpinan perusahaan"));
    if (f.vendor) {
        const Vendor &v = *f.vendor;
        const QString name = v.legalForm.isEmpty() || v.name.startsWith(v.legalForm + QLatin1Char(' ')) ? v.name
                                                                                                        : v.legalForm + QLatin1Char(' ') + v.name;
        h += QStringLiteral("<h4>%1</h4><p>%2<br>NPWP: %3").arg(tr("Penyedia"), esc(name), esc(Validators::mask(v.npwp)));
        if (!v.nib.isEmpty())
            h += QStringLiteral(" &nbsp; NIB: %1").arg(esc(v.nib));
        if (!v.email.isEmpty())
            h += QStringLiteral("<br>%1: %2").arg(tr("E-mail"), esc(Validators::mask(v.email)));
        h += QStringLiteral("</p>");
    }
    h += QStringLiteral("<h4>%1</h4><table cellspacing=0 cellpadding=2>").arg(tr("Daftar periksa"));
    const QDate today = QDate::currentDate();
    for (const ChecklistItem &i : f.checklist) {
        const QStringList problems = i.problems(today);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                 .arg(problems.isEmpty() ? QStringLiteral("✔") : QStringLiteral("✘"),
                      esc(i.label) + (problems.isEmpty() ? QString() : QStringLiteral(" <i style='color:#b00020'>(%1)</i>").arg(esc(problems.join(QStringLiteral(", "))))));
    }
    h += QStringLiteral("</table>");
    if (f.checklist.isEmpty() && f.service.isOther())
        h += QStringLiteral("<p>%1</p>").arg(tr("Tidak ada daftar periksa: standar pelayanan ini belum ditetapkan (Pasal 9)."));
    if (!f.previousNumber.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(tr("Kunjungan ulang dari berkas %1.").arg(esc(f.previousNumber)));
    h += QStringLiteral("<h4>%1</h4><table cellspacing=0 cellpadding=2>").arg(tr("Riwayat"));
    for (const Event &e : f.history) {
        if (e.kind == QLatin1String("checklist"))
            continue; // the ticks are summarised by the checklist above
        h += QStringLiteral("<tr><td style='white-space:nowrap;color:#555'>%1</td><td>%2</td><td style='color:#555'>%3</td></tr>")
                 .arg(esc(FileTableModel::localTime(e.at, true)), esc(EventText::describe(e)), esc(e.userName));
    }
    h += QStringLiteral("</table>");
    return h;
}
