#pragma once

#include "accounts/User.h"

class Database;
class QWidget;

// Asks which identifier to show for a file, reveals it through core (which records the
// reveal) and shows it once.
namespace Reveal {

void ask(QWidget *parent, Database &db, const User &actor, qint64 applicationId);

} // namespace Reveal
