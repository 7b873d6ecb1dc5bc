#include "survey/CsvReader.h"

#include <QStringDecoder>

QChar CsvReader::detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

Result<QList<CsvRecord>> CsvReader::read(const QByteArray &bytes, QChar *separatorUsed)
{
    using R = Result<QList<CsvRecord>>;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return R::failure(tr("Berkas bukan teks UTF-8. Simpan ulang dari lembar kerja sebagai \"CSV UTF-8\"."));
    QChar separator;
    qsizetype start = 0;
    int line = 1;
    // Excel may write a first line "sep=;" naming the separator.
    if (text.startsWith(QLatin1String("sep=")) && text.size() > 4) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        const QString hint = text.mid(4, end < 0 ? -1 : end - 4).trimmed();
        if (hint.size() == 1) {
            separator = hint.at(0);
            start = end < 0 ? text.size() : end + 1;
            line = 2;
        }
    }
    if (separator.isNull())
        separator = detectSeparator(text);
    if (separatorUsed)
        *separatorUsed = separator;

    QList<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool quoted = false;       // inside a quoted field
    bool afterQuote = false;   // a quoted field just closed
    bool fieldStarted = false; // anything seen on this record yet
    current.line = line;

    auto endField = [&] {
        current.fields << field;
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty() && current.problem.isEmpty();
        if (!blank)
            records << current;
        current = CsvRecord();
        current.line = nextLine;
        fieldStarted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = start; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == separator) {
            endField();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord(line);
        } else if (c == QLatin1Char('"') && field.isEmpty() && !afterQuote) {
            quoted = true;
            fieldStarted = true;
        } else {
            if (afterQuote && current.problem.isEmpty())
                current.problem = tr("ada teks sesudah tanda kutip penutup");
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted && current.problem.isEmpty())
        current.problem = tr("tanda kutip tidak pernah ditutup");
    if (fieldStarted || !field.isEmpty() || quoted || !current.fields.isEmpty())
        endRecord(line + 1);
    return records;
}
