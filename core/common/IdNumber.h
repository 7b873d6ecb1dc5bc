#pragma once

#include <QString>

// Numbers as an Indonesian reader writes them, wherever a person reads one (screens,
// receipts, PDFs, the text report): decimal comma and "." between thousands from 1.000
// on ("87,26", "1.747.742", "12.345,5"). The format does not follow the interface
// language, as the dates on paper do not: Loket's documents are the office's. CSV files
// keep their own two styles (ReportFormat::csv), machine-readable, without it.
namespace IdNumber {

QString format(double value, int decimals);
QString format(qint64 value);
inline QString format(int value) { return format(qint64(value)); }

} // namespace IdNumber
