#include "validation/Validators.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace {

Validation accepted(QString value, QString warning = {})
{
    Validation v;
    v.ok = true;
    v.value = std::move(value);
    v.warning = std::move(warning);
    return v;
}

Validation refused(QString error)
{
    Validation v;
    v.error = std::move(error);
    return v;
}

struct CodePoint
{
    char32_t value = 0;
    bool loneSurrogate = false;
};

// QString is UTF-16: a character outside the BMP is a surrogate pair, and a pasted or
// truncated string can hold half of one, which must be refused rather than stored.
QList<CodePoint> codePoints(QStringView s)
{
    QList<CodePoint> out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out.append({QChar::surrogateToUcs4(c, s.at(i + 1)), false});
            ++i;
        } else {
            out.append({c.unicode(), c.isSurrogate()});
        }
    }
    return out;
}

void appendCodePoint(QString &out, const CodePoint &cp)
{
    if (cp.loneSurrogate)
        out.append(QChar(char16_t(cp.value)));
    else
        out.append(QString::fromUcs4(&cp.value, 1));
}

// Bidi overrides, embeddings, isolates and marks can make a stored name display as
// something else (the "Trojan Source" trick), so they never enter a record.
bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isZeroWidth(char32_t c)
{
    return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

bool isInvisible(const CodePoint &cp)
{
    if (cp.loneSurrogate)
        return true;
    switch (QChar::category(cp.value)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// How a refused character is named in a message: quoted when it can be seen, by its
// code otherwise, since quoting an invisible character tells the user nothing.
QString describe(const CodePoint &cp)
{
    if (isInvisible(cp))
        return QStringLiteral("U+%1").arg(uint(cp.value), 4, 16, QLatin1Char('0')).toUpper();
    return QStringLiteral("“%1”").arg(QString::fromUcs4(&cp.value, 1));
}

bool isAsciiDigit(char32_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool allAsciiDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return isAsciiDigit(c.unicode()); });
}

bool allZero(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c == u'0'; });
}

// The first character that is not 0-9, described for a message; empty when none.
QString firstNonDigit(QStringView s)
{
    for (const CodePoint &cp : codePoints(s))
        if (cp.loneSurrogate || !isAsciiDigit(cp.value))
            return describe(cp);
    return {};
}

// Spaces and invisible format characters come along when a number is copied from a PDF
// or a web page; a digits-only value does not keep them, so they are simply dropped.
QString stripSeparators(const QString &input, QStringView separators)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        if (c.isSpace() || c.category() == QChar::Other_Format || separators.contains(c))
            continue;
        out.append(c);
    }
    return out;
}

// The digits of a number typed with dots, hyphens and spaces between them, refused when
// empty, when anything else is in it, or when it has none of the `lengths`. The messages
// name the field: `notDigit` takes the character, `wrongLength` the count.
Validation typedDigits(const QString &input, std::initializer_list<qsizetype> lengths, const QString &required,
                       const QString &notDigit, const QString &wrongLength)
{
    const QString digits = stripSeparators(input, u".-");
    if (digits.isEmpty())
        return refused(required);
    if (const QString bad = firstNonDigit(digits); !bad.isEmpty())
        return refused(notDigit.arg(bad));
    if (std::find(lengths.begin(), lengths.end(), digits.size()) == lengths.end())
        return refused(wrongLength.arg(digits.size()));
    return accepted(digits);
}

bool luhnValid(QStringView digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

int number(QStringView digits, qsizetype pos, qsizetype length)
{
    return digits.mid(pos, length).toInt();
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// Free text and one-line text share their rules; messages name no field (the caller does).
Validation checkText(const QString &input, int maxLength, bool required, bool singleLine)
{
    QString s = input;
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(u'\r', u'\n');
    s.replace(QChar(0x2028), u'\n');
    s.replace(QChar(0x2029), u'\n');
    s = s.trimmed();
    if (s.isEmpty())
        return required ? refused(Validators::tr("tidak boleh kosong.")) : accepted(QString());

    QString out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (const CodePoint &cp : codePoints(s)) {
        if (singleLine && (cp.value == u'\n' || cp.value == u'\t'))
            return refused(Validators::tr("harus satu baris, tanpa baris baru atau tab."));
        const bool control = !cp.loneSurrogate && QChar::category(cp.value) == QChar::Other_Control
            && cp.value != u'\n' && cp.value != u'\t';
        // Noncharacters and a stray byte-order mark do not survive every storage and
        // export path unchanged, so they are refused rather than silently altered.
        const bool nonCharacter = (cp.value >= 0xFDD0 && cp.value <= 0xFDEF) || (cp.value & 0xFFFE) == 0xFFFE;
        if (cp.loneSurrogate || control || nonCharacter || cp.value == 0xFEFF || isBidiControl(cp.value)
            || (singleLine && isZeroWidth(cp.value)))
            return refused(Validators::tr("berisi karakter kendali atau tak terlihat (%1) yang tidak diizinkan.")
                               .arg(describe(cp)));
        if (singleLine && QChar::category(cp.value) == QChar::Separator_Space) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        appendCodePoint(out, cp);
    }
    out = out.normalized(QString::NormalizationForm_C);
    if (out.size() > maxLength)
        return refused(Validators::tr("terlalu panjang, paling banyak %1 karakter (sekarang %2).")
                           .arg(maxLength)
                           .arg(out.size()));
    return accepted(out);
}

} // namespace

Validation Validators::nik(const QString &input)
{
    const Validation typed = typedDigits(input, {16}, tr("NIK wajib diisi."), tr("NIK hanya boleh berisi angka; %1 tidak diizinkan."),
                                         tr("NIK harus 16 angka (sekarang %1)."));
    if (!typed.ok)
        return typed;
    const QString &digits = typed.value;

    // 91-96 include the Papua provinces created in 2022 (Papua Selatan .. Papua Barat Daya).
    const int province = number(digits, 0, 2);
    if (province < 11 || province > 96)
        return refused(tr("Kode provinsi dalam NIK (%1) tidak dikenal.").arg(digits.left(2)));
    if (number(digits, 2, 2) == 0)
        return refused(tr("Kode kabupaten/kota dalam NIK tidak boleh 00."));
    if (number(digits, 4, 2) == 0)
        return refused(tr("Kode kecamatan dalam NIK tidak boleh 00."));

    const int dayField = number(digits, 6, 2);
    const int month = number(digits, 8, 2);
    const int year = number(digits, 10, 2);
    if (!(dayField >= 1 && dayField <= 31) && !(dayField >= 41 && dayField <= 71))
        return refused(tr("Tanggal lahir dalam NIK tidak sah: angka hari %1 harus 01-31, atau 41-71 untuk perempuan.")
                           .arg(digits.mid(6, 2)));
    if (month < 1 || month > 12)
        return refused(tr("Tanggal lahir dalam NIK tidak sah: bulan %1 tidak ada.").arg(digits.mid(8, 2)));
    // Only two digits of the year are written: a date is real if it exists in either century.
    const int day = dayField > 40 ? dayField - 40 : dayField;
    if (!QDate::isValid(1900 + year, month, day) && !QDate::isValid(2000 + year, month, day))
        return refused(tr("Tanggal lahir dalam NIK tidak sah: %1-%2-%3 tidak ada di kalender.")
                           .arg(twoDigits(day), twoDigits(month), twoDigits(year)));
    if (number(digits, 12, 4) == 0)
        return refused(tr("Nomor urut dalam NIK (4 angka terakhir) tidak boleh 0000."));
    return accepted(digits);
}

Validation Validators::npwp(const QString &input)
{
    const Validation typed = typedDigits(input, {15, 16, 22}, tr("NPWP wajib diisi."),
                                         tr("NPWP hanya boleh berisi angka, titik, tanda hubung dan spasi; %1 tidak diizinkan."),
                                         tr("NPWP harus 15, 16 atau 22 angka (sekarang %1)."));
    if (!typed.ok)
        return typed;
    const QString &digits = typed.value;

    // A NITKU is the 16-digit NPWP followed by a branch serial (000000 for the head office).
    const QStringView taxNumber = QStringView(digits).left(digits.size() == 22 ? 16 : digits.size());
    if (allZero(taxNumber))
        return refused(tr("NPWP tidak boleh nol semua."));

    QString warning;
    if (taxNumber.size() == 15 || taxNumber.front() == u'0') {
        // The Luhn check is what practitioners observe, not a published rule: warn only.
        if (!luhnValid(taxNumber.right(15).left(9)))
            warning = tr("Digit pemeriksa NPWP tidak cocok; periksa kembali nomor ini.");
    } else {
        // A 16-digit NPWP not starting with 0 is a resident's NIK. Since July 2024 that is
        // the rule, but an unusual number is flagged rather than refused.
        const Validation asNik = nik(taxNumber.toString());
        if (!asNik.ok)
            warning = tr("NPWP ini berbentuk NIK, tetapi bukan NIK yang sah (%1) Periksa kembali nomor ini.")
                          .arg(asNik.error);
    }
    return accepted(digits, warning);
}

QString Validators::formatNpwp(const QString &digits)
{
    if (!allAsciiDigits(digits))
        return digits;
    const auto grouped16 = [&] {
        return QStringLiteral("%1 %2 %3 %4").arg(digits.mid(0, 4), digits.mid(4, 4), digits.mid(8, 4), digits.mid(12, 4));
    };
    switch (digits.size()) {
    case 15:
        return QStringLiteral("%1.%2.%3.%4-%5.%6")
            .arg(digits.mid(0, 2), digits.mid(2, 3), digits.mid(5, 3), digits.mid(8, 1), digits.mid(9, 3), digits.mid(12, 3));
    case 16:
        return grouped16();
    case 22:
        return grouped16() + u' ' + digits.mid(16);
    default:
        return digits;
    }
}

Validation Validators::nib(const QString &input)
{
    const Validation typed = typedDigits(input, {13}, tr("NIB wajib diisi."), tr("NIB hanya boleh berisi angka; %1 tidak diizinkan."),
                                         tr("NIB harus 13 angka (sekarang %1)."));
    if (typed.ok && allZero(typed.value))
        return refused(tr("NIB tidak boleh nol semua."));
    return typed;
}

Validation Validators::izinUsaha(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return refused(tr("Izin usaha wajib diisi: NIB 13 angka atau nomor SIUP/SIUJK."));
    // Licence numbers carry letters or slashes; a number made only of digits is a NIB,
    // and one of the wrong length is a mistyped NIB, not an old licence.
    const QString digits = stripSeparators(trimmed, u".-");
    if (!digits.isEmpty() && allAsciiDigits(digits))
        return nib(trimmed);

    QString out;
    bool pendingSpace = false;
    for (const CodePoint &cp : codePoints(trimmed)) {
        if (!cp.loneSurrogate && QChar::category(cp.value) == QChar::Separator_Space) {
            pendingSpace = true;
            continue;
        }
        const bool allowed = !cp.loneSurrogate
            && (isAsciiLetter(cp.value) || isAsciiDigit(cp.value) || cp.value == u'/' || cp.value == u'.' || cp.value == u'-');
        if (!allowed)
            return refused(tr("Nomor izin usaha hanya boleh berisi huruf, angka, garis miring, titik, tanda hubung dan spasi; "
                              "%1 tidak diizinkan.")
                               .arg(describe(cp)));
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(QChar(char16_t(cp.value)));
    }
    if (out.size() > 50)
        return refused(tr("Nomor izin usaha terlalu panjang: paling banyak 50 karakter (sekarang %1).").arg(out.size()));
    if (!std::any_of(out.begin(), out.end(), [](QChar c) { return isAsciiDigit(c.unicode()); }))
        return refused(tr("Nomor izin usaha harus memuat angka: NIB 13 angka atau nomor SIUP/SIUJK."));
    return accepted(out);
}

Validation Validators::email(const QString &input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return refused(tr("Alamat e-mail wajib diisi."));
    if (s.size() > 254)
        return refused(tr("Alamat e-mail terlalu panjang: paling banyak 254 karakter (sekarang %1).").arg(s.size()));
    if (std::any_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); }))
        return refused(tr("Alamat e-mail tidak sah: tidak boleh berisi spasi."));
    const qsizetype at = s.indexOf(u'@');
    if (at < 0)
        return refused(tr("Alamat e-mail tidak sah: tidak ada tanda @."));
    if (s.indexOf(u'@', at + 1) >= 0)
        return refused(tr("Alamat e-mail tidak sah: hanya boleh ada satu tanda @."));

    const QString local = s.left(at);
    if (local.isEmpty())
        return refused(tr("Alamat e-mail tidak sah: bagian sebelum @ kosong."));
    if (local.size() > 64)
        return refused(tr("Alamat e-mail tidak sah: bagian sebelum @ lebih dari 64 karakter."));
    static const QString localSymbols = QStringLiteral(".!#$%&'*+/=?^_`{|}~-");
    for (const CodePoint &cp : codePoints(local)) {
        const bool allowed = !cp.loneSurrogate
            && (isAsciiLetter(cp.value) || isAsciiDigit(cp.value) || (cp.value < 0x80 && localSymbols.contains(QChar(char16_t(cp.value)))));
        if (!allowed)
            return refused(tr("Alamat e-mail tidak sah: %1 tidak diizinkan sebelum @.").arg(describe(cp)));
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QStringLiteral("..")))
        return refused(tr("Alamat e-mail tidak sah: titik tidak boleh di awal atau di akhir bagian sebelum @, "
                          "atau dua kali berurutan."));

    const QString rawDomain = s.mid(at + 1);
    if (rawDomain.isEmpty())
        return refused(tr("Alamat e-mail tidak sah: nama domain sesudah @ kosong."));
    for (const CodePoint &cp : codePoints(rawDomain)) {
        const bool allowed = !cp.loneSurrogate
            && (isAsciiLetter(cp.value) || isAsciiDigit(cp.value) || cp.value == u'-' || cp.value == u'.');
        if (!allowed)
            return refused(tr("Alamat e-mail tidak sah: %1 tidak diizinkan dalam nama domain.").arg(describe(cp)));
    }
    const QString domain = rawDomain.toLower();
    if (!domain.contains(u'.'))
        return refused(tr("Alamat e-mail tidak sah: nama domain harus memuat titik, mis. nama@contoh.co.id."));
    const QStringList labels = domain.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return refused(tr("Alamat e-mail tidak sah: titik dalam nama domain tidak boleh di awal, di akhir "
                              "atau dua kali berurutan."));
        if (label.size() > 63)
            return refused(tr("Alamat e-mail tidak sah: bagian nama domain lebih dari 63 karakter."));
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return refused(tr("Alamat e-mail tidak sah: bagian nama domain tidak boleh diawali atau diakhiri tanda hubung."));
    }
    const QString &tld = labels.last();
    if (tld.size() < 2 || !std::all_of(tld.begin(), tld.end(), [](QChar c) { return isAsciiLetter(c.unicode()); }))
        return refused(tr("Alamat e-mail tidak sah: akhiran domain “%1” harus paling sedikit 2 huruf.").arg(tld));
    return accepted(local + u'@' + domain);
}

Validation Validators::phone(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return refused(tr("Nomor telepon wajib diisi."));
    QString digits;
    for (const CodePoint &cp : codePoints(trimmed)) {
        if (!cp.loneSurrogate && isAsciiDigit(cp.value)) {
            digits.append(QChar(char16_t(cp.value)));
            continue;
        }
        if (cp.value == u'+' && digits.isEmpty()) {
            digits.append(u'+');
            continue;
        }
        const QChar::Category category = cp.loneSurrogate ? QChar::Other_Surrogate : QChar::category(cp.value);
        const bool separator = cp.value == u'-' || cp.value == u'.' || cp.value == u'(' || cp.value == u')'
            || category == QChar::Separator_Space || category == QChar::Other_Format;
        if (!separator)
            return refused(tr("Nomor telepon hanya boleh berisi angka, + di depan, spasi, tanda hubung, titik atau "
                              "tanda kurung; %1 tidak diizinkan.")
                               .arg(describe(cp)));
    }

    QString national;
    if (digits.startsWith(QStringLiteral("+62"))) {
        national = digits.mid(3);
    } else if (digits.startsWith(u'+')) {
        return refused(tr("Nomor telepon tidak dikenal: hanya nomor Indonesia (+62…) yang diterima."));
    } else if (digits.startsWith(QStringLiteral("62"))) {
        national = digits.mid(2);
    } else if (digits.startsWith(u'0')) {
        national = digits.mid(1);
    } else {
        return refused(tr("Nomor telepon tidak dikenal: gunakan 08… atau +62…"));
    }
    // "+62 (0)812…" is a common way of writing a number: the trunk 0 is dropped.
    if (!digits.startsWith(u'0') && national.startsWith(u'0'))
        national = national.mid(1);

    if (national.startsWith(u'8')) {
        const qsizetype length = national.size() + 1;
        if (length < 10)
            return refused(tr("Nomor HP terlalu pendek: harus 10-13 angka termasuk 0 di depan (sekarang %1).").arg(length));
        if (length > 13)
            return refused(tr("Nomor HP terlalu panjang: harus 10-13 angka termasuk 0 di depan (sekarang %1).").arg(length));
    } else if (!national.isEmpty() && national.front() >= u'2' && national.front() <= u'9') {
        // Area code of 2-3 digits, then 5-8 digits.
        if (national.size() < 7 || national.size() > 11)
            return refused(tr("Nomor telepon kantor/rumah harus 0, kode wilayah dan 5-8 angka, mis. 0511-3366123."));
    } else {
        return refused(tr("Nomor telepon tidak dikenal: gunakan 08… atau +62…"));
    }
    return accepted(QStringLiteral("+62") + national);
}

QString Validators::formatPhone(const QString &value)
{
    const Validation v = phone(value);
    if (!v.ok)
        return value;
    const QString national = v.value.mid(3);
    if (national.startsWith(u'8')) {
        const QString local = u'0' + national;
        const QString rest = local.mid(4);
        const qsizetype half = rest.size() / 2;
        return QStringLiteral("%1-%2-%3").arg(local.left(4), rest.left(half), rest.mid(half));
    }
    // Jakarta, Bandung, Semarang, Surabaya and Medan have two-digit area codes; the rest three.
    static const QStringList twoDigitAreas = {QStringLiteral("21"), QStringLiteral("22"), QStringLiteral("24"),
                                              QStringLiteral("31"), QStringLiteral("61")};
    const qsizetype area = twoDigitAreas.contains(national.left(2)) ? 2 : 3;
    return QStringLiteral("0%1-%2").arg(national.left(area), national.mid(area));
}

Validation Validators::personName(const QString &input, int maxLength)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return refused(tr("Nama wajib diisi."));
    QString out;
    out.reserve(trimmed.size());
    bool pendingSpace = false;
    bool hasLetter = false;
    for (const CodePoint &cp : codePoints(trimmed)) {
        const QChar::Category category = cp.loneSurrogate ? QChar::Other_Surrogate : QChar::category(cp.value);
        if (category == QChar::Separator_Space) {
            pendingSpace = true;
            continue;
        }
        const bool letter = category >= QChar::Letter_Uppercase && category <= QChar::Letter_Other;
        const bool mark = category >= QChar::Mark_NonSpacing && category <= QChar::Mark_Enclosing;
        // U+2019 is the apostrophe word processors and phones type; one apostrophe keeps names findable.
        const bool punctuation = cp.value == u'\'' || cp.value == 0x2019 || cp.value == u'.' || cp.value == u','
            || cp.value == u'-';
        if (category >= QChar::Number_DecimalDigit && category <= QChar::Number_Other)
            return refused(tr("Nama tidak boleh berisi angka."));
        if (isInvisible(cp))
            return refused(tr("Nama tidak boleh berisi karakter kendali atau tak terlihat (%1).").arg(describe(cp)));
        if (!letter && !mark && !punctuation)
            return refused(tr("Nama tidak boleh berisi %1; yang boleh hanya huruf, spasi, apostrof, titik, koma "
                              "dan tanda hubung.")
                               .arg(describe(cp)));
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        hasLetter = hasLetter || letter;
        if (cp.value == 0x2019)
            out.append(u'\'');
        else
            appendCodePoint(out, cp);
    }
    if (!hasLetter)
        return refused(tr("Nama harus memuat huruf."));
    out = out.normalized(QString::NormalizationForm_C);
    if (out.size() > maxLength)
        return refused(tr("Nama terlalu panjang: paling banyak %1 karakter (sekarang %2).").arg(maxLength).arg(out.size()));
    return accepted(out);
}

Validation Validators::text(const QString &input, int maxLength, bool required)
{
    return checkText(input, maxLength, required, false);
}

Validation Validators::companyName(const QString &input)
{
    return checkText(input, 200, true, true);
}

Validation Validators::date(const QString &input)
{
    const QString s = input.trimmed();
    if (s.isEmpty())
        return refused(tr("Tanggal wajib diisi."));
    // [0-9], not \d: QRegularExpression matches any Unicode digit with \d.
    static const QRegularExpression re(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return refused(tr("Tanggal harus ditulis TTTT-BB-HH, mis. 2025-08-17."));
    const int year = m.captured(1).toInt();
    if (year < 1900 || year > 2100)
        return refused(tr("Tahun pada tanggal harus antara 1900 dan 2100 (sekarang %1).").arg(year));
    if (!QDate::isValid(year, m.captured(2).toInt(), m.captured(3).toInt()))
        return refused(tr("Tanggal %1 tidak ada di kalender.").arg(s));
    return accepted(s);
}

QString Validators::mask(const QString &value, int visible)
{
    const QList<CodePoint> cps = codePoints(value);
    QList<bool> hidden(cps.size(), false);
    int keep = std::max(visible, 0);
    for (qsizetype i = cps.size() - 1; i >= 0; --i) {
        if (cps.at(i).loneSurrogate || !QChar::isLetterOrNumber(cps.at(i).value))
            continue;
        if (keep > 0)
            --keep;
        else
            hidden[i] = true;
    }
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < cps.size(); ++i) {
        if (hidden.at(i))
            out.append(u'*');
        else
            appendCodePoint(out, cps.at(i));
    }
    return out;
}

QChar Validators::luhnCheckDigit(const QString &digits)
{
    for (char16_t d = u'0'; d <= u'9'; ++d)
        if (luhnValid(QString(digits + QChar(d))))
            return QChar(d);
    return QChar(u'0');
}
