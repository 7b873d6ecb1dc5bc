// libFuzzer target: the SKM survey CSV importer.
#include "survey/SurveyCsv.h"

#include <QDate>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto content = SurveyCsv::parse(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)), {1, 2, 3, 4, 5, 6, 7},
                                          QDate(2026, 11, 23));
    if (!content && content.error().isEmpty())
        __builtin_trap();
    return 0;
}
