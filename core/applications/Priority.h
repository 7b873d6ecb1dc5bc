#pragma once

#include <QList>
#include <QString>

// A visitor served before the others (issue 17), as public services in Indonesia give
// it: the elderly (lansia), people with a disability (disabilitas), pregnant women
// (ibu hamil). Marked at check-in; called before everybody else of the line.
enum class Priority { None, Elderly, Disability, Pregnant };

namespace Priorities {

QString key(Priority priority); // "", "elderly", "disability", "pregnant": visits.priority
bool fromKey(const QString &key, Priority *priority);
QString title(Priority priority); // Indonesian, translated ("Lansia", ...); "" for None
const QList<Priority> &all();     // None first

} // namespace Priorities
