#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// A small argument reader for the command line: options are taken out by name, what
// remains must be the expected positionals, and anything unknown is a usage error.
class Args final
{
public:
    explicit Args(QStringList args) : m_args(std::move(args)) {}

    // "--name VALUE" or "--name=VALUE"; sets error() when the value is missing.
    std::optional<QString> option(const QString &name);
    // Every occurrence of a repeatable option.
    QStringList options(const QString &name);
    bool flag(const QString &name);
    // The remaining arguments; an unknown "--x" among them is an error.
    QStringList rest();
    const QString &error() const { return m_error; }

private:
    QStringList m_args;
    QString m_error;
};
