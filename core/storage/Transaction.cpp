#include "storage/Transaction.h"

#include "storage/LiveFiles.h"
#include "storage/PgDialect.h"
#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// The driver's failure in other words, still busy when it was.
Status reworded(const Status &failed, const QString &message)
{
    return failed.isBusy() ? Status::busy(message) : Status::failure(message);
}

} // namespace

Transaction::Transaction(QSqlDatabase &db) : m_db(db)
{
    // Never write into files whose locks this process lost (LiveFiles.h): another
    // process may have deleted them already.
    if (const Status writable = LiveFiles::mayWrite(m_db.databaseName()); !writable) {
        m_begun = writable;
        return;
    }
    // A lost server connection refuses at once (the desk reconnects by itself, ChangeFeed.h):
    // never a write that waits for a network that is gone.
    if (!SqlDialect::isConnected(m_db)) {
        m_begun = Status::failure(PgDialect::unreachableMessage());
        return;
    }
    const Status failed = SqlDialect::startWrite(m_db);
    if (failed) {
        m_active = true;
        return;
    }
    m_begun = reworded(failed, tr("Perubahan tidak dapat dimulai: %1").arg(failed.error()));
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begun.ok() ? Status::failure(tr("Tidak ada transaksi yang aktif.")) : m_begun;
    bool statementFailed = false;
    if (const Status failed = SqlDialect::commitWrite(m_db, &statementFailed); !failed) {
        rollback();
        // A write sent with the COMMIT (PostgreSQL) fails as it would have when it ran.
        return statementFailed ? failed : reworded(failed, tr("Perubahan tidak dapat disimpan: %1").arg(failed.error()));
    }
    m_active = false;
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    SqlDialect::rollbackWrite(m_db);
    m_active = false;
}
