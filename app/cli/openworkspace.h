#pragma once

#include "data/workspace.h"
#include "result.h"
#include "storage/database.h"

#include <QString>

#include <memory>

class QCommandLineOption;
class QCommandLineParser;

namespace Accordo::Cli {

/// A workspace a command has opened: nobody may write until the command names its user.
struct OpenWorkspace
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Workspace> workspace;

    /// The workspace at `location`, acting as nobody.
    static Result<OpenWorkspace> open(const QString &location);
    /// The workspace given with `db`, opened for a change and acting as the --user given.
    static Result<OpenWorkspace> openAs(const QCommandLineParser &parser,
                                        const QCommandLineOption &db,
                                        const QCommandLineOption &user);
};

} // namespace Accordo::Cli
