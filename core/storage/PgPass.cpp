#include "storage/PgPass.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryFile>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// One line of the file as libpq reads it (fe-connect.c, passwordFromFile).
struct Line {
    std::array<QString, 4> fields;
    std::array<bool, 4> wildcard{};
    QString password;
    bool valid = false;
};

Line parse(const QString &text)
{
    Line line;
    if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
        return line;
    qsizetype i = 0;
    const qsizetype n = text.size();
    for (int f = 0; f < 4; ++f) {
        if (text.mid(i, 2) == QLatin1String("*:")) {
            line.wildcard[f] = true;
            i += 2;
            continue;
        }
        bool closed = false;
        while (i < n) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\\')) {
                if (i + 1 >= n)
                    return line;
                line.fields[f] += text.at(i + 1);
                i += 2;
                continue;
            }
            ++i;
            if (c == QLatin1Char(':')) {
                closed = true;
                break;
            }
            line.fields[f] += c;
        }
        if (!closed)
            return line;
    }
    for (; i < n && text.at(i) != QLatin1Char(':'); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
            ++i;
        line.password += text.at(i);
    }
    line.valid = true;
    return line;
}

// The four fields as libpq compares them: no host is "localhost", and so is Debian's
// own socket folder; no port is 5432; no database is the user's name.
std::array<QString, 4> keyOf(const PgPass::Entry &entry)
{
    QString host = entry.host.trimmed();
    if (host.isEmpty() || host == QLatin1String("/var/run/postgresql"))
        host = QStringLiteral("localhost");
    const QString port = entry.port.trimmed().isEmpty() ? QStringLiteral("5432") : entry.port.trimmed();
    const QString database = entry.database.isEmpty() ? entry.user : entry.database;
    return {host, port, database, entry.user};
}

bool sameAccount(const Line &line, const std::array<QString, 4> &key)
{
    for (int f = 0; f < 4; ++f)
        if (line.wildcard[f] || line.fields[f] != key[f])
            return false;
    return true;
}

bool answersFor(const Line &line, const std::array<QString, 4> &key)
{
    for (int f = 0; f < 4; ++f)
        if (!line.wildcard[f] && line.fields[f] != key[f])
            return false;
    return true;
}

QStringList linesOf(const QByteArray &content)
{
    QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the newline that ends the last line
    return lines;
}

QString withoutCr(const QString &line)
{
    return line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line;
}

} // namespace

QString PgPass::path()
{
    const QString chosen = qEnvironmentVariable("PGPASSFILE");
    if (!chosen.isEmpty())
        return chosen;
    return QDir::home().filePath(QStringLiteral(".pgpass"));
}

QString PgPass::escape(const QString &field)
{
    if (field == QLatin1String("*"))
        return QStringLiteral("\\*"); // a real '*', not "any"
    QString out;
    out.reserve(field.size());
    for (const QChar c : field) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(':'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString PgPass::line(const Entry &entry, const QString &password)
{
    QStringList fields;
    for (const QString &field : keyOf(entry))
        fields << escape(field);
    fields << escape(password);
    return fields.join(QLatin1Char(':'));
}

Status PgPass::save(const Entry &entry, const QString &password)
{
    if (entry.user.trimmed().isEmpty())
        return Status::failure(tr("Nama pengguna server belum diisi; baris sandi tidak ditulis."));
    if (password.isEmpty())
        return Status::failure(tr("Sandi masih kosong; tidak ada yang ditulis ke berkas sandi."));
    if (password.contains(QLatin1Char('\n')) || password.contains(QLatin1Char('\r')))
        return Status::failure(tr("Sandi memuat pindah baris dan tidak dapat disimpan di berkas sandi PostgreSQL."));
    for (const QString &field : {entry.host, entry.port, entry.database, entry.user})
        if (field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')))
            return Status::failure(tr("Alamat server memuat pindah baris; baris sandi tidak ditulis."));

    QString target = path();
    QFileInfo info(target);
    if (info.exists() || info.isSymLink()) {
        // A link is followed, as libpq follows it: the file it names is the one replaced.
        if (info.isSymLink() && !info.exists())
            return Status::failure(tr("Berkas sandi %1 menunjuk ke berkas yang tidak ada; periksa tautannya. Tidak ada yang ditulis.")
                                       .arg(QDir::toNativeSeparators(target)));
        target = info.canonicalFilePath();
        struct stat st {};
        if (::stat(QFile::encodeName(target).constData(), &st) != 0)
            return Status::failure(tr("Berkas sandi %1 tidak dapat diperiksa: %2.")
                                       .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(std::strerror(errno))));
        if (!S_ISREG(st.st_mode))
            return Status::failure(tr("%1 bukan berkas biasa, sehingga PostgreSQL tidak membacanya sebagai berkas sandi. "
                                      "Tidak ada yang ditulis.")
                                       .arg(QDir::toNativeSeparators(target)));
        if (st.st_mode & (S_IRWXG | S_IRWXO))
            return Status::failure(tr("Berkas sandi %1 dapat dibaca atau diubah akun lain (izin %2), sehingga PostgreSQL "
                                      "mengabaikannya. Perbaiki dulu izinnya dengan perintah \"chmod 600 %1\", lalu simpan lagi. "
                                      "Tidak ada yang ditulis.")
                                       .arg(QDir::toNativeSeparators(target))
                                       .arg(QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0'))));
    }
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo(folder).isDir())
        return Status::failure(tr("Folder %1 untuk berkas sandi tidak ada; tidak ada yang ditulis.").arg(QDir::toNativeSeparators(folder)));

    QStringList lines;
    if (QFileInfo::exists(target)) {
        QFile old(target);
        if (!old.open(QIODevice::ReadOnly))
            return Status::failure(tr("Berkas sandi %1 tidak dapat dibaca: %2.").arg(QDir::toNativeSeparators(target), old.errorString()));
        lines = linesOf(old.readAll());
    }

    const std::array<QString, 4> key = keyOf(entry);
    const QString fresh = line(entry, password);
    qsizetype replaced = -1;
    qsizetype shadowedBy = -1;
    for (qsizetype i = 0; i < lines.size();) {
        const Line l = parse(withoutCr(lines.at(i)));
        if (l.valid && sameAccount(l, key)) {
            if (replaced < 0) {
                lines[i] = fresh;
                replaced = i++;
            } else {
                lines.removeAt(i); // a later line for the same account was never read
            }
            continue;
        }
        if (l.valid && replaced < 0 && shadowedBy < 0 && answersFor(l, key))
            shadowedBy = i;
        ++i;
    }
    if (replaced < 0) {
        if (shadowedBy >= 0)
            lines.insert(shadowedBy, fresh); // before the wildcard line, which would answer first
        else
            lines << fresh;
    }
    const QByteArray content = (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();

    // A temporary file of mode 0600 beside the target, renamed over it: the password is
    // never in a file others may read, not even for a moment, and a failure leaves the old
    // file whole.
    const QString failed = tr("Berkas sandi %1 tidak dapat ditulis: %2. Berkas lama tidak berubah.");
    QTemporaryFile temp(QDir(folder).filePath(QStringLiteral(".pgpass-loket-XXXXXX")));
    if (!temp.open())
        return Status::failure(failed.arg(QDir::toNativeSeparators(target), temp.errorString()));
    if (::fchmod(temp.handle(), S_IRUSR | S_IWUSR) != 0 || temp.write(content) != content.size() || !temp.flush()
        || ::fsync(temp.handle()) != 0)
        return Status::failure(failed.arg(QDir::toNativeSeparators(target), temp.errorString()));
    if (::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        return Status::failure(failed.arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(std::strerror(errno))));
    temp.setAutoRemove(false);
    if (const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY); dir >= 0) {
        (void)::fsync(dir); // the rename itself survives a power cut
        ::close(dir);
    }
    return Status::success();
}

std::optional<QString> PgPass::lookup(const Entry &entry)
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const std::array<QString, 4> key = keyOf(entry);
    for (const QString &text : linesOf(file.readAll())) {
        const Line l = parse(withoutCr(text));
        if (l.valid && answersFor(l, key))
            return l.password;
    }
    return std::nullopt;
}
