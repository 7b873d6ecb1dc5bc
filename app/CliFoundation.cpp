// Foundation commands: init, check, catalog.
#include "CliContext.h"

#include "catalog/CatalogStore.h"
#include "catalog/ServiceCatalog.h"
#include "events/EventLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {


int cmdInit(CliContext &ctx)
{
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || !rest.isEmpty())
        return ctx.rejectRest(rest);
    const Result<Database *> db = ctx.createDatabase();
    if (!db)
        return ctx.fail(db.error());
    CatalogStore catalogs(**db);
    if (const Status s = catalogs.ensureSeeded(); !s)
        return ctx.fail(s.error());
    ctx.out << CliTr::tr("Basis data siap: %1 (versi skema %2)").arg((*db)->path()).arg((*db)->schemaVersion()) << Qt::endl;
    return 0;
}

int cmdCheck(CliContext &ctx)
{
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || !rest.isEmpty())
        return ctx.rejectRest(rest);
    const Result<Database *> opened = ctx.database(CliContext::Access::Read);
    if (!opened)
        return ctx.fail(opened.error());
    return checkDatabase(ctx, *opened.value());
}

int cmdCatalog(CliContext &ctx)
{
    const bool json = ctx.args.flag(QStringLiteral("--json"));
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || !rest.isEmpty())
        return ctx.rejectRest(rest);

    // The catalogue in force in the database; the built-in one when there is no database yet.
    const Result<CliSources> sources = sourcesOrDefaults(ctx);
    if (!sources)
        return ctx.fail(sources.error());
    const ServiceCatalog *catalog = &sources->catalog;

    if (json) {
        QJsonArray array;
        for (const Service &s : catalog->services()) {
            QJsonObject components;
            for (const QString &key : ServiceCatalog::componentKeys())
                components.insert(key, QJsonArray::fromStringList(s.components.value(key)));
            QJsonArray requirements;
            for (const Requirement &r : s.requirements)
                requirements.append(QJsonObject{{QStringLiteral("id"), r.id},
                                                {QStringLiteral("label"), r.label},
                                                {QStringLiteral("original"), r.original},
                                                {QStringLiteral("copy"), r.copy},
                                                {QStringLiteral("validity"), r.validity},
                                                {QStringLiteral("applies_when"),
                                                 r.appliesWhen == Requirement::AppliesWhen::Proxy ? QStringLiteral("proxy")
                                                                                                  : QStringLiteral("always")}});
            array.append(QJsonObject{
                {QStringLiteral("number"), s.number},
                {QStringLiteral("code"), s.code},
                {QStringLiteral("name"), s.name},
                {QStringLiteral("queue_letter"), QString(s.queueLetter)},
                {QStringLiteral("handled_by"), s.handledBy},
                {QStringLiteral("service_time"),
                 QJsonObject{{QStringLiteral("unit"), ServiceTime::unitKey(s.time.unit)},
                             {QStringLiteral("value"), s.time.value},
                             {QStringLiteral("guarantee"), s.time.guarantee}}},
                {QStringLiteral("cost"), s.components.value(QStringLiteral("cost")).join(QLatin1Char(' '))},
                {QStringLiteral("requirements"), requirements},
                {QStringLiteral("components"), components},
            });
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }

    const QStringList headers = {CliTr::tr("No"), CliTr::tr("Layanan"), CliTr::tr("Ditangani oleh"), CliTr::tr("Jangka waktu"), CliTr::tr("Biaya")};
    QList<QStringList> rows;
    for (const Service &s : catalog->services())
        rows << QStringList{QString::number(s.number), s.name, ServiceCatalog::roleTitle(s.handledBy),
                            ServiceCatalog::describeTime(s.time), s.components.value(QStringLiteral("cost")).join(QLatin1Char(' '))};
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        qsizetype w = headers.at(c).size();
        for (const QStringList &r : rows)
            w = std::max(w, r.at(c).size());
        widths << w;
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += (c ? QStringLiteral("  ") : QString()) + (c + 1 < cells.size() ? cells.at(c).leftJustified(widths.at(c)) : cells.at(c));
        ctx.out << text << Qt::endl;
    };
    line(headers);
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const QStringList &r : rows)
        line(r);
    return 0;
}

} // namespace

int checkDatabase(CliContext &ctx, Database &db)
{
    ctx.out << CliTr::tr("Basis data: %1").arg(db.path()) << Qt::endl
            << CliTr::tr("Versi skema: %1 (versi ini mengenal sampai %2)").arg(db.schemaVersion()).arg(Database::latestSchemaVersion())
            << Qt::endl;
    const QStringList problems = db.integrityProblems();
    if (!problems.isEmpty()) {
        ctx.err << CliTr::tr("Pemeriksaan integritas menemukan masalah:") << Qt::endl;
        for (const QString &p : problems)
            ctx.err << QStringLiteral("  ") << p << Qt::endl;
        return 1;
    }
    ctx.out << CliTr::tr("Integritas: baik") << Qt::endl;
    if (db.schemaVersion() >= 2) {
        const Result<EventLog::ChainCheck> chain = EventLog(db.connection()).verifyChain();
        if (!chain)
            return ctx.fail(chain.error());
        if (chain->firstBadId) {
            ctx.err << CliTr::tr("Riwayat kejadian tidak utuh: kejadian #%1 tidak cocok (%2). Riwayat sejak kejadian itu mungkin telah diubah.")
                           .arg(chain->firstBadId)
                           .arg(chain->problem)
                    << Qt::endl;
            return 1;
        }
        ctx.out << CliTr::tr("Riwayat kejadian: %1 kejadian, rantai hash utuh").arg(chain->checked) << Qt::endl;
    }
    return 0;
}

QList<CliCommand> foundationCommands()
{
    return {
        {"init", QT_TRANSLATE_NOOP("Cli", "init                  membuat atau memperbarui basis data"), cmdInit},
        {"check", QT_TRANSLATE_NOOP("Cli", "check                 memeriksa basis data tanpa mengubahnya"), cmdCheck},
        {"catalog", QT_TRANSLATE_NOOP("Cli", "catalog [--json]      daftar layanan dan standarnya"), cmdCatalog},
    };
}
