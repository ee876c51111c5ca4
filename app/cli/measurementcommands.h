#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Accordo::Cli {

/// `import`, `evaluate` and `backtest`: service level measurement on the command line. Each
/// takes the words after the program name and returns the process exit code.
class MeasurementCommands
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Cli::MeasurementCommands)

public:
    static int import(const QStringList &arguments);
    static int evaluate(const QStringList &arguments);
    static int backtest(const QStringList &arguments);

private:
    // "import undo BATCH" and "import history" on the workspace at location.
    static int undoBatch(const QString &location, const QStringList &what, const QString &userName);
    static int listBatches(const QString &location, const QStringList &what, const QString &format);
};

} // namespace Accordo::Cli
