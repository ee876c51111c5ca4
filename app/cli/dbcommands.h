#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Accordo::Cli {

/// `db copy`: moves a workspace between a SQLite file and a PostgreSQL database. Takes the
/// words after the program name and returns the process exit code.
class DbCommands
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Cli::DbCommands)

public:
    static int run(const QStringList &arguments);

private:
    static int copy(const QStringList &arguments);
};

} // namespace Accordo::Cli
