#include "complaints/LaporFollowUp.h"

#include "common/ZoneLabel.h"
#include "complaints/ComplaintRules.h"

QString LaporFollowUp::verdict(const DeadlineReading &r)
{
    switch (r.state) {
    case DeadlineState::Met: return tr("terpenuhi (tepat waktu)");
    case DeadlineState::Missed: return tr("tidak terpenuhi (disampaikan sesudah batas waktu)");
    case DeadlineState::Overdue: return tr("tidak terpenuhi (belum disampaikan, batas waktu sudah lewat)");
    case DeadlineState::Pending:
    case DeadlineState::DueSoon: return tr("belum disampaikan; batas waktu belum lewat");
    }
    return {};
}

Result<QString> LaporFollowUp::text(const Complaint &c, const ComplaintDeadlines &d, const QTimeZone &zone, const QString &unitName)
{
    if (c.content.channel != FeedbackChannel::Sp4nLapor)
        return Result<QString>::failure(tr("Pengaduan %1 tidak masuk melalui SP4N-LAPOR! (saluran: %2); tidak ada laporan LAPOR! untuk "
                                           "ditindaklanjuti.")
                                            .arg(c.number, FeedbackChannels::title(c.content.channel)));
    QStringList lines;
    lines << tr("TINDAK LANJUT PENGADUAN SP4N-LAPOR!");
    lines << tr("Nomor laporan SP4N-LAPOR!: %1").arg(c.content.laporReference);
    lines << tr("Nomor pengaduan pada unit: %1").arg(c.number);
    if (!unitName.isEmpty())
        lines << tr("Unit pelayanan: %1").arg(unitName);
    lines << tr("Diterima unit: %1").arg(ZoneLabel::shortDateTime(c.receivedAt, zone));
    lines << tr("Status: %1").arg(ComplaintStages::title(c.stage));

    auto part = [&](const QString &title, int days, const DeadlineReading &r, const QString &text) {
        lines << QString();
        lines << title;
        lines << tr("Batas waktu (%1 hari kerja): %2").arg(days).arg(ZoneLabel::shortDateTime(r.due, zone));
        lines << tr("Disampaikan: %1").arg(r.doneAt.isValid() ? ZoneLabel::shortDateTime(r.doneAt, zone) : tr("belum"));
        lines << tr("Batas %1 hari kerja: %2").arg(days).arg(verdict(r));
        if (!text.trimmed().isEmpty())
            lines << text.trimmed();
    };
    part(tr("Tanggapan awal (Pasal 8 ayat 5)"), ComplaintRules::kAcknowledgeDays, d.acknowledgement, c.acknowledgementText);
    part(tr("Tanggapan atas pengaduan"), ComplaintRules::kResponseDays, d.response, c.responseText);
    if (c.finishedAt.isValid()) {
        lines << QString();
        lines << tr("Penyelesaian (%1)").arg(ZoneLabel::shortDateTime(c.finishedAt, zone));
        lines << c.resolutionText.trimmed();
    }
    return QString(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}
