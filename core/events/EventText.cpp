#include "events/EventText.h"

#include "applications/ApplicationStatus.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EventText", text);
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
    } else if (k == QLatin1String("printed")) {
        text = tr("Dicetak: %1").arg(e.data.value(QStringLiteral("receipt")).toString());
    } else {
        text = k;
    }
    if (!e.reason.isEmpty() && k != QLatin1String("registered"))
        text += QStringLiteral(" — ") + e.reason;
    return text;
}

} // namespace EventText
