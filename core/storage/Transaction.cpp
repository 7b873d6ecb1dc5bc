#include "storage/Transaction.h"

#include "storage/LiveFiles.h"
#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase &db) : m_db(db)
{
    // Never write into files whose locks this process lost (LiveFiles.h): another
    // process may have deleted them already.
    if (LiveFiles::lockState(m_db.databaseName()) == LiveFiles::LockState::Lost) {
        m_error = LiveFiles::lostMessage();
        return;
    }
    QSqlQuery q(m_db);
    if (q.exec(SqlDialect::beginWriteTransaction())) {
        m_active = true;
    } else {
        m_busy = SqlDialect::isBusyError(q.lastError().nativeErrorCode());
        m_error = tr("Transaksi tidak dapat dimulai: %1").arg(q.lastError().text());
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
        const QString error = m_db.lastError().text();
        rollback();
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
