#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>

TempDatabase::TempDatabase() : m_path(m_dir.filePath(QStringLiteral("loket.sqlite")))
{
    reopen();
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    m_db = std::move(opened).value();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}
