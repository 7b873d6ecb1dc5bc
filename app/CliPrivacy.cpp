// Personal data (UU 27/2022): the retention of applicants' identifiers, and a person's
// own data for the supervisor (docs/security.md).
#include "CliContext.h"

#include "calendar/CalendarStore.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "print/PrivacyDocuments.h"
#include "privacy/PersonRecord.h"
#include "privacy/Retention.h"
#include "storage/LiveFiles.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace {

QTimeZone officeZone(Database &db)
{
    const Result<WorkingCalendar> calendar = CalendarStore(db).load();
    return calendar ? calendar->timeZone() : WorkingCalendar::defaults().timeZone();
}

QDate officeToday(Database &db)
{
    return Clock::nowUtc().toTimeZone(officeZone(db)).date();
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

void printDue(CliContext &ctx, const RetentionDue &d, bool erased)
{
    ctx.out << CliTr::tr("Masa simpan data pribadi: %1 tahun sesudah kunjungan terakhir (kunjungan terakhir sebelum %2).")
                   .arg(d.years)
                   .arg(day(d.cutoff))
            << Qt::endl;
    ctx.out << (erased ? CliTr::tr("Dihapus: NIK, telepon dan e-mail %1 orang (%2 kunjungan); kunjungan terakhir tertua %3.")
                       : CliTr::tr("Jatuh tempo: NIK, telepon dan e-mail %1 orang (%2 kunjungan); kunjungan terakhir tertua %3."))
                   .arg(IdNumber::format(d.persons), IdNumber::format(d.visits), day(d.oldestLastVisit))
            << Qt::endl;
    ctx.out << CliTr::tr("Kontak %1 penyedia tanpa kunjungan sejak itu, %2 pengaduan yang sudah ditanggapi, %3 saran.")
                   .arg(IdNumber::format(d.vendors), IdNumber::format(d.complaints), IdNumber::format(d.suggestions))
            << Qt::endl;
    if (d.vendorEvents > 0)
        ctx.out << CliTr::tr("%1 kejadian perubahan data penyedia dari sebelum penyamaran memuat e-mail lengkap; isinya dijaga "
                             "rantai hash dan tidak ikut dihapus (docs/security.md).")
                       .arg(IdNumber::format(d.vendorEvents))
                << Qt::endl;
    ctx.out << CliTr::tr("Terakhir diterapkan: %1").arg(d.lastApplied.isValid() ? Clock::toStorage(d.lastApplied) : CliTr::tr("belum pernah"))
            << Qt::endl;
    if (d.oldBackups.isEmpty()) {
        ctx.out << CliTr::tr("Tidak ada cadangan yang lebih tua dari masa simpan.") << Qt::endl;
        return;
    }
    ctx.out << CliTr::tr("Cadangan yang lebih tua dari masa simpan (hapus, karena masih memuat data pribadi itu): %1")
                   .arg(d.oldBackups.size())
            << Qt::endl;
    for (const QString &file : d.oldBackups)
        ctx.out << QStringLiteral("  ") << file << Qt::endl;
}

int cmdRetention(CliContext &ctx)
{
    const bool apply = ctx.args.flag(QStringLiteral("--apply"));
    const std::optional<QString> years = ctx.args.option(QStringLiteral("--years"));
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || !rest.isEmpty())
        return ctx.rejectRest(rest);
    int wanted = 0;
    if (years) {
        bool ok = false;
        wanted = years->toInt(&ok);
        if (!ok || wanted < Retention::kMinYears || wanted > Retention::kMaxYears)
            return ctx.usage(CliTr::tr("--years harus bilangan bulat %1 sampai %2.").arg(Retention::kMinYears).arg(Retention::kMaxYears));
    }
    const bool writes = apply || years;
    const Result<Database *> db = ctx.database(writes ? CliContext::Access::Write : CliContext::Access::Read);
    if (!db)
        return ctx.fail(db.error());
    Retention retention(**db);
    if (years) {
        if (const Status s = retention.setYears(commandLineActor(), wanted); !s)
            return ctx.fail(s.error());
        ctx.out << CliTr::tr("Masa simpan data pribadi diatur: %1 tahun.").arg(wanted) << Qt::endl;
    }
    const QDate today = officeToday(**db);
    if (!apply) {
        const Result<RetentionDue> due = retention.due(today);
        if (!due)
            return ctx.fail(due.error());
        printDue(ctx, due.value(), false);
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    const Result<RetentionDue> erased = retention.apply(commandLineActor(), today);
    if (!erased)
        return ctx.fail(erased.error());
    printDue(ctx, erased.value(), true);
    ctx.out << CliTr::tr("Selesai dalam %1 detik.").arg(IdNumber::format(double(timer.elapsed()) / 1000.0, 1)) << Qt::endl;
    return 0;
}

// The command line acts as an administrator; a person's own data is the supervisor's.
User supervisingActor()
{
    User u = commandLineActor();
    u.roles << Role::Kasubbag;
    return u;
}

int cmdPerson(CliContext &ctx)
{
    const std::optional<QString> pdf = ctx.args.option(QStringLiteral("--pdf"));
    const std::optional<QString> field = ctx.args.option(QStringLiteral("--correct"));
    const std::optional<QString> to = ctx.args.option(QStringLiteral("--to"));
    QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty() || rest.size() != 1 || rest.first().startsWith(QLatin1Char('-')))
        return rest.size() > 1 || !ctx.args.error().isEmpty()
                   ? ctx.rejectRest(rest.mid(1))
                   : ctx.usage(CliTr::tr("Pemakaian: loket person NIK [--pdf BERKAS.pdf] | loket person NIK --correct nik|phone --to NILAI"));
    const QString nik = rest.first();
    if (field.has_value() != to.has_value())
        return ctx.usage(CliTr::tr("--correct dan --to dipakai bersama."));
    std::optional<PersonRecord::Field> corrected;
    if (field) {
        corrected = PersonRecord::fieldFromKey(*field);
        if (!corrected)
            return ctx.usage(CliTr::tr("--correct harus nik atau phone."));
    }
    if (pdf) {
        if (const Status target = LiveFiles::checkUserTarget(*pdf); !target)
            return ctx.fail(target.error());
        if (const int refused = refuseWithoutFonts(ctx))
            return refused;
    }
    const Result<Database *> db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    PersonRecord people(**db);
    if (corrected) {
        const Result<int> changed = people.correct(supervisingActor(), nik, *corrected, *to);
        if (!changed)
            return ctx.fail(changed.error());
        ctx.out << CliTr::tr("Dikoreksi pada %1 kunjungan; tercatat sebagai kejadian (nilai lama dan baru disamarkan).").arg(changed.value())
                << Qt::endl;
        return 0;
    }
    const Result<PersonData> data = people.lookUp(supervisingActor(), nik);
    if (!data)
        return ctx.fail(data.error());
    if (pdf) {
        const Result<OfficeIdentity> office = OfficeSettings(**db).load();
        if (!office)
            return ctx.fail(office.error());
        if (const Status s = PrivacyDocuments::writePersonPdf(office.value(), data.value(), officeZone(**db), *pdf); !s)
            return ctx.fail(s.error());
        ctx.out << CliTr::tr("Data pribadi disimpan: %1").arg(QFileInfo(*pdf).absoluteFilePath()) << Qt::endl;
        return 0;
    }
    ctx.out << PersonRecord::text(data.value());
    return 0;
}

} // namespace

QList<CliCommand> privacyCommands()
{
    return {
        {"retention", QT_TRANSLATE_NOOP("Cli", "retention [--years N] [--apply]\n"
                                               "                        data pribadi yang melewati masa simpan; --apply menghapusnya"),
         cmdRetention},
        {"person", QT_TRANSLATE_NOOP("Cli", "person NIK [--pdf BERKAS.pdf] [--correct nik|phone --to NILAI]\n"
                                            "                        semua data yang disimpan Loket tentang orang itu; koreksi nilai yang salah"),
         cmdPerson},
    };
}
