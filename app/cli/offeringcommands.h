#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Accordo::Cli {

/// `offering` (list, add, apply, whatif): the service catalogue's levels with their targets
/// and prices, applied to the agreements being drafted or negotiated.
class OfferingCommands
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Cli::OfferingCommands)

public:
    static int offering(const QStringList &arguments);

private:
    static int list(const QStringList &arguments);
    static int add(const QStringList &arguments);
    static int apply(const QStringList &arguments);
    static int whatIf(const QStringList &arguments);
};

} // namespace Accordo::Cli
