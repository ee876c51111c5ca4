#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Accordo::Cli {

/// `import parties`: customers and their contacts from a CRM export (CSV or vCard).
class CrmCommands
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Cli::CrmCommands)

public:
    /// The words after the program name ("import parties …"); returns the exit code.
    static int importParties(const QStringList &arguments);
};

} // namespace Accordo::Cli
