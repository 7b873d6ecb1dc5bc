#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringList>

// Writes RFC 4180 CSV for spreadsheets: UTF-8 with a BOM (so that Excel reads the
// Indonesian text right), CRLF line ends, fields quoted when they hold the separator, a
// quote or a line break. A field that a spreadsheet would run as a formula (starting
// with = + - @) gets a leading apostrophe: suggestions come from the public.
class CsvWriter final
{
public:
    explicit CsvWriter(QChar separator = QLatin1Char(','));

    void addRow(const QStringList &fields);
    const QByteArray &bytes() const { return m_bytes; }

    static QString field(const QString &value, QChar separator = QLatin1Char(','));

private:
    QChar m_separator;
    QByteArray m_bytes;
};
