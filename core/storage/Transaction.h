#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Starts a write transaction; rolls it back in the destructor unless committed.
// Each workflow action is one Transaction, so nothing is ever half-written.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; when not, error() says why.
    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    // True when the failure to begin was a busy/locked database worth retrying.
    bool isBusy() const { return m_busy; }
    Status commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    bool m_busy = false;
    QString m_error;
};
