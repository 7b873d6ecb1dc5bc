#include "events/EventText.h"

#include "applications/ApplicationStatus.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EventText", text);
}

// Complaint steps (core/complaints): the data carries the complaint's number and, for
// the record and the acknowledgement, the Pasal 8 ayat (4) elements that are missing.
QString describeComplaint(const Event &e)
{
    const QString k = e.kind;
    QStringList missing;
    for (const QJsonValue &m : e.data.value(QStringLiteral("missing")).toArray())
        missing << m.toString();
    const QString missingText = missing.join(QStringLiteral("; "));
    if (k == QLatin1String("complaint_recorded")) {
        QString text = tr("Pengaduan %1 dicatat").arg(e.data.value(QStringLiteral("number")).toString());
        text += missing.isEmpty() ? tr("; isinya lengkap (Pasal 8 ayat 4)") : tr("; belum lengkap, kurang: %1").arg(missingText);
        if (e.data.value(QStringLiteral("late")).toBool())
            text += tr("; diajukan lewat 30 hari sejak layanan diterima");
        return text;
    }
    if (k == QLatin1String("complaint_checking"))
        return tr("Cek administrasi pengaduan dimulai");
    if (k == QLatin1String("complaint_acknowledged"))
        return missing.isEmpty() ? tr("Tanggapan awal disampaikan: pengaduan lengkap")
                                 : tr("Tanggapan awal disampaikan: pengaduan belum lengkap, kurang: %1").arg(missingText);
    if (k == QLatin1String("complaint_coordinating"))
        return tr("Koordinasi internal/eksternal");
    if (k == QLatin1String("complaint_responded"))
        return tr("Pengaduan ditanggapi: %1").arg(e.data.value(QStringLiteral("text")).toString());
    if (k == QLatin1String("complaint_resolved"))
        return tr("Pengaduan selesai: %1").arg(e.data.value(QStringLiteral("text")).toString());
    if (k == QLatin1String("complaint_amended"))
        return missing.isEmpty() ? tr("Isi pengaduan dilengkapi; kini lengkap")
                                 : tr("Isi pengaduan diubah; masih kurang: %1").arg(missingText);
    if (k == QLatin1String("complaint_late_accepted"))
        return tr("Pengaduan yang diajukan lewat 30 hari tetap diterima");
    if (k == QLatin1String("complaint_refused"))
        return tr("Pengaduan ditolak: diajukan lewat 30 hari sejak layanan diterima");
    if (k == QLatin1String("complaint_printed"))
        return tr("Tanda terima pengaduan dicetak");
    return k;
}

} // namespace

namespace EventText {

QString describe(const Event &e)
{
    const QString k = e.kind;
    QString text;
    if (k == QLatin1String("registered")) {
        text = tr("Dicatat di buku tamu, nomor antrian %1").arg(e.data.value(QStringLiteral("queue_number")).toString());
        if (e.data.value(QStringLiteral("standing")).toString() == QLatin1String("proxy"))
            text += tr(" (kuasa)");
    } else if (k == QLatin1String("checking")) {
        text = tr("Helpdesk mulai memeriksa berkas");
    } else if (k == QLatin1String("checklist")) {
        QStringList parts;
        parts << (e.data.value(QStringLiteral("original")).toBool() ? tr("asli dilihat") : tr("asli belum"));
        parts << (e.data.value(QStringLiteral("copy")).toBool() ? tr("salinan diterima") : tr("salinan belum"));
        const QString valid = e.data.value(QStringLiteral("valid_until")).toString();
        if (!valid.isEmpty())
            parts << tr("berlaku s.d. %1").arg(valid);
        text = tr("Daftar periksa \"%1\": %2").arg(e.data.value(QStringLiteral("item")).toString(), parts.join(QStringLiteral(", ")));
    } else if (k == QLatin1String("accepted")) {
        text = tr("Berkas lengkap, diterima helpdesk; jangka waktu layanan mulai dihitung");
    } else if (k == QLatin1String("handed_off")) {
        text = tr("Diteruskan ke antrian %1").arg(e.data.value(QStringLiteral("role")).toString() == QLatin1String("admin_sistem")
                                                      ? tr("admin sistem") : tr("verifikator"));
    } else if (k == QLatin1String("returned")) {
        QStringList labels;
        for (const QJsonValue &m : e.data.value(QStringLiteral("missing")).toArray())
            labels << m.toObject().value(QStringLiteral("label")).toString();
        text = tr("Berkas dikembalikan kepada pemohon; kurang: %1").arg(labels.join(QStringLiteral("; ")));
    } else if (k == QLatin1String("followed_up")) {
        text = tr("Pemohon datang kembali: berkas baru %1").arg(e.data.value(QStringLiteral("new_application")).toString());
    } else if (k == QLatin1String("claimed")) {
        text = tr("Diambil untuk dikerjakan");
    } else if (k == QLatin1String("released")) {
        text = tr("Dilepas kembali ke antrian");
    } else if (k == QLatin1String("done")) {
        text = tr("Selesai: %1").arg(e.data.value(QStringLiteral("outcome")).toString());
    } else if (k == QLatin1String("sent_back")) {
        text = tr("Dikembalikan ke helpdesk");
    } else if (k == QLatin1String("rechecking")) {
        text = tr("Helpdesk memeriksa ulang berkas");
    } else if (k == QLatin1String("paused")) {
        PauseReason reason;
        const QString key = e.data.value(QStringLiteral("reason")).toString();
        text = tr("Ditunda (%1)").arg(PauseReasons::fromKey(key, &reason) ? PauseReasons::title(reason) : key);
    } else if (k == QLatin1String("resumed")) {
        text = tr("Dilanjutkan");
    } else if (k == QLatin1String("cancelled")) {
        text = tr("Dibatalkan");
    } else if (k == QLatin1String("discretion")) {
        text = tr("Diskresi Kepala Bagian (Pasal 6): diterima walau belum lengkap");
    } else if (k == QLatin1String("revealed")) {
        text = tr("Data pribadi dibuka: %1").arg(e.data.value(QStringLiteral("field")).toString());
    } else if (k == QLatin1String("printed")) {
        const QString kind = e.data.value(QStringLiteral("receipt")).toString();
        QString title = kind;
        if (kind == QLatin1String("ticket"))
            title = tr("karcis antrian");
        else if (kind == QLatin1String("document"))
            title = tr("tanda terima berkas");
        else if (kind == QLatin1String("return"))
            title = tr("bukti pengembalian berkas");
        else if (kind == QLatin1String("done"))
            title = tr("bukti selesai layanan");
        else if (kind == QLatin1String("complaint"))
            title = tr("tanda terima pengaduan");
        text = tr("Dicetak: %1").arg(title);
    } else if (k.startsWith(QLatin1String("complaint_"))) {
        text = describeComplaint(e);
    } else if (k == QLatin1String("survey_imported")) {
        text = tr("Impor jawaban SKM dari %1: %2 baris diterima, %3 baris ditolak")
                   .arg(e.data.value(QStringLiteral("file")).toString())
                   .arg(e.data.value(QStringLiteral("imported")).toInt())
                   .arg(e.data.value(QStringLiteral("rejected")).toInt());
    } else {
        text = k;
    }
    if (!e.reason.isEmpty() && k != QLatin1String("registered"))
        text += QStringLiteral(" — ") + e.reason;
    return text;
}

} // namespace EventText
