#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Accordo::Cli {

/// `change` (list, submit, assess, accept, reject), `alerts` and `alert-rule` (add, list,
/// remove): change requests and the alerts users asked for, on the command line. `alerts`
/// exits with 3 when it lists any, so that a scheduled job can mail or post them.
class ChangeCommands
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Cli::ChangeCommands)

public:
    static int change(const QStringList &arguments);
    static int alerts(const QStringList &arguments);
    static int alertRule(const QStringList &arguments);

private:
    static int changeList(const QStringList &arguments);
    static int changeSubmit(const QStringList &arguments);
    static int changeDecide(const QString &step, const QStringList &arguments);
    static int ruleAdd(const QStringList &arguments);
    static int ruleList(const QStringList &arguments);
    static int ruleRemove(const QStringList &arguments);
};

} // namespace Accordo::Cli
