#include "calling/Announcement.h"

#include <QRegularExpression>
#include <QStringList>

namespace Announcement {

namespace {

const char *const kUnits[] = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                              "sepuluh", "sebelas"};

QString below1000(int n)
{
    QStringList parts;
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds == 1)
        parts << QStringLiteral("seratus");
    else if (hundreds > 1)
        parts << QString::fromLatin1(kUnits[hundreds]) + QStringLiteral(" ratus");
    if (rest >= 1 && rest <= 11)
        parts << QString::fromLatin1(kUnits[rest]);
    else if (rest >= 12 && rest <= 19)
        parts << QString::fromLatin1(kUnits[rest - 10]) + QStringLiteral(" belas");
    else if (rest >= 20) {
        parts << QString::fromLatin1(kUnits[rest / 10]) + QStringLiteral(" puluh");
        if (rest % 10)
            parts << QString::fromLatin1(kUnits[rest % 10]);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString numberWords(qint64 number)
{
    if (number <= 0)
        return QStringLiteral("nol");
    QStringList parts;
    const qint64 millions = number / 1000000;
    const int thousands = int((number / 1000) % 1000);
    const int rest = int(number % 1000);
    if (millions > 0)
        parts << below1000(int(millions % 1000)) + QStringLiteral(" juta");
    if (thousands == 1)
        parts << QStringLiteral("seribu");
    else if (thousands > 1)
        parts << below1000(thousands) + QStringLiteral(" ribu");
    if (rest > 0)
        parts << below1000(rest);
    return parts.join(QLatin1Char(' '));
}

QString digitWord(QChar digit)
{
    const int d = digit.digitValue();
    return d >= 0 && d <= 9 ? QString::fromLatin1(kUnits[d]) : QString();
}

QString deskWords(const QString &desk)
{
    QString spoken;
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    qsizetype from = 0;
    const QString simple = desk.simplified();
    for (auto it = digits.globalMatch(simple); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spoken += simple.mid(from, m.capturedStart() - from);
        // A desk number is at most a few figures; a longer run is read figure by figure.
        const QString run = m.captured();
        if (run.size() <= 9) {
            spoken += numberWords(run.toLongLong());
        } else {
            QStringList words;
            for (QChar c : run)
                words << digitWord(c);
            spoken += words.join(QLatin1Char(' '));
        }
        from = m.capturedEnd();
    }
    spoken += simple.mid(from);
    spoken = spoken.simplified();
    const QString lower = spoken.toLower();
    if (!lower.startsWith(QLatin1String("meja")) && !lower.startsWith(QLatin1String("loket")))
        spoken = QStringLiteral("meja ") + spoken;
    else
        spoken = lower.left(lower.startsWith(QLatin1String("meja")) ? 4 : 5) + spoken.mid(lower.startsWith(QLatin1String("meja")) ? 4 : 5);
    return spoken;
}

QString callText(const QString &queueNumber, const QString &desk)
{
    QStringList figures;
    QString letters;
    for (QChar c : queueNumber.trimmed()) {
        if (c.isDigit())
            figures << digitWord(c);
        else if (c.isLetter())
            letters += c.toUpper();
    }
    QStringList parts{QStringLiteral("Nomor antrian")};
    QString number = letters;
    if (!figures.isEmpty())
        number += (letters.isEmpty() ? QString() : QStringLiteral(", ")) + figures.join(QStringLiteral(", "));
    parts.last() += QLatin1Char(' ') + number;
    return parts.join(QString()) + QStringLiteral(", silakan ke ") + deskWords(desk) + QLatin1Char('.');
}

} // namespace Announcement
