#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Accordo::Cli {

/// `kpi`, `credits`, `forecast` and `check`: what managers decide on, on the command line.
/// Each takes the words after the program name and returns the process exit code; `check`
/// exits with 3 when it finds problems, so that scripts can act on them.
class KpiCommands
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Cli::KpiCommands)

public:
    static int kpi(const QStringList &arguments);
    static int credits(const QStringList &arguments);
    static int forecast(const QStringList &arguments);
    static int check(const QStringList &arguments);
};

} // namespace Accordo::Cli
