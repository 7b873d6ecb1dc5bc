#include "survey/SurveyElement.h"

QString SurveyElement::key(int index)
{
    static const char *const keys[kCount] = {"persyaratan", "prosedur", "waktu", "biaya", "produk",
                                             "kompetensi", "perilaku", "pengaduan", "sarana"};
    return index >= 0 && index < kCount ? QString::fromLatin1(keys[index]) : QString();
}

QString SurveyElement::code(int index)
{
    return QStringLiteral("U%1").arg(index + 1);
}

QString SurveyElement::title(int index)
{
    switch (index) {
    case 0: return tr("Persyaratan");
    case 1: return tr("Sistem, mekanisme dan prosedur");
    case 2: return tr("Waktu penyelesaian");
    case 3: return tr("Biaya/tarif");
    case 4: return tr("Produk spesifikasi jenis pelayanan");
    case 5: return tr("Kompetensi pelaksana");
    case 6: return tr("Perilaku pelaksana");
    case 7: return tr("Penanganan pengaduan, saran dan masukan");
    case 8: return tr("Sarana dan prasarana");
    }
    return {};
}

QString SurveyElement::question(int index)
{
    switch (index) {
    case 0: return tr("Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?");
    case 1: return tr("Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?");
    case 2: return tr("Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?");
    case 3: return tr("Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?");
    case 4: return tr("Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar "
                      "pelayanan dengan hasil yang diberikan?");
    case 5: return tr("Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?");
    case 6: return tr("Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?");
    case 7: return tr("Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?");
    case 8: return tr("Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?");
    }
    return {};
}

QStringList SurveyElement::answerLabels(int index)
{
    switch (index) {
    case 0:
    case 4: return {tr("Tidak sesuai"), tr("Kurang sesuai"), tr("Sesuai"), tr("Sangat sesuai")};
    case 1: return {tr("Tidak mudah"), tr("Kurang mudah"), tr("Mudah"), tr("Sangat mudah")};
    case 2: return {tr("Tidak cepat"), tr("Kurang cepat"), tr("Cepat"), tr("Sangat cepat")};
    case 3: return {tr("Sangat mahal"), tr("Cukup mahal"), tr("Murah"), tr("Gratis")};
    case 5: return {tr("Tidak kompeten"), tr("Kurang kompeten"), tr("Kompeten"), tr("Sangat kompeten")};
    case 6: return {tr("Tidak sopan dan ramah"), tr("Kurang sopan dan ramah"), tr("Sopan dan ramah"), tr("Sangat sopan dan ramah")};
    case 7: return {tr("Tidak ada"), tr("Ada tetapi tidak berfungsi"), tr("Berfungsi kurang maksimal"), tr("Dikelola dengan baik")};
    case 8: return {tr("Buruk"), tr("Cukup"), tr("Baik"), tr("Sangat baik")};
    }
    return {};
}
