// libFuzzer target: the .ics holiday importer.
#include "calendar/IcsImporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto holidays = IcsImporter::parse(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!holidays && holidays.error().isEmpty())
        __builtin_trap();
    return 0;
}
