#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A fresh database in a temporary folder, migrated to the latest schema.
class TempDatabase final
{
public:
    TempDatabase();
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes the connection (for tests that reopen the file).
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &content);
