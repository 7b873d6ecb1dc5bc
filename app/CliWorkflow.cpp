// Workflow administration commands: user, due, holidays.
#include "CliContext.h"

#include "accounts/AccountStore.h"
#include "calendar/CalendarStore.h"
#include "calendar/IcsImporter.h"
#include "clock/ServiceClock.h"
#include "storage/LiveFiles.h"
#include "applications/CalendarChange.h"
#include "complaints/ComplaintRules.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <optional>

namespace {

int cmdUser(CliContext &ctx)
{
    QStringList rest = ctx.args.rest();
    if (rest.isEmpty())
        return ctx.usage(CliTr::tr("Gunakan \"loket user add LOGIN --name NAMA --role PERAN\" atau \"loket user list\"."));
    const QString sub = rest.takeFirst();
    if (sub == QLatin1String("add")) {
        Args args(rest);
        const QString name = args.option(QStringLiteral("--name")).value_or(QString());
        const QString nip = args.option(QStringLiteral("--nip")).value_or(QString());
        const QStringList roleKeys = args.options(QStringLiteral("--role"));
        const QStringList positional = args.rest();
        if (!args.error().isEmpty())
            return ctx.usage(args.error());
        if (positional.size() != 1)
            return ctx.usage(CliTr::tr("Sebutkan satu nama login: loket user add LOGIN --name \"Nama Lengkap\" --role PERAN"));
        if (name.isEmpty())
            return ctx.usage(CliTr::tr("--name \"Nama Lengkap\" wajib diisi."));
        if (roleKeys.isEmpty())
            return ctx.usage(CliTr::tr("Sebutkan paling sedikit satu --role (%1).").arg(Roles::keys().join(QStringLiteral(", "))));
        QList<Role> roles;
        for (const QString &k : roleKeys) {
            Role r;
            if (!Roles::fromKey(k, &r))
                return ctx.usage(CliTr::tr("Peran tidak dikenal: %1 (pilihan: %2).").arg(k, Roles::keys().join(QStringLiteral(", "))));
            roles << r;
        }
        const QString password = readPasswordFromStdin();
        if (password.isEmpty())
            return ctx.fail(CliTr::tr("Kata sandi dibaca dari masukan standar (baris pertama), tetapi kosong."));
        const Result<Database *> db = ctx.database();
        if (!db)
            return ctx.fail(db.error());
        AccountStore accounts(**db);
        const Result<User> added = accounts.addUser(positional.first(), name, nip, roles, password);
        if (!added)
            return ctx.fail(added.error());
        QStringList titles;
        for (Role r : added->roles)
            titles << Roles::key(r);
        ctx.out << CliTr::tr("Petugas ditambahkan: %1 (%2), peran: %3").arg(added->login, added->fullName, titles.join(QStringLiteral(", ")))
                << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("list")) {
        if (!rest.isEmpty())
            return ctx.rejectRest(rest);
        const Result<Database *> db = ctx.database();
        if (!db)
            return ctx.fail(db.error());
        const Result<QList<User>> users = AccountStore(**db).users();
        if (!users)
            return ctx.fail(users.error());
        for (const User &u : users.value()) {
            QStringList keys;
            for (Role r : u.roles)
                keys << Roles::key(r);
            ctx.out << QStringLiteral("%1  %2  %3  %4")
                           .arg(u.login.leftJustified(16), u.fullName.leftJustified(30), keys.join(QLatin1Char(',')).leftJustified(28),
                                u.active ? CliTr::tr("aktif") : CliTr::tr("nonaktif"))
                    << Qt::endl;
        }
        return 0;
    }
    return ctx.usage(CliTr::tr("Sub-perintah user tidak dikenal: %1").arg(sub));
}

int cmdDue(CliContext &ctx)
{
    const std::optional<QString> from = ctx.args.option(QStringLiteral("--from"));
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty())
        return ctx.usage(ctx.args.error());
    if (rest.size() != 1 || !from)
        return ctx.usage(CliTr::tr("Pemakaian: loket due LAYANAN --from \"YYYY-MM-DD HH:MM\" (LAYANAN: nomor katalog, complaint-ack, complaint-response)"));
    const Result<CliSources> sources = sourcesOrDefaults(ctx);
    if (!sources)
        return ctx.fail(sources.error());
    const WorkingCalendar &calendar = sources->calendar;
    const QDateTime local = QDateTime::fromString(from->trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!local.isValid())
        return ctx.usage(CliTr::tr("Waktu tidak sah: \"%1\" (format: YYYY-MM-DD HH:MM).").arg(*from));
    const QDateTime start(local.date(), local.time(), calendar.timeZone());

    ServiceTime time;
    QString label;
    const QString what = rest.first();
    if (what == QLatin1String("complaint-ack") || what == QLatin1String("complaint-response")) {
        time.unit = ServiceTime::Unit::WorkingDays;
        time.value = what == QLatin1String("complaint-ack") ? ComplaintRules::kAcknowledgeDays : ComplaintRules::kResponseDays;
        label = what == QLatin1String("complaint-ack") ? CliTr::tr("tanggapan awal pengaduan (Pasal 8 ayat 5)") : CliTr::tr("respons pengaduan");
    } else {
        bool ok = false;
        const int number = what.toInt(&ok);
        if (!ok)
            return ctx.usage(CliTr::tr("LAYANAN harus nomor layanan, complaint-ack atau complaint-response."));
        const Service *service = sources->catalog.service(number);
        if (!service)
            return ctx.fail(CliTr::tr("Layanan nomor %1 tidak ada dalam katalog.").arg(number));
        if (!service->hasPromisedTime())
            return ctx.fail(CliTr::tr("%1: %2; tidak ada batas waktu yang dapat dihitung.")
                                .arg(service->name, ServiceCatalog::describeTime(service->time)));
        time = service->time;
        label = service->name;
    }
    const QDateTime due = ServiceClock::dueWithoutPauses(calendar, time, start);
    if (!due.isValid())
        return ctx.fail(CliTr::tr("Batas waktu tidak dapat dihitung: kalender tidak mempunyai hari kerja dalam jangkauan."));
    ctx.out << due.toTimeZone(calendar.timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << Qt::endl;
    ctx.out << CliTr::tr("%1: %2 (%3)").arg(label, ServiceCatalog::describeTime(time), ServiceClock::describeRule(time)) << Qt::endl;
    return 0;
}

QString kindTitle(Holiday::Kind kind)
{
    switch (kind) {
    case Holiday::Kind::National: return CliTr::tr("libur nasional");
    case Holiday::Kind::CutiBersama: return CliTr::tr("cuti bersama");
    case Holiday::Kind::Local: return CliTr::tr("libur lokal");
    }
    return {};
}

int cmdHolidays(CliContext &ctx)
{
    const std::optional<QString> year = ctx.args.option(QStringLiteral("--year"));
    const std::optional<QString> kindOption = ctx.args.option(QStringLiteral("--kind"));
    QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty())
        return ctx.usage(ctx.args.error());
    if (rest.isEmpty())
        return ctx.usage(CliTr::tr("Gunakan \"loket holidays list --year YYYY\" atau \"loket holidays import BERKAS.ics\"."));
    const QString sub = rest.takeFirst();
    if (sub == QLatin1String("list")) {
        if (!rest.isEmpty())
            return ctx.rejectRest(rest);
        bool ok = true;
        const int y = year ? year->toInt(&ok) : QDate::currentDate().year();
        if (!ok || y < 1900 || y > 2200)
            return ctx.usage(CliTr::tr("Tahun tidak sah: %1").arg(year.value_or(QString())));
        const Result<CliSources> sources = sourcesOrDefaults(ctx);
        if (!sources)
            return ctx.fail(sources.error());
        const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
        const QList<Holiday> list = sources->calendar.holidays(y);
        for (const Holiday &h : list)
            ctx.out << QStringLiteral("%1  %2  %3  %4")
                           .arg(h.date.toString(Qt::ISODate), indonesian.dayName(h.date.dayOfWeek()).leftJustified(7),
                                kindTitle(h.kind).leftJustified(15), h.name)
                    << Qt::endl;
        if (list.isEmpty())
            ctx.out << CliTr::tr("Tidak ada hari libur tercatat untuk tahun %1.").arg(y) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("import")) {
        if (rest.size() != 1)
            return ctx.usage(CliTr::tr("Pemakaian: loket holidays import BERKAS.ics [--kind national|cuti_bersama|local]"));
        std::optional<Holiday::Kind> kind;
        if (kindOption) {
            kind = Holiday::Kind::National;
            if (*kindOption == QLatin1String("cuti_bersama"))
                kind = Holiday::Kind::CutiBersama;
            else if (*kindOption == QLatin1String("local"))
                kind = Holiday::Kind::Local;
            else if (*kindOption != QLatin1String("national"))
                return ctx.usage(CliTr::tr("--kind harus national, cuti_bersama atau local."));
        }
        const Result<QByteArray> read = LiveFiles::readUserFile(rest.first(), IcsImporter::kMaxBytes);
        if (!read)
            return ctx.fail(read.error());
        const Result<QList<IcsImporter::Day>> days = IcsImporter::read(read.value());
        if (!days)
            return ctx.fail(days.error());
        // The file's own kind wins; --kind is for the days it does not classify, and there
        // is no silent default for them.
        QList<Holiday> parsed;
        int unclassified = 0;
        for (const IcsImporter::Day &d : days.value()) {
            parsed << d.holiday;
            if (!d.kindFromFile) {
                ++unclassified;
                if (kind)
                    parsed.last().kind = *kind;
            }
        }
        if (unclassified > 0 && !kind)
            return ctx.usage(CliTr::tr("%1 hari dalam berkas tidak menyebut jenisnya (libur nasional, cuti bersama atau libur lokal); "
                                       "sebutkan --kind national|cuti_bersama|local.")
                                 .arg(unclassified));
        const Result<Database *> db = ctx.database();
        if (!db)
            return ctx.fail(db.error());
        CalendarStore store(**db);
        Result<WorkingCalendar> calendar = store.load();
        if (!calendar)
            return ctx.fail(calendar.error());
        WorkingCalendar edited = calendar.value();
        for (const Holiday &h : parsed)
            edited.addHoliday(h);
        if (const Status s = CalendarChange(**db).apply(commandLineActor(), edited, CliTr::tr("impor %1 hari libur dari %2").arg(parsed.size()).arg(QFileInfo(rest.first()).fileName())); !s)
            return ctx.fail(s.error());
        ctx.out << CliTr::tr("%1 hari libur diimpor; batas waktu berkas yang masih terbuka dihitung ulang.").arg(parsed.size()) << Qt::endl;
        return 0;
    }
    return ctx.usage(CliTr::tr("Sub-perintah holidays tidak dikenal: %1").arg(sub));
}

} // namespace

QList<CliCommand> workflowCommands()
{
    return {
        {"user", QT_TRANSLATE_NOOP("Cli", "user add LOGIN --name NAMA --role PERAN [--role ...] [--nip NIP]   menambah petugas (kata sandi dari stdin)\n"
                                          "  user list             daftar petugas"), cmdUser},
        {"due", QT_TRANSLATE_NOOP("Cli", "due LAYANAN --from \"YYYY-MM-DD HH:MM\"   batas waktu berkas yang diterima pada waktu itu"), cmdDue},
        {"holidays", QT_TRANSLATE_NOOP("Cli", "holidays list [--year YYYY] | holidays import BERKAS.ics   hari libur"), cmdHolidays},
    };
}
