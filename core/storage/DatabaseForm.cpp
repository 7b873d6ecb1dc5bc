#include "storage/DatabaseForm.h"

#include "storage/Database.h"
#include "storage/LiveFiles.h"
#include "storage/ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <libpq-fe.h>

QStringList DatabaseForm::sslModes()
{
    return {QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full")};
}

QString DatabaseForm::sslModeNote(const QString &sslmode)
{
    if (sslmode == QLatin1String("require"))
        return tr("Sambungan selalu dienkripsi; ditolak bila server tidak memakai enkripsi. Sertifikat server tidak diperiksa.");
    if (sslmode == QLatin1String("verify-full"))
        return tr("Sambungan selalu dienkripsi, dan sertifikat server beserta namanya diperiksa. PC ini memerlukan sertifikat CA server "
                  "di %1 (dari petugas TI).")
            .arg(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral(".postgresql/root.crt"))));
    return tr("Dienkripsi bila server mendukungnya; bila tidak, tersambung tanpa enkripsi. Untuk jaringan kantor yang dipercaya.");
}

QString DatabaseForm::serverProblem(const Server &server)
{
    const QString host = server.host.trimmed();
    if (host.isEmpty())
        return tr("Isi nama atau alamat server (misalnya kantor-lpse atau 192.168.1.10).");
    // A socket folder may hold a space; a server's name or address never does.
    if (!host.startsWith(QLatin1Char('/')) && (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('\t'))))
        return tr("Nama server tidak boleh memuat spasi.");
    bool number = false;
    const int port = server.port.trimmed().toInt(&number);
    if (!number || port < 1 || port > 65535)
        return tr("Port harus berupa angka 1 sampai 65535 (biasanya 5432).");
    if (server.database.trimmed().isEmpty())
        return tr("Isi nama basis data di server (biasanya loket).");
    if (server.user.trimmed().isEmpty())
        return tr("Isi nama pengguna server basis data.");
    if (!sslModes().contains(server.sslmode))
        return tr("Pilihan enkripsi (sslmode) \"%1\" tidak dikenal.").arg(server.sslmode);
    return QString();
}

QString DatabaseForm::serverLocation(const Server &server)
{
    const QString host = server.host.trimmed();
    // A name or an IPv4 address is left as it is; a socket folder is percent-encoded
    // (libpq decodes it), an IPv6 address goes in brackets.
    const QString authorityHost = host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('/'))
                                      ? QLatin1Char('[') + host + QLatin1Char(']')
                                      : QString::fromLatin1(QUrl::toPercentEncoding(host));
    QString uri = QStringLiteral("postgresql://%1@%2:%3/%4")
                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(server.user.trimmed())), authorityHost,
                           QString::number(server.port.trimmed().toInt()),
                           QString::fromLatin1(QUrl::toPercentEncoding(server.database.trimmed())));
    if (server.sslmode != QLatin1String("prefer"))
        uri += QStringLiteral("?sslmode=") + QString::fromLatin1(QUrl::toPercentEncoding(server.sslmode));
    return uri;
}

DatabaseForm::Server DatabaseForm::serverFields(const QString &location)
{
    Server server;
    PQconninfoOption *options = PQconninfoParse(location.trimmed().toUtf8().constData(), nullptr);
    if (!options)
        return server;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromLatin1(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == QLatin1String("host"))
            server.host = value;
        else if (key == QLatin1String("hostaddr") && server.host.isEmpty())
            server.host = value;
        else if (key == QLatin1String("port"))
            server.port = value;
        else if (key == QLatin1String("dbname"))
            server.database = value;
        else if (key == QLatin1String("user"))
            server.user = value;
        else if (key == QLatin1String("sslmode") && sslModes().contains(value))
            server.sslmode = value;
    }
    PQconninfoFree(options);
    return server;
}

PgPass::Entry DatabaseForm::pgpassEntry(const Server &server)
{
    return {server.host.trimmed(), QString::number(server.port.trimmed().toInt()), server.database.trimmed(), server.user.trimmed()};
}

QString DatabaseForm::fileProblem(const QString &path)
{
    const QString text = path.trimmed();
    if (text.isEmpty())
        return tr("Isi lokasi berkas basis data, atau pilih dengan Telusuri.");
    if (ServerAddress::isServer(text))
        return tr("\"%1\" adalah alamat server, bukan berkas. Pilih \"Server kantor (PostgreSQL)\" untuk server.").arg(text);
    const QFileInfo info(text);
    if (info.isDir())
        return tr("%1 adalah folder. Tulis juga nama berkasnya, misalnya %2.")
            .arg(QDir::toNativeSeparators(text), QDir::toNativeSeparators(QDir(text).filePath(QStringLiteral("loket.sqlite"))));
    // The default file's folder is made at the first opening, as on the first start.
    const bool isDefault = info.absoluteFilePath() == QFileInfo(Database::defaultPath()).absoluteFilePath();
    if (!isDefault && !info.absoluteDir().exists())
        return tr("Folder %1 tidak ada; periksa penulisannya, atau buat foldernya dulu.").arg(QDir::toNativeSeparators(info.absolutePath()));
    // The database open in this process is never opened again here: closing a second
    // handle would drop SQLite's locks on it (LiveFiles.h).
    if (info.exists() && !LiveFiles::isHeld(info.absoluteFilePath()))
        if (const Result<int> version = Database::peekSchemaVersion(info.absoluteFilePath()); !version)
            return version.error();
    return QString();
}

QString DatabaseForm::fileLocation(const QString &path)
{
    const QString absolute = QFileInfo(path.trimmed()).absoluteFilePath();
    return absolute == QFileInfo(Database::defaultPath()).absoluteFilePath() ? QString() : absolute;
}
