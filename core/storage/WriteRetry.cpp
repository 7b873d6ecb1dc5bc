#include "storage/WriteRetry.h"

#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

#include <QThread>

namespace {

bool looksBusy(const QString &message)
{
    return message.contains(SqlDialect::busyMessage()) || message.contains(QLatin1String("locked"), Qt::CaseInsensitive) || message.contains(QLatin1String("busy"), Qt::CaseInsensitive);
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
            last = Status::failure(tx.error());
            if (tx.isBusy() || looksBusy(tx.error()))
                continue;
            return last;
        }
        last = body();
        if (!last) {
            tx.rollback();
            if (looksBusy(last.error()))
                continue;
            return last;
        }
        last = tx.commit();
        if (last || !looksBusy(last.error()))
            return last;
    }
    return last;
}
