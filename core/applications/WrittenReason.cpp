#include "applications/WrittenReason.h"

#include "validation/Validators.h"

namespace WrittenReason {

Result<QString> check(const QString &reason, const QString &what)
{
    const Validation v = Validators::text(reason, 1000, true);
    if (!v.ok)
        return Result<QString>::failure(QCoreApplication::translate("Workflow", "%1: %2").arg(what, v.error));
    if (v.value.size() < 3)
        return Result<QString>::failure(QCoreApplication::translate("Workflow", "%1 harus ditulis dengan jelas.").arg(what));
    return v.value;
}

} // namespace WrittenReason
