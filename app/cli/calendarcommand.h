#pragma once

#include <QStringList>

namespace Accordo::Cli {

/// Runs `calendar due|elapsed ...`; arguments start with "calendar". Writes results to
/// stdout and errors to stderr; returns the process exit code.
int runCalendarCommand(const QStringList &arguments);

} // namespace Accordo::Cli
