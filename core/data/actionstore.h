#pragma once

#include "domain/improvement.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Accordo {

class Workspace;

/// Which actions a list shows; empty fields do not filter.
struct ActionFilter
{
    QString agreementNumber;
    QString ownerName;
    std::optional<ActionState> state;
    bool openOnly = false; // open or in progress
};

/// The actions table: improvement actions with their owner, due date and state. SLA managers,
/// analysts and administrators raise them; SLA managers and administrators change any of
/// them, and an action's owner changes their own. A state change follows
/// Improvement::whyNotTransition; dropping needs a reason.
class ActionStore
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ActionStore)

public:
    explicit ActionStore(const Workspace &workspace) : mWorkspace(workspace) {}

    /// Adds the action (in the state it carries: open unless given); returns its id.
    Result<qint64> insert(const ImprovementAction &action);
    /// Saves the action's fields and state; refused with Error::conflict when its rowVersion
    /// is not the stored one.
    Result<void> update(const ImprovementAction &action);
    Result<ImprovementAction> action(qint64 id) const;
    /// By due date, then id.
    Result<QList<ImprovementAction>> actions(const ActionFilter &filter = {}) const;

    /// What the audit trail keeps of an action: the compared columns.
    static QJsonObject auditSnapshot(const ImprovementAction &action);

private:
    Result<void> validate(const ImprovementAction &action) const;
    Result<void> mayChange(const ImprovementAction &stored, const QString &what) const;

    const Workspace &mWorkspace;
};

} // namespace Accordo
