#include "applications/CatalogImport.h"

#include "accounts/Permissions.h"
#include "catalog/CatalogStore.h"
#include "events/EventLog.h"
#include "storage/Database.h"
#include "validation/Validators.h"

#include <QJsonObject>

namespace {

// The earliest and latest effective dates an import may name.
const QDate kFirstEffective(2000, 1, 1);
const QDate kLastEffective(2100, 12, 31);

} // namespace

Status CatalogImport::check(const User &actor, const Request &request)
{
    if (!Permissions::userMay(actor, Action::EditCatalog))
        return Status::failure(tr("Hanya administrator yang boleh mengimpor katalog layanan."));
    if (!request.effectiveFrom.isValid())
        return Status::failure(tr("Tanggal berlaku katalog tidak sah: tulis sebagai TTTT-BB-HH, misalnya 2027-01-01."));
    if (request.effectiveFrom < kFirstEffective || request.effectiveFrom > kLastEffective)
        return Status::failure(tr("Tanggal berlaku katalog harus antara %1 dan %2.")
                                   .arg(kFirstEffective.toString(QStringLiteral("dd-MM-yyyy")), kLastEffective.toString(QStringLiteral("dd-MM-yyyy"))));
    if (const Validation regulation = Validators::text(request.regulation, 300, false); !regulation.ok)
        return Status::failure(tr("Peraturan yang menetapkan katalog: %1").arg(regulation.error));
    return Status::success();
}

Result<int> CatalogImport::run(const User &actor, const Request &request)
{
    using R = Result<int>;
    if (const Status s = check(actor, request); !s)
        return R::failure(s.error());
    const Result<ServiceCatalog> parsed = ServiceCatalog::fromJson(request.json);
    if (!parsed)
        return R::failure(tr("Katalog tidak diimpor (tidak ada yang disimpan). %1").arg(parsed.error()));
    const QString regulation = request.regulation.trimmed().isEmpty() ? parsed->regulation().trimmed() : request.regulation.trimmed();
    if (regulation.isEmpty())
        return R::failure(tr("Katalog tidak diimpor: sebutkan peraturan yang menetapkannya (misalnya \"Perwali Banjarmasin Nomor 5 Tahun 2027\")."));
    CatalogStore store(m_db);
    if (const Status s = store.ensureSeeded(); !s)
        return R::failure(s.error());
    const QString note = request.source.isEmpty() ? tr("impor katalog") : tr("impor katalog dari %1").arg(request.source);
    const CatalogStore::Dated dated{request.effectiveFrom, regulation, actor.fullName.isEmpty() ? actor.login : actor.fullName};
    return store.addVersion(request.json, note, actor.id, dated, [&](int id) -> Status {
        Event e;
        e.userId = actor.id;
        e.kind = QStringLiteral("catalog_imported");
        e.reason = note;
        e.data = QJsonObject{{QStringLiteral("version"), id},
                             {QStringLiteral("effective_from"), request.effectiveFrom.toString(Qt::ISODate)},
                             {QStringLiteral("regulation"), regulation},
                             {QStringLiteral("services"), int(parsed->services().size())}};
        if (const auto logged = EventLog(m_db.connection()).append(e); !logged)
            return Status::failure(logged.error());
        return Status::success();
    });
}
