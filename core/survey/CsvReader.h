#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// One record of a CSV file. `line` is the physical line it starts on (1-based), so that
// a report can point at it even when a quoted field spans lines.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString problem; // a malformed record (e.g. a quote never closed); fields are then partial
};

// Reads RFC 4180 CSV: quoted fields with "" for a quote and line breaks inside quotes;
// CRLF, LF or CR line ends; UTF-8 with or without a BOM. The separator is ',' or ';',
// taken from the header line (spreadsheets in an Indonesian locale write ';') or from
// Excel's "sep=;" first line. Blank lines are skipped.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvReader() = delete;

    // Fails only when the bytes are not UTF-8 text.
    static Result<QList<CsvRecord>> read(const QByteArray &bytes, QChar *separatorUsed = nullptr);
    // ';' when the first line has more semicolons than commas outside quotes, else ','.
    static QChar detectSeparator(const QString &text);
};
