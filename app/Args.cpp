#include "Args.h"

#include <QCoreApplication>

std::optional<QString> Args::option(const QString &name)
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString &a = m_args.at(i);
        if (a == name) {
            if (i + 1 >= m_args.size()) {
                m_error = QCoreApplication::translate("Cli", "Opsi %1 memerlukan nilai.").arg(name);
                m_args.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            return value;
        }
        if (a.startsWith(name + QLatin1Char('='))) {
            const QString value = a.mid(name.size() + 1);
            m_args.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

QStringList Args::options(const QString &name)
{
    QStringList values;
    while (const auto v = option(name))
        values << *v;
    return values;
}

bool Args::flag(const QString &name)
{
    return m_args.removeAll(name) > 0;
}

QStringList Args::rest()
{
    for (const QString &a : std::as_const(m_args)) {
        if (a.startsWith(QLatin1String("--")) && m_error.isEmpty())
            m_error = QCoreApplication::translate("Cli", "Opsi tidak dikenal: %1").arg(a);
    }
    return m_args;
}
