// libFuzzer target: every validator, on the input read as UTF-8 and as raw UTF-16.
#include "validation/Validators.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString utf8 = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // Raw UTF-16 reaches lone surrogates, which UTF-8 decoding never produces.
    const QString utf16(reinterpret_cast<const QChar *>(data), static_cast<qsizetype>(size / 2));
    for (const QString &s : {utf8, utf16}) {
        for (const Validation &v : {Validators::nik(s), Validators::npwp(s), Validators::nib(s), Validators::izinUsaha(s),
                                    Validators::email(s), Validators::phone(s), Validators::personName(s),
                                    Validators::text(s, 1000, false), Validators::companyName(s), Validators::date(s)}) {
            if (v.ok == v.error.isEmpty())
                ; // consistent
            else
                __builtin_trap(); // accepted with an error, or refused without a message
        }
        (void)Validators::formatNpwp(s);
        (void)Validators::formatPhone(s);
        (void)Validators::mask(s);
    }
    return 0;
}
