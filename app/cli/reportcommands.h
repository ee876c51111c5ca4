#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Accordo::Cli {

/// `report service|portfolio|review`: PDF reports without a display (main.cpp starts a
/// QApplication on the offscreen platform for them, as Qt Charts needs one).
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Cli::ReportCommands)

public:
    static int run(const QStringList &arguments);

private:
    static int service(const QStringList &arguments);
    static int portfolio(const QStringList &arguments);
    static int review(const QStringList &arguments);
};

} // namespace Accordo::Cli
