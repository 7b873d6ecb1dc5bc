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

    // Whether the transaction began and is neither committed nor rolled back yet.
    bool isActive() const { return m_active; }
    // How it began: success, or why not (isBusy() when another process held the
    // database: runWriteTransaction tries the whole transaction again).
    const Status &status() const { return m_begun; }
    // status().error(), for callers not on status() yet (core/demo/DemoData).
    const QString &error() const { return m_begun.error(); }
    Status commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    Status m_begun;
};
