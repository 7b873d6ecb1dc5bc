#include "suggestions/CsvWriter.h"

CsvWriter::CsvWriter(QChar separator) : m_separator(separator), m_bytes(QByteArrayLiteral("\xEF\xBB\xBF")) {}

QString CsvWriter::field(const QString &value, QChar separator)
{
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
                       || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList cells;
    for (const QString &f : fields)
        cells << field(f, m_separator);
    m_bytes += cells.join(m_separator).toUtf8();
    m_bytes += "\r\n";
}
