#include "validation/Validators.h"

#include <catch2/catch.hpp>

#include <string>

// Macros rather than helpers so that a failure points at the line of the value tested.
#define CHECK_ACCEPTS(call, expected)                                                        \
    do {                                                                                     \
        const Validation v_ = (call);                                                        \
        INFO(#call << " -> error: " << v_.error.toStdString());                             \
        CHECK(v_.ok);                                                                        \
        CHECK(v_.value.toStdString() == std::string(expected));                              \
        CHECK(v_.warning.toStdString() == std::string());                                    \
    } while (false)

#define CHECK_WARNS(call, expected, mentions)                                                \
    do {                                                                                     \
        const Validation v_ = (call);                                                        \
        INFO(#call << " -> error: " << v_.error.toStdString());                             \
        CHECK(v_.ok);                                                                        \
        CHECK(v_.value.toStdString() == std::string(expected));                              \
        CHECK_THAT(v_.warning.toStdString(), Catch::Contains(mentions));                     \
    } while (false)

// `mentions` is a list of fragments that must all appear in the error.
#define CHECK_REFUSES(call, ...)                                                             \
    do {                                                                                     \
        const Validation v_ = (call);                                                        \
        INFO(#call << " -> value: " << v_.value.toStdString());                             \
        CHECK_FALSE(v_.ok);                                                                  \
        for (const char *m_ : {__VA_ARGS__})                                                 \
            CHECK_THAT(v_.error.toStdString(), Catch::Contains(m_));                         \
    } while (false)

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString with(const char *before, QChar c, const char *after)
{
    return s(before) + c + s(after);
}

} // namespace

// ---------------------------------------------------------------- NIK

TEST_CASE("NIK: valid numbers are stored as 16 digits", "[validation]")
{
    CHECK_ACCEPTS(Validators::nik(s("6371010101900001")), "6371010101900001");
    CHECK_ACCEPTS(Validators::nik(s(" 6371 0101 0190 0001 ")), "6371010101900001");
    CHECK_ACCEPTS(Validators::nik(s("6371.01.010190.0001")), "6371010101900001");
    CHECK_ACCEPTS(Validators::nik(s("6371-0101-0190-0001")), "6371010101900001");
    // A woman born 15 May 1985: day + 40.
    CHECK_ACCEPTS(Validators::nik(s("6371015505850002")), "6371015505850002");
    CHECK_ACCEPTS(Validators::nik(s("3171014102000001")), "3171014102000001");
    CHECK_ACCEPTS(Validators::nik(s("6371017112990001")), "6371017112990001"); // 31 December, woman
    // 29 February 00 exists in 2000 (not in 1900); for a woman that is day 69.
    CHECK_ACCEPTS(Validators::nik(s("6371012902000001")), "6371012902000001");
    CHECK_ACCEPTS(Validators::nik(s("6371016902000001")), "6371016902000001");
    CHECK_ACCEPTS(Validators::nik(s("1101010101900001")), "1101010101900001"); // Aceh
    CHECK_ACCEPTS(Validators::nik(s("9601010101900001")), "9601010101900001"); // Papua Barat Daya
    // A zero-width space copied from a web page carries nothing in a digits-only value.
    CHECK_ACCEPTS(Validators::nik(with("6371", QChar(0x200B), "010101900001")), "6371010101900001");
}

TEST_CASE("NIK: wrong length, letters and impossible dates are refused", "[validation]")
{
    CHECK_REFUSES(Validators::nik(QString()), "NIK", "wajib");
    CHECK_REFUSES(Validators::nik(s("  ")), "NIK", "wajib");
    CHECK_REFUSES(Validators::nik(s("637101010190001")), "NIK harus 16 angka (sekarang 15).");
    CHECK_REFUSES(Validators::nik(s("63710101019000012")), "NIK harus 16 angka (sekarang 17).");
    CHECK_REFUSES(Validators::nik(s("63710101019O0001")), "NIK", "angka", "“O”");
    CHECK_REFUSES(Validators::nik(s("6371/0101/0190/0001")), "NIK", "“/”");
    CHECK_REFUSES(Validators::nik(s("0571010101900001")), "NIK", "provinsi", "05");
    CHECK_REFUSES(Validators::nik(s("1071010101900001")), "NIK", "provinsi", "10");
    CHECK_REFUSES(Validators::nik(s("9771010101900001")), "NIK", "provinsi", "97");
    CHECK_REFUSES(Validators::nik(s("6300010101900001")), "NIK", "kabupaten");
    CHECK_REFUSES(Validators::nik(s("6371000101900001")), "NIK", "kecamatan");
    CHECK_REFUSES(Validators::nik(s("6371010013900001")), "Tanggal lahir dalam NIK tidak sah", "00");
    CHECK_REFUSES(Validators::nik(s("6371010113900001")), "Tanggal lahir dalam NIK tidak sah", "bulan 13");
    CHECK_REFUSES(Validators::nik(s("6371010100900001")), "Tanggal lahir dalam NIK tidak sah", "bulan 00");
    CHECK_REFUSES(Validators::nik(s("6371013201900001")), "Tanggal lahir dalam NIK tidak sah", "32");
    CHECK_REFUSES(Validators::nik(s("6371014001900001")), "Tanggal lahir dalam NIK tidak sah", "40");
    CHECK_REFUSES(Validators::nik(s("6371017201900001")), "Tanggal lahir dalam NIK tidak sah", "72");
    CHECK_REFUSES(Validators::nik(s("6371013102900001")), "Tanggal lahir dalam NIK tidak sah", "31-02-90");
    CHECK_REFUSES(Validators::nik(s("6371017102900001")), "Tanggal lahir dalam NIK tidak sah", "31-02-90"); // woman
    CHECK_REFUSES(Validators::nik(s("6371013104900001")), "Tanggal lahir dalam NIK tidak sah", "31-04-90");
    // 29 February 01 exists neither in 1901 nor in 2001.
    CHECK_REFUSES(Validators::nik(s("6371012902010001")), "Tanggal lahir dalam NIK tidak sah", "29-02-01");
    CHECK_REFUSES(Validators::nik(s("6371010101900000")), "NIK", "0000");
}

// ---------------------------------------------------------------- NPWP

TEST_CASE("NPWP: 15, 16 and 22 digits with or without punctuation", "[validation]")
{
    CHECK_ACCEPTS(Validators::npwp(s("01.855.081.4-412.000")), "018550814412000");
    CHECK_ACCEPTS(Validators::npwp(s("018550814412000")), "018550814412000");
    CHECK_ACCEPTS(Validators::npwp(s(" 09 254 294 3 407 000 ")), "092542943407000");
    // New 16-digit form of an entity: 0 + the legacy 15.
    CHECK_ACCEPTS(Validators::npwp(s("0018 5508 1441 2000")), "0018550814412000");
    // A resident's NPWP is the NIK.
    CHECK_ACCEPTS(Validators::npwp(s("6371010101900001")), "6371010101900001");
    // NITKU: the 16-digit NPWP and a 6-digit branch serial.
    CHECK_ACCEPTS(Validators::npwp(s("0018550814412000000000")), "0018550814412000000000");
    CHECK_ACCEPTS(Validators::npwp(s("0018 5508 1441 2000 000001")), "0018550814412000000001");
    CHECK_ACCEPTS(Validators::npwp(s("6371010101900001-000002")), "6371010101900001000002");
}

TEST_CASE("NPWP: a failing check digit warns but is accepted", "[validation]")
{
    const char *mismatch = "Digit pemeriksa NPWP tidak cocok";
    CHECK_WARNS(Validators::npwp(s("01.855.081.5-412.000")), "018550815412000", mismatch);
    CHECK_WARNS(Validators::npwp(s("0018550815412000")), "0018550815412000", mismatch);
    CHECK_WARNS(Validators::npwp(s("0018550815412000000000")), "0018550815412000000000", mismatch);
    // Only the first 9 digits are checked: the tax office and branch are free.
    CHECK_ACCEPTS(Validators::npwp(s("01.855.081.4-999.123")), "018550814999123");
    // A 16-digit number not starting with 0 should be a NIK; an odd one is flagged.
    CHECK_WARNS(Validators::npwp(s("6371013102900001")), "6371013102900001", "NIK");
}

TEST_CASE("NPWP: wrong lengths, letters and zeros are refused", "[validation]")
{
    CHECK_REFUSES(Validators::npwp(QString()), "NPWP", "wajib");
    CHECK_REFUSES(Validators::npwp(s("01.855.081.4-412.00")), "NPWP harus 15, 16 atau 22 angka", "14");
    CHECK_REFUSES(Validators::npwp(s("01855081441200012")), "NPWP harus 15, 16 atau 22 angka", "17");
    CHECK_REFUSES(Validators::npwp(s("00185508144120000000001")), "NPWP harus 15, 16 atau 22 angka", "23");
    CHECK_REFUSES(Validators::npwp(s("01.855.O81.4-412.000")), "NPWP", "“O”");
    CHECK_REFUSES(Validators::npwp(s("01/855/081/4/412/000")), "NPWP", "“/”");
    CHECK_REFUSES(Validators::npwp(s("NPWP 018550814412000")), "NPWP", "“N”");
    CHECK_REFUSES(Validators::npwp(s("00.000.000.0-000.000")), "NPWP", "nol");
    CHECK_REFUSES(Validators::npwp(s("0000000000000000")), "NPWP", "nol");
    CHECK_REFUSES(Validators::npwp(s("0000000000000000000001")), "NPWP", "nol");
}

TEST_CASE("NPWP is shown in its usual written form", "[validation]")
{
    CHECK(Validators::formatNpwp(s("018550814412000")).toStdString() == std::string("01.855.081.4-412.000"));
    CHECK(Validators::formatNpwp(s("0018550814412000")).toStdString() == std::string("0018 5508 1441 2000"));
    CHECK(Validators::formatNpwp(s("6371010101900001")).toStdString() == std::string("6371 0101 0190 0001"));
    CHECK(Validators::formatNpwp(s("0018550814412000000001")).toStdString() == std::string("0018 5508 1441 2000 000001"));
    CHECK(Validators::formatNpwp(s("12345")).toStdString() == std::string("12345"));
    CHECK(Validators::formatNpwp(s("01.855.081.4-412.000")).toStdString() == std::string("01.855.081.4-412.000"));
    CHECK(Validators::formatNpwp(QString()).toStdString() == std::string(""));
    // Formatting what npwp() stored gives back the familiar form.
    CHECK(Validators::formatNpwp(Validators::npwp(s("01-855-081-4-412-000")).value).toStdString() == std::string("01.855.081.4-412.000"));
}

// ---------------------------------------------------------------- NIB and licences

TEST_CASE("NIB: exactly 13 digits", "[validation]")
{
    CHECK_ACCEPTS(Validators::nib(s("9120001234567")), "9120001234567");
    CHECK_ACCEPTS(Validators::nib(s(" 91200 01234 567 ")), "9120001234567");
    CHECK_ACCEPTS(Validators::nib(s("9120-0012-34567")), "9120001234567");
    CHECK_REFUSES(Validators::nib(QString()), "NIB", "wajib");
    CHECK_REFUSES(Validators::nib(s("912000123456")), "NIB harus 13 angka (sekarang 12).");
    CHECK_REFUSES(Validators::nib(s("91200012345678")), "NIB harus 13 angka (sekarang 14).");
    CHECK_REFUSES(Validators::nib(s("912000123456A")), "NIB", "“A”");
    CHECK_REFUSES(Validators::nib(s("0000000000000")), "NIB", "nol");
    CHECK_REFUSES(Validators::nib(s("510/1234/SIUP-K/2019")), "NIB", "“/”");
}

TEST_CASE("izin usaha: a NIB or an older SIUP/SIUJK number", "[validation]")
{
    CHECK_ACCEPTS(Validators::izinUsaha(s("9120001234567")), "9120001234567");
    CHECK_ACCEPTS(Validators::izinUsaha(s("9120 0012 34567")), "9120001234567");
    CHECK_ACCEPTS(Validators::izinUsaha(s("510/1234/SIUP-K/DPMPTSP/2019")), "510/1234/SIUP-K/DPMPTSP/2019");
    CHECK_ACCEPTS(Validators::izinUsaha(s("  503 /  12.3 / SIUJK  ")), "503 / 12.3 / SIUJK");
    // All digits but the wrong length: a mistyped NIB, explained as such.
    CHECK_REFUSES(Validators::izinUsaha(s("912000123456")), "NIB harus 13 angka (sekarang 12).");
    CHECK_REFUSES(Validators::izinUsaha(s("510.3-0123")), "NIB harus 13 angka (sekarang 8).");
    CHECK_REFUSES(Validators::izinUsaha(QString()), "Izin usaha", "wajib", "NIB");
    CHECK_REFUSES(Validators::izinUsaha(s("SIUP-K")), "izin usaha", "angka");
    CHECK_REFUSES(Validators::izinUsaha(s("SIUP#123")), "izin usaha", "“#”");
    CHECK_REFUSES(Validators::izinUsaha(s("503/12\n/SIUJK")), "izin usaha", "U+000A");
    CHECK_REFUSES(Validators::izinUsaha(QStringLiteral("503/SIUJK/%1").arg(QString(41, u'A'))), "izin usaha",
                  "50 karakter", "51");
    CHECK_ACCEPTS(Validators::izinUsaha(QStringLiteral("503/SIUJK/%1").arg(QString(40, u'A'))),
                  "503/SIUJK/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
}

// ---------------------------------------------------------------- e-mail

TEST_CASE("e-mail: pragmatic addresses are accepted, the domain lower-cased", "[validation]")
{
    CHECK_ACCEPTS(Validators::email(s("budi.santoso@contoh.co.id")), "budi.santoso@contoh.co.id");
    CHECK_ACCEPTS(Validators::email(s("  Budi+LPSE@Contoh.CO.ID ")), "Budi+LPSE@contoh.co.id");
    CHECK_ACCEPTS(Validators::email(s("o'neil@example.com")), "o'neil@example.com");
    CHECK_ACCEPTS(Validators::email(s("a@b.co")), "a@b.co");
    CHECK_ACCEPTS(Validators::email(s("user_name-1@sub-domain.mail.example.org")), "user_name-1@sub-domain.mail.example.org");
    CHECK_ACCEPTS(Validators::email(s("x!#$%&'*+/=?^_`{|}~-@lpse.banjarmasinkota.go.id")),
                  "x!#$%&'*+/=?^_`{|}~-@lpse.banjarmasinkota.go.id");
    CHECK_ACCEPTS(Validators::email(s("info@123.id")), "info@123.id");
    const QString local64(64, u'a');
    CHECK(Validators::email(local64 + s("@contoh.id")).ok);
}

TEST_CASE("e-mail: malformed addresses are refused with the reason", "[validation]")
{
    CHECK_REFUSES(Validators::email(QString()), "e-mail", "wajib");
    CHECK_REFUSES(Validators::email(s("budi.contoh.co.id")), "Alamat e-mail tidak sah: tidak ada tanda @.");
    CHECK_REFUSES(Validators::email(s("budi@@contoh.co.id")), "e-mail", "satu tanda @");
    CHECK_REFUSES(Validators::email(s("a@b@contoh.co.id")), "e-mail", "satu tanda @");
    CHECK_REFUSES(Validators::email(s("@contoh.co.id")), "e-mail", "sebelum @ kosong");
    CHECK_REFUSES(Validators::email(s("budi..santoso@contoh.co.id")), "e-mail", "titik");
    CHECK_REFUSES(Validators::email(s(".budi@contoh.co.id")), "e-mail", "titik");
    CHECK_REFUSES(Validators::email(s("budi.@contoh.co.id")), "e-mail", "titik");
    CHECK_REFUSES(Validators::email(s("budi@contoh")), "e-mail", "titik", "domain");
    CHECK_REFUSES(Validators::email(s("budi@contoh.c")), "e-mail", "akhiran domain", "“c”");
    CHECK_REFUSES(Validators::email(s("budi@contoh.123")), "e-mail", "akhiran domain");
    CHECK_REFUSES(Validators::email(s("budi@contoh..id")), "e-mail", "titik", "domain");
    CHECK_REFUSES(Validators::email(s("budi@.contoh.id")), "e-mail", "titik", "domain");
    CHECK_REFUSES(Validators::email(s("budi@-contoh.id")), "e-mail", "tanda hubung");
    CHECK_REFUSES(Validators::email(s("budi@")), "e-mail", "domain", "kosong");
    CHECK_REFUSES(Validators::email(s("budi santoso@contoh.id")), "e-mail", "spasi");
    CHECK_REFUSES(Validators::email(s("budí@contoh.co.id")), "e-mail", "“í”", "sebelum @");
    CHECK_REFUSES(Validators::email(s("budi@bücher.de")), "e-mail", "“ü”", "domain");
    CHECK_REFUSES(Validators::email(s("budi@contoh_usaha.id")), "e-mail", "“_”", "domain");
    CHECK_REFUSES(Validators::email(s("<budi@contoh.id>")), "e-mail", "“<”");
    CHECK_REFUSES(Validators::email(QString(65, u'a') + s("@contoh.id")), "e-mail", "64");
    CHECK_REFUSES(Validators::email(s("budi@") + QString(64, u'a') + s(".id")), "e-mail", "63");
    const QString longDomain = QStringList(5, QString(60, u'a')).join(u'.') + s(".id");
    CHECK_REFUSES(Validators::email(s("budi@") + longDomain), "e-mail", "254");
}

// ---------------------------------------------------------------- telephone

TEST_CASE("telephone: Indonesian mobile and landline numbers are stored as +62…", "[validation]")
{
    CHECK_ACCEPTS(Validators::phone(s("081234567890")), "+6281234567890");
    CHECK_ACCEPTS(Validators::phone(s("0812-3456-7890")), "+6281234567890");
    CHECK_ACCEPTS(Validators::phone(s("+62 812 3456 7890")), "+6281234567890");
    CHECK_ACCEPTS(Validators::phone(s("6281234567890")), "+6281234567890");
    CHECK_ACCEPTS(Validators::phone(s("+62 (0)812.3456.7890")), "+6281234567890");
    CHECK_ACCEPTS(Validators::phone(s("0812345678")), "+62812345678");        // 10 digits
    CHECK_ACCEPTS(Validators::phone(s("0812345678901")), "+62812345678901");  // 13 digits
    CHECK_ACCEPTS(Validators::phone(s("(0511) 3366123")), "+625113366123");  // Banjarmasin
    CHECK_ACCEPTS(Validators::phone(s("0511-3366-1234")), "+6251133661234");
    CHECK_ACCEPTS(Validators::phone(s("021-12345678")), "+622112345678");
    CHECK_ACCEPTS(Validators::phone(s("+62 511 336612")), "+62511336612");
}

TEST_CASE("telephone: foreign, short, long and strange numbers are refused", "[validation]")
{
    CHECK_REFUSES(Validators::phone(QString()), "telepon", "wajib");
    CHECK_REFUSES(Validators::phone(s("0812345")), "HP", "terlalu pendek", "7");
    CHECK_REFUSES(Validators::phone(s("081234567")), "HP", "terlalu pendek", "9");
    CHECK_REFUSES(Validators::phone(s("08123456789012")), "HP", "terlalu panjang", "14");
    CHECK_REFUSES(Validators::phone(s("+1 555 123 4567")), "telepon", "+62");
    CHECK_REFUSES(Validators::phone(s("812345678901")), "Nomor telepon tidak dikenal: gunakan 08… atau +62…");
    CHECK_REFUSES(Validators::phone(s("0112345678")), "Nomor telepon tidak dikenal");
    CHECK_REFUSES(Validators::phone(s("0812a3456789")), "telepon", "“a”");
    CHECK_REFUSES(Validators::phone(s("0812+3456789")), "telepon", "“+”");
    CHECK_REFUSES(Validators::phone(s("0511-123")), "telepon", "kode wilayah");
    CHECK_REFUSES(Validators::phone(s("0511-336612345")), "telepon", "kode wilayah");
    CHECK_REFUSES(Validators::phone(s("+62")), "telepon");
    CHECK_REFUSES(Validators::phone(s("+")), "telepon");
}

TEST_CASE("telephone: numbers are shown the way Indonesians write them", "[validation]")
{
    CHECK(Validators::formatPhone(s("+6281234567890")).toStdString() == std::string("0812-3456-7890"));
    CHECK(Validators::formatPhone(s("+62812345678")).toStdString() == std::string("0812-345-678"));
    CHECK(Validators::formatPhone(s("+62812345678901")).toStdString() == std::string("0812-3456-78901"));
    CHECK(Validators::formatPhone(s("+625113366123")).toStdString() == std::string("0511-3366123"));
    CHECK(Validators::formatPhone(s("+622112345678")).toStdString() == std::string("021-12345678"));
    CHECK(Validators::formatPhone(s("081234567890")).toStdString() == std::string("0812-3456-7890"));
    CHECK(Validators::formatPhone(s("bukan nomor")).toStdString() == std::string("bukan nomor"));
    CHECK(Validators::formatPhone(QString()).toStdString() == std::string(""));
}

// ---------------------------------------------------------------- names

TEST_CASE("person names: letters of any script, tidied", "[validation]")
{
    CHECK_ACCEPTS(Validators::personName(s("Budi Santoso")), "Budi Santoso");
    CHECK_ACCEPTS(Validators::personName(s("  Siti   Nurhaliza  ")), "Siti Nurhaliza");
    CHECK_ACCEPTS(Validators::personName(with("Siti", QChar(0x00A0), "Nurhaliza")), "Siti Nurhaliza");
    CHECK_ACCEPTS(Validators::personName(s("Ma'ruf Amin")), "Ma'ruf Amin");
    CHECK_ACCEPTS(Validators::personName(s("Ma’ruf Amin")), "Ma'ruf Amin");
    CHECK_ACCEPTS(Validators::personName(s("Dr. Ir. H. Ahmad Yani, M.Sc.")), "Dr. Ir. H. Ahmad Yani, M.Sc.");
    CHECK_ACCEPTS(Validators::personName(s("Anak Agung Ngurah Rai-Putra")), "Anak Agung Ngurah Rai-Putra");
    CHECK_ACCEPTS(Validators::personName(s("Nguyễn Văn An")), "Nguyễn Văn An");
    CHECK_ACCEPTS(Validators::personName(s("محمد عبد الله")), "محمد عبد الله");
    CHECK_ACCEPTS(Validators::personName(s("李小龍")), "李小龍");
    // e + combining acute is stored composed, so that searches find it.
    CHECK_ACCEPTS(Validators::personName(s("Jose\u0301")), "Jos\u00e9");
    CHECK_ACCEPTS(Validators::personName(QString(100, u'a')), std::string(100, 'a'));
}

TEST_CASE("person names: invisible, control and bidi characters, digits and symbols are refused", "[validation]")
{
    CHECK_REFUSES(Validators::personName(QString()), "Nama wajib diisi.");
    CHECK_REFUSES(Validators::personName(s(" \t ")), "Nama wajib diisi.");
    CHECK_REFUSES(Validators::personName(with("Budi ", QChar(0x202E), "otnaS")), "Nama", "U+202E");
    CHECK_REFUSES(Validators::personName(with("Budi ", QChar(0x202D), "Santoso")), "Nama", "U+202D");
    CHECK_REFUSES(Validators::personName(with("Budi ", QChar(0x2067), "Santoso")), "Nama", "U+2067");
    CHECK_REFUSES(Validators::personName(with("Budi", QChar(0x200F), "Santoso")), "Nama", "U+200F");
    CHECK_REFUSES(Validators::personName(with("Budi", QChar(0x061C), "Santoso")), "Nama", "U+061C");
    CHECK_REFUSES(Validators::personName(with("Bu", QChar(0x200B), "di")), "Nama", "U+200B");
    CHECK_REFUSES(Validators::personName(with("Bu", QChar(0x200D), "di")), "Nama", "U+200D");
    CHECK_REFUSES(Validators::personName(with("Bu", QChar(0xFEFF), "di")), "Nama", "U+FEFF");
    CHECK_REFUSES(Validators::personName(s("Budi\nSantoso")), "Nama", "U+000A");
    CHECK_REFUSES(Validators::personName(s("Budi\tSantoso")), "Nama", "U+0009");
    CHECK_REFUSES(Validators::personName(with("Budi", QChar(0x0085), "Santoso")), "Nama", "U+0085");
    CHECK_REFUSES(Validators::personName(with("Budi", QChar(0xD800), "")), "Nama", "U+D800");
    CHECK_REFUSES(Validators::personName(with("Budi", QChar(0xDC00), " Santoso")), "Nama", "U+DC00");
    CHECK_REFUSES(Validators::personName(s("Budi Santoso 2")), "Nama tidak boleh berisi angka.");
    CHECK_REFUSES(Validators::personName(s("Budi ²")), "Nama tidak boleh berisi angka.");
    CHECK_REFUSES(Validators::personName(s("Budi@Santoso")), "Nama", "“@”");
    CHECK_REFUSES(Validators::personName(s("Budi 😀")), "Nama", "“😀”");
    CHECK_REFUSES(Validators::personName(s("<b>Budi</b>")), "Nama", "“<”");
    CHECK_REFUSES(Validators::personName(s("...")), "Nama", "huruf");
    CHECK_REFUSES(Validators::personName(QString(101, u'a')), "Nama terlalu panjang", "100", "101");
    CHECK_REFUSES(Validators::personName(s("Budi Santoso"), 10), "Nama terlalu panjang", "10", "12");
}

// ---------------------------------------------------------------- free text

TEST_CASE("free text: lines, tabs and emoji are kept", "[validation]")
{
    CHECK_ACCEPTS(Validators::text(s("  Terima kasih 👍  "), 100, true), "Terima kasih 👍");
    CHECK_ACCEPTS(Validators::text(s("Jl. A. Yani Km 5\nBanjarmasin"), 100, true), "Jl. A. Yani Km 5\nBanjarmasin");
    CHECK_ACCEPTS(Validators::text(s("Jl. A. Yani\r\nKm 5\rBanjarmasin"), 100, true), "Jl. A. Yani\nKm 5\nBanjarmasin");
    CHECK_ACCEPTS(Validators::text(s("kolom\tnilai"), 100, true), "kolom\tnilai");
    CHECK_ACCEPTS(Validators::text(s("keluarga \U0001F468\u200D\U0001F469\u200D\U0001F467 (ZWJ)"), 100, true), "keluarga \U0001F468\u200D\U0001F469\u200D\U0001F467 (ZWJ)");
    CHECK_ACCEPTS(Validators::text(s("dua  spasi tetap"), 100, true), "dua  spasi tetap");
    CHECK_ACCEPTS(Validators::text(QString(), 100, false), "");
    CHECK_ACCEPTS(Validators::text(s(" \n "), 100, false), "");
    CHECK_ACCEPTS(Validators::text(QString(300, u'x'), 300, true), std::string(300, 'x'));
    // Emoji outside the BMP count as two QChars, like Qt's widgets count them.
    CHECK_REFUSES(Validators::text(s("😀😀"), 3, true), "terlalu panjang", "3", "4");
}

TEST_CASE("free text: control and bidi characters, broken text, overlong are refused", "[validation]")
{
    CHECK_REFUSES(Validators::text(QString(), 100, true), "kosong");
    CHECK_REFUSES(Validators::text(s("   "), 100, true), "kosong");
    CHECK_REFUSES(Validators::text(with("catatan ", QChar(0x202E), "txt.exe"), 100, true), "U+202E");
    CHECK_REFUSES(Validators::text(with("catatan ", QChar(0x2066), "x"), 100, true), "U+2066");
    CHECK_REFUSES(Validators::text(with("bel", QChar(0x0007), ""), 100, true), "karakter kendali", "U+0007");
    CHECK_REFUSES(Validators::text(with("nul", QChar(0x0000), "x"), 100, false), "U+0000");
    CHECK_REFUSES(Validators::text(with("esc", QChar(0x001B), "[31m"), 100, false), "U+001B");
    CHECK_REFUSES(Validators::text(with("setengah ", QChar(0xD83D), " emoji"), 100, false), "U+D83D");
    CHECK_REFUSES(Validators::text(QString(301, u'x'), 300, true), "terlalu panjang", "300", "301");
}

TEST_CASE("company names: one line, spaces collapsed, up to 200 characters", "[validation]")
{
    CHECK_ACCEPTS(Validators::companyName(s("CV  Maju   Jaya ")), "CV Maju Jaya");
    CHECK_ACCEPTS(Validators::companyName(s("PT. Sinar Abadi (Persero) & Co. 2")), "PT. Sinar Abadi (Persero) & Co. 2");
    CHECK_ACCEPTS(Validators::companyName(s("Koperasi Usaha Bersama ☕")), "Koperasi Usaha Bersama ☕");
    CHECK_ACCEPTS(Validators::companyName(QString(200, u'x')), std::string(200, 'x'));
    CHECK_REFUSES(Validators::companyName(QString()), "kosong");
    CHECK_REFUSES(Validators::companyName(s("PT Maju\nJaya")), "satu baris");
    CHECK_REFUSES(Validators::companyName(s("PT Maju\tJaya")), "satu baris");
    CHECK_REFUSES(Validators::companyName(with("PT Ma", QChar(0x200B), "ju")), "U+200B");
    CHECK_REFUSES(Validators::companyName(with("PT ", QChar(0x202E), "ujaM")), "U+202E");
    CHECK_REFUSES(Validators::companyName(QString(201, u'x')), "terlalu panjang", "200", "201");
}

// ---------------------------------------------------------------- dates

TEST_CASE("dates: ISO YYYY-MM-DD, real, 1900-2100", "[validation]")
{
    CHECK_ACCEPTS(Validators::date(s("2025-08-17")), "2025-08-17");
    CHECK_ACCEPTS(Validators::date(s(" 2024-02-29 ")), "2024-02-29");
    CHECK_ACCEPTS(Validators::date(s("1900-01-01")), "1900-01-01");
    CHECK_ACCEPTS(Validators::date(s("2100-12-31")), "2100-12-31");
    CHECK_REFUSES(Validators::date(QString()), "Tanggal", "wajib");
    CHECK_REFUSES(Validators::date(s("2023-02-29")), "Tanggal 2023-02-29 tidak ada");
    CHECK_REFUSES(Validators::date(s("1900-02-29")), "Tanggal 1900-02-29 tidak ada");
    CHECK_REFUSES(Validators::date(s("2025-13-01")), "Tanggal 2025-13-01 tidak ada");
    CHECK_REFUSES(Validators::date(s("2025-04-31")), "Tanggal", "tidak ada");
    CHECK_REFUSES(Validators::date(s("17-08-2025")), "Tanggal", "TTTT-BB-HH");
    CHECK_REFUSES(Validators::date(s("2025-8-17")), "Tanggal", "TTTT-BB-HH");
    CHECK_REFUSES(Validators::date(s("2025-08-17T10:00")), "Tanggal", "TTTT-BB-HH");
    CHECK_REFUSES(Validators::date(s("٢٠٢٥-٠٨-١٧")), "Tanggal", "TTTT-BB-HH");
    CHECK_REFUSES(Validators::date(s("1899-12-31")), "Tahun", "1900", "2100", "1899");
    CHECK_REFUSES(Validators::date(s("2101-01-01")), "Tahun", "2101");
}

// ---------------------------------------------------------------- masking

TEST_CASE("mask hides all but the last characters, keeping punctuation", "[validation]")
{
    CHECK(Validators::mask(s("6371010101900001")).toStdString() == std::string("************0001"));
    CHECK(Validators::mask(s("+6281234567890")).toStdString() == std::string("+*********7890"));
    CHECK(Validators::mask(s("01.855.081.4-412.000")).toStdString() == std::string("**.***.***.*-**2.000"));
    CHECK(Validators::mask(s("budi@contoh.co.id")).toStdString() == std::string("****@******.co.id"));
    CHECK(Validators::mask(s("6371010101900001"), 6).toStdString() == std::string("**********900001"));
    CHECK(Validators::mask(s("123456"), 0).toStdString() == std::string("******"));
    CHECK(Validators::mask(s("123456"), -3).toStdString() == std::string("******"));
    CHECK(Validators::mask(s("1234")).toStdString() == std::string("1234"));
    CHECK(Validators::mask(s("12")).toStdString() == std::string("12"));
    CHECK(Validators::mask(QString()).toStdString() == std::string(""));
    CHECK(Validators::mask(s("---")).toStdString() == std::string("---"));
    // A letter outside the BMP is one character, hidden by one star.
    CHECK(Validators::mask(s("𝐀𝐁𝐂𝐃𝐄")).toStdString() == std::string("*𝐁𝐂𝐃𝐄"));
}
