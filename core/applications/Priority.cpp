#include "applications/Priority.h"

#include <QCoreApplication>

namespace Priorities {

QString key(Priority priority)
{
    switch (priority) {
    case Priority::None: return QString();
    case Priority::Elderly: return QStringLiteral("elderly");
    case Priority::Disability: return QStringLiteral("disability");
    case Priority::Pregnant: return QStringLiteral("pregnant");
    }
    return QString();
}

bool fromKey(const QString &key, Priority *priority)
{
    for (Priority p : all())
        if (Priorities::key(p) == key) {
            *priority = p;
            return true;
        }
    return false;
}

QString title(Priority priority)
{
    switch (priority) {
    case Priority::None: return QString();
    case Priority::Elderly: return QCoreApplication::translate("Priorities", "Lansia");
    case Priority::Disability: return QCoreApplication::translate("Priorities", "Disabilitas");
    case Priority::Pregnant: return QCoreApplication::translate("Priorities", "Ibu hamil");
    }
    return QString();
}

const QList<Priority> &all()
{
    static const QList<Priority> list{Priority::None, Priority::Elderly, Priority::Disability, Priority::Pregnant};
    return list;
}

} // namespace Priorities
