#include "storage/ServerAddress.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringList>

#include <libpq-fe.h>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

bool ServerAddress::isServer(const QString &location)
{
    const QString text = location.trimmed();
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://")))
        return true;
    // key=value words: the first word is a libpq keyword followed by '='. A file's path
    // never starts like that (a relative file named "host=x" would have to be ./host=x).
    static const QRegularExpression words(QStringLiteral("^[a-z_]+\\s*="));
    return words.match(text).hasMatch();
}

Result<ServerAddress> ServerAddress::parse(const QString &location)
{
    using R = Result<ServerAddress>;
    const QString text = location.trimmed();
    const QString example = tr("Contoh alamat yang benar: postgresql://loket@kantor-lpse/loket atau service=loket.");
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(text.toUtf8().constData(), &error);
    if (!options) {
        qCWarning(lcStorage, "libpq: %s", error ? error : "out of memory");
        PQfreemem(error);
        return R::failure(tr("Alamat server basis data \"%1\" tidak dapat dibaca. %2").arg(text, example));
    }
    ServerAddress address;
    address.m_display = text;
    QStringList words;
    bool password = false;
    bool hasApplicationName = false;
    bool hasTimeout = false;
    bool hasKeepalive = false;
    bool badValue = false;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromLatin1(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == QLatin1String("password")) {
            password = true;
            continue;
        }
        // Qt's driver takes its options ';'-separated; a value with ';' cannot pass.
        if (value.contains(QLatin1Char(';')))
            badValue = true;
        hasApplicationName |= key == QLatin1String("application_name");
        hasTimeout |= key == QLatin1String("connect_timeout");
        hasKeepalive |= key.startsWith(QLatin1String("keepalives")) || key == QLatin1String("tcp_user_timeout");
        if (key == QLatin1String("user"))
            address.m_user = value;
        else if (key == QLatin1String("host") || (key == QLatin1String("hostaddr") && address.m_host.isEmpty()))
            address.m_host = value;
        else if (key == QLatin1String("port"))
            address.m_port = value;
        else if (key == QLatin1String("dbname"))
            address.m_database = value;
        else if (key == QLatin1String("service"))
            address.m_service = value;
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        words << key + QStringLiteral("='") + quoted + QLatin1Char('\'');
    }
    PQconninfoFree(options);
    if (password)
        return R::failure(tr("Sandi tidak boleh ditulis di alamat basis data (alamat itu terlihat di layar dan di riwayat perintah). "
                             "Simpan sandinya di ~/.pgpass (mode 0600) atau di pg_service.conf, lalu tulis alamatnya tanpa sandi."));
    if (badValue)
        return R::failure(tr("Alamat server basis data \"%1\" memuat tanda ';' yang tidak dapat dipakai. %2").arg(text, example));
    if (!hasApplicationName)
        words << QStringLiteral("application_name='loket'");
    // A server that does not answer must not hold the desk for minutes.
    if (!hasTimeout)
        words << QStringLiteral("connect_timeout='10'");
    // A network that drops under an open connection is noticed within about half a
    // minute (TCP keepalives), and a statement sent into it fails after 15 seconds
    // instead of the system's quarter of an hour, so a desk says "not connected" and
    // reconnects by itself (ChangeFeed.h). Ignored on a Unix socket.
    if (!hasKeepalive)
        words << QStringLiteral("keepalives='1'") << QStringLiteral("keepalives_idle='10'") << QStringLiteral("keepalives_interval='5'")
              << QStringLiteral("keepalives_count='3'") << QStringLiteral("tcp_user_timeout='15000'");
    address.m_options = words.join(QLatin1Char(';'));
    return address;
}

QString ServerAddress::conninfo() const
{
    return QString(m_options).replace(QLatin1Char(';'), QLatin1Char(' '));
}
