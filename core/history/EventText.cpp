#include "history/EventText.h"

#include "applications/ApplicationStatus.h"
#include "vendors/VendorStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// lupdate reads EventTextTr::tr() only from a class: this one carries the "EventText" context.
struct EventTextTr
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
};

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
        QString text = EventTextTr::tr("Pengaduan %1 dicatat").arg(e.data.value(QStringLiteral("number")).toString());
        text += missing.isEmpty() ? EventTextTr::tr("; isinya lengkap (Pasal 8 ayat 4)") : EventTextTr::tr("; belum lengkap, kurang: %1").arg(missingText);
        if (e.data.value(QStringLiteral("late")).toBool())
            text += EventTextTr::tr("; diajukan lewat 30 hari sejak layanan diterima");
        return text;
    }
    if (k == QLatin1String("complaint_checking"))
        return EventTextTr::tr("Cek administrasi pengaduan dimulai");
    if (k == QLatin1String("complaint_acknowledged"))
        return missing.isEmpty() ? EventTextTr::tr("Tanggapan awal disampaikan: pengaduan lengkap")
                                 : EventTextTr::tr("Tanggapan awal disampaikan: pengaduan belum lengkap, kurang: %1").arg(missingText);
    if (k == QLatin1String("complaint_coordinating"))
        return EventTextTr::tr("Koordinasi internal/eksternal");
    if (k == QLatin1String("complaint_responded"))
        return EventTextTr::tr("Pengaduan ditanggapi: %1").arg(e.data.value(QStringLiteral("text")).toString());
    if (k == QLatin1String("complaint_resolved"))
        return EventTextTr::tr("Pengaduan selesai: %1").arg(e.data.value(QStringLiteral("text")).toString());
    if (k == QLatin1String("complaint_amended"))
        return missing.isEmpty() ? EventTextTr::tr("Isi pengaduan dilengkapi; kini lengkap")
                                 : EventTextTr::tr("Isi pengaduan diubah; masih kurang: %1").arg(missingText);
    if (k == QLatin1String("complaint_late_accepted"))
        return EventTextTr::tr("Pengaduan yang diajukan lewat 30 hari tetap diterima");
    if (k == QLatin1String("complaint_refused"))
        return EventTextTr::tr("Pengaduan ditolak: diajukan lewat 30 hari sejak layanan diterima");
    if (k == QLatin1String("complaint_printed"))
        return EventTextTr::tr("Tanda terima pengaduan dicetak");
    return k;
}

} // namespace

namespace EventText {

QString describe(const Event &e)
{
    const QString k = e.kind;
    QString text;
    if (k == QLatin1String("registered")) {
        text = EventTextTr::tr("Dicatat di buku tamu, nomor antrian %1").arg(e.data.value(QStringLiteral("queue_number")).toString());
        if (e.data.value(QStringLiteral("standing")).toString() == QLatin1String("proxy"))
            text += EventTextTr::tr(" (kuasa)");
    } else if (k == QLatin1String("checking")) {
        text = EventTextTr::tr("Helpdesk mulai memeriksa berkas");
    } else if (k == QLatin1String("checklist")) {
        QStringList parts;
        parts << (e.data.value(QStringLiteral("original")).toBool() ? EventTextTr::tr("asli dilihat") : EventTextTr::tr("asli belum"));
        parts << (e.data.value(QStringLiteral("copy")).toBool() ? EventTextTr::tr("salinan diterima") : EventTextTr::tr("salinan belum"));
        const QString valid = e.data.value(QStringLiteral("valid_until")).toString();
        if (!valid.isEmpty())
            parts << EventTextTr::tr("berlaku s.d. %1").arg(valid);
        text = EventTextTr::tr("Daftar periksa \"%1\": %2").arg(e.data.value(QStringLiteral("item")).toString(), parts.join(QStringLiteral(", ")));
    } else if (k == QLatin1String("accepted")) {
        text = EventTextTr::tr("Berkas lengkap, diterima helpdesk; jangka waktu layanan mulai dihitung");
    } else if (k == QLatin1String("handed_off")) {
        text = EventTextTr::tr("Diteruskan ke antrian %1").arg(e.data.value(QStringLiteral("role")).toString() == QLatin1String("admin_sistem")
                                                      ? EventTextTr::tr("admin sistem") : EventTextTr::tr("verifikator"));
    } else if (k == QLatin1String("returned")) {
        QStringList labels;
        for (const QJsonValue &m : e.data.value(QStringLiteral("missing")).toArray())
            labels << m.toObject().value(QStringLiteral("label")).toString();
        text = EventTextTr::tr("Berkas dikembalikan kepada pemohon; kurang: %1").arg(labels.join(QStringLiteral("; ")));
    } else if (k == QLatin1String("followed_up")) {
        text = EventTextTr::tr("Pemohon datang kembali: berkas baru %1").arg(e.data.value(QStringLiteral("new_application")).toString());
    } else if (k == QLatin1String("vendor_changed")) {
        QStringList parts;
        for (const QJsonValue &c : e.data.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject o = c.toObject();
            parts << EventTextTr::tr("%1 \"%2\" menjadi \"%3\"")
                         .arg(VendorStore::fieldLabel(o.value(QStringLiteral("field")).toString()), o.value(QStringLiteral("old")).toString(),
                              o.value(QStringLiteral("new")).toString());
        }
        text = EventTextTr::tr("Data penyedia diubah: %1").arg(parts.join(QStringLiteral("; ")));
    } else if (k == QLatin1String("claimed")) {
        text = EventTextTr::tr("Diambil untuk dikerjakan");
    } else if (k == QLatin1String("released")) {
        text = EventTextTr::tr("Dilepas kembali ke antrian");
    } else if (k == QLatin1String("done")) {
        text = EventTextTr::tr("Selesai: %1").arg(e.data.value(QStringLiteral("outcome")).toString());
    } else if (k == QLatin1String("sent_back")) {
        text = EventTextTr::tr("Dikembalikan ke helpdesk");
    } else if (k == QLatin1String("rechecking")) {
        text = EventTextTr::tr("Helpdesk memeriksa ulang berkas");
    } else if (k == QLatin1String("paused")) {
        PauseReason reason;
        const QString key = e.data.value(QStringLiteral("reason")).toString();
        text = EventTextTr::tr("Ditunda (%1)").arg(PauseReasons::fromKey(key, &reason) ? PauseReasons::title(reason) : key);
    } else if (k == QLatin1String("resumed")) {
        text = EventTextTr::tr("Dilanjutkan");
    } else if (k == QLatin1String("cancelled")) {
        text = EventTextTr::tr("Dibatalkan");
    } else if (k == QLatin1String("discretion")) {
        text = EventTextTr::tr("Diskresi Kepala Bagian (Pasal 6): diterima walau belum lengkap");
    } else if (k == QLatin1String("revealed")) {
        text = EventTextTr::tr("Data pribadi dibuka: %1").arg(e.data.value(QStringLiteral("field")).toString());
    } else if (k == QLatin1String("personal_data_looked_up")) {
        text = EventTextTr::tr("Seluruh data pribadi NIK %1 dibuka").arg(e.data.value(QStringLiteral("nik")).toString());
    } else if (k == QLatin1String("personal_data_corrected")) {
        text = EventTextTr::tr("Data pribadi dikoreksi: %1 \"%2\" menjadi \"%3\"")
                   .arg(e.data.value(QStringLiteral("field")).toString() == QLatin1String("nik") ? EventTextTr::tr("NIK") : EventTextTr::tr("telepon"),
                        e.data.value(QStringLiteral("old")).toString(), e.data.value(QStringLiteral("new")).toString());
    } else if (k == QLatin1String("personal_data_exported")) {
        text = EventTextTr::tr("Data pribadi lengkap diekspor: %1").arg(e.data.value(QStringLiteral("export")).toString());
    } else if (k == QLatin1String("personal_data_erased")) {
        text = EventTextTr::tr("Data pribadi melewati masa simpan dihapus (NIK, telepon, e-mail): %1 orang")
                   .arg(e.data.value(QStringLiteral("persons")).toInteger());
    } else if (k == QLatin1String("printed")) {
        const QString kind = e.data.value(QStringLiteral("receipt")).toString();
        QString title = kind;
        if (kind == QLatin1String("ticket"))
            title = EventTextTr::tr("karcis antrian");
        else if (kind == QLatin1String("document"))
            title = EventTextTr::tr("tanda terima berkas");
        else if (kind == QLatin1String("return"))
            title = EventTextTr::tr("bukti pengembalian berkas");
        else if (kind == QLatin1String("done"))
            title = EventTextTr::tr("bukti selesai layanan");
        else if (kind == QLatin1String("complaint"))
            title = EventTextTr::tr("tanda terima pengaduan");
        text = EventTextTr::tr("Dicetak: %1").arg(title);
    } else if (k.startsWith(QLatin1String("complaint_"))) {
        text = describeComplaint(e);
    } else if (k == QLatin1String("survey_imported")) {
        text = EventTextTr::tr("Impor jawaban SKM dari %1: %2 baris diterima, %3 baris ditolak")
                   .arg(e.data.value(QStringLiteral("file")).toString())
                   .arg(e.data.value(QStringLiteral("imported")).toInt())
                   .arg(e.data.value(QStringLiteral("rejected")).toInt());
        if (const int stored = e.data.value(QStringLiteral("already_stored")).toInt(); stored > 0)
            text += EventTextTr::tr(", %1 baris sudah tersimpan sebelumnya").arg(stored);
    } else {
        text = k;
    }
    if (!e.reason.isEmpty() && k != QLatin1String("registered"))
        text += QStringLiteral(" — ") + e.reason;
    return text;
}

} // namespace EventText
