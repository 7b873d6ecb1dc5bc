#pragma once

#include "accounts/User.h"
#include "applications/ApplicationStatus.h"
#include "common/Result.h"

#include <QCoreApplication>

struct CounterContext;
class StatusChange;

// The verifikator's and the admin sistem's work on a handed-off file: claim it, give it
// back, finish it, send it back to the helpdesk, pause and resume its clock; and, for
// every desk, cancelling a file and recording a printed receipt.
class QueueWork final
{
    Q_DECLARE_TR_FUNCTIONS(QueueWork)

public:
    QueueWork(CounterContext &context, StatusChange &change) : m_ctx(context), m_change(change) {}

    Status claim(const User &actor, qint64 applicationId);
    // Gives a claimed file back to the queue; the reason is required and recorded.
    Status release(const User &actor, qint64 applicationId, const QString &reason);
    Status complete(const User &actor, qint64 applicationId, const QString &outcome);
    Status sendBack(const User &actor, qint64 applicationId, const QString &reason);
    Status pause(const User &actor, qint64 applicationId, PauseReason reason, const QString &text);
    Status resume(const User &actor, qint64 applicationId);
    Status cancel(const User &actor, qint64 applicationId, const QString &reason);
    // Records that a receipt was printed (or printed again).
    Status recordPrint(const User &actor, qint64 applicationId, const QString &receiptKind);

private:
    CounterContext &m_ctx;
    StatusChange &m_change;
};
