#include "storage/IntegrityCheck.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

QStringList IntegrityCheck::run()
{
    QStringList problems;
    {
        auto opened = Database::open(m_path, Database::Mode::Inspect);
        if (!opened)
            return m_cancelled ? QStringList() : QStringList{opened.error()};
        Database &db = *opened.value();
        const QVariant handle = db.connection().driver()->handle();
        {
            std::lock_guard lock(m_mutex);
            if (m_cancelled)
                return {};
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
                m_handle = *static_cast<sqlite3 *const *>(handle.data());
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
