#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <mutex>

struct sqlite3;

// The integrity check of a database file on its own read-only connection, meant for a
// worker thread while the counter works on: ten years of records take seconds to
// read, and the window must not wait for that. cancel() (from any thread) interrupts
// a running check; a cancelled check reports no problems.
class IntegrityCheck final
{
public:
    explicit IntegrityCheck(QString path) : m_path(std::move(path)) {}

    // Opens the file read-only and checks it (quick check on large files); the problems
    // found, empty when healthy or cancelled.
    QStringList run();
    void cancel();
    bool cancelled() const { return m_cancelled; }

private:
    QString m_path;
    std::mutex m_mutex;
    sqlite3 *m_handle = nullptr; // while run() holds a connection
    std::atomic_bool m_cancelled{false};
};
