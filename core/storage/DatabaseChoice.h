#pragma once

#include <QString>

#include <optional>

// Which database this PC's Loket uses, decided in one place for the window and the
// command line alike: the --db option, else the LOKET_DB environment variable, else
// this PC's own setting (chosen in the window's database dialog), else the file in
// the account's data folder (Database::defaultPath). A location is a file's path or a
// server's address (ServerAddress.h); never a password.
namespace DatabaseChoice {

QString location(const std::optional<QString> &option);
// Which of the four decided it, in Indonesian, for `loket --help` and the About box.
QString source(const std::optional<QString> &option);
// What takes precedence over this PC's setting (the --db option, LOKET_DB), in
// Indonesian; empty when nothing does.
QString overriddenBy(const std::optional<QString> &option);
// This PC's setting (QSettings, the account's own), empty when none was saved.
QString saved();
void save(const QString &location);

} // namespace DatabaseChoice
