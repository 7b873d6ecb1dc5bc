#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class Database;

// Copies every Loket table from one database into another, row for row with the same
// ids and values: a one-PC office's file onto the office server (`loket migrate`), or
// back. The event chain arrives byte for byte (the same ids, times, data and hashes),
// so `loket check` verifies it on the target. The target must be empty (migrated, with
// no record in it but the built-in catalogue `loket init` writes); the source is only read. All in one transaction on the target:
// a copy that fails leaves the target as empty as it was.
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    struct Summary
    {
        QList<QPair<QString, qint64>> rows; // table, rows copied, in copying order
        qint64 total = 0;
        QString lastHash;                   // the last event's hash on the target
    };

    // The tables in the order their references allow.
    static const QStringList &tables();
    static Result<Summary> copy(Database &source, Database &target);
    // Whether a migrated database holds no record yet (only what the migrations and
    // `loket init` write: the built-in catalogue).
    static Result<bool> isEmpty(Database &db);
};
