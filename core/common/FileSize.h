#pragma once

#include <QString>

// A size as people read it, in Indonesian: "850 bita", "12,5 KB", "10 MB", "1,2 GB"
// (units of 1024, one decimal with a decimal comma, ",0" left out).
namespace FileSize {

QString text(qint64 bytes);

} // namespace FileSize
