#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

#include <functional>

// Runs `body` inside one write transaction and commits it. When another process holds
// the database (SQLITE_BUSY beyond the busy timeout), the whole transaction is rolled
// back and tried again, so the user never sees a lock error for a momentary clash.
Status runWriteTransaction(QSqlDatabase &db, const std::function<Status()> &body, int attempts = 8);

// Runs `body` inside the caller's write transaction when there is one, else in its own
// (runWriteTransaction): for a writer that is called both alone and as part of a larger
// change, so that everything it writes lands in the same transaction.
Status inWriteTransaction(QSqlDatabase &db, const std::function<Status()> &body);
