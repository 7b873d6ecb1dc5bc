// What the office proof's desk program (loket_office.cpp) and its verifier
// (office_verify.cpp) agree on: which desk has which role, the officers' logins, and
// the lines of a desk's log.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Office {

enum class DeskRole { Helpdesk, Verifikator, AdminSistem };

// Desk 1 is the admin sistem's; of the others, half (rounded up) are helpdesk desks and
// the rest verifikator desks: desks 2 .. 1 + verifikators, then the helpdesk desks.
inline int verifikatorDesks(int desks)
{
    return (desks - 1) / 2;
}

inline DeskRole roleOf(int desk, int desks)
{
    if (desk == 1)
        return DeskRole::AdminSistem;
    return desk <= 1 + verifikatorDesks(desks) ? DeskRole::Verifikator : DeskRole::Helpdesk;
}

inline QString roleKey(DeskRole role)
{
    switch (role) {
    case DeskRole::Helpdesk: return QStringLiteral("helpdesk");
    case DeskRole::Verifikator: return QStringLiteral("verifikator");
    case DeskRole::AdminSistem: return QStringLiteral("admin_sistem");
    }
    return QString();
}

inline QString login(int desk)
{
    return QStringLiteral("office-d%1").arg(desk, 2, 10, QLatin1Char('0'));
}

inline const QString &password()
{
    static const QString p = QStringLiteral("kantor-sandi-uji-1");
    return p;
}

// Applicant names may not hold digits: numbers are spelled in letters (0 -> "A").
inline QString letters(quint64 n)
{
    QString s;
    do {
        s.prepend(QChar(u'a' + static_cast<char16_t>(n % 26)));
        n /= 26;
    } while (n);
    s[0] = s[0].toUpper();
    return s;
}

// Every walk-in of desk `desk` in run `run` is called "Pemohon <run> Meja <desk> ...": a
// restarted desk finds the files its killed predecessor left half checked by that name,
// and the verifier tells this run's walk-ins from an earlier run's.
inline QString runPrefix(quint64 run)
{
    return QStringLiteral("Pemohon ") + letters(run) + QLatin1Char(' ');
}

inline QString applicantPrefix(quint64 run, int desk)
{
    return runPrefix(run) + QStringLiteral("Meja ") + letters(static_cast<quint64>(desk)) + QLatin1Char(' ');
}

// One line of a desk's log: "<TYPE> <epoch ms> <action> <file number or -> key=value ...",
// with an optional "msg=" taking the rest of the line. Types:
//   START     a desk process began (desk, incarnation, user id)
//   LOGIN     the officer logged in (ms)
//   COMMITTED a write the desk was told is committed (ms, item=, key=, resolved=)
//   READ      a read that answered (ms)
//   BEAT      the desk session kept alive (ms)
//   OFFLINE   the officer was told the server cannot be reached (msg)
//   RESOLVED  after the connection came back: the action whose answer was lost was
//             recorded (outcome=recorded) or not and sent again (outcome=retry)
//   RACE      another desk took the file first (refused cleanly)
//   SHOWN     any other message the officer would see: an error of the proof (msg)
//   STOP      the desk ended by itself at the end of the run
struct LogLine
{
    QString type;
    qint64 at = 0;
    QString action;
    QString number;
    QHash<QString, QString> fields;
    QString message;

    static bool parse(const QString &text, LogLine *out)
    {
        const qsizetype msgAt = text.indexOf(QLatin1String(" msg="));
        const QString head = msgAt >= 0 ? text.left(msgAt) : text;
        const QStringList parts = head.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() < 4)
            return false;
        LogLine l;
        l.type = parts.at(0);
        bool ok = false;
        l.at = parts.at(1).toLongLong(&ok);
        if (!ok)
            return false;
        l.action = parts.at(2);
        l.number = parts.at(3);
        for (qsizetype i = 4; i < parts.size(); ++i) {
            const qsizetype eq = parts.at(i).indexOf(QLatin1Char('='));
            if (eq <= 0)
                return false;
            l.fields.insert(parts.at(i).left(eq), parts.at(i).mid(eq + 1));
        }
        if (msgAt >= 0)
            l.message = text.mid(msgAt + 5);
        *out = l;
        return true;
    }
};

} // namespace Office
