#include "storage/Transaction.h"

#include "storage/LiveFiles.h"
#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase &db) : m_db(db)
{
    // Never write into files whose locks this process lost (LiveFiles.h): another
    // process may have deleted them already.
    if (const Status writable = LiveFiles::mayWrite(m_db.databaseName()); !writable) {
        m_error = writable.error();
        return;
    }
    QSqlQuery q(m_db);
    if (q.exec(SqlDialect::beginWriteTransaction())) {
        m_active = true;
    } else {
        m_busy = SqlDialect::isBusyError(q.lastError().nativeErrorCode());
        m_error = tr("Perubahan tidak dapat dimulai: %1").arg(SqlDialect::errorMessage(q.lastError()));
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? tr("Tidak ada transaksi yang aktif.") : m_error);
    if (!m_db.commit()) {
        const QSqlError failed = m_db.lastError();
        const QString error = SqlDialect::errorMessage(failed);
        rollback();
        if (SqlDialect::isBusyError(failed.nativeErrorCode()))
            return Status::busy(tr("Perubahan tidak dapat disimpan: %1").arg(error));
        return Status::failure(tr("Perubahan tidak dapat disimpan: %1").arg(error));
    }
    m_active = false;
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_db.rollback();
    m_active = false;
}
