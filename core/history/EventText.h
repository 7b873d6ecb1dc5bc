#pragma once

#include "events/Event.h"

#include <QString>

// A readable line for an event in a file's history (Indonesian, translated).
namespace EventText {

QString describe(const Event &event);

} // namespace EventText
