#pragma once

#include <QCoreApplication>
#include <QString>

// The verdict on one input field. Messages are translated, in Indonesian, for the user.
struct Validation
{
    bool ok = false;
    QString value;   // normalised value to store, valid when ok
    QString error;   // why the input was refused, when !ok
    QString warning; // when ok but worth a second look (e.g. an NPWP check digit)
};

// Checks and normalises what the counter types in. Most messages name their field
// ("NIK harus 16 angka ..."); text() and companyName() cannot know which field they
// check, so their messages start in lower case for the caller to put the field's name
// in front: "Alamat: terlalu panjang, ...".
class Validators final
{
    Q_DECLARE_TR_FUNCTIONS(Validators)

public:
    Validators() = delete;

    // 16 digits PPKKCC DDMMYY SSSS; value = the 16 digits.
    static Validation nik(const QString &input);
    // 15 (legacy), 16 (0 + legacy, or a NIK) or 22 digits (NITKU); value = digits only.
    static Validation npwp(const QString &input);
    // 15 -> XX.XXX.XXX.X-XXX.XXX, 16 -> XXXX XXXX XXXX XXXX, 22 -> the 16 then the 6
    // branch digits; anything else is returned unchanged.
    static QString formatNpwp(const QString &digits);
    // NIB from OSS: 13 digits.
    static Validation nib(const QString &input);
    // A NIB, or an older SIUP/SIUJK licence number (letters, digits, / . - and spaces).
    static Validation izinUsaha(const QString &input);
    // value = the address with its domain in lower case.
    static Validation email(const QString &input);
    // Indonesian mobile or landline number; value = "+62" + the national number,
    // e.g. "+6281234567890".
    static Validation phone(const QString &input);
    // For display: "0812-3456-7890", "0511-3366123"; anything unrecognised unchanged.
    static QString formatPhone(const QString &value);
    // value = trimmed, inner spaces collapsed, NFC.
    static Validation personName(const QString &input, int maxLength = 100);
    // Free text that may span lines (\n and \t allowed); value = trimmed, NFC, LF line ends.
    static Validation text(const QString &input, int maxLength, bool required);
    // One line of at most 200 characters, inner spaces collapsed.
    static Validation companyName(const QString &input);
    // YYYY-MM-DD between 1900 and 2100.
    static Validation date(const QString &input);
    // Every letter or digit but the last `visible` replaced by '*', punctuation kept:
    // mask("6371010101900001") == "************0001".
    static QString mask(const QString &value, int visible = 4);
    // The digit that completes `digits` (0-9 only) to a number whose Luhn check holds: an
    // NPWP's ninth digit for its first eight, the check npwp() warns about.
    static QChar luhnCheckDigit(const QString &digits);
};
