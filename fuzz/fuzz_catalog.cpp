// libFuzzer target: the service catalogue loader (resources/catalog/services.json format).
#include "catalog/ServiceCatalog.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto catalog = ServiceCatalog::fromJson(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!catalog && catalog.error().isEmpty())
        __builtin_trap();
    if (catalog) {
        // What it writes, it must read back.
        if (!ServiceCatalog::fromJson(catalog->toJson()))
            __builtin_trap();
    }
    return 0;
}
