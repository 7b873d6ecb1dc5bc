#include "storage/IntegrityCheck.h"

#include "storage/Database.h"
#include "storage/SqliteHandle.h"

#include <sqlite3.h>

QStringList IntegrityCheck::run()
{
    QStringList problems;
    {
        auto opened = Database::open(m_path, Database::Mode::Inspect);
        if (!opened)
            return m_cancelled ? QStringList() : QStringList{opened.error()};
        Database &db = *opened.value();
        {
            std::lock_guard lock(m_mutex);
            if (m_cancelled)
                return {};
            m_handle = sqliteHandle(db.connection());
        }
        problems = db.integrityProblems();
        std::lock_guard lock(m_mutex);
        m_handle = nullptr;
    }
    return m_cancelled ? QStringList() : problems;
}

void IntegrityCheck::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_handle)
        sqlite3_interrupt(m_handle); // safe from another thread while the connection is open
}
