#pragma once

#include "common/Result.h"

#include <QCoreApplication>

// A reason an officer must write (release, send back, cancel, discretion): the
// validator's normalised text, or why it is refused.
namespace WrittenReason {

Result<QString> check(const QString &reason, const QString &what);

} // namespace WrittenReason
