#include "storage/ServerSetup.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/DatabaseForm.h"
#include "storage/PgPass.h"
#include "storage/ServerConnection.h"
#include "storage/ServerRoles.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>

#include <arpa/inet.h>

namespace {

using Rows = ServerConnection::Rows;

// Names pasted into statements (through PQescapeIdentifier as well): plain identifiers.
bool plainName(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return identifier.match(name).hasMatch();
}

// The pg_hba.conf rule for a login role (the desks', the display's), as the file writes it.
QString hbaLine(const ServerSetup::Options &o, const QString &role, const QString &subnet, const QString &type)
{
    return QStringLiteral("%1 %2 %3 %4 scram-sha-256").arg(type, o.database, role, subnet);
}

// The line numbers of the rules the server reads from pg_hba.conf for exactly this
// type, database, role and subnet with scram-sha-256 (the server's own parser decides).
Result<QStringList> hbaRules(ServerConnection &conn, const ServerSetup::Options &o, const QString &role, const QString &subnet,
                             const QString &type)
{
    const Result<Rows> rows = conn.query(
        QStringLiteral("SELECT line_number FROM pg_catalog.pg_hba_file_rules WHERE error IS NULL AND type = $1 "
                       "AND database = ARRAY[$2::text] AND user_name = ARRAY[$3::text] AND address = host(network($4::cidr)) "
                       "AND netmask = host(netmask($4::cidr)) AND auth_method = 'scram-sha-256' ORDER BY line_number"),
        {type, o.database, role, subnet});
    if (!rows)
        return Result<QStringList>::failure(rows.error());
    QStringList lines;
    for (const QStringList &row : rows.value())
        lines << row.value(0);
    return lines;
}

// The lines the server cannot read in pg_hba.conf, each as "line N: the line's text".
Result<QStringList> hbaErrors(ServerConnection &conn, const QString &file)
{
    const Result<Rows> rows =
        conn.query(QStringLiteral("SELECT line_number FROM pg_catalog.pg_hba_file_rules WHERE error IS NOT NULL ORDER BY line_number"));
    if (!rows)
        return Result<QStringList>::failure(rows.error());
    QStringList text;
    {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    }
    QStringList errors;
    for (const QStringList &row : rows.value()) {
        const int number = row.value(0).toInt();
        errors << ServerSetup::tr("baris %1: %2").arg(number).arg(text.value(number - 1).trimmed());
    }
    return errors;
}

// A copy of pg_hba.conf beside it, before it is changed; its name is returned.
Result<QString> keepCopy(const QString &file)
{
    const QString base = file + QStringLiteral(".loket-") + Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString copy = base;
    for (int n = 2; QFile::exists(copy); ++n)
        copy = base + QLatin1Char('-') + QString::number(n);
    if (!QFile::copy(file, copy))
        return Result<QString>::failure(ServerSetup::tr("Salinan %1 tidak dapat dibuat (folder itu tidak boleh ditulis, atau disk penuh); "
                                                        "pg_hba.conf tidak diubah.")
                                            .arg(copy));
    return copy;
}

// Appends to the file in place, so that its owner and mode stay as they are.
Status appendTo(const QString &file, const QByteArray &before, const QString &text)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return Status::failure(ServerSetup::tr("%1 tidak dapat ditulis.").arg(file));
    const QByteArray bytes = (before.isEmpty() || before.endsWith('\n') ? QByteArray() : QByteArrayLiteral("\n")) + text.toUtf8();
    if (f.write(bytes) != bytes.size() || !f.flush())
        return Status::failure(ServerSetup::tr("%1 tidak dapat ditulis (disk penuh?).").arg(file));
    return Status::success();
}

Status putBack(const QString &file, const QByteArray &before)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(before) != before.size())
        return Status::failure(ServerSetup::tr("%1 tidak dapat dikembalikan; pakai salinannya.").arg(file));
    return Status::success();
}

bool onlyLoopback(const QString &listen)
{
    for (const QString &part : listen.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString a = part.trimmed();
        if (a != QLatin1String("localhost") && a != QLatin1String("127.0.0.1") && a != QLatin1String("::1"))
            return false;
    }
    return true;
}

// What the server says of a role: whether it exists, is a superuser, may log in.
struct RoleState {
    bool exists = false;
    bool super = false;
    bool login = false;
};

Result<RoleState> roleState(ServerConnection &conn, const QString &role)
{
    const Result<Rows> rows = conn.query(QStringLiteral("SELECT rolsuper, rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = $1"), {role});
    if (!rows)
        return Result<RoleState>::failure(rows.error());
    RoleState state;
    if (!rows->isEmpty()) {
        state.exists = true;
        state.super = rows->first().value(0) == QLatin1String("t");
        state.login = rows->first().value(1) == QLatin1String("t");
    }
    return state;
}

} // namespace

Result<QString> ServerSetup::checkSubnet(const QString &input)
{
    using R = Result<QString>;
    const QString subnet = input.trimmed();
    const QString example = tr("Tulis jaringan kantor sebagai CIDR, mis. 192.168.10.0/24.");
    if (subnet.isEmpty())
        return R::failure(tr("--subnet wajib diisi: jaringan tempat PC loket berada. %1").arg(example));
    const qsizetype slash = subnet.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return R::failure(tr("Subnet \"%1\" tidak memuat panjang awalan (/24 dan sejenisnya). %2").arg(subnet, example));
    const QByteArray address = subnet.left(slash).toLatin1();
    bool number = false;
    const int prefix = subnet.mid(slash + 1).toInt(&number);
    unsigned char bytes[16] = {};
    const bool v6 = address.contains(':');
    if (!number || inet_pton(v6 ? AF_INET6 : AF_INET, address.constData(), bytes) != 1)
        return R::failure(tr("Subnet \"%1\" bukan alamat jaringan yang sah. %2").arg(subnet, example));
    const int bits = v6 ? 128 : 32;
    if (prefix < 0 || prefix > bits)
        return R::failure(tr("Panjang awalan /%1 tidak sah untuk %2 (0 sampai %3).").arg(prefix).arg(QString::fromLatin1(address)).arg(bits));
    if (prefix == 0)
        return R::failure(tr("Subnet %1 berarti semua alamat di internet; Loket tidak membuka server untuk semua alamat. %2")
                              .arg(subnet, example));
    // The network itself: no host bits set after the prefix.
    unsigned char network[16] = {};
    for (int i = 0; i < bits / 8; ++i) {
        const int keep = std::clamp(prefix - i * 8, 0, 8);
        network[i] = bytes[i] & static_cast<unsigned char>(0xFF << (8 - keep));
    }
    char text[INET6_ADDRSTRLEN] = {};
    inet_ntop(v6 ? AF_INET6 : AF_INET, network, text, sizeof text);
    const QString canonical = QString::fromLatin1(text) + QLatin1Char('/') + QString::number(prefix);
    if (std::memcmp(bytes, network, size_t(bits / 8)) != 0)
        return R::failure(tr("%1 adalah alamat satu komputer, bukan jaringan. Maksudnya %2?").arg(subnet, canonical));
    return canonical;
}

Status ServerSetup::checkOptions(const Options &o)
{
    if (const Result<QString> subnet = checkSubnet(o.subnet); !subnet)
        return Status::failure(subnet.error());
    const QList<std::pair<QString, QString>> names = {{QStringLiteral("--database"), o.database},
                                                      {QStringLiteral("--owner"), o.owner},
                                                      {QStringLiteral("--role"), o.role},
                                                      {QStringLiteral("--display-role"), o.displayRoleName()}};
    for (const auto &[option, name] : names) {
        if (!plainName(name))
            return Status::failure(tr("%1 \"%2\" tidak sah: huruf kecil, angka dan garis bawah saja, diawali huruf (paling panjang 63).")
                                       .arg(option, name));
        if (name == QLatin1String("postgres") || name.startsWith(QLatin1String("pg_")) || name.startsWith(QLatin1String("template")))
            return Status::failure(tr("%1 \"%2\" adalah nama milik PostgreSQL sendiri; pilih nama lain.").arg(option, name));
    }
    if (o.owner == o.role)
        return Status::failure(tr("Pemilik (--owner) dan peran meja layanan (--role) harus dua peran yang berbeda: meja layanan tidak "
                                  "boleh memiliki tabelnya."));
    if (o.displayRoleName() == o.owner || o.displayRoleName() == o.role)
        return Status::failure(tr("Peran layar antrian (--display-role) harus peran tersendiri, bukan pemilik atau peran meja layanan: "
                                  "layar antrian hanya boleh membaca isi papan."));
    return Status::success();
}

Result<ServerSetup::Report> ServerSetup::run(const Options &o, const std::function<Result<QString>(const QString &role)> &password)
{
    using R = Result<Report>;
    if (const Status checked = checkOptions(o); !checked)
        return R::failure(checked.error());
    const QString subnet = checkSubnet(o.subnet).value();
    auto opened = ServerConnection::open(o.admin);
    if (!opened)
        return R::failure(opened.error());
    ServerConnection &conn = *opened.value();
    const QString asPostgres = tr("Jalankan di server sebagai akun postgres: sudo -u postgres loket server setup --subnet %1").arg(subnet);

    // ---- Everything is read and checked before the first change.
    const Result<Rows> facts = conn.query(QStringLiteral(
        "SELECT r.rolsuper, current_setting('hba_file'), current_setting('listen_addresses'), current_setting('ssl'), "
        "current_setting('port'), current_setting('config_file') FROM pg_catalog.pg_roles r WHERE r.rolname = current_user"));
    if (!facts)
        return R::failure(facts.error());
    const QStringList f = facts->value(0);
    if (f.value(0) != QLatin1String("t"))
        return R::failure(tr("Akun %1 bukan superuser PostgreSQL, jadi tidak dapat menyiapkan server. %2")
                              .arg(conn.address().user().isEmpty() ? tr("ini") : conn.address().user(), asPostgres));
    const QString hbaFile = f.value(1);
    const QString listen = f.value(2);
    const bool ssl = f.value(3) == QLatin1String("on");
    const QString port = f.value(4);
    const QString configFile = f.value(5);
    const QFileInfo hbaInfo(hbaFile);
    if (!hbaInfo.isReadable() || !hbaInfo.isWritable() || !QFileInfo(hbaInfo.absolutePath()).isWritable())
        return R::failure(tr("Berkas %1 (pg_hba.conf server itu) tidak dapat dibaca dan ditulis oleh akun ini, atau tidak ada di komputer "
                             "ini. %2")
                              .arg(hbaFile, asPostgres));
    if (o.tls && !ssl)
        return R::failure(tr("--tls meminta sambungan terenkripsi, tetapi ssl di server ini mati. Pasang sertifikat server, tulis ssl = on "
                             "di %1, jalankan ulang PostgreSQL (sudo systemctl restart postgresql), lalu jalankan perintah ini lagi. "
                             "Tidak ada yang diubah.")
                              .arg(configFile));
    if (const Result<QStringList> errors = hbaErrors(conn, hbaFile); !errors || !errors->isEmpty())
        return R::failure(errors ? tr("%1 sudah memuat baris yang tidak dapat dibaca PostgreSQL (%2). Perbaiki dulu; tidak ada yang diubah.")
                                       .arg(hbaFile, errors->join(QStringLiteral("; ")))
                                 : errors.error());
    const QString displayName = o.displayRoleName();
    const Result<RoleState> owner = roleState(conn, o.owner);
    const Result<RoleState> role = roleState(conn, o.role);
    const Result<RoleState> display = roleState(conn, displayName);
    if (!owner || !role || !display)
        return R::failure(!owner ? owner.error() : !role ? role.error() : display.error());
    if (role->super)
        return R::failure(tr("Peran %1 adalah superuser; meja layanan tidak boleh tersambung dengan peran seperti itu. Pilih --role lain. "
                             "Tidak ada yang diubah.")
                              .arg(o.role));
    if (display->super)
        return R::failure(tr("Peran %1 adalah superuser; layar antrian tidak boleh tersambung dengan peran seperti itu. Pilih "
                             "--display-role lain. Tidak ada yang diubah.")
                              .arg(displayName));
    // A login role that is a member of a stronger one has its privileges as well.
    const QList<std::pair<QString, QString>> memberships = {{o.role, o.owner}, {displayName, o.owner}, {displayName, o.role}};
    for (const auto &[member, of] : memberships) {
        const Result<RoleState> memberState = roleState(conn, member);
        const Result<RoleState> ofState = roleState(conn, of);
        if (!memberState || !ofState)
            return R::failure(!memberState ? memberState.error() : ofState.error());
        if (!memberState->exists || !ofState->exists)
            continue;
        const Result<QString> isMember = conn.value(QStringLiteral("SELECT pg_catalog.pg_has_role($1, $2, 'USAGE')"), {member, of});
        if (!isMember)
            return R::failure(isMember.error());
        if (isMember.value() == QLatin1String("t"))
            return R::failure(tr("Peran %1 memakai hak peran %2 (anggota peran itu), jadi dapat berbuat lebih dari tugasnya. Cabut dulu: "
                                 "REVOKE %2 FROM %1; tidak ada yang diubah.")
                                  .arg(member, of));
    }
    const Result<Rows> database =
        conn.query(QStringLiteral("SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_catalog.pg_database WHERE datname = $1"), {o.database});
    if (!database)
        return R::failure(database.error());
    if (!database->isEmpty() && database->first().value(0) != o.owner)
        return R::failure(tr("Basis data %1 sudah ada, tetapi pemiliknya %2, bukan %3. Bila isinya memang data Loket, pindahkan "
                             "kepemilikannya dulu (ALTER DATABASE %1 OWNER TO %3 dan REASSIGN OWNED BY %2 TO %3 di basis data itu), atau "
                             "pilih --database lain. Tidak ada yang diubah.")
                              .arg(o.database, database->first().value(0), o.owner));
    auto ask = [&password](const QString &name, QString *secret) -> Status {
        Result<QString> given = password(name);
        if (!given)
            return Status::failure(given.error());
        *secret = given.value();
        if (secret->size() < kMinPasswordLength)
            return Status::failure(tr("Sandi peran %1 minimal %2 karakter. Tidak ada yang diubah.").arg(name).arg(kMinPasswordLength));
        return Status::success();
    };
    QString secret;
    QString displaySecret;
    if (!role->exists)
        if (const Status s = ask(o.role, &secret); !s)
            return R::failure(s.error());
    if (!display->exists)
        if (const Status s = ask(displayName, &displaySecret); !s)
            return R::failure(s.error());

    // ---- The changes, each said.
    Report report;
    auto run = [&conn](const QString &sql) { return conn.exec(sql); };
    const QString ownerName = conn.identifier(o.owner);
    const QString roleName = conn.identifier(o.role);
    const QString displayRoleName = conn.identifier(displayName);
    const QString databaseName = conn.identifier(o.database);
    // The verifier is made here: the password never reaches the server or its log.
    auto makeLogin = [&conn, &run](const QString &name, const QString &identifier, QString &given) -> Status {
        if (const Status s = run(QStringLiteral("SET password_encryption = 'scram-sha-256'")); !s)
            return s;
        const Result<QString> verifier = conn.scramVerifier(given, name);
        given.fill(QLatin1Char('\0'));
        static const QRegularExpression scram(QStringLiteral("^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$"));
        if (!verifier || !scram.match(verifier.value()).hasMatch())
            return Status::failure(verifier ? tr("Sandi tidak dapat disiapkan untuk server (SCRAM-SHA-256).") : verifier.error());
        return run(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2").arg(identifier, conn.literal(verifier.value())));
    };
    if (owner->exists) {
        report.done << tr("Peran pemilik %1 sudah ada.").arg(o.owner);
    } else {
        if (const Status s = run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ownerName)); !s)
            return R::failure(s.error());
        report.done << tr("Peran pemilik %1 dibuat (NOLOGIN: tidak dapat dipakai untuk masuk).").arg(o.owner);
    }
    if (!database->isEmpty()) {
        report.done << tr("Basis data %1 sudah ada, milik %2.").arg(o.database, o.owner);
    } else {
        if (const Status s = run(QStringLiteral("CREATE DATABASE %1 OWNER %2 ENCODING 'UTF8' TEMPLATE template0").arg(databaseName, ownerName)); !s)
            return R::failure(s.error());
        report.done << tr("Basis data %1 dibuat, milik %2.").arg(o.database, o.owner);
    }
    if (role->exists) {
        if (!role->login) {
            if (const Status s = run(QStringLiteral("ALTER ROLE %1 LOGIN").arg(roleName)); !s)
                return R::failure(s.error());
        }
        report.done << (role->login ? tr("Peran meja layanan %1 sudah ada; sandinya tidak diubah.").arg(o.role)
                                    : tr("Peran meja layanan %1 sudah ada dan kini boleh masuk (LOGIN); sandinya tidak diubah.").arg(o.role));
    } else {
        if (const Status s = makeLogin(o.role, roleName, secret); !s)
            return R::failure(s.error());
        report.done << tr("Peran meja layanan %1 dibuat (LOGIN, sandi disimpan sebagai scram-sha-256).").arg(o.role);
    }
    if (display->exists) {
        if (!display->login) {
            if (const Status s = run(QStringLiteral("ALTER ROLE %1 LOGIN").arg(displayRoleName)); !s)
                return R::failure(s.error());
        }
        report.done << (display->login ? tr("Peran layar antrian %1 sudah ada; sandinya tidak diubah.").arg(displayName)
                                        : tr("Peran layar antrian %1 sudah ada dan kini boleh masuk (LOGIN); sandinya tidak diubah.")
                                              .arg(displayName));
    } else {
        if (const Status s = makeLogin(displayName, displayRoleName, displaySecret); !s)
            return R::failure(s.error());
        report.done << tr("Peran layar antrian %1 dibuat (LOGIN, sandi disimpan sebagai scram-sha-256).").arg(displayName);
    }
    for (const QString &sql : {QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(databaseName),
                               QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(databaseName, roleName),
                               QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(databaseName, displayRoleName)})
        if (const Status s = run(sql); !s)
            return R::failure(s.error());

    // Loket's migrations and the grants, as the owner (the role set for the session), so
    // that every table and sequence belongs to it.
    {
        const QString asOwner = conn.locationOf(o.database) + QStringLiteral(" options='-c role=%1'").arg(o.owner);
        auto loket = Database::open(asOwner, Database::Mode::Open);
        if (!loket)
            return R::failure(tr("Skema Loket tidak dapat dibuat di basis data %1: %2").arg(o.database, loket.error()));
        report.done << tr("Skema Loket di basis data %1: versi %2, milik %3.").arg(o.database).arg(loket.value()->schemaVersion()).arg(o.owner);
        if (const Status granted = ServerRoles::grantApplication(*loket.value(), o.role); !granted)
            return R::failure(granted.error());
        report.done << tr("Hak peran %1 diberikan: membaca dan menulis tabel loket, riwayat kejadian hanya dibaca dan ditambah, tidak "
                          "dapat membuat tabel.")
                           .arg(o.role);
        if (const Status granted = ServerRoles::grantDisplay(*loket.value(), displayName); !granted)
            return R::failure(granted.error());
        report.done << tr("Hak peran %1 diberikan: hanya membaca isi papan antrian (panggilan, jumlah yang menunggu, layanan, teks "
                          "berjalan); tanpa nama, NIK, perusahaan, riwayat kejadian atau petugas.")
                           .arg(displayName);
    }
    auto inDatabase = ServerConnection::open(o.admin, o.database);
    if (!inDatabase)
        return R::failure(inDatabase.error());
    const Result<QString> foreign = inDatabase.value()->value(
        QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'S', 'v') AND c.relowner <> $1::regrole::oid"),
        {o.owner});
    if (!foreign)
        return R::failure(foreign.error());
    if (foreign.value().toInt() > 0)
        report.advice << tr("%1 tabel atau urutan di basis data %2 bukan milik %3 (dibuat oleh akun lain sebelumnya). Pindahkan dengan "
                            "REASSIGN OWNED BY <pemilik lama> TO %3 di basis data itu.")
                             .arg(foreign.value(), o.database, o.owner);

    // ---- pg_hba.conf: one line for each login role (the desks', the display's), added
    // once, a copy of the old file kept, the server's own reading of the new one checked,
    // then the configuration reloaded.
    const QString type = o.tls ? QStringLiteral("hostssl") : QStringLiteral("host");
    QStringList missing; // the login roles without their line yet
    for (const QString &login : {o.role, displayName}) {
        const Result<QStringList> present = hbaRules(conn, o, login, subnet, type);
        if (!present)
            return R::failure(present.error());
        if (!present->isEmpty())
            report.done << tr("Baris pg_hba.conf sudah ada (baris %1): %2").arg(present->first(), hbaLine(o, login, subnet, type));
        else
            missing << login;
    }
    if (!missing.isEmpty()) {
        QByteArray before;
        {
            QFile file(hbaFile);
            if (!file.open(QIODevice::ReadOnly))
                return R::failure(tr("%1 tidak dapat dibaca.").arg(hbaFile));
            before = file.readAll();
        }
        const Result<QString> copy = keepCopy(hbaFile);
        if (!copy)
            return R::failure(copy.error());
        QStringList lines;
        for (const QString &login : std::as_const(missing))
            lines << hbaLine(o, login, subnet, type);
        const QString text = QStringLiteral("\n# Loket: PC loket kantor dan layar antrian (loket server setup, %1)\n%2\n")
                                 .arg(Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), lines.join(QLatin1Char('\n')));
        if (const Status written = appendTo(hbaFile, before, text); !written) {
            (void)putBack(hbaFile, before);
            return R::failure(written.error());
        }
        const Result<QStringList> errors = hbaErrors(conn, hbaFile);
        QStringList addedAt;
        bool allRead = errors && errors->isEmpty();
        for (const QString &login : std::as_const(missing)) {
            const Result<QStringList> added = hbaRules(conn, o, login, subnet, type);
            allRead = allRead && added && !added->isEmpty();
            addedAt << (added && !added->isEmpty() ? added->first() : QString());
        }
        if (!allRead) {
            const Status back = putBack(hbaFile, before);
            return R::failure(tr("PostgreSQL tidak menerima baris baru di %1 (%2); berkas itu dikembalikan seperti semula%3. Konfigurasi tidak "
                                 "dimuat ulang.")
                                  .arg(hbaFile, errors && !errors->isEmpty() ? errors->join(QStringLiteral("; ")) : lines.join(QStringLiteral("; ")),
                                       back ? QString() : tr(" GAGAL — salin kembali %1").arg(copy.value())));
        }
        if (const Status reloaded = run(QStringLiteral("SELECT pg_catalog.pg_reload_conf()")); !reloaded)
            return R::failure(reloaded.error());
        for (qsizetype i = 0; i < lines.size(); ++i)
            report.done << tr("Baris ditambahkan ke %1 (baris %2): %3. Berkas lama disalin ke %4; konfigurasi dimuat ulang.")
                               .arg(hbaFile, addedAt.at(i), lines.at(i), copy.value());
    }
    if (o.tls) {
        for (const QString &login : {o.role, displayName}) {
            const Result<QStringList> plain = hbaRules(conn, o, login, subnet, QStringLiteral("host"));
            if (plain && !plain->isEmpty())
                report.advice << tr("%1 masih memuat baris host (baris %2) yang membolehkan PC di %3 masuk tanpa enkripsi; hapus baris itu, lalu "
                                    "muat ulang: sudo systemctl reload postgresql.")
                                     .arg(hbaFile, plain->join(QStringLiteral(", ")), subnet);
        }
    }

    // ---- What IT still has to do, and what each counter PC needs.
    if (onlyLoopback(listen))
        report.advice << tr("PostgreSQL hanya mendengarkan di %1, jadi PC loket belum dapat tersambung. Tulis listen_addresses = '*' (atau "
                            "alamat LAN server ini) di %2, lalu jalankan ulang PostgreSQL: sudo systemctl restart postgresql.")
                             .arg(listen.isEmpty() ? tr("soket lokal") : listen, configFile);
    else
        report.done << tr("listen_addresses = '%1': server menerima sambungan dari jaringan.").arg(listen);
    DatabaseForm::Server desk;
    desk.host = o.server.trimmed().isEmpty() ? QSysInfo::machineHostName() : o.server.trimmed();
    desk.port = port;
    desk.database = o.database;
    desk.user = o.role;
    desk.sslmode = o.tls ? QStringLiteral("require") : QStringLiteral("prefer");
    report.deskLocation = DatabaseForm::serverLocation(desk);
    report.pgpassLine = PgPass::line(DatabaseForm::pgpassEntry(desk), tr("SANDI"));
    DatabaseForm::Server board = desk;
    board.user = displayName;
    report.displayLocation = DatabaseForm::serverLocation(board);
    report.displayPgpassLine = PgPass::line(DatabaseForm::pgpassEntry(board), tr("SANDI"));
    return report;
}
