#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Accordo::Cli {

/// `review add|list`, `action add|list|update` and `owner set|list`: what follows the problems
/// the checks find. Each takes the words after the program name and returns the exit code;
/// the writes need --user.
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Cli::ReviewCommands)

public:
    static int review(const QStringList &arguments);
    static int action(const QStringList &arguments);
    static int owner(const QStringList &arguments);

private:
    static int reviewAdd(const QStringList &arguments);
    static int reviewList(const QStringList &arguments);
    static int actionAdd(const QStringList &arguments);
    static int actionList(const QStringList &arguments);
    static int actionUpdate(const QStringList &arguments);
    static int ownerSet(const QStringList &arguments);
    static int ownerList(const QStringList &arguments);
};

} // namespace Accordo::Cli
