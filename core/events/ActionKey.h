#pragma once

#include <QString>
#include <QUuid>

// Idempotency keys (issue 16). A desk makes one key for each action an officer submits
// (a check-in, a complaint) and keeps it until the action is known to be recorded: the
// key is written on the event the action is known by (Event::actionKey, unique), so
// after a lost connection the desk can ask whether the action was committed, and a
// second submission of the same action is answered with the first one's result
// instead of recording it twice.
namespace ActionKey {

inline QString make()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ActionKey
