#pragma once

#include <QByteArray>
#include <QList>
#include <QVariant>

#include <optional>

struct pg_result;

// Values between SqlQuery and libpq on a PostgreSQL server (PgSession.h), as Qt's driver
// (QPSQL, Qt 6) converts them, so that SqlQuery's callers see the same on both paths.
namespace PgValues {

// A column of a result row as Qt's driver reads it: the QVariant type by the column's
// type (bigint: qulonglong unless negative, timestamptz: QDateTime, date: QDate, ...),
// NULL as a null QVariant of that type. One difference: a timestamptz is the instant in
// UTC, where the driver gives it in local time (the same instant, but no time zone
// lookup per value).
QVariant cell(const pg_result *result, int row, int column);
// A bound value as the text the server reads (std::nullopt: NULL, as Qt's driver sends a
// null QString, QDate, ...). The parameter's type is the server's choice from its place
// in the statement, as with the driver's PREPARE.
std::optional<QByteArray> parameter(const QVariant &value);
QList<std::optional<QByteArray>> parameters(const QList<QVariant> &values);

} // namespace PgValues
