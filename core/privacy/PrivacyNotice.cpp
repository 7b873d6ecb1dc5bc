#include "privacy/PrivacyNotice.h"

namespace {

QString contactOf(const OfficeIdentity &office)
{
    QString who = office.unit.isEmpty() ? office.name : office.unit;
    if (!office.address.isEmpty())
        who += QStringLiteral(", ") + office.address;
    return who;
}

} // namespace

QString PrivacyNotice::title()
{
    return tr("Pemberitahuan pelindungan data pribadi");
}

QStringList PrivacyNotice::statements(const OfficeIdentity &office, int years)
{
    QStringList s;
    s << tr("Nama, NIK, nomor telepon dan e-mail Anda dicatat untuk buku tamu dan antrian, untuk memeriksa kewenangan Anda mewakili "
            "penyedia, dan untuk menghubungi Anda tentang berkas Anda.");
    s << tr("Data itu disimpan %1 tahun sesudah kunjungan terakhir Anda, lalu NIK, telepon dan e-mail dihapus; catatan kunjungan "
            "tanpa data itu tetap disimpan untuk laporan pelayanan.")
             .arg(years);
    s << tr("Identitas disamarkan di layar dan cetakan; petugas yang membukanya tercatat.");
    s << tr("Anda berhak melihat dan meminta koreksi data Anda. Tanyakan kepada %1.").arg(contactOf(office));
    if (!office.complaintChannel.isEmpty())
        s << tr("Pengaduan: %1").arg(office.complaintChannel);
    s << tr("Dasar: Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.");
    return s;
}

QString PrivacyNotice::shortText(const OfficeIdentity &office, int years)
{
    return tr("Data pribadi Anda (NIK, telepon, e-mail) dicatat untuk layanan ini dan disimpan %1 tahun sesudah kunjungan terakhir. "
              "Melihat atau mengoreksinya: %2 (UU 27/2022).")
        .arg(years)
        .arg(office.unit.isEmpty() ? office.name : office.unit);
}
