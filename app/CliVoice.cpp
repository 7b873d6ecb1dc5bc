// The waiting room's voice from the command line: `loket announce`.
#include "CliContext.h"

#include "calling/Announcement.h"
#include "common/Announcer.h"

#include <QEventLoop>
#include <QRegularExpression>

namespace {

constexpr int kMaxDeskLength = 60;

// A queue number as a ticket shows it or as someone types it (A-7, A007, a7).
bool isQueueNumber(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z]-?[0-9]{1,4}$"));
    return form.match(text).hasMatch();
}

int cmdAnnounce(CliContext &ctx)
{
    const bool textOnly = ctx.args.flag(QStringLiteral("--text-only"));
    const std::optional<QString> desk = ctx.args.option(QStringLiteral("--desk"));
    const QStringList rest = ctx.args.rest();
    if (!ctx.args.error().isEmpty())
        return ctx.usage(ctx.args.error());
    if (rest.size() != 1)
        return ctx.usage(CliTr::tr("Pemakaian: loket announce NOMOR --desk NAMA [--text-only]"));
    const QString number = rest.first().trimmed();
    if (!isQueueNumber(number))
        return ctx.usage(CliTr::tr("Nomor antrian tidak dikenal: %1. Tulis huruf antrian lalu angkanya, mis. A-007, A-7 atau A007.")
                             .arg(rest.first()));
    if (!desk || desk->trimmed().isEmpty())
        return ctx.usage(CliTr::tr("Meja tujuan wajib diisi: --desk NAMA, mis. --desk \"Meja 1\". Panggilan tidak dibacakan tanpa mejanya."));
    if (desk->trimmed().size() > kMaxDeskLength)
        return ctx.usage(CliTr::tr("Nama meja terlalu panjang (paling banyak %1 karakter).").arg(kMaxDeskLength));
    const QString text = Announcement::callText(number, *desk);
    ctx.out << text << Qt::endl;
    if (textOnly)
        return 0;
    // Spoken as the waiting room would: the chime, then the voice of this PC's settings.
    Announcer announcer;
    QEventLoop loop;
    QObject::connect(&announcer, &Announcer::finished, &loop, &QEventLoop::quit);
    announcer.announceText(text);
    if (announcer.isBusy())
        loop.exec();
    if (!announcer.speechAvailable())
        return ctx.fail(CliTr::tr("Panggilan tidak dibacakan: %1").arg(announcer.unavailableReason()));
    return 0;
}

} // namespace

QList<CliCommand> voiceCommands()
{
    return {
        {"announce", QT_TRANSLATE_NOOP("Cli", "announce NOMOR --desk NAMA [--text-only]   membacakan panggilan antrian (bel, lalu suara); --text-only hanya mencetak kalimatnya"),
         cmdAnnounce},
    };
}
