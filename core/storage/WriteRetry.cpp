#include "storage/WriteRetry.h"

#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

#include <QThread>

namespace {

// SQLITE_BUSY and SQLITE_LOCKED by their codes (Status::isBusy, set where the driver's
// error is read); a busy failure that reached here through a Result<T> has lost the flag
// but keeps the one message SqlDialect gives for those codes.
bool looksBusy(const Status &status)
{
    return status.isBusy() || status.error().contains(SqlDialect::busyMessage());
}

} // namespace

Status runWriteTransaction(QSqlDatabase &db, const std::function<Status()> &body, int attempts)
{
    Status last;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(static_cast<unsigned long>(20 * attempt));
        Transaction tx(db);
        if (!tx.isActive()) {
            last = tx.status();
            if (looksBusy(last))
                continue;
            return last;
        }
        last = body();
        if (!last) {
            tx.rollback();
            if (looksBusy(last))
                continue;
            return last;
        }
        last = tx.commit();
        if (last || !looksBusy(last))
            return last;
    }
    return last;
}

Status inWriteTransaction(QSqlDatabase &db, const std::function<Status()> &body)
{
    return SqlDialect::inTransaction(db) ? body() : runWriteTransaction(db, body);
}
